#include "markdown/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
// houdini is cmark-gfm's own escaper, exported by the library: hrefs filled in after
// rendering are escaped exactly as cmark-gfm escapes them.
#include <cmark-gfm/houdini.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "core/text.h"

namespace hearth {

struct MarkdownDocument::Impl {
  cmark_parser* parser = nullptr;
  cmark_node* root = nullptr;
  int render_options = 0;
  std::vector<cmark_node*> link_nodes;   // parallel to links_
  std::vector<cmark_node*> embed_nodes;  // parallel to embeds_
  // A marker that does not occur in the source, so placeholders cannot clash with text.
  std::string nonce;
  // After Freeze: the HTML between placeholders, and what fills each gap (a link index,
  // or -1 - embed index).
  bool frozen = false;
  std::vector<std::string> segments;
  std::vector<int> slots;
  // Nodes taken out of the tree whose text the moved children still point into; freed
  // with the document.
  std::vector<cmark_node*> detached;

  ~Impl() {
    if (root) cmark_node_free(root);
    for (cmark_node* n : detached) cmark_node_free(n);
    if (parser) cmark_parser_free(parser);
  }
};

namespace {

const char* const kExtensions[] = {"table", "strikethrough", "autolink", "tasklist"};

std::string PostProcess(const char* raw);

std::string EscapeHref(const std::string& url) {
  cmark_strbuf buffer;
  cmark_strbuf_init(cmark_get_default_mem_allocator(), &buffer, 0);
  houdini_escape_href(&buffer, reinterpret_cast<const uint8_t*>(url.data()),
                      static_cast<bufsize_t>(url.size()));
  std::string out(cmark_strbuf_cstr(&buffer));
  cmark_strbuf_free(&buffer);
  return out;
}

std::string Literal(cmark_node* node) {
  const char* s = cmark_node_get_literal(node);
  return s ? s : "";
}

// Plain text of a node's inline content: what a screen reader would read.
void AppendPlainText(cmark_node* node, std::string& out, bool include_images) {
  for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
    switch (cmark_node_get_type(child)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        out += Literal(child);
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out += ' ';
        break;
      case CMARK_NODE_IMAGE:
        if (include_images) AppendPlainText(child, out, true);
        break;
      default:
        if (cmark_node_first_child(child)) {
          AppendPlainText(child, out, include_images);
          // Block children (list items, paragraphs) are separated like lines.
          if ((cmark_node_get_type(child) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK) {
            out += '\n';
          }
        }
    }
  }
}

std::string PlainText(cmark_node* node, bool include_images = true) {
  std::string out;
  AppendPlainText(node, out, include_images);
  return Trim(out);
}

// Browsers ignore tabs, newlines and control characters inside a URL's scheme.
std::string Squeezed(const std::string& url) {
  std::string out;
  for (char c : url) {
    if (!std::isspace(static_cast<unsigned char>(c)) &&
        !std::iscntrl(static_cast<unsigned char>(c))) {
      out += c;
    }
  }
  return out;
}

std::string Scheme(const std::string& url) {
  for (size_t i = 0; i < url.size(); ++i) {
    char c = url[i];
    if (c == ':') return i > 0 ? ToLower(url.substr(0, i)) : "";
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.')) {
      return "";
    }
  }
  return "";
}

// Appends the items of a list node (and of the lists nested in them) in reading order.
void CollectListItems(cmark_node* list, int depth, std::vector<MarkdownListItem>& items) {
  bool ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST;
  const char* delimiter = cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM ? ")" : ".";
  int number = cmark_node_get_list_start(list);
  for (cmark_node* item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
    MarkdownListItem entry;
    entry.depth = depth;
    if (ordered) entry.marker = std::to_string(number++) + delimiter;
    std::vector<cmark_node*> nested;
    for (cmark_node* child = cmark_node_first_child(item); child; child = cmark_node_next(child)) {
      if (cmark_node_get_type(child) == CMARK_NODE_LIST) {
        nested.push_back(child);
        continue;
      }
      std::string text = PlainText(child, false);
      if (text.empty()) continue;
      if (!entry.text.empty()) entry.text += ' ';
      entry.text += text;
    }
    items.push_back(std::move(entry));
    for (cmark_node* list_node : nested) CollectListItems(list_node, depth + 1, items);
  }
}

// The rows of a table node, each a list of its cells' plain text.
std::vector<std::vector<std::string>> TableRows(cmark_node* table) {
  std::vector<std::vector<std::string>> rows;
  for (cmark_node* row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
    std::vector<std::string> cells;
    for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
      cells.push_back(PlainText(cell, false));
    }
    rows.push_back(std::move(cells));
  }
  return rows;
}

// A stretch of a text node's literal [begin, end) that is byte for byte the source from
// byte `source` of its line.
struct Piece {
  size_t begin, end, source;
};

// Whether `literal` (a text node's words, escapes and entities decoded) is what `line`
// holds from byte `start`; if so, fills `pieces`. cmark's inline columns ignore the
// indentation of continuation lines, so the caller searches for the start instead.
bool AlignLiteral(std::string_view line, size_t start, std::string_view literal,
                  std::vector<Piece>& pieces) {
  pieces.clear();
  size_t i = 0, j = start, piece_i = 0, piece_j = start;
  auto close = [&] {
    if (i > piece_i) pieces.push_back({piece_i, i, piece_j});
  };
  while (i < literal.size()) {
    // "&amp;" is an entity unless cmark kept it as written (an unknown name).
    bool maybe_entity =
        j < line.size() && line[j] == '&' && line.find(';', j) != line.npos &&
        literal.substr(i, line.find(';', j) - j + 1) != line.substr(j, line.find(';', j) - j + 1);
    if (j < line.size() && line[j] == literal[i] && !maybe_entity) {
      ++i, ++j;
      continue;
    }
    if (j + 1 < line.size() && line[j] == '\\' && line[j + 1] == literal[i]) {  // \*
      close();
      piece_i = i;
      piece_j = ++j;
      continue;
    }
    size_t semi = j < line.size() && line[j] == '&' ? line.find(';', j) : std::string::npos;
    bool entity = semi != std::string::npos && semi > j + 1 && semi - j <= 32;
    for (size_t k = j + 1; entity && k < semi; ++k) {
      entity = std::isalnum(static_cast<unsigned char>(line[k])) || line[k] == '#';
    }
    if (!entity) {
      if (j < line.size() && line[j] == literal[i]) {  // a '&' that starts no entity
        ++i, ++j;
        continue;
      }
      return false;
    }
    // An entity (&amp;): its decoded bytes run up to the next byte the two share.
    close();
    char next = semi + 1 < line.size() ? line[semi + 1] : '\0';
    size_t k = i + 1;
    while (k < literal.size() && k - i <= 8 && literal[k] != next) ++k;
    if (k - i > 8) return false;
    pieces.push_back({i, k, j});
    i = piece_i = k;
    j = piece_j = semi + 1;
  }
  close();
  return true;
}

// Moves every child of `from` to the end of `to`.
void MoveChildren(cmark_node* from, cmark_node* to) {
  while (cmark_node* child = cmark_node_first_child(from)) cmark_node_append_child(to, child);
}

// A callout's type as written in its marker ([!WARNING]), and how it is shown.
struct CalloutType {
  const char* name;   // as written, lower case
  const char* css;    // the class suffix and id base
  const char* title;  // the visible title that says the type in words, not colour alone
};

const CalloutType kCalloutTypes[] = {{"info", "info", "Information"},
                                     {"note", "info", "Information"},  // GitHub's name
                                     {"warning", "warning", "Warning"},
                                     {"contact", "contact", "Who to contact"}};

const CalloutType* FindCalloutType(const std::string& name) {
  std::string lowered = ToLower(name);
  for (const CalloutType& type : kCalloutTypes) {
    if (lowered == type.name) return &type;
  }
  return nullptr;
}

std::string ToUpper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// The [!NAME] that opens a block quote's first paragraph, as cmark parsed it.
struct CalloutMarker {
  std::string name;             // as written
  cmark_node* first = nullptr;  // the text node where the marker starts
};

// cmark splits "[!WARNING]" into several text nodes (at the brackets), so the marker is
// read from the run of text nodes that opens the quote. Like GitHub, the marker must end
// its line: "> [!WARNING] Apply soon" stays an ordinary quote.
std::optional<CalloutMarker> ReadCalloutMarker(cmark_node* quote) {
  cmark_node* paragraph = cmark_node_first_child(quote);
  if (!paragraph || cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH) return std::nullopt;
  cmark_node* first = cmark_node_first_child(paragraph);
  std::string words;
  cmark_node* after = first;
  for (; after && cmark_node_get_type(after) == CMARK_NODE_TEXT; after = cmark_node_next(after)) {
    words += Literal(after);
  }
  if (!StartsWith(words, "[!")) return std::nullopt;
  size_t end = 2;
  while (end < words.size() && std::isalpha(static_cast<unsigned char>(words[end]))) ++end;
  if (end == 2 || end >= words.size() || words[end] != ']') return std::nullopt;
  bool ends_line = Trim(words.substr(end + 1)).empty() &&
                   (!after || cmark_node_get_type(after) == CMARK_NODE_SOFTBREAK ||
                    cmark_node_get_type(after) == CMARK_NODE_LINEBREAK);
  if (!ends_line) return std::nullopt;
  return CalloutMarker{words.substr(2, end - 2), first};
}

// Takes the marker line out of the quote; a paragraph left empty goes too.
void RemoveCalloutMarker(cmark_node* quote, std::vector<cmark_node*>& detached) {
  cmark_node* paragraph = cmark_node_first_child(quote);
  // The marker ends its line (ReadCalloutMarker), so everything up to and including the
  // first line break is the marker and the spaces after it.
  for (cmark_node* node = cmark_node_first_child(paragraph); node;) {
    cmark_node* next = cmark_node_next(node);
    cmark_node_type type = cmark_node_get_type(node);
    cmark_node_unlink(node);
    detached.push_back(node);
    if (type != CMARK_NODE_TEXT) break;  // the line break
    node = next;
  }
  if (!cmark_node_first_child(paragraph)) {
    cmark_node_unlink(paragraph);
    detached.push_back(paragraph);
  }
}

// A letter or digit that would make a match part of a longer word. Bytes of other scripts
// and punctuation (’, -, /) end a word.
bool IsWordByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u < 0x80 && std::isalnum(u);
}

// The first place from `from` where `words` stands in `literal` as whole words, a plural
// "s" included: [begin, end), or begin == npos.
std::pair<size_t, size_t> FindWholeWords(std::string_view literal, size_t from,
                                         std::string_view words, bool match_case) {
  const size_t npos = std::string_view::npos;
  if (words.empty()) return {npos, npos};
  for (size_t at = from; at + words.size() <= literal.size(); ++at) {
    bool same = true;
    for (size_t k = 0; k < words.size() && same; ++k) {
      char a = literal[at + k], b = words[k];
      same = match_case ? a == b
                        : std::tolower(static_cast<unsigned char>(a)) ==
                              std::tolower(static_cast<unsigned char>(b));
    }
    if (!same || (at > 0 && IsWordByte(literal[at - 1]))) continue;
    size_t end = at + words.size();
    if (end < literal.size() && literal[end] == 's' &&
        (end + 1 == literal.size() || !IsWordByte(literal[end + 1]))) {
      ++end;
    }
    if (end < literal.size() && IsWordByte(literal[end])) continue;
    return {at, end};
  }
  return {npos, npos};
}
}  // namespace

bool IsAllowedLinkTarget(const std::string& url, MarkdownLink::Kind kind) {
  std::string scheme = Scheme(Squeezed(url));
  if (scheme.empty()) return true;
  if (scheme == "http" || scheme == "https") return true;
  if (kind == MarkdownLink::Kind::kLink) return scheme == "mailto" || scheme == "tel";
  return scheme == "picture";
}

void RegisterMarkdownExtensions() { cmark_gfm_core_extensions_ensure_registered(); }

MarkdownDocument::MarkdownDocument() : impl_(std::make_unique<Impl>()) {}
MarkdownDocument::~MarkdownDocument() = default;

std::unique_ptr<MarkdownDocument> MarkdownDocument::Parse(const std::string& file,
                                                          const std::string& text, int first_line,
                                                          const MarkdownOptions& options,
                                                          Diagnostics& diags) {
  std::unique_ptr<MarkdownDocument> doc(new MarkdownDocument());
  Impl& impl = *doc->impl_;
  int parse_options = CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8;
  impl.render_options = CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES;
  if (options.allow_raw_html) impl.render_options |= CMARK_OPT_UNSAFE;
  impl.parser = cmark_parser_new(parse_options);
  for (const char* name : kExtensions) {
    cmark_syntax_extension* ext = cmark_find_syntax_extension(name);
    if (ext) cmark_parser_attach_syntax_extension(impl.parser, ext);
  }
  impl.nonce = "hearthslot";
  while (text.find(impl.nonce) != std::string::npos) impl.nonce += "q";
  cmark_parser_feed(impl.parser, text.data(), text.size());
  impl.root = cmark_parser_finish(impl.parser);

  // Where each line starts, to turn cmark's byte columns into character columns.
  std::vector<size_t> line_starts{0};
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts.push_back(i + 1);
  }
  auto where = [&](cmark_node* node) {
    // cmark counts columns in bytes; we report characters.
    int line = cmark_node_get_start_line(node);
    int column = cmark_node_get_start_column(node);
    if (line <= 0) {
      // Autolinks carry no position of their own: use the nearest ancestor's.
      for (cmark_node* up = cmark_node_parent(node); up && line <= 0; up = cmark_node_parent(up)) {
        line = cmark_node_get_start_line(up);
        column = cmark_node_get_start_column(up);
      }
    }
    if (line > 0 && line <= static_cast<int>(line_starts.size()) && column > 0) {
      std::string_view rest = std::string_view(text).substr(line_starts[line - 1]);
      column = ColumnOfByte(rest.substr(0, rest.find('\n')), column - 1);
    }
    return SourceLocation{file, line > 0 ? line + first_line - 1 : 0, column};
  };

  // Collect first, then change the tree: the iterator must not see edits.
  std::vector<cmark_node*> headings, raw_html, links, code_embeds, quotes;
  cmark_iter* iter = cmark_iter_new(impl.root);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HEADING:
        headings.push_back(node);
        break;
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE:
        raw_html.push_back(node);
        break;
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE:
        links.push_back(node);
        break;
      case CMARK_NODE_BLOCK_QUOTE:
        quotes.push_back(node);
        break;
      case CMARK_NODE_CODE_BLOCK: {
        const char* info = cmark_node_get_fence_info(node);
        if (info && Trim(info) == "dataset") code_embeds.push_back(node);
        break;
      }
      default:
        break;
    }
  }
  cmark_iter_free(iter);

  // Nodes put in place of others carry no position; remember the originals' places.
  std::map<cmark_node*, SourceLocation> replaced_at;

  // Raw HTML becomes visible text unless the site allows it.
  if (!options.allow_raw_html) {
    for (cmark_node* node : raw_html) {
      bool block = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK;
      diags.Warning(where(node), "raw HTML is shown as text, not used as HTML",
                    "write it in Markdown instead, or set allow_raw_html: true in site.yaml");
      cmark_node* text_node = cmark_node_new(CMARK_NODE_TEXT);
      std::string literal = Literal(node);
      if (block) {
        while (!literal.empty() && literal.back() == '\n') literal.pop_back();
        cmark_node* paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
        cmark_node_set_literal(text_node, literal.c_str());
        cmark_node_append_child(paragraph, text_node);
        cmark_node_replace(node, paragraph);
        replaced_at[paragraph] = where(node);
      } else {
        cmark_node_set_literal(text_node, literal.c_str());
        cmark_node_replace(node, text_node);
      }
      impl.detached.push_back(node);
    }
  }

  // Links: refuse dangerous schemes by replacing the link with its text.
  for (cmark_node* node : links) {
    MarkdownLink link;
    link.kind = cmark_node_get_type(node) == CMARK_NODE_IMAGE ? MarkdownLink::Kind::kImage
                                                              : MarkdownLink::Kind::kLink;
    const char* url = cmark_node_get_url(node);
    link.url = url ? url : "";
    link.text = PlainText(node);
    link.location = where(node);
    // cmark gives a link whose words wrap the line of its closing bracket; its first
    // child knows where the words start, just after "[" (or "![").
    if (cmark_node* child = cmark_node_first_child(node)) {
      SourceLocation inner = where(child);
      int offset = link.kind == MarkdownLink::Kind::kImage ? 2 : 1;
      if (inner.line > 0 && inner.line < link.location.line && inner.column > offset) {
        link.location = {inner.file, inner.line, inner.column - offset};
      }
    }
    if (!IsAllowedLinkTarget(link.url, link.kind)) {
      std::string scheme = Scheme(Squeezed(link.url));
      diags.Error(link.location,
                  "a " + std::string(link.kind == MarkdownLink::Kind::kImage ? "picture" : "link") +
                      " to a '" + scheme + ":' address is not allowed",
                  "links may go to pages of this site, https:// addresses, mailto: and tel:");
      if (link.kind == MarkdownLink::Kind::kImage) {
        cmark_node* text_node = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(text_node, link.text.c_str());
        cmark_node_replace(node, text_node);
      } else {
        // Keep the words, drop the link.
        while (cmark_node* child = cmark_node_first_child(node))
          cmark_node_insert_before(node, child);
        cmark_node_unlink(node);
      }
      impl.detached.push_back(node);
      continue;
    }
    doc->links_.push_back(std::move(link));
    impl.link_nodes.push_back(node);
  }

  // Headings: stable, unique ids, written by swapping the heading for a custom block.
  std::set<std::string> used(options.reserved_ids.begin(), options.reserved_ids.end());
  std::map<cmark_node*, std::string> heading_ids;  // the custom block -> its id
  std::map<cmark_node*, int> heading_levels;       // the custom block -> its level
  for (cmark_node* node : headings) {
    MarkdownHeading heading;
    heading.level = cmark_node_get_heading_level(node);
    heading.text = PlainText(node);
    heading.location = where(node);
    std::string base = Slugify(heading.text);
    if (base.empty()) base = "section";
    // cmark-gfm names footnotes fn-N and their references fnref-N: keep clear of them.
    if (StartsWith(base, "fn-") || StartsWith(base, "fnref-")) base = "section-" + base;
    std::string id = base;
    for (int n = 2; used.count(id); ++n) id = base + "-" + std::to_string(n);
    used.insert(id);
    heading.id = id;
    std::string level = std::to_string(heading.level);
    cmark_node* custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    std::string open = "<h" + level + " id=\"" + HtmlEscape(id) + "\">";
    std::string close = "</h" + level + ">";
    cmark_node_set_on_enter(custom, open.c_str());
    cmark_node_set_on_exit(custom, close.c_str());
    MoveChildren(node, custom);
    cmark_node_replace(node, custom);
    replaced_at[custom] = heading.location;
    impl.detached.push_back(node);
    heading_ids[custom] = id;
    heading_levels[custom] = heading.level;
    doc->headings_.push_back(std::move(heading));
  }

  // Embeds: a custom block whose HTML is given at render time.
  for (cmark_node* node : code_embeds) {
    MarkdownEmbed embed;
    embed.kind = "dataset";
    embed.text = Literal(node);
    embed.location = where(node);
    embed.location.line += 1;  // the contents start after the opening fence
    embed.location.column = 1;
    cmark_node* custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(custom, "");
    cmark_node_set_on_exit(custom, "");
    cmark_node_replace(node, custom);
    replaced_at[custom] = where(node);
    impl.detached.push_back(node);
    impl.embed_nodes.push_back(custom);
    doc->embeds_.push_back(std::move(embed));
  }

  // Callouts: a block quote whose first line is a marker such as [!WARNING] becomes an
  // aside named by its visible title. Done after the headings so that heading ids, which
  // other pages link to, never change because a callout was added.
  std::map<cmark_node*, std::string> callout_titles;  // the custom block -> its title
  for (cmark_node* quote : quotes) {
    std::optional<CalloutMarker> marker = ReadCalloutMarker(quote);
    if (!marker) continue;
    const CalloutType* type = FindCalloutType(marker->name);
    if (!type) {
      std::vector<std::string> names;
      for (const CalloutType& t : kCalloutTypes) names.push_back(t.name);
      std::string suggestion = DidYouMean(marker->name, names);
      std::string message = "unknown callout type '[!" + marker->name + "]'";
      if (!suggestion.empty()) message += "; did you mean '[!" + ToUpper(suggestion) + "]'?";
      diags.Error(where(marker->first), message,
                  "the callout types are [!INFO] (or [!NOTE]), [!WARNING] and [!CONTACT]");
      continue;  // shown as the block quote it was written as
    }
    RemoveCalloutMarker(quote, impl.detached);
    std::string base = std::string("callout-") + type->css;
    std::string id = base;
    for (int n = 2; used.count(id); ++n) id = base + "-" + std::to_string(n);
    used.insert(id);
    std::string open = std::string("<aside class=\"callout callout-") + type->css +
                       "\" aria-labelledby=\"" + id + "\">\n<p class=\"callout-title\" id=\"" + id +
                       "\">" + type->title + "</p>";
    cmark_node* custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(custom, open.c_str());
    cmark_node_set_on_exit(custom, "</aside>");
    SourceLocation location = where(quote);
    MoveChildren(quote, custom);
    cmark_node_replace(quote, custom);
    replaced_at[custom] = location;
    impl.detached.push_back(quote);
    callout_titles[custom] = type->title;
  }

  // The words of a block as runs that each map onto the source (MarkdownTextRun).
  auto prose_of = [&](cmark_node* block_node) {
    std::vector<MarkdownTextRun> runs;
    int images = 0, line_done = 0;  // inside a picture; the line `line_end` belongs to
    size_t line_end = 0;            // where the last run placed on that line ended
    std::vector<Piece> pieces;
    cmark_iter* it = cmark_iter_new(block_node);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
      cmark_node* n = cmark_iter_get_node(it);
      cmark_node_type type = cmark_node_get_type(n);
      if (type == CMARK_NODE_IMAGE) images += ev == CMARK_EVENT_ENTER ? 1 : -1;
      if (ev == CMARK_EVENT_EXIT) {
        bool is_block = (type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
        if (is_block && n != block_node && !runs.empty() && runs.back().text != "\n") {
          runs.push_back({"\n", 0, 0});
        }
        continue;
      }
      if (images > 0) continue;
      if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
        runs.push_back({" ", 0, 0});
        continue;
      }
      if (type != CMARK_NODE_TEXT) continue;
      std::string literal = Literal(n);
      int line = cmark_node_get_start_line(n);
      cmark_node* parent = cmark_node_parent(n);
      if (cmark_node_get_type(parent) == CMARK_NODE_LINK) {
        // An address written as the link's own words (autolinks) is not prose.
        std::string url = cmark_node_get_url(parent) ? cmark_node_get_url(parent) : "";
        bool autolink = url == literal || url == "mailto:" + literal ||
                        url == "http://" + literal || url == "https://" + literal;
        if (autolink || cmark_node_get_start_line(parent) <= 0) continue;
      }
      // Text without a place was made by us (raw HTML shown as text): not the author's prose.
      if (literal.empty() || line <= 0 || line > static_cast<int>(line_starts.size())) continue;
      std::string_view rest = std::string_view(text).substr(line_starts[line - 1]);
      std::string_view source = rest.substr(0, rest.find('\n'));
      size_t from = line == line_done ? line_end : 0;
      bool aligned = false;
      for (size_t start = from; start < source.size() && !aligned; ++start) {
        aligned = AlignLiteral(source, start, literal, pieces);
      }
      if (!aligned) {  // cannot happen for cmark's own text; keep the words, roughly placed
        size_t column = static_cast<size_t>(std::max(1, cmark_node_get_start_column(n)));
        pieces = {{0, literal.size(), std::min(column - 1, source.size())}};
      }
      for (const Piece& p : pieces) {
        runs.push_back({literal.substr(p.begin, p.end - p.begin), line + first_line - 1,
                        ColumnOfByte(source, p.source)});
      }
      line_done = line;
      line_end = pieces.back().source + (pieces.back().end - pieces.back().begin);
    }
    cmark_iter_free(it);
    while (!runs.empty() && runs.back().line == 0) runs.pop_back();
    return runs;
  };

  // Top-level blocks, summarised; paragraphs that open with a picture become blocks.
  std::vector<std::pair<cmark_node*, cmark_node*>> picture_blocks;
  std::vector<std::pair<cmark_node*, std::string>> tables;  // each with the heading before it
  std::string last_heading_id;
  for (cmark_node* node = cmark_node_first_child(impl.root); node; node = cmark_node_next(node)) {
    if (auto it = heading_ids.find(node); it != heading_ids.end()) last_heading_id = it->second;
    MarkdownBlock block;
    auto replaced = replaced_at.find(node);
    block.location = replaced != replaced_at.end() ? replaced->second : where(node);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_PARAGRAPH:
        block.kind = MarkdownBlock::Kind::kParagraph;
        break;
      case CMARK_NODE_CUSTOM_BLOCK:
        if (auto title = callout_titles.find(node); title != callout_titles.end()) {
          block.kind = MarkdownBlock::Kind::kQuote;
          block.callout_title = title->second;
          break;
        }
        block.kind = MarkdownBlock::Kind::kHeading;
        if (auto level = heading_levels.find(node); level != heading_levels.end()) {
          block.level = level->second;
        }
        break;
      case CMARK_NODE_LIST:
        block.kind = MarkdownBlock::Kind::kList;
        if (options.summaries) CollectListItems(node, 1, block.items);
        break;
      case CMARK_NODE_BLOCK_QUOTE:
        block.kind = MarkdownBlock::Kind::kQuote;
        break;
      case CMARK_NODE_CODE_BLOCK:
        block.kind = MarkdownBlock::Kind::kCode;
        break;
      default:
        block.kind = std::string(cmark_node_get_type_string(node)) == "table"
                         ? MarkdownBlock::Kind::kTable
                         : MarkdownBlock::Kind::kOther;
    }
    if (options.summaries) {
      block.text =
          block.kind == MarkdownBlock::Kind::kCode ? Literal(node) : PlainText(node, false);
      cmark_iter* it = cmark_iter_new(node);
      for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node* inner = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER) continue;
        if (cmark_node_get_type(inner) == CMARK_NODE_EMPH) block.emphasis.push_back(where(inner));
        if (cmark_node_get_type(inner) == CMARK_NODE_IMAGE) {
          for (size_t i = 0; i < impl.link_nodes.size(); ++i) {
            if (impl.link_nodes[i] == inner) block.images.push_back(i);
          }
        }
      }
      cmark_iter_free(it);
      if (block.kind == MarkdownBlock::Kind::kTable) block.rows = TableRows(node);
      if (options.prose && block.kind != MarkdownBlock::Kind::kCode) block.prose = prose_of(node);
    }
    cmark_node* first = cmark_node_first_child(node);
    if (block.kind == MarkdownBlock::Kind::kParagraph && first &&
        cmark_node_get_type(first) == CMARK_NODE_IMAGE) {
      const char* url = cmark_node_get_url(first);
      if (url && StartsWith(url, "picture:")) {
        block.starts_with_picture = true;
        picture_blocks.emplace_back(node, first);
      }
    }
    if (block.kind == MarkdownBlock::Kind::kTable) tables.emplace_back(node, last_heading_id);
    if (options.summaries) doc->blocks_.push_back(std::move(block));
  }
  // A wide table scrolls inside a region that a keyboard can reach in every browser.
  for (auto& [table, heading_id] : tables) {
    cmark_node* region = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    std::string name = heading_id.empty() ? "aria-label=\"Table\""
                                          : "aria-labelledby=\"" + HtmlEscape(heading_id) + "\"";
    std::string open = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" " + name + ">\n";
    cmark_node_set_on_enter(region, open.c_str());
    cmark_node_set_on_exit(region, "</div>");
    cmark_node_insert_before(table, region);
    cmark_node_append_child(region, table);
  }
  for (auto [paragraph, image] : picture_blocks) {
    cmark_node* custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(custom, "<div class=\"picture-block\">\n<div class=\"picture\">");
    cmark_node_set_on_exit(custom, "</p>\n</div>\n</div>");
    cmark_node_append_child(custom, image);
    cmark_node* middle = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
    cmark_node_set_on_enter(middle, "</div>\n<div class=\"words\">\n<p>");
    cmark_node_set_on_exit(middle, "");
    cmark_node_append_child(custom, middle);
    // Drop the space between the picture and the first word.
    cmark_node* rest = cmark_node_first_child(paragraph);
    if (rest && cmark_node_get_type(rest) == CMARK_NODE_TEXT) {
      std::string literal = Literal(rest);
      size_t start = literal.find_first_not_of(" \t");
      cmark_node_set_literal(rest, start == std::string::npos ? "" : literal.c_str() + start);
    } else if (rest && cmark_node_get_type(rest) == CMARK_NODE_SOFTBREAK) {
      cmark_node_unlink(rest);
      impl.detached.push_back(rest);
    }
    MoveChildren(paragraph, custom);
    cmark_node_replace(paragraph, custom);
    impl.detached.push_back(paragraph);
  }

  // Glossary: the first use of each entry links to it. Done last, on the finished tree, so
  // the summaries, prose runs and heading ids above are those of the author's words alone.
  if (!options.glossary.empty()) {
    // cmark splits text at brackets and other marks; whole runs let a term be found whole.
    cmark_consolidate_text_nodes(impl.root);
    std::vector<cmark_node*> texts;
    cmark_iter* it = cmark_iter_new(impl.root);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
      cmark_node* node = cmark_iter_get_node(it);
      if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_TEXT) continue;
      // Not in headings (their words are ids and outlines), links, or images' alt text.
      bool eligible = true;
      for (cmark_node* up = cmark_node_parent(node); up && eligible; up = cmark_node_parent(up)) {
        cmark_node_type type = cmark_node_get_type(up);
        eligible = type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE &&
                   type != CMARK_NODE_HEADING && !heading_ids.count(up);
      }
      if (eligible) texts.push_back(node);
    }
    cmark_iter_free(it);
    std::vector<bool> used_entry(options.glossary.size(), false);
    for (cmark_node* node : texts) {
      const std::string literal = Literal(node);
      const SourceLocation start = where(node);
      cmark_node* rest = node;  // holds literal[pos, end)
      for (size_t pos = 0;;) {
        // The earliest match of an entry not used yet; the longest where two start together.
        size_t best = options.glossary.size(), begin = std::string::npos, end = 0;
        for (size_t i = 0; i < options.glossary.size(); ++i) {
          if (used_entry[i]) continue;
          const GlossaryLink& entry = options.glossary[i];
          auto [b, e] = FindWholeWords(literal, pos, entry.text, !entry.expansion.empty());
          if (b == std::string::npos) continue;
          if (b < begin || (b == begin && e > end)) best = i, begin = b, end = e;
        }
        if (best == options.glossary.size()) break;
        used_entry[best] = true;
        const GlossaryLink& entry = options.glossary[best];
        std::string words = literal.substr(begin, end - begin);
        cmark_node_set_literal(rest, literal.substr(pos, begin - pos).c_str());
        cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
        cmark_node_set_url(link, entry.url.c_str());
        cmark_node* inner = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(inner, words.c_str());
        if (entry.expansion.empty()) {
          cmark_node_append_child(link, inner);
        } else {
          cmark_node* abbr = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
          std::string open = "<abbr title=\"" + HtmlEscape(entry.expansion) + "\">";
          cmark_node_set_on_enter(abbr, open.c_str());
          cmark_node_set_on_exit(abbr, "</abbr>");
          cmark_node_append_child(abbr, inner);
          cmark_node_append_child(link, abbr);
        }
        cmark_node_insert_after(rest, link);
        cmark_node* after = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(after, literal.substr(end).c_str());
        cmark_node_insert_after(link, after);
        MarkdownLink found;
        found.url = entry.url;
        found.text = words;
        found.location = start;
        // Exact on the text's first line; text after an entity or escape is placed roughly.
        if (start.line > 0 && start.column > 0) {
          found.location.column += ColumnOfByte(literal, begin) - 1;
        }
        doc->links_.push_back(std::move(found));
        impl.link_nodes.push_back(link);
        rest = after;
        pos = end;
      }
    }
  }
  return doc;
}

void MarkdownDocument::SetImageAlt(size_t link_index, const std::string& alt) {
  if (impl_->frozen) return;  // the tree is gone; alt text is set before freezing
  cmark_node* node = impl_->link_nodes.at(link_index);
  if (cmark_node_first_child(node)) return;
  cmark_node* text_node = cmark_node_new(CMARK_NODE_TEXT);
  cmark_node_set_literal(text_node, alt.c_str());
  cmark_node_append_child(node, text_node);
  links_[link_index].text = alt;
}

void MarkdownDocument::ReleaseProse() {
  for (MarkdownBlock& block : blocks_) std::vector<MarkdownTextRun>().swap(block.prose);
}

void MarkdownDocument::Freeze() {
  Impl& impl = *impl_;
  if (impl.frozen) return;
  for (size_t i = 0; i < impl.link_nodes.size(); ++i) {
    cmark_node_set_url(impl.link_nodes[i], (impl.nonce + std::to_string(i) + "-").c_str());
  }
  for (size_t i = 0; i < impl.embed_nodes.size(); ++i) {
    cmark_node_set_on_enter(impl.embed_nodes[i],
                            (impl.nonce + "e" + std::to_string(i) + "-").c_str());
  }
  char* raw = cmark_render_html(impl.root, impl.render_options,
                                cmark_parser_get_syntax_extensions(impl.parser));
  std::string html = PostProcess(raw);
  free(raw);
  size_t pos = 0;
  for (size_t at; (at = html.find(impl.nonce, pos)) != std::string::npos;) {
    size_t k = at + impl.nonce.size();
    bool embed = k < html.size() && html[k] == 'e';
    if (embed) ++k;
    size_t digits = k;
    while (k < html.size() && std::isdigit(static_cast<unsigned char>(html[k]))) ++k;
    if (k == digits || k >= html.size() || html[k] != '-') {
      pos = at + 1;  // not one of ours after all
      continue;
    }
    int index = std::stoi(html.substr(digits, k - digits));
    impl.segments.push_back(html.substr(pos, at - pos));
    impl.slots.push_back(embed ? -1 - index : index);
    pos = k + 1;
  }
  impl.segments.push_back(html.substr(pos));
  // The tree is no longer needed: free it now rather than hold every page's tree.
  cmark_node_free(impl.root);
  impl.root = nullptr;
  for (cmark_node* n : impl.detached) cmark_node_free(n);
  impl.detached.clear();
  impl.link_nodes.clear();
  impl.embed_nodes.clear();
  cmark_parser_free(impl.parser);
  impl.parser = nullptr;
  impl.frozen = true;
}

std::string MarkdownDocument::RenderHtml(const std::vector<std::string>& targets,
                                         const std::vector<std::string>& embed_html) {
  Freeze();
  const Impl& impl = *impl_;
  size_t size = 0;
  for (const auto& segment : impl.segments) size += segment.size();
  for (const auto& html : embed_html) size += html.size();
  std::string out;
  out.reserve(size + 64 * impl.slots.size());
  out += impl.segments[0];
  for (size_t i = 0; i < impl.slots.size(); ++i) {
    int slot = impl.slots[i];
    if (slot >= 0) {
      if (static_cast<size_t>(slot) < targets.size()) out += EscapeHref(targets[slot]);
    } else if (static_cast<size_t>(-1 - slot) < embed_html.size()) {
      out += embed_html[-1 - slot];
    }
    out += impl.segments[i + 1];
  }
  return out;
}

namespace {

// Accessibility fixes to cmark-gfm's HTML.
std::string PostProcess(const char* raw) {
  std::string html(raw);
  // Table header cells name what they head, for screen readers.
  std::string out;
  out.reserve(html.size() + 64);
  size_t pos = 0;
  for (size_t found; (found = html.find("<th", pos)) != std::string::npos;) {
    out.append(html, pos, found + 3 - pos);
    pos = found + 3;
    if (pos < html.size() && (html[pos] == '>' || html[pos] == ' ')) out += " scope=\"col\"";
  }
  out.append(html, pos, std::string::npos);
  // Task-list boxes are read-only; give each a name a screen reader can say.
  const std::pair<std::string, std::string> kBoxes[] = {
      {"<input type=\"checkbox\" checked=\"\" disabled=\"\" />",
       "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" />"},
      {"<input type=\"checkbox\" disabled=\"\" />",
       "<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" />"}};
  for (const auto& [from, to] : kBoxes) {
    for (size_t at = out.find(from); at != std::string::npos; at = out.find(from, at + to.size())) {
      out.replace(at, from.size(), to);
    }
  }
  return out;
}

}  // namespace
}  // namespace hearth
