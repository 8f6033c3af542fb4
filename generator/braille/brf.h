// A structured document -> a BRF file: the pages of ASCII braille that a braille embosser
// prints and a braille display reads. translator.h turns each block's text into braille;
// this file lays the braille out. downloads/ builds the document from a page's parsed
// Markdown.
//
// The layout follows basic UKAAF and BANA practice, kept simple:
// - Pages of 40 cells by 25 lines (BrfLayout). Each line ends with CR LF; a form feed
//   stands between pages (none after the last). Every byte is in the BRF set (0x20 to
//   0x5F) apart from CR, LF and FF. Lines never end in spaces.
// - The braille page number is at the right-hand end of each page's first line, as a
//   braille number (#A, #B, ...), with at least three blank cells between it and the text
//   on that line (UKAAF places page numbers top right). The first line therefore holds
//   fewer cells of text.
// - The title is centred on the first line of the first page, with a blank line after it.
// - Headings of level 1 and 2 are centred, with at least three blank cells each side;
//   lower headings start in cell 5 and wrap to cell 5 (BANA's cell-5 heading). A heading
//   is never the last thing on a page: it moves to the next page unless it and a line of
//   what follows fit.
// - Paragraphs are blocked (they start in cell 1) and a blank line stands between blocks.
// - List items start with their marker (a bullet or a number, part of the text) in cell
//   1 and wrap to cell 3 (the 1-3 list format); each level of nesting moves both two
//   cells right. Items of one list have no blank line between them.
// - Quotations are blocked and indented two cells.
// - Lines break only at spaces, so words and numbers are never split. (In UEB a number
//   with spaces in print, such as 01234 567 890, is joined by the numeric space, so it is
//   one braille word.) The one exception is a braille word longer than a whole line: it
//   is divided after as many cells as fit less one, and the braille hyphen ('-', dots
//   3-6) at the end of the line says that it goes on.
// - Blank lines are never the first line of a page, and never come two together.
#pragma once

#include <string>
#include <vector>

#include "braille/translator.h"

namespace hearth {

struct BrfLayout {
  int cells_per_line = 40;   // default 40, the common embosser and UKAAF line
  int lines_per_page = 25;   // default 25
  bool page_numbers = true;  // default true: the braille page number top right
};

// One block of a document in reading order.
struct BrailleBlock {
  enum class Kind { kHeading, kParagraph, kListItem, kQuote };
  Kind kind = Kind::kParagraph;
  int level = 1;     // a heading's level (1 to 6), or a list item's depth (1 for the top list)
  std::string text;  // print text (UTF-8) before translation; ASCII braille after
};

struct BrailleDocument {
  std::string title;
  std::vector<BrailleBlock> blocks;
};

struct Brf {
  std::string bytes;
  int pages = 0;
};

// Lays out a document whose title and block texts are already ASCII braille, words
// separated by single spaces.
Brf LayOutBrf(const BrailleDocument& braille, const BrfLayout& layout);

// Translates a print document with `translator`, then lays it out.
Brf MakeBrf(const BrailleDocument& print, const BrailleTranslator& translator,
            const BrfLayout& layout);

// The number of pages in a BRF file: one more than its form feeds (0 for an empty file).
int CountBrfPages(const std::string& bytes);

// A braille page number in ASCII braille: the number sign then the digits as the letters
// a to j: 12 -> "#AB".
std::string BraillePageNumber(int page);

}  // namespace hearth
