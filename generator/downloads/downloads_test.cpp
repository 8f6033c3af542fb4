#include "downloads/downloads.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "content/source_page.h"
#include "fs/file_system.h"
#include "markdown/markdown.h"

using namespace hearth;
using Kind = BrailleBlock::Kind;
namespace stdfs = std::filesystem;

namespace {

// One page loaded and parsed as the site stage does, without the rest of a site.
struct OnePage {
  OnePage(const std::string& file, const std::string& text, const std::string& path) {
    MemoryFileSystem fs(std::map<std::string, std::string>{{file, text}});
    SiteConfig config;
    tree = LoadContent(fs, config, diagnostics);
    REQUIRE(tree.pages.size() == 1);
    const SourcePage& source = tree.pages[0];
    page.source = &source;
    page.path = path;
    page.body.file = file;
    page.body.doc =
        MarkdownDocument::Parse(file, source.body.text, source.body.first_line, {}, diagnostics);
    REQUIRE_FALSE(diagnostics.HasErrors());
  }
  Diagnostics diagnostics;
  SourceTree tree;
  Page page;
};

const char kLeaflet[] =
    "---\n"
    "title: Your IRO\n"
    "description: A leaflet about your IRO.\n"
    "type: leaflet\n"
    "---\n"
    "Your IRO checks your care plan.\n"
    "\n"
    "## What they do\n"
    "\n"
    "- listen to you\n"
    "- run your review\n";

std::string Leaflet(const std::string& extra = "") { return std::string(kLeaflet) + extra; }

BrailleTables MissingTables() {
  BrailleTables tables;
  tables.directory = (stdfs::temp_directory_path() / "hearth-downloads-no-tables").string();
  stdfs::create_directories(tables.directory);
  return tables;
}

std::string ReadText(const stdfs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

}  // namespace

TEST_CASE("leaflets and pages marked downloadable have downloads; other pages do not",
          "[braille][downloads]") {
  OnePage leaflet("content/a.md", Leaflet(), "/a/");
  OnePage marked("content/b.md", "---\ntitle: B\ndownloadable: true\n---\nText.\n", "/b/");
  OnePage plain("content/c.md", "---\ntitle: C\n---\nText.\n", "/c/");
  OnePage unmarked("content/d.md", "---\ntitle: D\ndownloadable: false\n---\nText.\n", "/d/");
  CHECK(HasDownloads(leaflet.page));
  CHECK(HasDownloads(marked.page));
  CHECK_FALSE(HasDownloads(plain.page));
  CHECK_FALSE(HasDownloads(unmarked.page));
  CHECK_FALSE(HasDownloads(Page{}));
}

TEST_CASE("the Braille document is the title, the description and the text's blocks",
          "[braille][downloads]") {
  OnePage one("content/a.md",
              "---\ntitle: Money\ndescription: What you can get.\ntype: leaflet\n---\n"
              "# Top\n"
              "\n"
              "Some **bold** [linked](/x/) words.\n"
              "\n"
              "### Lower\n"
              "\n"
              "- one\n"
              "  1. first\n"
              "  2. second\n"
              "\n"
              "> Quoted words.\n"
              "\n"
              "| Age | Amount |\n"
              "|---|---|\n"
              "| 18 | \xC2\xA3"
              "3,000 |\n"
              "| 21 | |\n"
              "\n"
              "```\ncode line\n```\n"
              "\n"
              "***\n"
              "\n"
              "![picture:house](picture:house) A new home.\n",
              "/money/");
  BrailleDocument doc = BrailleDocumentForPage(one.page);
  CHECK(doc.title == "Money");
  REQUIRE(doc.blocks.size() == 12);
  auto check = [&](size_t i, Kind kind, int level, const std::string& text) {
    CAPTURE(i);
    CHECK(doc.blocks[i].kind == kind);
    CHECK(doc.blocks[i].level == level);
    CHECK(doc.blocks[i].text == text);
  };
  check(0, Kind::kParagraph, 1, "What you can get.");
  check(1, Kind::kHeading, 1, "Top");
  check(2, Kind::kParagraph, 1, "Some bold linked words.");
  check(3, Kind::kHeading, 3, "Lower");
  check(4, Kind::kListItem, 1, "\u2022 one");
  check(5, Kind::kListItem, 2, "1. first");
  check(6, Kind::kListItem, 2, "2. second");
  check(7, Kind::kQuote, 1, "Quoted words.");
  check(8, Kind::kListItem, 1, "Age: 18; Amount: \u00a33,000");
  check(9, Kind::kListItem, 1, "Age: 21; Amount: ");
  check(10, Kind::kParagraph, 1, "code line\n");
  // The thematic break is left out; the picture block's words come last, without it.
  check(11, Kind::kParagraph, 1, "A new home.");
}

TEST_CASE("a callout in a Braille document keeps its title", "[braille][downloads]") {
  OnePage one("content/a.md",
              "---\ntitle: Money\ntype: leaflet\n---\n"
              "> [!WARNING]\n"
              "> Apply before you are 21.\n"
              "\n"
              "> Plain quote.\n",
              "/money/");
  BrailleDocument doc = BrailleDocumentForPage(one.page);
  REQUIRE(doc.blocks.size() == 2);
  CHECK(doc.blocks[0].kind == Kind::kQuote);
  CHECK(doc.blocks[0].text == "Warning: Apply before you are 21.");
  CHECK(doc.blocks[1].text == "Plain quote.");
}

TEST_CASE("a leaflet's Braille file sits beside it and is described for the downloads box",
          "[braille][downloads]") {
  OnePage one("content/leaflets/your-iro.md", Leaflet(), "/leaflets/your-iro/");
  MemoryDownloadCache cache;
  DownloadMaker maker(cache);
  Diagnostics diagnostics;
  std::vector<DownloadFile> files = maker.MakeDownloads(one.page, {}, diagnostics);
  CHECK(diagnostics.Sorted().empty());
  REQUIRE(files.size() == 1);
  const DownloadFile& file = files[0];
  CHECK(file.path == "leaflets/your-iro/your-iro.brf");
  CHECK(file.url == "/leaflets/your-iro/your-iro.brf");
  CHECK(file.type == "Braille (BRF)");
  CHECK(file.media_type == "application/x-brf");
  CHECK(file.purpose == "for a braille embosser or a braille display");
  CHECK(file.pages == 1);
  CHECK(file.size == std::to_string(file.bytes.size()) + " bytes");
  CHECK(file.description ==
        "Braille (BRF), " + file.size + ", 1 page, for a braille embosser or a braille display");
  CHECK_FALSE(file.from_cache);
  CHECK(file.bytes ==
        // The title, centred in the 35 cells left by the page number.
        "             ,YR ,,IRO                #A\r\n"
        "\r\n"
        ",A L1FLET AB YR ,,IRO4\r\n"  // "ea" is one cell (dots 2)
        "\r\n"
        ",YR ,,IRO *ECKS YR C>E PLAN4\r\n"
        "\r\n"
        "               ,:AT !Y D\r\n"  // centred in 40; "do" and "you" are wordsigns
        "\r\n"
        "_4 LI/5 TO Y\r\n"
        "_4 RUN YR REVIEW\r\n");
}

TEST_CASE("the home page's Braille file is called home.brf", "[braille][downloads]") {
  OnePage one("content/_index.md", "---\ntitle: Home\ndownloadable: true\n---\nHello.\n", "/");
  MemoryDownloadCache cache;
  DownloadMaker maker(cache);
  Diagnostics diagnostics;
  auto files = maker.MakeDownloads(one.page, {}, diagnostics);
  REQUIRE(files.size() == 1);
  CHECK(files[0].path == "home.brf");
  CHECK(files[0].url == "/home.brf");
}

TEST_CASE("a page without downloads gets no files and needs no tables", "[braille][downloads]") {
  OnePage one("content/c.md", "---\ntitle: C\n---\nText.\n", "/c/");
  MemoryDownloadCache cache;
  DownloadMaker maker(cache, {MissingTables(), {}, nullptr, {}});
  Diagnostics diagnostics;
  CHECK(maker.MakeDownloads(one.page, {}, diagnostics).empty());
  CHECK(diagnostics.Sorted().empty());
  CHECK(cache.size() == 0);
}

TEST_CASE("an unchanged leaflet's Braille file comes from the cache without translating",
          "[braille][downloads]") {
  MemoryDownloadCache cache;
  std::string made;
  {
    OnePage one("content/a.md", Leaflet(), "/a/");
    DownloadMaker maker(cache);
    Diagnostics diagnostics;
    made = maker.MakeDownloads(one.page, {}, diagnostics).at(0).bytes;
  }
  CHECK(cache.size() == 1);
  // The next build: the same text, read again, with a new maker over the same cache.
  OnePage again("content/a.md", Leaflet(), "/a/");
  DownloadMaker maker(cache);
  Diagnostics diagnostics;
  auto files = maker.MakeDownloads(again.page, {}, diagnostics);
  REQUIRE(files.size() == 1);
  CHECK(files[0].from_cache);
  CHECK(files[0].bytes == made);
  CHECK(files[0].pages == 1);
  CHECK(maker.made() == 0);
  CHECK(maker.reused() == 1);
  CHECK(diagnostics.Sorted().empty());
  CHECK(cache.size() == 1);
}

TEST_CASE("a cached Braille file is made again when the text or the layout changes",
          "[braille][downloads]") {
  MemoryDownloadCache cache;
  OnePage first("content/a.md", Leaflet(), "/a/");
  Diagnostics diagnostics;
  DownloadMaker maker(cache);
  std::string original = maker.MakeDownloads(first.page, {}, diagnostics).at(0).bytes;

  SECTION("the text changes") {
    OnePage edited("content/a.md", Leaflet("- ask for an advocate\n"), "/a/");
    auto files = maker.MakeDownloads(edited.page, {}, diagnostics);
    REQUIRE(files.size() == 1);
    CHECK_FALSE(files[0].from_cache);
    CHECK(files[0].bytes == original + "_4 ASK = AN ADVOCATE\r\n");
    CHECK(cache.size() == 2);
  }
  SECTION("the title changes") {
    std::string text = Leaflet();
    text.replace(text.find("Your IRO"), 8, "Your Independent Reviewing Officer");
    OnePage retitled("content/a.md", text, "/a/");
    auto files = maker.MakeDownloads(retitled.page, {}, diagnostics);
    REQUIRE(files.size() == 1);
    CHECK_FALSE(files[0].from_cache);
    CHECK(files[0].bytes != original);
  }
  SECTION("the layout changes") {
    DownloadOptions narrow;
    narrow.brf.cells_per_line = 32;
    DownloadMaker narrow_maker(cache, narrow);
    auto files = narrow_maker.MakeDownloads(first.page, {}, diagnostics);
    REQUIRE(files.size() == 1);
    CHECK_FALSE(files[0].from_cache);
    CHECK(files[0].bytes.substr(0, 34) == "         ,YR ,,IRO            #A\r\n");
  }
  SECTION("the tables change") {
    DownloadOptions grade1;
    grade1.braille_tables.translation = "en-ueb-g1.ctb";
    DownloadMaker grade1_maker(cache, grade1);
    auto files = grade1_maker.MakeDownloads(first.page, {}, diagnostics);
    REQUIRE(files.size() == 1);
    CHECK_FALSE(files[0].from_cache);
    CHECK(files[0].bytes.find("LISTEN TO YOU") != std::string::npos);  // uncontracted
  }
  CHECK(diagnostics.Sorted().empty());
}

TEST_CASE("missing braille tables are an error at the page that says what to install",
          "[braille][downloads]") {
  OnePage one("content/leaflets/a.md", Leaflet(), "/leaflets/a/");
  MemoryDownloadCache cache;
  BrailleTables missing = MissingTables();
  DownloadMaker maker(cache, {missing, {}, nullptr, {}});
  Diagnostics diagnostics;
  CHECK(maker.MakeDownloads(one.page, {}, diagnostics).empty());
  CHECK(cache.size() == 0);
  LineLookup no_lines = [](const std::string&, int) { return std::optional<std::string>(); };
  CHECK(FormatDiagnostics(diagnostics, no_lines) ==
        "content/leaflets/a.md: error: Braille files cannot be made: the braille table "
        "'en-ueb-g2.ctb' was not found in " +
            missing.directory +
            "\n"
            "    hint: install the Debian package liblouis-data (sudo apt-get install "
            "liblouis-data); bash scripts/setup.sh installs everything hearth needs\n"
            "1 error, 0 warnings\n");
}

TEST_CASE("sizes are described in bytes, kilobytes and megabytes", "[braille][downloads]") {
  CHECK(DescribeSize(0) == "0 bytes");
  CHECK(DescribeSize(1) == "1 byte");
  CHECK(DescribeSize(1023) == "1023 bytes");
  CHECK(DescribeSize(1024) == "1 KB");
  CHECK(DescribeSize(1025) == "2 KB");
  CHECK(DescribeSize(3 * 1024 * 1024 / 2) == "1.5 MB");
}

// The whole sample leaflet, made into BRF: within the limits, in the BRF set, and with
// exactly the words lou_translate gives for its text (tests/braille/NAME.lou.txt), read in
// order with the page numbers left out: nothing split, lost or reordered.
TEST_CASE("sample leaflets become BRF holding exactly lou_translate's words",
          "[braille][downloads]") {
  std::string name =
      GENERATE(as<std::string>{}, "your-iro", "iro-for-parents-and-carers", "post-18-reviews");
  CAPTURE(name);
  std::string file = "content/leaflets/" + name + ".md";
  auto text = RealFileSystem(HEARTH_SOURCE_DIR).ReadFile(file);
  REQUIRE(text);
  OnePage one(file, *text, "/leaflets/" + name + "/");
  MemoryDownloadCache cache;
  DownloadMaker maker(cache);
  Diagnostics diagnostics;
  auto files = maker.MakeDownloads(one.page, {}, diagnostics);
  REQUIRE(files.size() == 1);
  const DownloadFile& brf = files[0];
  CHECK(brf.path == "leaflets/" + name + "/" + name + ".brf");

  std::vector<std::string> words;
  int page = 1;
  int line_on_page = 0;
  std::istringstream in(brf.bytes);
  for (std::string line; std::getline(in, line);) {
    REQUIRE(!line.empty());
    REQUIRE(line.back() == '\r');
    line.pop_back();
    if (line.front() == '\f') {
      line.erase(0, 1);
      ++page;
      line_on_page = 0;
    }
    ++line_on_page;
    CHECK(line_on_page <= 25);
    CHECK(line.size() <= 40);
    for (char c : line) CHECK(IsBrfCharacter(c));
    if (line_on_page == 1) {
      std::string number = BraillePageNumber(page);
      REQUIRE(line.size() == 40);
      CHECK(line.substr(40 - number.size()) == number);
      line.erase(40 - number.size());
    }
    for (std::string& word : Words(line)) words.push_back(word);
  }
  CHECK(page == brf.pages);
  stdfs::path golden = stdfs::path(HEARTH_SOURCE_DIR) / "tests" / "braille" / (name + ".lou.txt");
  CHECK(words == Words(ReadText(golden)));
  std::string figures = name + ": " + brf.description;
  UNSCOPED_INFO(figures);
}
