#include "pagecheck/page_rules.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>
#include <set>

#include "core/text.h"

namespace hearth {
namespace {

// Collapses runs of white space into one space and trims the ends.
std::string Collapse(const std::string& text) {
  std::string out;
  bool space = false;
  for (unsigned char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

// The first `limit` code points of a text, with "..." if it was longer, for messages.
std::string Excerpt(const std::string& text, size_t limit = 40) {
  size_t points = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (points++ == limit) return Trim(text.substr(0, i)) + "...";
  }
  return text;
}

std::string Quoted(const std::string& text) { return "'" + Excerpt(text) + "'"; }

class PageChecker {
 public:
  PageChecker(const HtmlDocument& doc, const PageContext& context, PageFacts& facts)
      : doc_(doc), context_(context), facts_(facts) {
    for (int i = 0; i < static_cast<int>(doc_.nodes.size()); ++i) {
      const HtmlNode& node = doc_.nodes[i];
      if (node.kind == HtmlNode::Kind::kElement && node.Has("id")) ids_.emplace(node.Attr("id"), i);
    }
    elements_ = doc_.Elements();
  }

  std::vector<PageFinding> Run() {
    CheckTitleAndLanguage();
    CheckPictures();
    CheckFormFields();
    CheckHeadings();
    CheckTables();
    CheckLinks();
    CheckRightToLeft();
    std::stable_sort(
        findings_.begin(), findings_.end(),
        [](const PageFinding& a, const PageFinding& b) { return a.html_line < b.html_line; });
    return std::move(findings_);
  }

 private:
  const HtmlNode& N(int i) const { return doc_.nodes[i]; }

  void Add(int node, std::string message, std::string hint,
           PageFinding::Origin origin = PageFinding::Origin::kNone, std::string key = {},
           std::string text = {}) {
    findings_.push_back({std::move(message), std::move(hint), N(node).line, origin, std::move(key),
                         std::move(text)});
  }

  // Hidden from everyone: the element or an ancestor has `hidden` or aria-hidden="true".
  bool Hidden(int node) const {
    for (int at = node; at >= 0; at = N(at).parent) {
      const HtmlNode& n = N(at);
      if (n.kind != HtmlNode::Kind::kElement) continue;
      if (n.Has("hidden") || ToLower(Trim(n.Attr("aria-hidden"))) == "true") return true;
      if (n.Is("template") || n.Is("script") || n.Is("style")) return true;
    }
    return false;
  }

  std::string Role(int node) const { return ToLower(Trim(N(node).Attr("role"))); }

  // The text of the elements an aria-labelledby names.
  std::string LabelledBy(int node) const {
    std::string out;
    std::string ids = N(node).Attr("aria-labelledby");
    size_t at = 0;
    while (at < ids.size()) {
      size_t end = ids.find_first_of(" \t\n", at);
      if (end == std::string::npos) end = ids.size();
      auto it = ids_.find(ids.substr(at, end - at));
      if (it != ids_.end()) out += " " + ContentName(it->second, -1);
      at = end + 1;
    }
    return Collapse(out);
  }

  // The name an element gives itself (aria, alt, an SVG's <title>), or nothing.
  std::optional<std::string> OwnName(int node) const {
    const HtmlNode& n = N(node);
    if (n.Has("aria-labelledby")) {
      std::string name = LabelledBy(node);
      if (!name.empty()) return name;
    }
    std::string label = Collapse(n.Attr("aria-label"));
    if (!label.empty()) return label;
    if (n.Is("img") || (n.Is("input") && ToLower(n.Attr("type")) == "image")) {
      return Collapse(n.Attr("alt"));
    }
    if (n.Is("svg")) {
      for (int child : n.children) {
        if (N(child).Is("title")) return Collapse(doc_.Text(child));
      }
      return std::string();
    }
    return std::nullopt;
  }

  // The name computed from an element's content; `skip` is left out (a picture asking
  // whether the rest of its link has text).
  std::string ContentName(int node, int skip) const {
    std::string out;
    for (int child : N(node).children) {
      if (child == skip) continue;
      const HtmlNode& c = N(child);
      if (c.kind == HtmlNode::Kind::kText) {
        out += c.text;
        continue;
      }
      if (c.Has("hidden") || ToLower(Trim(c.Attr("aria-hidden"))) == "true") continue;
      if (c.Is("script") || c.Is("style") || c.Is("template")) continue;
      if (auto own = OwnName(child)) {
        out += " " + *own + " ";
      } else {
        out += ContentName(child, skip);
      }
    }
    return out;
  }

  std::string Name(int node, int skip = -1) const {
    if (skip < 0) {
      if (auto own = OwnName(node); own && !own->empty()) return *own;
    }
    return Collapse(ContentName(node, skip));
  }

  void CheckTitleAndLanguage() {
    int title = -1;
    for (int e : elements_) {
      if (N(e).Is("title") && !N(e).in_svg && doc_.Ancestor(e, "head") >= 0) {
        title = e;
        break;
      }
    }
    if (title < 0) {
      Add(0, "this page has no title (<title>)",
          "the title is what a browser tab and a search result show; the theme's templates "
          "should give every page one");
    } else {
      facts_.title = Collapse(doc_.Text(title));
      if (facts_.title->empty()) {
        Add(title, "this page's title (<title>) is empty",
            "give the page a title in its front matter");
      }
    }
    const HtmlNode& html = doc_.root();
    if (Trim(html.Attr("lang")).empty()) {
      Add(0, "this page does not say what language it is in (lang on <html>)",
          "set `language` in site.yaml, such as en-GB");
    }
    for (int e : elements_) {
      if (!N(e).Has("lang")) continue;
      std::string lang = Trim(N(e).Attr("lang"));
      if (lang.empty() && e != 0) {
        Add(e, "a <" + N(e).tag + "> has an empty lang",
            "write a language tag such as en-GB or ar");
      } else if (!lang.empty() && !IsValidLanguageTag(lang)) {
        Add(e, "'" + lang + "' is not a language tag",
            "language tags look like en, en-GB, cy, ar or zh-Hant");
      }
    }
  }

  void CheckPictures() {
    for (int e : elements_) {
      const HtmlNode& n = N(e);
      if (Hidden(e)) continue;
      if (n.Is("img")) {
        std::string src = n.Attr("src");
        std::string what = src.empty() ? "a picture" : "the picture " + src;
        if (!n.Has("alt")) {
          Add(e, what + " has no alt text",
              "alt text says what a picture shows to people who cannot see it; in Markdown, "
              "write it in the square brackets: ![what it shows](" +
                  src + ")",
              PageFinding::Origin::kImage, src);
        } else if (Trim(n.Attr("alt")).empty() && !Decorative(e) && !AloneInLink(e)) {
          Add(e, what + " has empty alt text, but nothing marks it as decorative",
              "describe the picture; an empty alt is only for a picture in a link, button or "
              "captioned figure whose words say the same, or one marked role=\"presentation\"",
              PageFinding::Origin::kImage, src);
        }
      } else if (n.Is("input") && ToLower(n.Attr("type")) == "image" &&
                 Trim(n.Attr("alt")).empty() && Trim(n.Attr("aria-label")).empty()) {
        Add(e, "a picture button (input type=\"image\") has no alt text",
            "give it an alt that says what the button does");
      } else if (Role(e) == "img" && !n.Is("img")) {
        auto own = OwnName(e);
        if (!own || own->empty()) {
          Add(e,
              std::string(n.Is("svg") ? "a drawing or chart (<svg role=\"img\">)"
                                      : "an element with role=\"img\"") +
                  " has no name",
              "give it a <title> as its first child, or an aria-label or aria-labelledby");
        }
      }
    }
  }

  // A picture that is all there is of a link: the link rule reports the link as having
  // no text, which is the one problem.
  bool AloneInLink(int img) const {
    for (int at = N(img).parent; at >= 0; at = N(at).parent) {
      if ((N(at).Is("a") && N(at).Has("href")) || N(at).Is("button")) return Name(at).empty();
    }
    return false;
  }

  bool Decorative(int img) const {
    std::string role = Role(img);
    if (role == "presentation" || role == "none") return true;
    for (int at = N(img).parent; at >= 0; at = N(at).parent) {
      const HtmlNode& a = N(at);
      if ((a.Is("a") && a.Has("href")) || a.Is("button")) return !Name(at, img).empty();
      if (a.Is("figure")) {
        for (int child : a.children) {
          if (N(child).Is("figcaption") && !Collapse(doc_.Text(child)).empty()) return true;
        }
        return false;
      }
    }
    return false;
  }

  void CheckFormFields() {
    std::map<std::string, std::vector<int>> labels_for;
    for (int e : elements_) {
      if (N(e).Is("label") && N(e).Has("for")) labels_for[N(e).Attr("for")].push_back(e);
    }
    for (int e : elements_) {
      const HtmlNode& n = N(e);
      if (!n.Is("input") && !n.Is("select") && !n.Is("textarea")) continue;
      if (Hidden(e)) continue;
      std::string type = ToLower(Trim(n.Attr("type")));
      if (n.Is("input") && (type == "hidden" || type == "image")) continue;
      if (n.Is("input") && (type == "submit" || type == "reset" || type == "button")) {
        // Submit and reset buttons have a default label; a plain button needs a value.
        if (type == "button" && Trim(n.Attr("value")).empty() && !OwnName(e)) {
          Add(e, "a button (input type=\"button\") has no words on it",
              "give it a value that says what it does");
        }
        continue;
      }
      if (auto own = OwnName(e); own && !own->empty()) continue;
      if (!Trim(n.Attr("title")).empty()) continue;
      bool labelled = false;
      if (n.Has("id")) {
        for (int label : labels_for[n.Attr("id")]) labelled |= !Name(label).empty();
      }
      int wrapping = doc_.Ancestor(e, "label");
      if (wrapping >= 0) labelled |= !Collapse(ContentName(wrapping, e)).empty();
      if (!labelled) {
        Add(e,
            "a form field (<" + n.tag + (type.empty() ? "" : " type=\"" + type + "\"") +
                ">) has no label",
            "give it a <label for=\"ID\"> with words, or an aria-label");
      }
    }
  }

  void CheckHeadings() {
    std::vector<int> h1s;
    int previous = 0;
    for (int e : elements_) {
      const HtmlNode& n = N(e);
      if (n.tag.size() != 2 || n.tag[0] != 'h' || n.tag[1] < '1' || n.tag[1] > '6') continue;
      if (n.in_svg || Hidden(e)) continue;
      int level = n.tag[1] - '0';
      std::string text = Name(e);
      if (level == 1) h1s.push_back(e);
      if (previous > 0 && level > previous + 1) {
        Add(e,
            "the heading " + Quoted(text) + " is level " + std::to_string(level) +
                " but comes after a level " + std::to_string(previous) + " heading",
            "headings go down one level at a time; in Markdown, a heading under '" +
                std::string(previous, '#') + "' starts with '" + std::string(previous + 1, '#') +
                "'",
            PageFinding::Origin::kHeading, n.Attr("id"));
      }
      previous = level;
      if (text.empty()) {
        Add(e, "a heading (<" + n.tag + ">) has no words", "remove it or give it words",
            PageFinding::Origin::kHeading, n.Attr("id"));
      }
    }
    if (h1s.empty()) {
      Add(0, "this page has no main heading (<h1>)",
          "the theme's page template should show the page's title as its <h1>");
    }
    for (size_t i = 1; i < h1s.size(); ++i) {
      Add(h1s[i],
          "the heading " + Quoted(Name(h1s[i])) + " is a second main heading (<h1>) on this page",
          "the page's title is its main heading; in Markdown, start the headings in the text "
          "with '##'",
          PageFinding::Origin::kHeading, N(h1s[i]).Attr("id"));
    }
  }

  // The table's own rows, leaving out those of tables nested in its cells.
  std::vector<int> Rows(int table) const {
    std::vector<int> rows;
    for (int e : elements_) {
      if (N(e).Is("tr") && doc_.Ancestor(e, "table") == table) rows.push_back(e);
    }
    return rows;
  }

  std::string TableName(int table) const {
    if (auto own = OwnName(table); own && !own->empty()) return *own;
    for (int child : N(table).children) {
      if (N(child).Is("caption")) return Name(child);
    }
    // Markdown's tables sit alone in a labelled, scrollable region.
    int parent = N(table).parent;
    if (parent >= 0 && Role(parent) == "region") {
      size_t tables = 0;
      for (int e : elements_)
        tables += N(e).Is("table") && doc_.Ancestor(e, "table") < 0 && IsInside(e, parent);
      if (tables == 1) {
        if (auto own = OwnName(parent)) return *own;
      }
    }
    return {};
  }

  bool IsInside(int node, int ancestor) const {
    for (int at = N(node).parent; at >= 0; at = N(at).parent) {
      if (at == ancestor) return true;
    }
    return false;
  }

  void CheckTables() {
    for (int e : elements_) {
      if (!N(e).Is("table") || Hidden(e)) continue;
      std::string role = Role(e);
      if (role == "presentation" || role == "none") continue;  // a layout table
      std::string name = TableName(e);
      std::string called = name.empty() ? "a table" : "the table " + Quoted(name);
      if (name.empty() || ToLower(name) == "table") {
        Add(e, "a table has no caption",
            "a caption tells people what a table is about before they read it; in Markdown, "
            "put a heading just before the table, and the table is named after it");
        called = "a table";
      }
      size_t headers = 0, unscoped = 0;
      bool column_headers = false, row_headers = false;
      for (int row : Rows(e)) {
        // Empty data cells (the corner above row headers) do not make a row of data.
        size_t th = 0, td = 0;
        for (int cell : N(row).children) {
          if (N(cell).Is("th")) {
            ++th;
            if (Trim(N(cell).Attr("scope")).empty()) ++unscoped;
          }
          td += N(cell).Is("td") && !Collapse(doc_.Text(cell)).empty();
        }
        headers += th;
        bool header_row = th > 0 && (td == 0 || doc_.Ancestor(row, "thead") >= 0);
        column_headers |= header_row;
        row_headers |= th > 0 && !header_row;
      }
      if (headers == 0) {
        Add(e, called + " has no header cells (<th>)",
            "in Markdown, the first row of a table is its header row");
      } else if (column_headers && row_headers && unscoped > 0) {
        Add(e,
            called + " has headers for both its rows and its columns, but " +
                Plural(unscoped, "header cell") + " without scope",
            "give every <th> scope=\"col\" or scope=\"row\" so a screen reader can say which "
            "headers go with each cell");
      }
    }
  }

  void CheckLinks() {
    // The first destination of each link text on this page.
    std::map<std::string, std::pair<std::string, std::string>> seen;  // key -> (dest, name)
    std::set<std::tuple<std::string, std::string, std::string>> reported;
    for (int e : elements_) {
      const HtmlNode& n = N(e);
      if (!(n.Is("a") || n.Is("area")) || !n.Has("href") || Hidden(e)) continue;
      std::string href = n.Attr("href");
      std::string name = n.Is("area") ? Collapse(n.Attr("alt")) : Name(e);
      if (name.empty()) {
        Add(e,
            "a link to " + CanonicalAddress(ResolveHref(href, context_.url), context_.path_prefix) +
                " has no text",
            "link words say where a link goes; a link that is only a picture needs the "
            "picture's alt text to say it",
            PageFinding::Origin::kLink, href, name);
        continue;
      }
      if (IsGenericLinkText(name)) {
        Add(e, "the link text " + Quoted(name) + " does not say where the link goes",
            "use words that make sense on their own, such as the title of the page it goes to",
            PageFinding::Origin::kLink, href, name);
      }
      PageLink link;
      link.name = name;
      link.destination = ResolveHref(href, context_.url);
      std::string path = link.destination.substr(0, link.destination.find('#'));
      link.about_this_page = StartsWith(link.destination, "#") ||
                             std::find(context_.self_urls.begin(), context_.self_urls.end(),
                                       path) != context_.self_urls.end();
      link.html_line = n.line;
      std::string key = ToLower(name);
      auto [it, fresh] = seen.emplace(key, std::make_pair(link.destination, name));
      if (!fresh && it->second.first != link.destination &&
          reported.emplace(key, it->second.first, link.destination).second) {
        Add(e,
            "the link text " + Quoted(name) + " goes to two places on this page: " +
                CanonicalAddress(it->second.first, context_.path_prefix) + " and " +
                CanonicalAddress(link.destination, context_.path_prefix),
            "links with the same words should go to the same place; make the words say how "
            "the two differ",
            PageFinding::Origin::kLink, href, name);
      }
      facts_.links.push_back(std::move(link));
    }
  }

  void CheckRightToLeft() {
    std::set<int> reported;
    for (int i = 0; i < static_cast<int>(doc_.nodes.size()); ++i) {
      const HtmlNode& n = N(i);
      if (n.kind != HtmlNode::Kind::kText || !HasRightToLeftText(n.text)) continue;
      int element = n.parent;
      if (element < 0 || Hidden(element) || N(element).Is("title")) continue;
      // The lang of <html> is the page's language; it says nothing about a passage in
      // another script, unless the whole page is right to left.
      bool page_rtl = ToLower(Trim(doc_.root().Attr("dir"))) == "rtl";
      bool dir = false, lang = false;
      for (int at = element; at > 0 || (at == 0 && page_rtl); at = N(at).parent) {
        std::string d = ToLower(Trim(N(at).Attr("dir")));
        dir |= d == "rtl" || d == "auto";
        lang |= !Trim(N(at).Attr("lang")).empty();
        if (at == 0) break;
      }
      if ((dir && lang) || !reported.insert(element).second) continue;
      std::string missing = !dir && !lang ? "dir=\"rtl\" and lang" : !dir ? "dir=\"rtl\"" : "lang";
      Add(element,
          "the right-to-left text " + Quoted(Collapse(n.text)) + " is not marked with " + missing,
          "without them it is read in the page's language and shown in the wrong direction; "
          "put it in an element such as <p dir=\"rtl\" lang=\"ar\"> (raw HTML needs "
          "allow_raw_html in site.yaml)");
    }
  }

  const HtmlDocument& doc_;
  const PageContext& context_;
  PageFacts& facts_;
  std::map<std::string, int> ids_;
  std::vector<int> elements_;
  std::vector<PageFinding> findings_;
};

// Decodes one UTF-8 code point at `i`, moving past it; invalid bytes decode as U+FFFD.
char32_t NextCodePoint(const std::string& s, size_t& i) {
  unsigned char c = s[i++];
  int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
  if (extra < 0) return 0xFFFD;
  char32_t cp = extra == 0 ? c : c & (0x3F >> extra);
  for (int k = 0; k < extra; ++k) {
    if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  }
  return cp;
}

}  // namespace

std::vector<PageFinding> CheckPage(const HtmlDocument& doc, const PageContext& context,
                                   PageFacts& facts) {
  return PageChecker(doc, context, facts).Run();
}

bool IsValidLanguageTag(const std::string& tag) {
  // RFC 5646's shape: language (2-3 letters with up to three extensions, or 4-8 letters),
  // then optional script, region, variants, extensions and private use; or private use
  // alone. Whether the subtags are registered is not checked.
  static const std::regex kTag(
      "^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?"
      "(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*"
      "(?:-x(?:-[a-z0-9]{1,8})+)?|x(?:-[a-z0-9]{1,8})+)$",
      std::regex::icase | std::regex::optimize);
  return std::regex_match(tag, kTag);
}

bool IsGenericLinkText(const std::string& name) {
  static const std::set<std::string> kGeneric = {"click here",
                                                 "click",
                                                 "here",
                                                 "read more",
                                                 "more",
                                                 "more info",
                                                 "more information",
                                                 "find out more",
                                                 "learn more",
                                                 "link",
                                                 "this link",
                                                 "this page",
                                                 "this",
                                                 "go",
                                                 "details",
                                                 "continue reading",
                                                 "click this link"};
  std::string words;
  for (unsigned char c : ToLower(name)) {
    words += std::ispunct(c) ? ' ' : static_cast<char>(c);
  }
  return kGeneric.count(Collapse(words)) > 0;
}

std::string ResolveHref(const std::string& href_in, const std::string& page_url) {
  std::string href = Trim(href_in);
  if (href.empty()) return page_url;
  if (href[0] == '#') return href;
  if (StartsWith(href, "//")) return "https:" + href;
  size_t colon = href.find(':');
  size_t slash = href.find_first_of("/?#");
  if (colon != std::string::npos && (slash == std::string::npos || colon < slash)) return href;
  std::string fragment;
  if (size_t hash = href.find('#'); hash != std::string::npos) {
    fragment = href.substr(hash);
    href = href.substr(0, hash);
  }
  std::string path = href;
  if (path.empty()) {
    path = page_url;
  } else if (path[0] != '/') {
    path = page_url.substr(0, page_url.rfind('/') + 1) + path;
  }
  // Remove "." and ".." segments, as a browser does.
  std::vector<std::string> segments;
  size_t at = 1;
  while (at <= path.size()) {
    size_t end = path.find('/', at);
    if (end == std::string::npos) end = path.size();
    std::string segment = path.substr(at, end - at);
    bool last = end == path.size();
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
      if (last) segments.push_back("");
    } else if (segment == ".") {
      if (last) segments.push_back("");
    } else {
      segments.push_back(segment);
    }
    at = end + 1;
  }
  if (!segments.empty() && segments.back() == "index.html") segments.back() = "";
  std::string out = "/" + Join(segments, "/");
  if (out == page_url && !fragment.empty()) return fragment;
  return out + fragment;
}

std::string CanonicalAddress(const std::string& address, const std::string& path_prefix) {
  if (!path_prefix.empty() && StartsWith(address, path_prefix + "/")) {
    return address.substr(path_prefix.size());
  }
  return address;
}

bool HasRightToLeftText(const std::string& utf8) {
  for (size_t i = 0; i < utf8.size();) {
    if (static_cast<unsigned char>(utf8[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t c = NextCodePoint(utf8, i);
    if ((c >= 0x0590 && c <= 0x08FF) ||                 // Hebrew, Arabic, Syriac, Thaana, N'Ko, ...
        (c >= 0xFB1D && c <= 0xFDFF) ||                 // Hebrew and Arabic presentation forms
        (c >= 0xFE70 && c <= 0xFEFF && c != 0xFEFF) ||  // Arabic presentation forms B
        (c >= 0x10800 && c <= 0x10FFF) ||               // historic right-to-left scripts
        (c >= 0x1E800 && c <= 0x1EFFF)) {               // Adlam, Mende Kikakui, Arabic mathematics
      return true;
    }
  }
  return false;
}

}  // namespace hearth
