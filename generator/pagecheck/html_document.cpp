#include "pagecheck/html_document.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <functional>

namespace hearth {

bool HtmlNode::Has(std::string_view name) const {
  return std::any_of(attributes.begin(), attributes.end(),
                     [&](const auto& a) { return a.first == name; });
}

const std::string& HtmlNode::Attr(std::string_view name) const {
  static const std::string kNone;
  for (const auto& [key, value] : attributes) {
    if (key == name) return value;
  }
  return kNone;
}

std::vector<int> HtmlDocument::Elements() const {
  std::vector<int> out;
  std::vector<int> stack = {0};
  while (!stack.empty()) {
    int at = stack.back();
    stack.pop_back();
    if (nodes[at].kind != HtmlNode::Kind::kElement) continue;
    out.push_back(at);
    const auto& children = nodes[at].children;
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
  }
  return out;
}

int HtmlDocument::Ancestor(int node, std::string_view tag) const {
  for (int at = nodes[node].parent; at >= 0; at = nodes[at].parent) {
    if (nodes[at].tag == tag) return at;
  }
  return -1;
}

std::string HtmlDocument::Text(int node) const {
  if (nodes[node].kind == HtmlNode::Kind::kText) return nodes[node].text;
  std::string out;
  for (int child : nodes[node].children) out += Text(child);
  return out;
}

namespace {

// Gumbo names only the tags HTML knows; for the rest (SVG's desc, foreignObject...) the
// name comes from the source text of the start tag.
std::string TagName(const GumboElement& element) {
  if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
  GumboStringPiece piece = element.original_tag;
  gumbo_tag_from_original_text(&piece);
  std::string name(piece.data ? piece.data : "", piece.data ? piece.length : 0);
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return name;
}

void Convert(const GumboNode* from, int parent, HtmlDocument& doc) {
  switch (from->type) {
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
      const GumboElement& element = from->v.element;
      HtmlNode node;
      node.tag = TagName(element);
      node.in_svg = element.tag_namespace == GUMBO_NAMESPACE_SVG;
      for (unsigned i = 0; i < element.attributes.length; ++i) {
        auto* attribute = static_cast<const GumboAttribute*>(element.attributes.data[i]);
        node.attributes.emplace_back(attribute->name, attribute->value);
      }
      node.line = static_cast<int>(element.start_pos.line);
      node.parent = parent;
      int index = static_cast<int>(doc.nodes.size());
      doc.nodes.push_back(std::move(node));
      if (parent >= 0) doc.nodes[parent].children.push_back(index);
      // A <template>'s contents are not part of the page until a script uses them.
      if (from->type == GUMBO_NODE_TEMPLATE) return;
      for (unsigned i = 0; i < element.children.length; ++i) {
        Convert(static_cast<const GumboNode*>(element.children.data[i]), index, doc);
      }
      return;
    }
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_WHITESPACE: {
      if (parent < 0) return;
      HtmlNode node;
      node.kind = HtmlNode::Kind::kText;
      node.text = from->v.text.text;
      node.line = static_cast<int>(from->v.text.start_pos.line);
      node.parent = parent;
      doc.nodes[parent].children.push_back(static_cast<int>(doc.nodes.size()));
      doc.nodes.push_back(std::move(node));
      return;
    }
    default:
      return;  // comments and the document node's doctype
  }
}

}  // namespace

HtmlDocument ParseHtml(const std::string& html) {
  HtmlDocument doc;
  GumboOptions options = kGumboDefaultOptions;
  // Parse errors are not reported: browsers recover from them, and so do we.
  options.max_errors = 0;
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  Convert(output->root, -1, doc);
  gumbo_destroy_output(&options, output);
  return doc;
}

}  // namespace hearth
