#include "fs/file_system.h"

#include <stdlib.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace hearth;
namespace stdfs = std::filesystem;
using Files = std::vector<std::string>;

namespace {

// A fresh folder under the system's temporary folder, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (stdfs::temp_directory_path() / "hearth-fs-test-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    stdfs::remove_all(path_, ec);
  }
  const stdfs::path& path() const { return path_; }
  void Write(const std::string& relative, const std::string& bytes) const {
    stdfs::create_directories((path_ / relative).parent_path());
    std::ofstream out(path_ / relative, std::ios::binary);
    out << bytes;
  }

 private:
  stdfs::path path_;
};

MemoryFileSystem SampleSite() {
  MemoryFileSystem fs;
  fs.Write("site.yaml", "title: T\n");
  fs.Write("content/_index.md", "home");
  fs.Write("content/b.md", "b");
  fs.Write("content/a/deep.md", "deep");
  fs.Write("content/a-b.md", "hyphen");
  fs.Write("content/.hidden.md", "hidden");
  fs.Write("content/.git/config", "git");
  fs.Write("content/draft.md~", "backup");
  fs.Write("content-old/x.md", "other folder");
  fs.Write("contents.md", "sibling file");
  return fs;
}

}  // namespace

TEST_CASE("a memory file system reads back what was written and nothing else") {
  MemoryFileSystem fs = SampleSite();
  CHECK(fs.ReadFile("content/b.md") == std::optional<std::string>("b"));
  CHECK_FALSE(fs.ReadFile("content/missing.md").has_value());
  fs.Write("content/b.md", "replaced");
  CHECK(fs.ReadFile("content/b.md") == std::optional<std::string>("replaced"));
  CHECK(fs.IsFile("content/b.md"));
  CHECK_FALSE(fs.IsFile("content"));
}

TEST_CASE("a memory file system has a folder wherever a file lies below a path") {
  MemoryFileSystem fs = SampleSite();
  auto [path, is_directory] = GENERATE(table<std::string, bool>({
      {"content", true},
      {"content/a", true},
      {"", true},
      {".", true},
      {"cont", false},          // a prefix of a folder name is not a folder
      {"content/b.md", false},  // a file is not a folder
      {"content/b", false},
      {"missing", false},
  }));
  CAPTURE(path);
  CHECK(fs.IsDirectory(path) == is_directory);
}

TEST_CASE("a memory folder is listed recursively, sorted, without hidden files or backups") {
  MemoryFileSystem fs = SampleSite();
  CHECK(fs.ListFiles("content") ==
        Files{"content/_index.md", "content/a-b.md", "content/a/deep.md", "content/b.md"});
  CHECK(fs.ListFiles("content/a") == Files{"content/a/deep.md"});
  CHECK(fs.ListFiles("missing").empty());
}

TEST_CASE("listing the root of a memory file system lists every visible file") {
  MemoryFileSystem fs = SampleSite();
  CHECK(fs.ListFiles("") == Files{"content-old/x.md", "content/_index.md", "content/a-b.md",
                                  "content/a/deep.md", "content/b.md", "contents.md", "site.yaml"});
}

TEST_CASE("a sub file system sees one folder as its root") {
  MemoryFileSystem base = SampleSite();
  SubFileSystem content(base, "content");
  CHECK(content.ReadFile("a/deep.md") == std::optional<std::string>("deep"));
  CHECK_FALSE(content.ReadFile("site.yaml").has_value());
  CHECK(content.IsFile("b.md"));
  CHECK(content.IsDirectory("a"));
  CHECK(content.IsDirectory(""));
  CHECK_FALSE(content.IsDirectory("content"));
  CHECK(content.ListFiles("") == Files{"_index.md", "a-b.md", "a/deep.md", "b.md"});
  CHECK(content.ListFiles("a") == Files{"a/deep.md"});
}

TEST_CASE("a sub file system of a folder that does not exist is empty") {
  MemoryFileSystem base = SampleSite();
  SubFileSystem theme(base, "theme");
  CHECK(theme.ListFiles("").empty());
  CHECK_FALSE(theme.IsDirectory(""));
  CHECK_FALSE(theme.ReadFile("templates/page.mustache").has_value());
}

TEST_CASE("a layered file system reads from the first layer that has the file") {
  MemoryFileSystem site_theme, default_theme;
  site_theme.Write("templates/page.mustache", "site page");
  default_theme.Write("templates/page.mustache", "default page");
  default_theme.Write("templates/base.mustache", "default base");
  default_theme.Write("assets/site.css", "css");
  LayeredFileSystem layered({&site_theme, &default_theme});
  CHECK(layered.ReadFile("templates/page.mustache") == std::optional<std::string>("site page"));
  CHECK(layered.ReadFile("templates/base.mustache") == std::optional<std::string>("default base"));
  CHECK_FALSE(layered.ReadFile("templates/none.mustache").has_value());
  CHECK(layered.IsFile("assets/site.css"));
  CHECK(layered.IsDirectory("assets"));
  CHECK_FALSE(layered.IsDirectory("content"));
  // The union of the layers, each path once, sorted.
  CHECK(layered.ListFiles("templates") ==
        Files{"templates/base.mustache", "templates/page.mustache"});
}

TEST_CASE("a real file system reads bytes exactly, including CRLF and NUL bytes") {
  TempDir dir;
  const std::string bytes("line one\r\nline two\0end", 23);
  dir.Write("content/a.md", bytes);
  RealFileSystem fs(dir.path());
  CHECK(fs.ReadFile("content/a.md") == std::optional<std::string>(bytes));
  CHECK_FALSE(fs.ReadFile("content/missing.md").has_value());
  CHECK(fs.IsFile("content/a.md"));
  CHECK_FALSE(fs.IsFile("content"));
  CHECK(fs.IsDirectory("content"));
  CHECK_FALSE(fs.IsDirectory("content/a.md"));
  CHECK(fs.root() == dir.path());
}

TEST_CASE("a real folder is listed recursively, sorted, without hidden files or backups") {
  TempDir dir;
  dir.Write("content/b.md", "b");
  dir.Write("content/_index.md", "home");
  dir.Write("content/a/deep.md", "deep");
  dir.Write("content/a-b.md", "hyphen");
  dir.Write("content/.hidden.md", "hidden");
  dir.Write("content/.git/config", "git");
  dir.Write("content/draft.md~", "backup");
  dir.Write("site.yaml", "title: T\n");
  RealFileSystem fs(dir.path());
  CHECK(fs.ListFiles("content") ==
        Files{"content/_index.md", "content/a-b.md", "content/a/deep.md", "content/b.md"});
  CHECK(fs.ListFiles("") == Files{"content/_index.md", "content/a-b.md", "content/a/deep.md",
                                  "content/b.md", "site.yaml"});
  CHECK(fs.ListFiles("missing").empty());
}

TEST_CASE("a sub file system over a real folder gives paths relative to that folder") {
  TempDir dir;
  dir.Write("theme/templates/page.mustache", "page");
  dir.Write("theme/assets/css/site.css", "css");
  RealFileSystem site(dir.path());
  SubFileSystem theme(site, "theme");
  CHECK(theme.ListFiles("assets") == Files{"assets/css/site.css"});
  CHECK(theme.ListFiles("") == Files{"assets/css/site.css", "templates/page.mustache"});
  CHECK(theme.ReadFile("templates/page.mustache") == std::optional<std::string>("page"));
}

// The header promises "nothing if it does not exist or cannot be read"; a folder cannot
// be read as a file.
TEST_CASE("reading a real folder as a file gives nothing") {
  TempDir dir;
  dir.Write("content/a.md", "a");
  RealFileSystem fs(dir.path());
  CHECK_FALSE(fs.ReadFile("content").has_value());
}
