#include "braille/translator.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "content/source_page.h"
#include "downloads/downloads.h"
#include "fs/file_system.h"
#include "markdown/markdown.h"

using namespace hearth;
namespace stdfs = std::filesystem;

namespace {

std::unique_ptr<BrailleTranslator> DefaultTranslator() {
  BrailleError error;
  auto translator = BrailleTranslator::Open({}, error);
  INFO(error.message);
  REQUIRE(translator);
  return translator;
}

std::string ReadText(const stdfs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The print text of a sample leaflet, one block a line, exactly as the Braille file is
// made from it (the title, the description, then the body's blocks).
std::vector<std::string> SampleLeafletLines(const std::string& name) {
  std::string file = "content/leaflets/" + name + ".md";
  auto text = RealFileSystem(HEARTH_SOURCE_DIR).ReadFile(file);
  REQUIRE(text);
  MemoryFileSystem site(std::map<std::string, std::string>{{file, *text}});
  SiteConfig config;
  Diagnostics diagnostics;
  SourceTree tree = LoadContent(site, config, diagnostics);
  const SourcePage* source = nullptr;
  for (const SourcePage& page : tree.pages) {
    if (page.file == file) source = &page;
  }
  REQUIRE(source != nullptr);
  Page page;
  page.source = source;
  page.path = "/leaflets/" + name + "/";
  page.body.doc = MarkdownDocument::Parse(source->body.file, source->body.text,
                                          source->body.first_line, {}, diagnostics);
  BrailleDocument document = BrailleDocumentForPage(page);
  std::vector<std::string> lines{document.title};
  for (const BrailleBlock& block : document.blocks) lines.push_back(block.text);
  return lines;
}

}  // namespace

TEST_CASE("the default tables are found where liblouis-data installs them", "[braille]") {
  BrailleError error;
  auto translator = BrailleTranslator::Open({}, error);
  CHECK(translator != nullptr);
  CHECK(error.message == "");
}

TEST_CASE("text becomes contracted UEB in North American Braille ASCII", "[braille]") {
  auto translator = DefaultTranslator();
  // Capitals, the word sign for "for", the "and" and "the" contractions, numbers with the
  // numeric space joining print spaces, the UEB dash.
  CHECK(translator->Translate("Independent Reviewing Officer") == ",9DEP5D5T ,REVIEW+ ,(FIC]");
  CHECK(translator->Translate("for you and the IRO") == "= Y & ! ,,IRO");
  CHECK(translator->Translate("Call 01234 567 890") == ",CALL #JABCD\"EFG\"HIJ");
  CHECK(translator->Translate("92%") == "#IB.0");
  CHECK(translator->Translate("\u2022 item") == "_4 ITEM");
}

TEST_CASE("every kind of space becomes one space and invisible characters go", "[braille]") {
  auto translator = DefaultTranslator();
  std::string plain = translator->Translate("call the IRO service");
  CHECK(translator->Translate("  call\tthe\u00a0IRO\n\n service\u2003") == plain);
  CHECK(translator->Translate("call the\u200b IRO ser\u00advice\x01") == plain);
  CHECK(translator->Translate("") == "");
  CHECK(translator->Translate(" \t\n") == "");
}

TEST_CASE("every byte of a translation is in the BRF set", "[braille]") {
  auto translator = DefaultTranslator();
  std::string text =
      GENERATE(as<std::string>{},
               "caf\u00e9 na\u00efve \u00a320 \u20ac5 \u201cquoted\u201d \u2018single\u2019",
               "emoji \U0001F600 and \U0001F44D", "Chinese \u4e2d\u6587 Greek \u03b1\u03b2",
               "www.example.org/path?a=1&b=2 someone@example.org",
               "maths \u00bd \u00bc \u00d7 \u00f7 \u2264 \u2265 \u221e",
               "bad UTF-8 \xff\xfe and \xc3", "tabs\tand\rcarriage\vreturns");
  std::string braille = translator->Translate(text);
  CAPTURE(text, braille);
  CHECK_FALSE(braille.empty());
  for (char c : braille) CHECK(IsBrfCharacter(c));
  CHECK(braille.find("  ") == std::string::npos);
}

TEST_CASE("every character up to U+2FFF translates into the BRF set", "[braille]") {
  auto translator = DefaultTranslator();
  // Characters in runs of 64, so a pass through liblouis covers every one of them.
  size_t outside = 0;
  for (char32_t start = 0x20; start < 0x3000; start += 64) {
    std::string text;
    for (char32_t c = start; c < start + 64; ++c) {
      if (c >= 0xD800 && c < 0xE000) continue;
      if (c < 0x80) {
        text += static_cast<char>(c);
      } else if (c < 0x800) {
        text += static_cast<char>(0xC0 | (c >> 6));
        text += static_cast<char>(0x80 | (c & 0x3F));
      } else {
        text += static_cast<char>(0xE0 | (c >> 12));
        text += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        text += static_cast<char>(0x80 | (c & 0x3F));
      }
      text += ' ';
    }
    for (char b : translator->Translate(text)) outside += IsBrfCharacter(b) ? 0 : 1;
  }
  CHECK(outside == 0);
}

TEST_CASE("IsBrfCharacter accepts the 64 cells from space to underscore", "[braille]") {
  int count = 0;
  for (int c = 0; c < 256; ++c) count += IsBrfCharacter(static_cast<char>(c)) ? 1 : 0;
  CHECK(count == 64);
  CHECK(IsBrfCharacter(' '));
  CHECK(IsBrfCharacter('_'));
  CHECK(IsBrfCharacter('A'));
  CHECK_FALSE(IsBrfCharacter('a'));
  CHECK_FALSE(IsBrfCharacter('`'));
  CHECK_FALSE(IsBrfCharacter('\n'));
}

TEST_CASE("a missing table is an error that names it and the package to install", "[braille]") {
  stdfs::path empty = stdfs::temp_directory_path() / "hearth-braille-no-tables";
  stdfs::create_directories(empty);
  BrailleError error;
  BrailleTables tables;
  tables.directory = empty.string();
  CHECK(BrailleTranslator::Open(tables, error) == nullptr);
  CHECK(error.message ==
        "Braille files cannot be made: the braille table 'en-ueb-g2.ctb' was "
        "not found in " +
            empty.string());
  CHECK(error.hint ==
        "install the Debian package liblouis-data (sudo apt-get install liblouis-data); "
        "bash scripts/setup.sh installs everything hearth needs");

  BrailleTables misspelt;
  misspelt.display = "en-us-brl.dis";
  CHECK(BrailleTranslator::Open(misspelt, error) == nullptr);
  CHECK(error.message ==
        "Braille files cannot be made: the braille table 'en-us-brl.dis' was not found");
}

TEST_CASE("the fingerprint names the liblouis version and the tables", "[braille]") {
  BrailleTables tables;
  std::string fingerprint = BrailleFingerprint(tables);
  CHECK(fingerprint.rfind("liblouis 3.", 0) == 0);
  CHECK(fingerprint.find("en-us-brf.dis,en-ueb-g2.ctb") != std::string::npos);
  tables.translation = "en-ueb-g1.ctb";
  CHECK(BrailleFingerprint(tables) != fingerprint);
}

// tests/braille/NAME.txt is the print text of a sample leaflet, one block a line, and
// NAME.lou.txt is what liblouis's own lou_translate made of it with the same tables
// (tests/braille/make_golden.sh). HEARTH_UPDATE_EXPECTED=1 rewrites NAME.txt only.
TEST_CASE("sample leaflets translate exactly as lou_translate translates them", "[braille]") {
  std::string name =
      GENERATE(as<std::string>{}, "your-iro", "iro-for-parents-and-carers", "post-18-reviews");
  CAPTURE(name);
  stdfs::path folder = stdfs::path(HEARTH_SOURCE_DIR) / "tests" / "braille";
  std::vector<std::string> print = SampleLeafletLines(name);
  if (std::getenv("HEARTH_UPDATE_EXPECTED")) {
    std::ofstream out(folder / (name + ".txt"), std::ios::binary);
    for (const std::string& line : print) out << line << '\n';
  }
  // The golden input is the text the generator makes the Braille file from.
  CHECK(Lines(ReadText(folder / (name + ".txt"))) == print);
  std::vector<std::string> golden = Lines(ReadText(folder / (name + ".lou.txt")));
  REQUIRE(golden.size() == print.size());
  auto translator = DefaultTranslator();
  for (size_t i = 0; i < print.size(); ++i) {
    CAPTURE(print[i]);
    CHECK(translator->Translate(print[i]) == golden[i]);
  }
}
