#include "output/write_site.h"

#include <stdlib.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace hearth;
namespace fs = std::filesystem;
using Catch::Matchers::StartsWith;

namespace {

const std::string kOutputHint = "    hint: choose an output folder of its own, such as public\n";

// A temporary folder holding a site at site/, removed at the end of the test.
class Workspace {
 public:
  Workspace() {
    std::string pattern = (fs::temp_directory_path() / "hearth-output-test-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    top_ = pattern;
    site_ = top_ / "site";
    for (const char* folder : {"content", "assets", "theme"})
      fs::create_directories(site_ / folder);
    Write(site_ / "site.yaml", "title: T\n");
    Write(site_ / "content/_index.md", "---\ntitle: Home\n---\n");
  }
  ~Workspace() {
    std::error_code ec;
    fs::remove_all(top_, ec);
  }
  const fs::path& top() const { return top_; }
  const fs::path& site() const { return site_; }

  static void Write(const fs::path& path, const std::string& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << bytes;
  }
  static std::string Read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
  }
  // Every file below `folder`, relative and sorted.
  static std::vector<std::string> Files(const fs::path& folder) {
    std::vector<std::string> out;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
      if (entry.is_regular_file()) out.push_back(fs::relative(entry.path(), folder).string());
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  // Names directly inside `folder`, sorted.
  static std::vector<std::string> Names(const fs::path& folder) {
    std::vector<std::string> out;
    for (const auto& entry : fs::directory_iterator(folder)) {
      out.push_back(entry.path().filename().string());
    }
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  fs::path top_, site_;
};

std::string Refusal(const fs::path& site, const fs::path& out) {
  Diagnostics diagnostics;
  CHECK_FALSE(CheckOutputFolder(site, out, diagnostics));
  return FormatDiagnostics(diagnostics, {});
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("the output folder may not be the top of the file system") {
  Workspace w;
  CHECK(Refusal(w.site(), "/") ==
        "/: error: hearth will not build into /: it is the top of the file system\n" + kOutputHint +
            "1 error, 0 warnings\n");
}

TEST_CASE("the output folder may not be the site folder or a folder above it") {
  Workspace w;
  const std::string site = w.site().string();
  const std::string top = w.top().string();
  CHECK(Refusal(w.site(), w.site()) == site + ": error: hearth will not build into " + site +
                                           ": it is the site folder\n" + kOutputHint +
                                           "1 error, 0 warnings\n");
  CHECK(Refusal(w.site(), w.top()) == top + ": error: hearth will not build into " + top +
                                          ": it holds the site folder\n" + kOutputHint +
                                          "1 error, 0 warnings\n");
  // The same folders written in other ways.
  Diagnostics diagnostics;
  CHECK_FALSE(CheckOutputFolder(w.site(), w.site() / "public" / "..", diagnostics));
  CHECK_FALSE(CheckOutputFolder(w.site(), w.site().string() + "/", diagnostics));
  CHECK_FALSE(CheckOutputFolder(w.site() / "content" / "..", w.top(), diagnostics));
  CHECK(diagnostics.ErrorCount() == 3);
}

TEST_CASE("the output folder may not be inside a folder of sources") {
  Workspace w;
  auto [inside, folder] = GENERATE(table<std::string, std::string>({
      {"content", "content"},
      {"content/public", "content"},
      {"assets", "assets"},
      {"assets/out", "assets"},
      {"theme", "theme"},
      {"themes/default", "themes"},
  }));
  CAPTURE(inside);
  const std::string out = (w.site() / inside).string();
  CHECK(Refusal(w.site(), w.site() / inside) ==
        out + ": error: hearth will not build into " + out + ": it is inside the site's " + folder +
            " folder\n" + kOutputHint + "1 error, 0 warnings\n");
}

TEST_CASE("the output folder may not be a file or a folder of files hearth did not make") {
  Workspace w;
  SECTION("a file") {
    Workspace::Write(w.top() / "public", "not a folder");
    const std::string out = (w.top() / "public").string();
    CHECK(Refusal(w.site(), w.top() / "public") == out + ": error: hearth will not build into " +
                                                       out + ": it is a file\n" + kOutputHint +
                                                       "1 error, 0 warnings\n");
  }
  SECTION("a folder of someone's files") {
    Workspace::Write(w.top() / "documents" / "letter.txt", "Dear council");
    const std::string out = (w.top() / "documents").string();
    CHECK(Refusal(w.site(), w.top() / "documents") ==
          out + ": error: hearth will not build into " + out +
              ": it already holds files that hearth did not make\n" + kOutputHint +
              "1 error, 0 warnings\n");
  }
}

TEST_CASE("the output folder may be new, empty, or an earlier build") {
  Workspace w;
  fs::create_directories(w.top() / "empty");
  Workspace::Write(w.top() / "earlier" / kOutputMarker, "");
  Workspace::Write(w.top() / "earlier" / "index.html", "old");
  auto out = GENERATE(as<std::string>{}, "site/public", "public", "empty", "earlier");
  CAPTURE(out);
  Diagnostics diagnostics;
  CHECK(CheckOutputFolder(w.site(), w.top() / out, diagnostics));
  CHECK(FormatDiagnostics(diagnostics, {}) == "");
}

TEST_CASE("WriteSite writes every file and the marker, and leaves nothing beside it") {
  Workspace w;
  const fs::path out = w.top() / "public";
  std::vector<RenderedFile> files = {{"index.html", "<h1>Home</h1>"},
                                     {"local-offer/index.html", "<h1>Offer</h1>"},
                                     {"assets/css/site.1a2b3c4d5e.css", "body{}"}};
  Diagnostics diagnostics;
  REQUIRE(WriteSite(files, out, diagnostics));
  CHECK(FormatDiagnostics(diagnostics, {}) == "");
  CHECK(Workspace::Files(out) == Names{".hearth-output", "assets/css/site.1a2b3c4d5e.css",
                                       "index.html", "local-offer/index.html"});
  CHECK(Workspace::Read(out / "local-offer/index.html") == "<h1>Offer</h1>");
  CHECK(Workspace::Read(out / kOutputMarker) ==
        "Made by hearth build; replaced by the next build.\n");
  CHECK(Workspace::Names(w.top()) == Names{"public", "site"});
}

TEST_CASE("WriteSite replaces a previous output completely") {
  Workspace w;
  const fs::path out = w.top() / "public";
  Diagnostics diagnostics;
  REQUIRE(
      WriteSite({{"index.html", "old home"}, {"old/index.html", "old page"}}, out, diagnostics));
  REQUIRE(
      WriteSite({{"index.html", "new home"}, {"new/index.html", "new page"}}, out, diagnostics));
  CHECK(FormatDiagnostics(diagnostics, {}) == "");
  CHECK(Workspace::Files(out) == Names{".hearth-output", "index.html", "new/index.html"});
  CHECK(Workspace::Read(out / "index.html") == "new home");
  // No staging or old copy is left beside the output.
  CHECK(Workspace::Names(w.top()) == Names{"public", "site"});
}

TEST_CASE("a folder WriteSite made is accepted by CheckOutputFolder next time") {
  Workspace w;
  const fs::path out = w.top() / "public";
  Diagnostics diagnostics;
  REQUIRE(WriteSite({{"index.html", "home"}}, out, diagnostics));
  CHECK(CheckOutputFolder(w.site(), out, diagnostics));
  CHECK_FALSE(diagnostics.HasErrors());
}

TEST_CASE("WriteSite into an empty existing folder fills it") {
  Workspace w;
  const fs::path out = w.top() / "public";
  fs::create_directories(out);
  Diagnostics diagnostics;
  REQUIRE(WriteSite({{"index.html", "home"}}, out, diagnostics));
  CHECK(Workspace::Files(out) == Names{".hearth-output", "index.html"});
}

TEST_CASE("a failed write reports and leaves the previous output untouched") {
  Workspace w;
  const fs::path out = w.top() / "public";
  Diagnostics diagnostics;
  REQUIRE(WriteSite({{"index.html", "old home"}}, out, diagnostics));
  // "news" cannot be both a file and the folder of news/index.html.
  CHECK_FALSE(WriteSite({{"news", "a file"}, {"news/index.html", "a page"}}, out, diagnostics));
  auto all = diagnostics.Sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].location.file == out.string());
  CHECK_THAT(all[0].message, StartsWith("could not "));
  CHECK(Workspace::Files(out) == Names{".hearth-output", "index.html"});
  CHECK(Workspace::Read(out / "index.html") == "old home");
  CHECK(Workspace::Names(w.top()) == Names{"public", "site"});
}

// "public/" names the same folder as "public", but its parent_path() is "public" itself, so
// the staging folder is made inside the output folder and the swap fails.
TEST_CASE("WriteSite accepts an output folder written with a trailing slash") {
  Workspace w;
  const fs::path out = w.top() / "public";
  Diagnostics diagnostics;
  CHECK(WriteSite({{"index.html", "home"}}, out.string() + "/", diagnostics));
  CHECK(FormatDiagnostics(diagnostics, {}) == "");
  CHECK(Workspace::Names(w.top()) == Names{"public", "site"});
  CHECK(Workspace::Files(out) == Names{".hearth-output", "index.html"});
}
