// The care leaver local offer as structured entries (front matter `type: local-offer`).
// content/ reads each entry's fields here (ReadLocalOfferFields, called from source_page.cpp);
// site/ asks this module for the filter pages made from the entries (by age band and care
// status) and for the checks that need site.yaml or the build date (national minimums, entries
// not checked for a year). render/local_offer_view.cpp turns the fields into the "At a glance"
// box, the grouped index and the JSON-LD. The words for areas and care statuses live here, so
// every page and version says them alike.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "core/date.h"
#include "core/diagnostic.h"

namespace YAML {
class Node;
}

namespace hearth {

struct SourcePage;
struct YamlSource;

// An area of the local offer: the statutory areas of the Children and Social Work Act 2017
// s2, plus money. Listed in the order the index shows them.
struct LocalOfferArea {
  std::string id;    // "health-and-wellbeing"
  std::string name;  // "Health and wellbeing"
};
const std::vector<LocalOfferArea>& LocalOfferAreas();

// A care status of the Children (Leaving Care) Act 2000 (eligible, relevant, former relevant,
// qualifying), and "in-care" for what children in care now can get at any age, which those
// four do not cover.
struct CareStatus {
  std::string id;           // "former-relevant"
  std::string name;         // "Former relevant"
  std::string explanation;  // one plain sentence, shown on entries and filter pages
  std::string easy;         // the same in easy-read words, one short sentence
  std::string if_i_am;  // ends "Show what I can get if I am ...": "a former relevant care leaver"
};
const std::vector<CareStatus>& CareStatuses();
const CareStatus* FindCareStatus(const std::string& id);
const LocalOfferArea* FindLocalOfferArea(const std::string& id);

// Money a young person gets, in pounds (kept in pence so £57.50 is exact).
struct LocalOfferAmount {
  long pence = 0;
  bool up_to = false;  // "Up to £1,200 a year"
  std::string per;     // once | week | month | year
  std::string paid;    // how it is paid, in the author's words (optional)
  SourceLocation value_location;
};

// Who to contact. At least one of phone, email and url.
struct LocalOfferContact {
  std::string name, phone, email;
  // https://... or a page of this site ("/contact/#moving-on-team"), which site/ checks
  // and each reading version links to in that version.
  std::string url;
  SourceLocation url_location;
};

struct LocalOfferFields {
  std::string area;  // an id of LocalOfferAreas()
  int from_age = 0;  // whole years, 0..25, from_age <= to_age
  int to_age = 25;
  std::vector<std::string> care_status;  // ids of CareStatuses(), at least one
  std::optional<LocalOfferAmount> amount;
  std::string what_you_get;  // what you get in words, for things that are not (only) money
  std::string minimum;       // an id of site.yaml local_offer.minimums, or ""
  SourceLocation minimum_location;
  std::string how_to_ask;                    // required
  std::optional<LocalOfferContact> contact;  // absent: the organisation in site.yaml
  Date last_checked;                         // required
  SourceLocation last_checked_location;
  // Values still in CAPITALS as `hearth new` wrote them, on a draft: not errors while the
  // page is a draft, but reported when it is built with --drafts.
  std::vector<std::pair<std::string, SourceLocation>> placeholders;
};

// The field names a local offer entry adds to the page fields.
const std::vector<std::string>& LocalOfferFieldNames();

// Reads and checks the local offer fields of one page's front matter. Reports every mistake
// at its place with a hint; returns nothing if there was one.
std::shared_ptr<const LocalOfferFields> ReadLocalOfferFields(const YAML::Node& front,
                                                             const YamlSource& src,
                                                             Diagnostics& diagnostics);

// "£3,000", "£57.50".
std::string FormatPounds(long pence);
// "£3,000, paid once", "Up to £1,200 a year", "£20 a week".
std::string FormatAmount(const LocalOfferAmount& amount);
// "16 to 25", "18", "up to 17" (from 0).
std::string AgesText(int from, int to);

// One page of entries for one filter: an age band or a care status.
struct LocalOfferFilter {
  std::string kind;                      // "age" or "status"
  std::string id;                        // "16-to-17", "former-relevant"
  std::string label;                     // ends "Show what I can get if I am ...": "16 or 17"
  int from = 0, to = 0;                  // the band's ages (age filters)
  std::string path;                      // "/local-offer/age/16-to-17/"
  std::vector<const SourcePage*> pages;  // the entries it lists, in index order
};

// A published entry with its address (site/ knows addresses; content/ does not).
struct LocalOfferEntry {
  const SourcePage* page = nullptr;
  std::string path;  // "/local-offer/setting-up-home/"
};

// The age bands of a set of entries: config.age_bands split the ages the entries cover
// (youngest `from` to oldest `to`) into bands; a band no entry overlaps is left out.
std::vector<std::pair<int, int>> LocalOfferAgeBands(const std::vector<LocalOfferEntry>& entries,
                                                    const LocalOfferConfig& config);

// The filter pages of the entries of one section (`section_path`, "/local-offer/"): each age
// band, then each care status some entry names, in CareStatuses() order.
std::vector<LocalOfferFilter> LocalOfferFilters(const std::vector<LocalOfferEntry>& entries,
                                                const std::string& section_path,
                                                const LocalOfferConfig& config);

// Entries in index order: by area (LocalOfferAreas() order), then as the section sorts them
// (the order `entries` come in).
std::vector<LocalOfferEntry> InIndexOrder(const std::vector<LocalOfferEntry>& entries);

// The filter pages as generated pages with Markdown bodies (so their links resolve and are
// checked in every reading version). `section_file` is the section's _index.md, the file their
// diagnostics point at; `section_title` its title.
std::vector<std::unique_ptr<SourcePage>> LocalOfferFilterPages(
    const std::vector<LocalOfferEntry>& entries, const std::string& section_path,
    const std::string& section_file, const std::string& section_title,
    const LocalOfferConfig& config);

// The checks that need site.yaml or the build date: an amount below its national minimum
// (error), an unknown minimum (error), a placeholder left on a draft that is being built
// (error), and an entry last checked more than config.review_after_months before `today`
// (warning; nothing when `today` is unset).
void CheckLocalOfferEntries(const std::vector<const SourcePage*>& pages,
                            const LocalOfferConfig& config, const std::optional<Date>& today,
                            Diagnostics& diagnostics);

// The text of a Markdown inline with every punctuation character that Markdown reads escaped.
std::string MarkdownEscape(const std::string& text);

}  // namespace hearth
