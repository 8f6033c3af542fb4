#include "braille/brf.h"

#include <algorithm>

namespace hearth {
namespace {

// Centred headings keep at least this many blank cells on each side (BANA).
constexpr int kCentredMargin = 3;
// Between the text of a page's first line and its page number.
constexpr int kPageNumberGap = 3;

std::vector<std::string> Words(const std::string& braille) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < braille.size()) {
    size_t end = braille.find(' ', start);
    if (end == std::string::npos) end = braille.size();
    if (end > start) words.push_back(braille.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// How a block's lines are placed.
struct Placement {
  int first_indent = 0;    // blank cells before the first line
  int runover_indent = 0;  // before every later line
  bool centred = false;
};

// Fills pages line by line. Only the first line of a page is shorter (it holds the page
// number), so a line's width is known once the line before it is placed.
class Pager {
 public:
  explicit Pager(const BrfLayout& layout) : layout_(layout) { pages_.emplace_back(); }

  int FullWidth() const { return layout_.cells_per_line; }
  int LinesLeft() const { return layout_.lines_per_page - static_cast<int>(pages_.back().size()); }
  bool PageEmpty() const { return pages_.back().empty(); }

  // Starts a new page if this one is full; call before asking for Width().
  void MakeRoom() {
    if (LinesLeft() <= 0) NewPage();
  }
  void NewPage() { pages_.emplace_back(); }

  // Cells of text the next line of this page can hold.
  int Width() const {
    if (!layout_.page_numbers || !PageEmpty()) return FullWidth();
    int number = static_cast<int>(BraillePageNumber(static_cast<int>(pages_.size())).size());
    return FullWidth() - kPageNumberGap - number;
  }

  void Line(std::string text) {
    MakeRoom();
    while (!text.empty() && text.back() == ' ') text.pop_back();
    pages_.back().push_back(std::move(text));
  }

  // A blank line, except at the top of a page, after another blank line, or where the
  // page is full (the page break separates well enough).
  void Blank() {
    if (PageEmpty() || pages_.back().back().empty() || LinesLeft() <= 0) return;
    pages_.back().emplace_back();
  }

  Brf Finish() {
    Brf brf;
    for (size_t p = 0; p < pages_.size(); ++p) {
      std::vector<std::string>& lines = pages_[p];
      while (!lines.empty() && lines.back().empty()) lines.pop_back();
      if (layout_.page_numbers) {
        if (lines.empty()) lines.emplace_back();
        std::string number = BraillePageNumber(static_cast<int>(p) + 1);
        std::string& first = lines.front();
        first.resize(std::max<size_t>(first.size(), FullWidth() - number.size()), ' ');
        first += number;
      }
      if (p > 0) brf.bytes += '\f';
      for (const std::string& line : lines) brf.bytes += line + "\r\n";
    }
    brf.pages = static_cast<int>(pages_.size());
    return brf;
  }

 private:
  const BrfLayout& layout_;
  std::vector<std::vector<std::string>> pages_;  // each page's lines, page numbers not yet added
};

// Cells a line may hold for text placed this way, on a line `width` cells wide.
int Available(int width, int indent, const Placement& placement) {
  return placement.centred ? width - 2 * kCentredMargin : width - indent;
}

// How many lines `words` take on full-width lines: for keeping a heading with what follows.
int CountLines(const std::vector<std::string>& words, int full_width, const Placement& placement) {
  int lines = 0;
  int used = -1;  // cells on the current line; -1 before the first line
  int available = 0;
  for (const std::string& word : words) {
    int length = static_cast<int>(word.size());
    if (used >= 0 && used + 1 + length <= available) {
      used += 1 + length;
      continue;
    }
    available = Available(
        full_width, lines == 0 ? placement.first_indent : placement.runover_indent, placement);
    ++lines;
    used = length;
    while (used > available && available > 1) {  // a divided word
      ++lines;
      used -= available - 1;
    }
  }
  return lines;
}

// Places the words of one block, breaking lines only at spaces (see brf.h for the one
// exception).
void Flow(Pager& pager, std::vector<std::string> words, const Placement& placement) {
  size_t next = 0;
  bool first = true;
  while (next < words.size()) {
    pager.MakeRoom();
    int width = pager.Width();
    int indent = first ? placement.first_indent : placement.runover_indent;
    int available = std::max(2, Available(width, indent, placement));
    int available_full = std::max(2, Available(pager.FullWidth(), indent, placement));
    std::string line;
    while (next < words.size()) {
      std::string& word = words[next];
      size_t needed = line.empty() ? word.size() : line.size() + 1 + word.size();
      if (needed <= static_cast<size_t>(available)) {
        if (!line.empty()) line += ' ';
        line += word;
        ++next;
        continue;
      }
      if (!line.empty()) break;
      // The word alone is too long for this line. If a full line would hold it, this is a
      // page's shortened first line: leave it to the page number and go on below.
      if (word.size() <= static_cast<size_t>(available_full) && available < available_full) {
        break;
      }
      size_t take = available - 1;
      line = word.substr(0, take) + "-";
      word.erase(0, take);
      break;
    }
    if (line.empty()) {
      pager.Line("");
      continue;
    }
    int start = placement.centred ? (width - static_cast<int>(line.size())) / 2 : indent;
    pager.Line(std::string(std::max(0, start), ' ') + line);
    first = false;
  }
}

Placement PlacementOf(const BrailleBlock& block) {
  switch (block.kind) {
    case BrailleBlock::Kind::kHeading:
      if (block.level <= 2) return {0, 0, true};
      return {4, 4, false};  // the cell-5 heading
    case BrailleBlock::Kind::kListItem: {
      int depth = std::max(1, block.level);
      return {2 * (depth - 1), 2 * (depth - 1) + 2, false};
    }
    case BrailleBlock::Kind::kQuote:
      return {2, 2, false};
    case BrailleBlock::Kind::kParagraph:
      break;
  }
  return {0, 0, false};
}

}  // namespace

std::string BraillePageNumber(int page) {
  std::string digits = std::to_string(page);
  std::string out = "#";
  for (char d : digits) out += d == '0' ? 'J' : static_cast<char>('A' + (d - '1'));
  return out;
}

int CountBrfPages(const std::string& bytes) {
  if (bytes.empty()) return 0;
  return static_cast<int>(std::count(bytes.begin(), bytes.end(), '\f')) + 1;
}

Brf LayOutBrf(const BrailleDocument& braille, const BrfLayout& requested) {
  // Below these the layout rules (margins, indents, page numbers) leave no room for text.
  BrfLayout layout = requested;
  layout.cells_per_line = std::max(layout.cells_per_line, 20);
  layout.lines_per_page = std::max(layout.lines_per_page, 3);
  Pager pager(layout);

  std::vector<BrailleBlock> blocks;
  if (!braille.title.empty()) {
    blocks.push_back({BrailleBlock::Kind::kHeading, 1, braille.title});
  }
  for (const BrailleBlock& block : braille.blocks) {
    if (!Words(block.text).empty()) blocks.push_back(block);
  }
  for (size_t i = 0; i < blocks.size(); ++i) {
    const BrailleBlock& block = blocks[i];
    bool in_list = i > 0 && block.kind == BrailleBlock::Kind::kListItem &&
                   blocks[i - 1].kind == BrailleBlock::Kind::kListItem;
    if (!in_list) pager.Blank();
    std::vector<std::string> words = Words(block.text);
    Placement placement = PlacementOf(block);
    if (block.kind == BrailleBlock::Kind::kHeading && i + 1 < blocks.size() && !pager.PageEmpty()) {
      // The heading, the blank line after it and one line of what follows.
      int needed = CountLines(words, pager.FullWidth(), placement) + 2;
      if (pager.LinesLeft() < needed) pager.NewPage();
    }
    Flow(pager, std::move(words), placement);
  }
  return pager.Finish();
}

Brf MakeBrf(const BrailleDocument& print, const BrailleTranslator& translator,
            const BrfLayout& layout) {
  BrailleDocument braille;
  braille.title = translator.Translate(print.title);
  braille.blocks.reserve(print.blocks.size());
  for (const BrailleBlock& block : print.blocks) {
    braille.blocks.push_back({block.kind, block.level, translator.Translate(block.text)});
  }
  return LayOutBrf(braille, layout);
}

}  // namespace hearth
