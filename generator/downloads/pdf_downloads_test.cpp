// The PDF downloads end to end, with the real Chromium: a small site with one leaflet is
// built in memory with the default theme, and its two PDFs are read back with tools that
// are not hearth's (`qpdf --json`, `pdftotext`) to check what PDF/UA asks that a machine
// can check. Skipped, with a warning, only where Chromium is not installed.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "downloads/download_cache.h"
#include "downloads/downloads.h"
#include "pdf/chromium.h"
#include "pipeline/pipeline.h"

using namespace hearth;
using json = nlohmann::json;
namespace stdfs = std::filesystem;

namespace {

bool SkipWithoutChromium() {
  if (FindChromium({})) return false;
  WARN("Chromium is not installed, so this PDF test was skipped: apt-get install chromium");
  return true;
}

std::string ReadAll(const stdfs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Runs a command line (our own fixed commands, with paths we made) and returns its status.
int Shell(const std::string& command) {
  int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string Squeeze(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string Base64Decode(const std::string& text) {
  std::string out;
  uint32_t bits = 0;
  int count = 0;
  for (char c : text) {
    int v = c >= 'A' && c <= 'Z'   ? c - 'A'
            : c >= 'a' && c <= 'z' ? c - 'a' + 26
            : c >= '0' && c <= '9' ? c - '0' + 52
            : c == '+'             ? 62
            : c == '/'             ? 63
                                   : -1;
    if (v < 0) continue;
    bits = bits << 6 | static_cast<uint32_t>(v);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += static_cast<char>((bits >> count) & 0xFF);
    }
  }
  return out;
}

const char kSvg[] =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"80\" viewBox=\"0 0 120 "
    "80\"><rect width=\"120\" height=\"80\" fill=\"#005a66\"/><circle cx=\"60\" cy=\"40\" "
    "r=\"25\" fill=\"#e8a33d\"/></svg>\n";

const char kAlt[] = "A young person talking with their reviewing officer";

// Sentences enough for two pages of standard print and more of large print.
std::string Paragraphs() {
  std::string out;
  const char* topics[] = {"your plan", "your school", "your health",  "your family",
                          "your home", "your money",  "your friends", "your future"};
  for (int i = 0; i < 8; ++i) {
    std::string topic = topics[i];
    out += "At your review we talk about " + topic +
           ". You can say what is going well and what is hard. Your reviewing officer writes "
           "down what everyone agrees to do about " +
           topic + ", and checks that it happens before the next review.\n\n";
  }
  return out;
}

const std::string kLeaflet =
    "---\n"
    "title: Your review meeting\n"
    "description: What happens at a review meeting, and how you can take part.\n"
    "type: leaflet\n"
    "date: 2025-03-01\n"
    "updated: 2026-11-02\n"
    "---\n"
    "\n"
    "This leaflet tells you about your review meeting. It says who comes and what you can "
    "do.\n"
    "\n"
    "## Who comes to your review\n"
    "\n"
    "- you, if you want to\n"
    "- your carer\n"
    "- your social worker\n"
    "\n"
    "## Money you can ask for\n"
    "\n"
    "| Age | Amount |\n"
    "| --- | --- |\n"
    "| 16 | 50 pounds |\n"
    "| 17 | 75 pounds |\n"
    "\n"
    "![" +
    std::string(kAlt) +
    "](/assets/images/talk.svg)\n"
    "\n"
    "## What we talk about\n"
    "\n" +
    Paragraphs() +
    "## More help\n"
    "\n"
    "Read [the council's help page](https://www.example.org/help/) or see all the "
    "[leaflets](/leaflets/).\n";

MemoryFileSystem FixtureSite() {
  return MemoryFileSystem(std::map<std::string, std::string>{
      {"site.yaml",
       "title: Fixture portal\nbase_url: https://portal.example.org/\nlanguage: en-GB\n"
       "organisation: {name: Fixture Council, phone: 01234 567 890, email: help@example.org}\n"},
      {"content/_index.md", "---\ntitle: Home\n---\nWelcome.\n"},
      {"content/leaflets/_index.md", "---\ntitle: Leaflets\n---\nOur leaflets.\n"},
      {"content/leaflets/review.md", kLeaflet},
      {"assets/images/talk.svg", kSvg},
  });
}

struct FixtureBuild {
  bool ok = false;
  std::string report;
  std::vector<Diagnostic> errors;
  std::map<std::string, std::string> files;
  size_t spawns = 0;
};

FixtureBuild BuildFixture(DownloadCache& cache, ChromiumOptions chromium = {}) {
  MemoryFileSystem site = FixtureSite();
  RealFileSystem theme(HEARTH_DEFAULT_THEME_DIR);
  ChromiumPrinter printer(chromium);
  DownloadOptions download_options;
  download_options.pdf_printer = &printer;
  DownloadMaker maker(cache, download_options);
  PipelineOptions options;
  options.render.downloads = &maker;
  Diagnostics diagnostics;
  PipelineResult result = RunPipeline(site, theme, options, diagnostics);
  FixtureBuild out;
  out.ok = result.ok;
  out.report = FormatDiagnostics(diagnostics, SiteLineLookup(site));
  for (const Diagnostic& d : diagnostics.Sorted()) {
    if (d.severity == Severity::kError) out.errors.push_back(d);
  }
  for (auto& file : result.files) out.files[file.path] = std::move(file.bytes);
  out.spawns = printer.spawns();
  return out;
}

// A PDF as `qpdf --json` shows it (JSON version 2, streams decoded and inlined), with
// pdftotext's reading of its text.
class PdfFile {
 public:
  explicit PdfFile(const std::string& bytes) {
    stdfs::path folder =
        stdfs::temp_directory_path() / ("hearth-pdf-test-" + std::to_string(::getpid()));
    stdfs::create_directories(folder);
    stdfs::path pdf = folder / "file.pdf";
    std::ofstream(pdf, std::ios::binary) << bytes;
    std::string q = "'" + pdf.string() + "'";
    REQUIRE(Shell("qpdf --warning-exit-0 --json --json-stream-data=inline "
                  "--decode-level=generalized " +
                  q + " '" + (folder / "file.json").string() + "'") == 0);
    REQUIRE(Shell("pdftotext " + q + " '" + (folder / "file.txt").string() + "'") == 0);
    objects_ = json::parse(ReadAll(folder / "file.json"))["qpdf"][1];
    text_ = ReadAll(folder / "file.txt");
    stdfs::remove_all(folder);
  }

  // An object's value, or a stream's dictionary.
  const json& Get(const json& ref) const {
    static const json none;
    if (!ref.is_string()) return none;
    auto it = objects_.find("obj:" + ref.get<std::string>());
    if (it == objects_.end()) return none;
    if (it->contains("value")) return (*it)["value"];
    return (*it)["stream"]["dict"];
  }
  std::string StreamData(const json& ref) const {
    return Base64Decode(objects_.at("obj:" + ref.get<std::string>())["stream"]["data"]);
  }
  const json& Root() const { return Get(objects_["trailer"]["value"]["/Root"]); }
  const json& Info() const { return Get(objects_["trailer"]["value"]["/Info"]); }
  const json& Trailer() const { return objects_["trailer"]["value"]; }

  // Every dictionary of the file (objects' values and streams' dictionaries).
  std::vector<const json*> Dictionaries() const {
    std::vector<const json*> out;
    for (const auto& [key, object] : objects_.items()) {
      if (key == "trailer") continue;
      const json& d = object.contains("value") ? object["value"] : object["stream"]["dict"];
      if (d.is_object()) out.push_back(&d);
    }
    return out;
  }
  std::vector<const json*> OfType(const std::string& type) const {
    std::vector<const json*> out;
    for (const json* d : Dictionaries()) {
      if (d->value("/Type", "") == type) out.push_back(d);
    }
    return out;
  }
  // Pages in order, from the page tree.
  std::vector<const json*> Pages() const {
    std::vector<const json*> out;
    AddPages(Root()["/Pages"], out);
    return out;
  }
  const std::string& text() const { return text_; }

 private:
  void AddPages(const json& ref, std::vector<const json*>& out) const {
    const json& node = Get(ref);
    if (node.value("/Type", "") == "/Page") {
      out.push_back(&node);
      return;
    }
    for (const json& kid : node["/Kids"]) AddPages(kid, out);
  }

  json objects_;
  std::string text_;
};

// Bookmark titles in reading order (each item, then its children, then the next).
void OutlineTitles(const PdfFile& pdf, const json& ref, std::vector<std::string>& out) {
  for (json item = pdf.Get(ref); item.is_object(); item = pdf.Get(item["/Next"])) {
    out.push_back(item["/Title"].get<std::string>().substr(2));
    OutlineTitles(pdf, item["/First"], out);
  }
}

// What a page's content stream draws, read the way a PDF reader reads it: text objects
// and whether each stands inside marked content, inside an /Artifact, and the size its
// text is shown at (Tf scaled by the text and graphics matrices).
struct ContentSummary {
  int text_objects = 0;
  int unmarked_text_objects = 0;
  int artifact_text_objects = 0;
  std::map<double, int> glyphs_by_size;  // points, to 0.01, weighted by glyphs shown
};

ContentSummary ReadContent(const std::string& content) {
  struct Matrix {
    double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
    Matrix Times(const Matrix& m) const {
      return {a * m.a + b * m.c, a * m.b + b * m.d,       c * m.a + d * m.c,
              c * m.b + d * m.d, e * m.a + f * m.c + m.e, e * m.b + f * m.d + m.f};
    }
  };
  ContentSummary out;
  std::vector<std::string> operands;
  std::vector<Matrix> stack{Matrix{}};
  Matrix text;
  double font_size = 0;
  std::vector<bool> marks;  // for each open marked-content sequence: is it an /Artifact?
  bool in_artifact_text = false;
  auto number = [&](size_t i) { return std::stod(operands[operands.size() - 6 + i]); };
  auto shown = [&](const std::string& hex_or_text) {
    Matrix m = text.Times(stack.back());
    double size = font_size * std::sqrt(m.c * m.c + m.d * m.d);
    out.glyphs_by_size[std::round(size * 100) / 100] +=
        static_cast<int>(std::max<size_t>(1, hex_or_text.size() / 4));
  };
  size_t i = 0;
  while (i < content.size()) {
    char c = content[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == '(') {
      int depth = 0;
      size_t start = i;
      for (; i < content.size(); ++i) {
        if (content[i] == '\\') {
          ++i;
        } else if (content[i] == '(') {
          ++depth;
        } else if (content[i] == ')' && --depth == 0) {
          break;
        }
      }
      operands.push_back(content.substr(start, ++i - start));
    } else if (c == '<' && i + 1 < content.size() && content[i + 1] == '<') {
      size_t end = content.find(">>", i);
      operands.push_back(content.substr(i, end + 2 - i));
      i = end + 2;
    } else if (c == '<') {
      size_t end = content.find('>', i);
      operands.push_back(content.substr(i + 1, end - i - 1));
      i = end + 1;
    } else if (c == '[') {
      size_t end = content.find(']', i);  // TJ arrays: hex strings and numbers
      operands.push_back(content.substr(i, end + 1 - i));
      i = end + 1;
    } else {
      size_t start = i;
      while (i < content.size() && !std::isspace(static_cast<unsigned char>(content[i])) &&
             std::string("()<>[]{}").find(content[i]) == std::string::npos &&
             (i == start || content[i] != '/')) {
        ++i;
      }
      std::string token = content.substr(start, i - start);
      bool is_operator = !(token[0] == '/' || token[0] == '-' || token[0] == '.' ||
                           std::isdigit(static_cast<unsigned char>(token[0])));
      if (!is_operator) {
        operands.push_back(token);
        continue;
      }
      if (token == "q") {
        stack.push_back(stack.back());
      } else if (token == "Q") {
        if (stack.size() > 1) stack.pop_back();
      } else if (token == "cm") {
        Matrix m{number(0), number(1), number(2), number(3), number(4), number(5)};
        stack.back() = m.Times(stack.back());
      } else if (token == "BDC" || token == "BMC") {
        const std::string& tag = operands[operands.size() - (token == "BDC" ? 2 : 1)];
        marks.push_back(tag == "/Artifact");
      } else if (token == "EMC") {
        if (!marks.empty()) marks.pop_back();
      } else if (token == "BT") {
        text = Matrix{};
        ++out.text_objects;
        if (marks.empty()) ++out.unmarked_text_objects;
        in_artifact_text = false;
        for (bool artifact : marks) in_artifact_text = in_artifact_text || artifact;
        if (in_artifact_text) ++out.artifact_text_objects;
      } else if (token == "Tf") {
        font_size = std::stod(operands.back());
      } else if (token == "Tm") {
        text = Matrix{number(0), number(1), number(2), number(3), number(4), number(5)};
      } else if (token == "Tj" || token == "TJ" || token == "'" || token == "\"") {
        shown(operands.back());
      }
      operands.clear();
    }
  }
  return out;
}

double BodySize(const ContentSummary& summary) {
  double best = 0;
  int most = 0;
  for (const auto& [size, glyphs] : summary.glyphs_by_size) {
    if (glyphs > most) most = glyphs, best = size;
  }
  return best;
}

// The fixture, built once for the tests that only read it.
struct Fixture {
  MemoryDownloadCache cache;
  FixtureBuild build;
};

Fixture& BuiltFixture() {
  static Fixture fixture;
  static bool built = false;
  if (!built) {
    fixture.build = BuildFixture(fixture.cache);
    built = true;
  }
  return fixture;
}

const char kStandard[] = "leaflets/review/review.pdf";
const char kLarge[] = "leaflets/review/review-large-print.pdf";

}  // namespace

TEST_CASE("a leaflet gets a tagged PDF in standard and in large print", "[pdf]") {
  if (SkipWithoutChromium()) return;
  Fixture& fixture = BuiltFixture();
  INFO(fixture.build.report);
  REQUIRE(fixture.build.ok);
  // Chromium said its version once, then printed the two layouts.
  CHECK(fixture.build.spawns == 3);
  const auto& files = fixture.build.files;
  REQUIRE(files.count(kStandard));
  REQUIRE(files.count(kLarge));

  for (const char* name : {kStandard, kLarge}) {
    CAPTURE(name);
    PdfFile pdf(files.at(name));
    const json& root = pdf.Root();
    CHECK(root["/MarkInfo"]["/Marked"] == true);
    CHECK(root["/Lang"] == "u:en-GB");
    CHECK(root["/ViewerPreferences"]["/DisplayDocTitle"] == true);
    CHECK(pdf.Info()["/Title"] == "u:Your review meeting");
    CHECK(pdf.Info()["/CreationDate"] == "u:D:20261102000000Z");
    CHECK(pdf.Info()["/ModDate"] == "u:D:20261102000000Z");
    CHECK(pdf.Trailer()["/ID"].size() == 2);

    // The structure tree has every kind of element the leaflet has.
    REQUIRE(root.contains("/StructTreeRoot"));
    std::multiset<std::string> kinds;
    for (const json* element : pdf.OfType("/StructElem")) kinds.insert((*element)["/S"]);
    for (const char* kind :
         {"/H1", "/H2", "/P", "/L", "/LI", "/Table", "/TR", "/TH", "/TD", "/Figure", "/Link"}) {
      CAPTURE(kind);
      CHECK(kinds.count(kind) > 0);
    }
    CHECK(kinds.count("/H1") == 1);
    CHECK(kinds.count("/H2") == 4);
    CHECK(kinds.count("/LI") == 3);
    CHECK(kinds.count("/TH") == 2);
    CHECK(kinds.count("/TD") == 4);
    // Chromium gives each header cell /Scope /Column in a table attribute object, and
    // each data cell /Headers naming its header cells' /ID.
    for (const json* element : pdf.OfType("/StructElem")) {
      if ((*element)["/S"] == "/TH") {
        bool scoped = false;
        for (const json& a : (*element)["/A"])
          scoped = scoped || a.value("/Scope", "") == "/Column";
        CHECK(scoped);
      }
      if ((*element)["/S"] == "/Figure") CHECK((*element)["/Alt"] == std::string("u:") + kAlt);
    }

    // Fonts are embedded.
    auto fonts = pdf.OfType("/FontDescriptor");
    CHECK_FALSE(fonts.empty());
    for (const json* font : fonts) {
      CAPTURE(font->dump());
      CHECK((font->contains("/FontFile2") || font->contains("/FontFile3")));
    }

    // Bookmarks are the headings, as they are written.
    std::vector<std::string> titles;
    OutlineTitles(pdf, pdf.Get(root["/Outlines"])["/First"], titles);
    CHECK(titles == std::vector<std::string>{"Your review meeting", "Who comes to your review",
                                             "Money you can ask for", "What we talk about",
                                             "More help"});

    // Link annotations say where they go in the link's own words.
    std::set<std::string> contents;
    for (const json* d : pdf.Dictionaries()) {
      if (d->value("/Subtype", "") == "/Link") contents.insert((*d)["/Contents"]);
    }
    CHECK(contents.count("u:the council's help page"));
    CHECK(contents.count("u:leaflets"));

    // XMP metadata identifies PDF/UA-1 and the title.
    std::string xmp = pdf.StreamData(root["/Metadata"]);
    CHECK(xmp.find("<pdfuaid:part>1</pdfuaid:part>") != std::string::npos);
    CHECK(xmp.find("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Your review "
                   "meeting</rdf:li></rdf:Alt></dc:title>") != std::string::npos);
    CHECK(xmp.find("<xmp:CreateDate>2026-11-02T00:00:00Z</xmp:CreateDate>") != std::string::npos);

    // Every text object is tagged or an artifact; each page's number is an artifact.
    auto pages = pdf.Pages();
    CHECK(pages.size() >= 2);
    for (size_t p = 0; p < pages.size(); ++p) {
      CAPTURE(p);
      ContentSummary content = ReadContent(pdf.StreamData((*pages[p])["/Contents"]));
      CHECK(content.text_objects > 0);
      CHECK(content.unmarked_text_objects == 0);
      CHECK(content.artifact_text_objects >= 1);
      std::string number = "Page " + std::to_string(p + 1) + " of " + std::to_string(pages.size());
      CHECK(pdf.text().find(number) != std::string::npos);
    }

    // The words are all there, in reading order.
    std::string text = Squeeze(pdf.text());
    for (const char* sentence :
         {"Your review meeting What happens at a review meeting, and how you can take part.",
          "This leaflet tells you about your review meeting. It says who comes and what you can "
          "do.",
          "At your review we talk about your future. You can say what is going well and what is "
          "hard.",
          "Read the council's help page or see all the leaflets."}) {
      CAPTURE(sentence);
      CHECK(text.find(sentence) != std::string::npos);
    }
  }
}

TEST_CASE("the large-print PDF is 18 point and longer than the standard one", "[pdf]") {
  if (SkipWithoutChromium()) return;
  Fixture& fixture = BuiltFixture();
  REQUIRE(fixture.build.ok);
  PdfFile standard(fixture.build.files.at(kStandard));
  PdfFile large(fixture.build.files.at(kLarge));
  CHECK(large.Pages().size() > standard.Pages().size());
  ContentSummary standard_text, large_text;
  for (const json* page : standard.Pages()) {
    for (auto [size, glyphs] :
         ReadContent(standard.StreamData((*page)["/Contents"])).glyphs_by_size)
      standard_text.glyphs_by_size[size] += glyphs;
  }
  for (const json* page : large.Pages()) {
    for (auto [size, glyphs] : ReadContent(large.StreamData((*page)["/Contents"])).glyphs_by_size)
      large_text.glyphs_by_size[size] += glyphs;
  }
  CHECK(BodySize(standard_text) == 12.0);
  CHECK(BodySize(large_text) == 18.0);
  // Nothing in large print is smaller than the body text.
  CHECK(large_text.glyphs_by_size.begin()->first == 18.0);
}

TEST_CASE("the downloads box lists both PDFs with their size and pages, before Braille", "[pdf]") {
  if (SkipWithoutChromium()) return;
  Fixture& fixture = BuiltFixture();
  REQUIRE(fixture.build.ok);
  const auto& files = fixture.build.files;
  std::string standard_pages = std::to_string(PdfFile(files.at(kStandard)).Pages().size());
  std::string large_pages = std::to_string(PdfFile(files.at(kLarge)).Pages().size());
  for (const char* prefix : {"", "large-print/", "easy-read/"}) {
    const std::string& html = files.at(std::string(prefix) + "leaflets/review/index.html");
    std::string standard =
        "<li><a href=\"/leaflets/review/review.pdf\" download>Your review meeting, PDF (standard "
        "print)</a> (" +
        DescribeSize(files.at(kStandard).size()) + ", " + standard_pages +
        " pages): to print on A4 paper or read on screen</li>";
    std::string large =
        "<li><a href=\"/leaflets/review/review-large-print.pdf\" download>Your review meeting, "
        "PDF (large print, 18 point)</a> (" +
        DescribeSize(files.at(kLarge).size()) + ", " + large_pages +
        " pages): for people who find standard print hard to read, on A4 paper</li>";
    size_t at_standard = html.find(standard);
    size_t at_large = html.find(large);
    size_t at_braille = html.find("<li><a href=\"/leaflets/review/review.brf\" download>");
    CAPTURE(prefix, standard, large);
    CHECK(at_standard != std::string::npos);
    CHECK(at_large != std::string::npos);
    CHECK(at_braille != std::string::npos);
    CHECK(at_standard < at_large);
    CHECK(at_large < at_braille);
  }
}

TEST_CASE("two builds of a leaflet make byte-identical PDFs", "[pdf]") {
  if (SkipWithoutChromium()) return;
  Fixture& fixture = BuiltFixture();
  REQUIRE(fixture.build.ok);
  MemoryDownloadCache fresh;
  FixtureBuild again = BuildFixture(fresh);
  REQUIRE(again.ok);
  CHECK(again.spawns == 3);  // made again, not reused
  CHECK(again.files.at(kStandard) == fixture.build.files.at(kStandard));
  CHECK(again.files.at(kLarge) == fixture.build.files.at(kLarge));
  // The font subsets keep their names from build to build.
  std::regex subset("/BaseFont /([A-Z]{6}\\+[A-Za-z-]+)");
  PdfFile pdf(again.files.at(kStandard));
  std::set<std::string> names;
  for (const json* font : pdf.OfType("/Font")) names.insert((*font)["/BaseFont"]);
  CHECK(names == std::set<std::string>{"/AAAAAA+DejaVuSans", "/BAAAAA+DejaVuSans-Bold"});
}

TEST_CASE("a second build of an unchanged leaflet starts no Chromium", "[pdf]") {
  if (SkipWithoutChromium()) return;
  Fixture& fixture = BuiltFixture();
  REQUIRE(fixture.build.ok);
  FixtureBuild again = BuildFixture(fixture.cache);
  REQUIRE(again.ok);
  CHECK(again.spawns == 0);
  CHECK(again.files.at(kStandard) == fixture.build.files.at(kStandard));
  CHECK(again.files.at(kLarge) == fixture.build.files.at(kLarge));
}

TEST_CASE("check reuses the PDFs a build kept and stores nothing in the site's cache", "[pdf]") {
  if (SkipWithoutChromium()) return;
  Fixture& fixture = BuiltFixture();
  REQUIRE(fixture.build.ok);
  const size_t kept = fixture.cache.size();
  MemoryDownloadCache made;
  ReadThroughDownloadCache cache(fixture.cache, made);
  FixtureBuild checked = BuildFixture(cache);
  REQUIRE(checked.ok);
  CHECK(checked.spawns == 0);
  CHECK(made.size() == 0);
  CHECK(fixture.cache.size() == kept);
}

TEST_CASE("a build without Chromium stops with one error at each leaflet", "[pdf]") {
  MemoryDownloadCache cache;
  ChromiumOptions nowhere;
  nowhere.executable = "/nonexistent/chromium";
  FixtureBuild build = BuildFixture(cache, nowhere);
  CHECK_FALSE(build.ok);
  CHECK(build.spawns == 0);
  REQUIRE(build.errors.size() == 1);
  CHECK(FormatDiagnostic(build.errors[0], {}) ==
        "content/leaflets/review.md: error: cannot make the PDF files: Chromium is not "
        "installed\n"
        "    hint: install it with: apt-get install chromium (or set HEARTH_CHROMIUM)\n");
}
