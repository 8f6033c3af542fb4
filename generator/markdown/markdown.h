// The only code that includes cmark-gfm. Parses a Markdown body once into a document
// whose links, images and headings carry source locations, then renders it to HTML as
// many times as there are reading versions, each time with that version's link targets.
//
// The dialect is GitHub Flavored Markdown (tables, strikethrough, autolinks, task lists,
// footnotes) plus rules of our own: headings get stable ids, a paragraph that starts with
// a `picture:` image is laid out as an easy-read picture block, and a block quote whose
// first line is [!INFO], [!NOTE], [!WARNING] or [!CONTACT] becomes a titled callout.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace hearth {

// Registers cmark-gfm's extensions: the one process-wide call, made once from main()
// (and from the test runner) before any document is parsed.
void RegisterMarkdownExtensions();

// A glossary entry as the Markdown stage sees it: what to look for, and where it links.
struct GlossaryLink {
  // The words looked for: an abbreviation ("IRO") is matched with its case, a term
  // ("pathway plan") in any case; either as whole words, and a plural "s" counts ("IROs").
  std::string text;
  // What an abbreviation stands for ("Independent Reviewing Officer"): its first use is
  // marked up as <abbr title="...">. Empty for a term, which is linked without <abbr>.
  std::string expansion;
  std::string url;  // "/glossary/#iro"; resolved per reading version like any link
};

struct MarkdownOptions {
  bool allow_raw_html = false;  // otherwise raw HTML is shown as text, with a warning
  // Summarise each block (blocks()) for the checks that read prose and for download
  // files; without summaries blocks() is empty.
  bool summaries = true;
  bool prose = true;  // also collect MarkdownBlock::prose (for the language checks)
  // Ids the theme itself uses (such as "main"); headings never take them.
  std::vector<std::string> reserved_ids = {"main", "top", "site-menu", "footnotes",
                                           "other-formats"};
  // The first use of each entry in the document (outside headings, links, images and
  // code) becomes a link to it, appended to links() after the links the author wrote.
  // Default none.
  std::vector<GlossaryLink> glossary;
};

struct MarkdownLink {
  enum class Kind { kLink, kImage };
  Kind kind = Kind::kLink;
  std::string url;          // as written
  std::string text;         // link text, or an image's alt text, as plain text
  SourceLocation location;  // of the link's opening bracket
};

struct MarkdownHeading {
  int level = 1;
  std::string text;  // plain text
  std::string id;    // unique within the document
  SourceLocation location;
};

// A fenced code block whose info string is "dataset": a view of a dataset, rendered
// where the block stands. Its text is YAML naming the dataset and the view.
struct MarkdownEmbed {
  std::string kind;         // "dataset"
  std::string text;         // the block's contents
  SourceLocation location;  // of the block's first content line
};

// One item of a list block. Nested lists are flattened into their parent's items in reading
// order, each with its depth, so a reader that is not HTML (Braille) can lay them out.
struct MarkdownListItem {
  int depth = 1;       // 1 for the top-level list, 2 for a list inside one of its items, ...
  std::string marker;  // "3." or "3)" in a numbered list; empty in a bulleted one
  std::string text;    // plain text of the item's own paragraphs, images and nested lists excluded
};

// A piece of a block's words that maps character for character onto its source, so a
// check can point at a word. Separators between lines and paragraphs have no place.
struct MarkdownTextRun {
  std::string text;  // as the reader reads it (escapes and entities decoded)
  // Of text[0], in the document's file; line 0 for a separator (" " or "\n"). (Not a
  // SourceLocation: a large site has millions of runs, and each would copy the file name.)
  int line = 0;
  int column = 0;
};
// A top-level block, summarised for checks that read prose (easy-read lint, readability)
// and for downloads made from the text (Braille).
struct MarkdownBlock {
  enum class Kind { kParagraph, kHeading, kList, kQuote, kCode, kTable, kOther };
  Kind kind = Kind::kOther;
  SourceLocation location;
  std::string text;                      // plain text of the block, images excluded
  std::vector<size_t> images;            // indices into links() of the images it holds
  bool starts_with_picture = false;      // a paragraph opening with a `picture:` image
  std::vector<SourceLocation> emphasis;  // where italics (single * or _) start
  // A callout's visible title ("Warning"); empty for other blocks. A callout is a kQuote
  // whose text leaves out its [!WARNING] marker line.
  std::string callout_title;

  // The block's structure, for readers that are not HTML (Braille).
  int level = 0;                        // a heading's level, 1 to 6; 0 for other blocks
  std::vector<MarkdownListItem> items;  // a list's items
  // A table's cells as plain text, the header row first.
  std::vector<std::vector<std::string>> rows;
  // The words a reader reads, in order: text of paragraphs, headings, lists, quotes and
  // table cells, without code, link addresses, autolinked addresses, pictures or raw HTML.
  // A line break is a " " run and the end of a paragraph, item or cell a "\n" run.
  std::vector<MarkdownTextRun> prose;
};

class MarkdownDocument {
 public:
  ~MarkdownDocument();
  MarkdownDocument(const MarkdownDocument&) = delete;
  MarkdownDocument& operator=(const MarkdownDocument&) = delete;

  // Parses `text`, whose first line is line `first_line` of `file`. Problems that are the
  // author's (unsafe link schemes, raw HTML) are reported; the document is always usable.
  static std::unique_ptr<MarkdownDocument> Parse(const std::string& file, const std::string& text,
                                                 int first_line, const MarkdownOptions& options,
                                                 Diagnostics& diagnostics);

  const std::vector<MarkdownLink>& links() const { return links_; }
  const std::vector<MarkdownHeading>& headings() const { return headings_; }
  const std::vector<MarkdownBlock>& blocks() const { return blocks_; }
  // Frees the blocks' prose runs once the language checks have read them.
  void ReleaseProse();
  const std::vector<MarkdownEmbed>& embeds() const { return embeds_; }

  // Gives an image with empty alt text the given alt text (a picture's default). Only
  // before the document is frozen.
  void SetImageAlt(size_t link_index, const std::string& alt);

  // Renders the document once, with placeholders where link targets and embeds go, and
  // frees the parse tree: each reading version then only fills in the placeholders. The
  // first RenderHtml freezes a document that is not frozen yet.
  void Freeze();

  // Renders HTML with targets[i] as the href or src of links()[i] and embed_html[i] in
  // place of embeds()[i]. The first call (or Freeze) is not thread-safe for one
  // document; different documents may render concurrently.
  std::string RenderHtml(const std::vector<std::string>& targets,
                         const std::vector<std::string>& embed_html = {});

 private:
  MarkdownDocument();
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::vector<MarkdownLink> links_;
  std::vector<MarkdownHeading> headings_;
  std::vector<MarkdownBlock> blocks_;
  std::vector<MarkdownEmbed> embeds_;
};

// True for a URL scheme a page may link to: http, https, mailto, tel, or none (a path or
// an #anchor). Images may also use `picture:`.
bool IsAllowedLinkTarget(const std::string& url, MarkdownLink::Kind kind);

}  // namespace hearth
