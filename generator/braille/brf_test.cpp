#include "braille/brf.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

using namespace hearth;
using Kind = BrailleBlock::Kind;

namespace {

std::string Spaces(size_t n) { return std::string(n, ' '); }

// A page's first line: its text, then the page number at the right-hand end.
std::string FirstLine(const std::string& text, const std::string& number) {
  return text + Spaces(40 - number.size() - text.size()) + number;
}

struct Page {
  std::vector<std::string> lines;
};

// Splits a BRF file into pages (at form feeds) and lines (at CR LF), failing the test if
// any line does not end in CR LF.
std::vector<Page> Pages(const std::string& bytes) {
  std::vector<Page> pages(1);
  size_t start = 0;
  while (start < bytes.size()) {
    if (bytes[start] == '\f') {
      pages.emplace_back();
      ++start;
      continue;
    }
    size_t end = bytes.find("\r\n", start);
    REQUIRE(end != std::string::npos);
    std::string line = bytes.substr(start, end - start);
    REQUIRE(line.find('\r') == std::string::npos);
    REQUIRE(line.find('\n') == std::string::npos);
    REQUIRE(line.find('\f') == std::string::npos);
    pages.back().lines.push_back(line);
    start = end + 2;
  }
  return pages;
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// Checks the BRF rules on a laid-out file and returns its words in reading order, page
// numbers left out.
std::vector<std::string> CheckBrf(const Brf& brf, const BrfLayout& layout) {
  for (char c : brf.bytes) {
    bool allowed = IsBrfCharacter(c) || c == '\r' || c == '\n' || c == '\f';
    if (!allowed) FAIL("byte " << static_cast<int>(static_cast<unsigned char>(c)));
  }
  std::vector<Page> pages = Pages(brf.bytes);
  CHECK(static_cast<int>(pages.size()) == brf.pages);
  CHECK(CountBrfPages(brf.bytes) == brf.pages);
  std::vector<std::string> words;
  for (size_t p = 0; p < pages.size(); ++p) {
    const std::vector<std::string>& lines = pages[p].lines;
    REQUIRE_FALSE(lines.empty());
    CHECK(static_cast<int>(lines.size()) <= layout.lines_per_page);
    CHECK(!lines.back().empty());                             // no blank line at the foot of a page
    if (!layout.page_numbers) CHECK(!lines.front().empty());  // nor at the top
    for (size_t l = 0; l < lines.size(); ++l) {
      std::string line = lines[l];
      CHECK(static_cast<int>(line.size()) <= layout.cells_per_line);
      CHECK((line.empty() || line.back() != ' '));
      if (l > 0 && line.empty()) CHECK(!lines[l - 1].empty());  // never two blank lines
      if (l == 0 && layout.page_numbers) {
        std::string number = BraillePageNumber(static_cast<int>(p) + 1);
        REQUIRE(line.size() == static_cast<size_t>(layout.cells_per_line));
        CHECK(line.substr(line.size() - number.size()) == number);
        line.erase(line.size() - number.size());
        CHECK(line.substr(line.size() - 3) == "   ");  // at least three blank cells
      }
      for (std::string& word : Words(line)) words.push_back(word);
    }
  }
  return words;
}

std::string RandomWord(std::mt19937& random, size_t length) {
  static const char kCells[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,;:.!?'-()/\"#&=^_$*+<>@[]";
  std::string word;
  for (size_t i = 0; i < length; ++i) word += kCells[random() % (sizeof kCells - 1)];
  return word;
}

}  // namespace

TEST_CASE("a document is laid out with a centred title, headings, paragraphs and a list",
          "[braille]") {
  BrailleDocument doc;
  doc.title = ",Y ,IRO";
  doc.blocks = {{Kind::kHeading, 2, "HEAD"},    {Kind::kParagraph, 1, "AB CD"},
                {Kind::kListItem, 1, "_4 ONE"}, {Kind::kListItem, 1, "_4 TWO"},
                {Kind::kHeading, 3, "SMALL"},   {Kind::kQuote, 1, "QUOTED"},
                {Kind::kParagraph, 1, "EF"}};
  Brf brf = LayOutBrf(doc, {});
  CHECK(brf.pages == 1);
  CHECK(brf.bytes == FirstLine(Spaces(14) + ",Y ,IRO", "#A") + "\r\n" +  // centred in 35 cells
                         "\r\n" +                                        //
                         Spaces(18) + "HEAD\r\n" +                       // centred in 40
                         "\r\n"
                         "AB CD\r\n"
                         "\r\n"
                         "_4 ONE\r\n"
                         "_4 TWO\r\n"
                         "\r\n"
                         "    SMALL\r\n"  // the cell-5 heading
                         "\r\n"
                         "  QUOTED\r\n"
                         "\r\n"
                         "EF\r\n");
}

TEST_CASE("list items wrap to two cells in from their marker, deeper items further in",
          "[braille]") {
  BrailleDocument doc;
  std::string words = "AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII";  // 44 cells
  doc.blocks = {{Kind::kParagraph, 1, "P"},
                {Kind::kListItem, 1, "_4 " + words},
                {Kind::kListItem, 2, "_4 " + words}};
  Brf brf = LayOutBrf(doc, {});
  CHECK(brf.bytes == FirstLine("P", "#A") + "\r\n" +
                         "\r\n"
                         "_4 AAAA BBBB CCCC DDDD EEEE FFFF GGGG\r\n"
                         "  HHHH IIII\r\n"
                         "  _4 AAAA BBBB CCCC DDDD EEEE FFFF GGGG\r\n"
                         "    HHHH IIII\r\n");
}

TEST_CASE("a word longer than a line is divided with a braille hyphen", "[braille]") {
  BrailleDocument doc;
  std::string long_word(100, 'X');
  doc.blocks = {{Kind::kParagraph, 1, "AB"}, {Kind::kParagraph, 1, "CD " + long_word + " EF"}};
  Brf brf = LayOutBrf(doc, {});
  CHECK(brf.bytes == FirstLine("AB", "#A") + "\r\n" +
                         "\r\n"
                         "CD\r\n" +
                         std::string(39, 'X') + "-\r\n" + std::string(39, 'X') + "-\r\n" +
                         std::string(22, 'X') + " EF\r\n");
}

TEST_CASE("a word too long for a page's first line starts on its second", "[braille]") {
  BrailleDocument doc;
  std::string word(38, 'W');
  doc.blocks = {
      {Kind::kParagraph, 1, "A"}, {Kind::kParagraph, 1, "B"}, {Kind::kParagraph, 1, word}};
  BrfLayout layout;
  layout.lines_per_page = 3;
  Brf brf = LayOutBrf(doc, layout);
  CHECK(brf.pages == 2);
  CHECK(brf.bytes == FirstLine("A", "#A") + "\r\n" + "\r\n" + "B\r\n" + "\f" + FirstLine("", "#B") +
                         "\r\n" + word + "\r\n");
}

TEST_CASE("a heading that would end a page moves to the next page", "[braille]") {
  BrailleDocument doc;
  doc.blocks = {{Kind::kParagraph, 1, "ONE"},
                {Kind::kParagraph, 1, "TWO"},
                {Kind::kHeading, 2, "HEAD"},
                {Kind::kParagraph, 1, "THREE"}};
  BrfLayout layout;
  layout.lines_per_page = 5;
  Brf brf = LayOutBrf(doc, layout);
  CHECK(brf.pages == 2);
  CHECK(brf.bytes == FirstLine("ONE", "#A") + "\r\n" + "\r\n" + "TWO\r\n" + "\f" +
                         FirstLine(Spaces(15) + "HEAD", "#B") + "\r\n" + "\r\n" + "THREE\r\n");
}

TEST_CASE("pages break at 25 lines with a form feed and no blank line at the top", "[braille]") {
  BrailleDocument doc;
  for (int i = 0; i < 20; ++i) doc.blocks.push_back({Kind::kParagraph, 1, "P"});
  Brf brf = LayOutBrf(doc, {});
  // 20 paragraphs and the 19 blank lines between them: 25 lines, then 13 (the blank line
  // that would open page 2 is left out).
  REQUIRE(brf.pages == 2);
  std::vector<Page> pages = Pages(brf.bytes);
  CHECK(pages[0].lines.size() == 25);
  CHECK(pages[1].lines.size() == 13);
  CHECK(pages[1].lines[0] == FirstLine("P", "#B"));
  CHECK(brf.bytes.find("\r\n\f") != std::string::npos);
  CHECK(brf.bytes.back() == '\n');
}

TEST_CASE("without page numbers every line holds 40 cells", "[braille]") {
  BrailleDocument doc;
  doc.blocks = {{Kind::kParagraph, 1, std::string(40, 'A')}};
  BrfLayout layout;
  layout.page_numbers = false;
  CHECK(LayOutBrf(doc, layout).bytes == std::string(40, 'A') + "\r\n");
}

TEST_CASE("braille page numbers are the number sign and letters a to j", "[braille]") {
  CHECK(BraillePageNumber(1) == "#A");
  CHECK(BraillePageNumber(9) == "#I");
  CHECK(BraillePageNumber(10) == "#AJ");
  CHECK(BraillePageNumber(25) == "#BE");
  CHECK(BraillePageNumber(100) == "#AJJ");
  CHECK(CountBrfPages("") == 0);
  CHECK(CountBrfPages("A\r\n") == 1);
  CHECK(CountBrfPages("A\r\n\fB\r\n\fC\r\n") == 3);
}

TEST_CASE("an empty document is one page with its number", "[braille]") {
  Brf brf = LayOutBrf({}, {});
  CHECK(brf.pages == 1);
  CHECK(brf.bytes == FirstLine("", "#A") + "\r\n");
}

// Property: whatever the words, every line and page is within its limits, the bytes are
// BRF, and reading the lines in order gives back exactly the document's words: no word
// is ever split or lost.
TEST_CASE("generated documents keep every word whole and within the page limits", "[braille]") {
  auto seed = GENERATE(range(1u, 41u));
  std::mt19937 random(seed);
  BrfLayout layout;
  if (seed % 4 == 1) layout.page_numbers = false;
  if (seed % 5 == 2) layout.lines_per_page = 7;
  BrailleDocument doc;
  std::vector<std::string> expected;
  auto make_text = [&](int words) {
    std::string text;
    for (int w = 0; w < words; ++w) {
      // Mostly short words; some long numbers and words, up to the 34 cells that the
      // narrowest placement (a centred heading, a third-level list item's runover) holds.
      size_t length = random() % 10 == 0 ? 20 + random() % 15 : 1 + random() % 9;
      std::string word =
          random() % 3 == 0 ? "#" + RandomWord(random, length - 1) : RandomWord(random, length);
      text += (text.empty() ? "" : std::string(1 + random() % 2, ' ')) + word;
      expected.push_back(word);
    }
    return text;
  };
  doc.title = make_text(1 + random() % 8);
  int blocks = 5 + random() % 60;
  for (int b = 0; b < blocks; ++b) {
    Kind kind = static_cast<Kind>(random() % 4);
    int level = kind == Kind::kHeading ? 1 + random() % 6 : 1 + random() % 3;
    doc.blocks.push_back({kind, level, make_text(1 + random() % 40)});
  }
  Brf brf = LayOutBrf(doc, layout);
  std::vector<std::string> words = CheckBrf(brf, layout);
  CHECK(words == expected);
}
