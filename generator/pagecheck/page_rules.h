// The checks on one rendered HTML page (issue 7): pictures and drawings have text
// alternatives, form fields have labels, one h1 and no skipped heading levels, tables are
// named and have header cells, link text says where a link goes, the page has a title and
// a language, and right-to-left passages are marked as such. check_pages.cpp runs these on
// every page of every version and adds the checks that need the whole site (unique titles,
// the same link text always going to the same place).
//
// Decisions the rules make, where the standards leave room:
// - An <img> must have an alt attribute. alt="" (decorative) is accepted only where the
//   page says so or something else carries the meaning: the picture has role="presentation"
//   or "none" or aria-hidden="true", or it sits in a link or button that has other text, or
//   in a <figure> whose <figcaption> has text. Anywhere else an empty alt is an error,
//   because a picture that only looks decorative is how information gets lost.
// - A table is named by its <caption>, its aria-label or aria-labelledby, or, for the
//   tables Markdown makes (which cannot have a caption), by the labelled role="region" box
//   that holds only that table. A name that is just "Table" is no name.
// - Link text is the link's accessible name: aria-labelledby, aria-label, else its text
//   with the alt text of pictures inside it. Elements hidden from everyone (hidden,
//   aria-hidden="true") are skipped by every rule.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "pagecheck/html_document.h"

namespace hearth {

// One problem on one page. The page checks know only the HTML; what in the Markdown
// source a problem may come from is recorded so check_pages.cpp can point at its line.
struct PageFinding {
  enum class Origin { kNone, kHeading, kLink, kImage };
  std::string message;
  std::string hint;
  int html_line = 0;
  Origin origin = Origin::kNone;
  std::string origin_key;   // a heading's id, or a link's href, or a picture's src
  std::string origin_text;  // a link's text or a picture's alt text
};

struct PageLink {
  std::string name;         // accessible name, spaces collapsed
  std::string destination;  // resolved: "/x/#y", "https://...", "mailto:..."; "#y" in-page
  // An in-page anchor or a link to this page in any version: its meaning ("this page",
  // "this page in large print") depends on the page it is on, so it is compared only
  // with links on the same page.
  bool about_this_page = false;
  int html_line = 0;
};

struct PageFacts {
  std::optional<std::string> title;  // nothing when there is no <title>
  std::vector<PageLink> links;       // in document order, hidden links left out
};

struct PageContext {
  std::string url;                     // the page's address, to resolve relative links
  std::vector<std::string> self_urls;  // the page's address in every reading version
  // The version's address prefix ("/large-print"): messages show addresses without it,
  // as the author wrote them, so one problem reads the same in every version.
  std::string path_prefix;
};

// An address without a version's prefix: "/large-print/x/" -> "/x/".
std::string CanonicalAddress(const std::string& address, const std::string& path_prefix);

// Checks one page; returns its problems in document order. Fills `facts` for the checks
// across pages.
std::vector<PageFinding> CheckPage(const HtmlDocument& doc, const PageContext& context,
                                   PageFacts& facts);

// Helpers exposed for tests.
bool IsValidLanguageTag(const std::string& tag);
// Link words that say nothing about where a link goes ("click here", "read more").
bool IsGenericLinkText(const std::string& name);
// Resolves an href against a page address; "#y" stays page-relative.
std::string ResolveHref(const std::string& href, const std::string& page_url);
// True when the text holds a letter of a right-to-left script (Hebrew, Arabic, Syriac,
// Thaana, N'Ko and the others in the Unicode right-to-left blocks).
bool HasRightToLeftText(const std::string& utf8);

}  // namespace hearth
