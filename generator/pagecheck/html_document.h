// A parsed HTML page as a small tree of our own, for the page checks. The parse itself is
// done by Gumbo (libgumbo), which follows the HTML5 parsing algorithm, so a page is read
// exactly as a browser reads it: implied <tbody>, unclosed <p>, misnested tags and all.
// html_document.cpp is the only file that includes gumbo.h; everything after it sees
// these plain structs.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hearth {

struct HtmlNode {
  enum class Kind { kElement, kText };
  Kind kind = Kind::kElement;
  // Lower-case tag name (also for elements HTML does not know, such as SVG's <desc>);
  // empty for text.
  std::string tag;
  bool in_svg = false;  // an element of SVG's namespace (inline charts)
  std::vector<std::pair<std::string, std::string>> attributes;  // in source order
  std::string text;  // a text node's text, with character references decoded
  int line = 0;      // 1-based line of the element's start tag or the text in the HTML
  int parent = -1;   // index into HtmlDocument::nodes; -1 for the root
  std::vector<int> children;

  bool Is(std::string_view name) const { return kind == Kind::kElement && tag == name; }
  bool Has(std::string_view name) const;
  // The attribute's value, or "" when it is missing (use Has to tell the two apart).
  const std::string& Attr(std::string_view name) const;
};

// nodes[0] is the <html> element; the parser always makes one, with <head> and <body>.
// Comments and the doctype are dropped; text, whitespace included, is kept, since the
// spaces between elements separate the words of a link's or a heading's text.
struct HtmlDocument {
  std::vector<HtmlNode> nodes;

  const HtmlNode& root() const { return nodes[0]; }
  // Every element in document order (the order a screen reader reads them).
  std::vector<int> Elements() const;
  // The nearest ancestor (not the node itself) with the tag, or -1.
  int Ancestor(int node, std::string_view tag) const;
  // All text below a node, in order, joined without changes.
  std::string Text(int node) const;
};

HtmlDocument ParseHtml(const std::string& html);

}  // namespace hearth
