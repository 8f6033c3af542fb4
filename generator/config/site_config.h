// site.yaml -> SiteConfig: the first stage of the pipeline. Everything that varies between
// portals lives here as data: contact details, menus, the reading versions, and the rules
// later stages apply. Every field says its default.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/diagnostic.h"
#include "fs/file_system.h"

namespace hearth {

struct Organisation {
  std::string name;     // required
  std::string phone;    // default: none
  std::string email;    // default: none
  std::string address;  // default: none
};

struct MenuItem {
  std::string label;
  std::string url;  // a site path such as /local-offer/, checked against the pages
  SourceLocation location;
};

// A reading version of every page (STYLE.md: variants are data, not branches).
struct Variant {
  std::string id;               // "standard", "large-print", "easy-read"
  std::string label;            // shown in the version switcher
  std::string path_prefix;      // "" for the root version, else "/large-print"
  std::string template_suffix;  // templates NAME.SUFFIX.mustache, then NAME.mustache
  // When set, the version's words come from a file beside the page with this infix
  // (page.easy.md); where there is none, the page says so and links to how to ask.
  std::string alternate_infix;
  std::string description;  // short description for <link rel="alternate" title=...>
  std::string lint;         // "easy-read": its own text is checked by the easy-read lint
  // How datasets are shown: "tables" (tables, charts and summaries; the default) or
  // "sentences" (one short sentence with a picture per key figure, for easy read).
  std::string data_view = "tables";
};

struct EasyReadRules {
  int sentence_words_warning = 10;  // a longer sentence is a warning
  int sentence_words_error = 15;    // a longer sentence is an error
  int max_sentences_per_block = 3;
};

// How the findings of one language check are reported.
enum class CheckLevel { kOff, kWarning, kError };

// A word or phrase site.yaml adds to the words to avoid.
struct AvoidWord {
  std::string term;
  std::vector<std::string> better;  // default: none (the hint then asks for a plainer word)
  SourceLocation location;
};

// The plain and caring language checks (checks/language.h), from site.yaml
// `language_checks`. The words themselves come from the theme's care-language.yaml.
struct LanguageChecks {
  CheckLevel care_language = CheckLevel::kWarning;
  CheckLevel words_to_avoid = CheckLevel::kWarning;
  CheckLevel abbreviations = CheckLevel::kWarning;
  CheckLevel readability = CheckLevel::kWarning;

  // Whether any of the four checks is at `level`.
  bool Any(CheckLevel level) const {
    return care_language == level || words_to_avoid == level || abbreviations == level ||
           readability == level;
  }
  // Turns every check at `from` down to `to` (hearth build: warnings off).
  void Lower(CheckLevel from, CheckLevel to) {
    for (CheckLevel* l : {&care_language, &words_to_avoid, &abbreviations, &readability}) {
      if (*l == from) *l = to;
    }
  }
  // The highest reading age (Flesch-Kincaid grade + 5) for a page written for each
  // audience. A page for several audiences gets the lowest of theirs; a page with none,
  // `default`.
  std::map<std::string, int> reading_age = {
      {"young-people", 9}, {"carers", 12}, {"public", 12}, {"professionals", 16}, {"default", 12}};
  int min_words = 100;  // a text with fewer words is not scored: too short for a fair score
  std::vector<AvoidWord> avoid;  // default: none beyond the dictionary's
  // Terms of the dictionary this site does not want reported, as written there.
  std::vector<std::pair<std::string, SourceLocation>> allow;
  // Abbreviations readers know without explaining, beside the dictionary's (UK, NHS).
  std::vector<std::string> known_abbreviations;
};

// The names `language_checks: reading_age` accepts: the audiences a page can have
// (content/source_page.h KnownAudiences, which config/ cannot include), and "default".
const std::vector<std::string>& ReadingAgeAudiences();

// Statistical disclosure control for every published dataset.
struct DisclosureConfig {
  int suppress_below = 10;   // counts from 1 to suppress_below - 1 are hidden
  int percent_decimals = 0;  // percentages are published to this many decimal places
};

// How `hearth check --external` asks other sites about the links to them.
struct LinkCheckConfig {
  int timeout_seconds = 10;       // for one request
  int cache_hours = 4;            // a link that worked is not asked about again for this long
  int per_host = 2;               // requests at once to one site
  int per_host_delay_ms = 250;    // least time between two requests to one site
  bool broken_is_error = false;   // a broken external link stops the check (default: warning)
  std::vector<std::string> skip;  // address prefixes or '*' patterns not to check
};

// One way the site does not yet meet WCAG 2.2 AA, for the accessibility statement.
struct AccessibilityIssue {
  std::string problem;   // what does not work, for whom: "Some charts have no table beside them"
  std::string criteria;  // the success criteria it fails: "1.1.1 Non-text content"
  std::string fix_by;    // when it will be fixed, as written: "March 2027"
};

// The accessibility statement (a page made from site.yaml `accessibility`), with the sections
// the Public Sector Bodies Accessibility Regulations 2018 and the GOV.UK sample ask for.
struct AccessibilityConfig {
  bool present = false;                    // site.yaml has an `accessibility` section
  SourceLocation location;                 // of the section
  std::string compliance;                  // fully | partially | not (compliant with WCAG 2.2 AA)
  std::vector<AccessibilityIssue> issues;  // non-compliance with the regulations
  std::vector<std::string> disproportionate_burden;
  std::vector<std::string> out_of_scope;     // content the regulations do not cover
  std::vector<std::string> improvements;     // what is being done
  std::string contact_phone, contact_email;  // default: the organisation's
  int response_days = 5;                     // working days to answer a request for another format
  std::string country = "england";           // england | scotland | wales | northern-ireland
  std::optional<Date> tested_on, prepared_on, reviewed_on;
  std::string tested_by;    // who tested: "the council's digital team"
  std::string test_method;  // how: "automated checks on every page and a manual review..."
};

// A theme of the corporate parenting pledges (site.yaml `pledges: themes:`): each pledge page
// names one by its id, and the pledges index and the prompt card group pledges by them.
struct PledgeTheme {
  std::string id;    // "involve-me"
  std::string name;  // "Involve me"
};

// The pledges' settings. Default: the five themes of DefaultPledgeThemes().
struct PledgesConfig {
  std::vector<PledgeTheme> themes;
};

// Involve me, A good, safe home, Keep me healthy, Help me achieve, Support me into adult life.
std::vector<PledgeTheme> DefaultPledgeThemes();

// A national minimum that a local offer entry's amount may not fall below (site.yaml
// `local_offer: minimums`), such as the setting up home allowance.
struct LocalOfferMinimum {
  std::string id;    // "setting-up-home", what an entry names in `minimum:`
  long pounds = 0;   // required, whole pounds
  std::string name;  // required: "setting up home allowance", as a sentence says it
  SourceLocation location;
};

// The care leaver local offer (content/local_offer.h), from site.yaml `local_offer`.
struct LocalOfferConfig {
  std::map<std::string, LocalOfferMinimum> minimums;  // by id; default: none
  // An entry whose last_checked is longer ago than this is a warning. Default 12.
  int review_after_months = 12;
  // The ages at which the filter pages' age bands start; the youngest and oldest ages of
  // the entries close the first and last band. Default 16, 18, 21 (16 to 17, 18 to 20,
  // 21 to 25 for entries of 16 to 25).
  std::vector<int> age_bands = {16, 18, 21};
  // The place the offer covers, for the JSON-LD areaServed ("Hearthshire"). Default: none.
  std::string area_served;
};

struct SiteConfig {
  std::string title;               // required
  std::string description;         // default: ""
  std::string base_url;            // required, absolute, ends with '/'
  std::string language = "en-GB";  // the lang of every page
  Organisation organisation;
  std::map<std::string, std::vector<MenuItem>> menus;  // "main", "footer", ...
  bool allow_raw_html = false;             // raw HTML in Markdown is shown as text unless true
  std::vector<std::string> feed_sections;  // default: every dated page
  int feed_limit = 20;
  std::string theme_dir = "theme";  // the site's own overrides of the default theme
  std::vector<Variant> variants;    // default: standard, large print, easy read
  EasyReadRules easy_read;
  DisclosureConfig disclosure;
  LinkCheckConfig link_check;
  AccessibilityConfig accessibility;
  LanguageChecks language_checks;
  PledgesConfig pledges;  // default: DefaultPledgeThemes()
  LocalOfferConfig local_offer;
};

// The three reading versions used when site.yaml names none.
std::vector<Variant> DefaultVariants();

// Reads site.yaml from the file system root. Reports every problem; returns a config
// even when there are errors so later checks can continue where it makes sense.
SiteConfig LoadSiteConfig(const FileSystem& fs, Diagnostics& diagnostics);

}  // namespace hearth
