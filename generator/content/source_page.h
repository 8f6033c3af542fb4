// content/ -> SourceTree: walks the content folder, splits each Markdown file into YAML
// front matter and body, and checks the front matter. The Markdown body is not parsed
// here; site/ parses each body once.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "content/glossary.h"
#include "core/date.h"
#include "core/diagnostic.h"
#include "fs/file_system.h"

namespace hearth {

struct PledgeFields;  // content/pledge.h
struct LocalOfferFields;

// The kinds of page a template can be chosen by (front matter `type`).
const std::vector<std::string>& KnownPageTypes();
// Who a page is written for (front matter `audience`).
const std::vector<std::string>& KnownAudiences();

struct MeetingFields;  // content/meeting.h

struct FrontMatter {
  std::string title;  // required
  SourceLocation title_location;
  std::string description;
  std::optional<Date> date;       // when it was first published; dated pages feed the Atom feed
  std::optional<Date> updated;    // when it last changed
  std::optional<Date> review_by;  // when its facts should be checked again
  bool draft = false;             // drafts are built only with --drafts
  long weight = 0;                // lower sorts first in section lists
  std::vector<std::string> tags;
  std::string type = "page";
  std::vector<std::string> audience;
  // Whether the page also gets download files (PDF, Braille) as a leaflet does. Default false;
  // leaflets get them whatever this says.
  bool downloadable = false;
  // A meeting's or an event's own fields (content/meeting.h); null for other types.
  std::shared_ptr<const MeetingFields> meeting;
  // A pledge page's theme, promises and measures (content/pledge.h); null on other pages.
  std::shared_ptr<const PledgeFields> pledge;
  // A local offer entry's own fields (content/local_offer.h); null on other pages.
  std::shared_ptr<const LocalOfferFields> local_offer;

  // Leaflets, and pages marked downloadable, get download files.
  bool HasDownloads() const { return type == "leaflet" || downloadable; }
};

// Markdown text with where it starts in its file, so positions map back to the source.
struct SourceBody {
  std::string file;  // site-relative path
  std::string text;
  int first_line = 1;  // file line of the body's first line
};

// The text of one reading version written beside the page (page.easy.md).
struct AlternateText {
  std::string title;        // optional: a plainer title for that version
  std::string description;  // optional
  SourceBody body;
};

// The pages hearth makes from meetings and events (site/calendar_pages.h). A meetings
// section lists them apart from its other pages, generated or not (a dataset in the
// meetings folder is listed as any page is).
enum class CalendarPage {
  kNone,     // not one of them
  kActions,  // SECTION/actions/
  kYear,     // SECTION/YYYY/
  kWhatsOn,  // /calendar/
};

struct SourcePage {
  std::string file;               // content/local-offer/setting-up-home.md
  std::string content_path;       // local-offer/setting-up-home.md
  bool is_section_index = false;  // an _index.md file
  FrontMatter front;
  SourceBody body;
  std::map<std::string, AlternateText> alternates;  // by infix, e.g. "easy"
  // Made by hearth from site.yaml or a dataset (the accessibility statement, dataset pages)
  // rather than written in content/: its words are ours, and places in it do not map onto
  // a file, so the language checks leave it to hearth's own tests.
  bool generated = false;
  CalendarPage calendar_page = CalendarPage::kNone;  // which calendar page, if it is one
};

struct SourceTree {
  std::vector<SourcePage> pages;  // sorted by content_path
  // content/glossary.yaml's entries, A to Z; empty when the site has no glossary.
  std::vector<GlossaryEntry> glossary;
};

// Reads every page below content/. Errors in one file do not stop the others from being
// read; pages whose front matter could not be read are left out.
SourceTree LoadContent(const FileSystem& fs, const SiteConfig& config, Diagnostics& diagnostics);

// Splits "---\nYAML\n---\nbody" (exposed for tests). Returns false and reports when the
// fences are missing.
bool SplitFrontMatter(const std::string& file, const std::string& text, std::string& yaml,
                      SourceBody& body, Diagnostics& diagnostics);

}  // namespace hearth
