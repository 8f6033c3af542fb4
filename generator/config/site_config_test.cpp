#include "config/site_config.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "fs/file_system.h"
#include "pipeline/pipeline.h"

using namespace hearth;

namespace {

const std::string kMinimal =
    "title: Local Offer\n"
    "base_url: https://portal.example.org/\n"
    "organisation:\n"
    "  name: Example Council\n";

struct Loaded {
  explicit Loaded(const std::string& site_yaml) {
    fs.Write("site.yaml", site_yaml);
    config = LoadSiteConfig(fs, diagnostics);
  }
  std::string Report() const { return FormatDiagnostics(diagnostics, SiteLineLookup(fs)); }

  MemoryFileSystem fs;
  Diagnostics diagnostics;
  SiteConfig config;
};

}  // namespace

TEST_CASE("a minimal site.yaml loads with every default in place") {
  Loaded site(kMinimal);
  CHECK(site.Report() == "");
  const SiteConfig& c = site.config;
  CHECK(c.title == "Local Offer");
  CHECK(c.base_url == "https://portal.example.org/");
  CHECK(c.organisation.name == "Example Council");
  CHECK(c.organisation.phone == "");
  CHECK(c.description == "");
  CHECK(c.language == "en-GB");
  CHECK(c.allow_raw_html == false);
  CHECK(c.feed_sections.empty());
  CHECK(c.feed_limit == 20);
  CHECK(c.theme_dir == "theme");
  CHECK(c.menus.empty());
  CHECK(c.easy_read.sentence_words_warning == 10);
  CHECK(c.easy_read.sentence_words_error == 15);
  CHECK(c.easy_read.max_sentences_per_block == 3);
  REQUIRE(c.variants.size() == 3);
  CHECK(c.variants[0].id == "standard");
  CHECK(c.variants[0].path_prefix == "");
  CHECK(c.variants[1].id == "large-print");
  CHECK(c.variants[1].path_prefix == "/large-print");
  CHECK(c.variants[2].id == "easy-read");
  CHECK(c.variants[2].path_prefix == "/easy-read");
  CHECK(c.variants[2].alternate_infix == "easy");
  CHECK(c.variants[2].lint == "easy-read");
}

TEST_CASE("a base_url without a trailing slash gets one") {
  Loaded site(
      "title: T\nbase_url: https://portal.example.org/local-offer\norganisation: {name: N}\n");
  CHECK(site.Report() == "");
  CHECK(site.config.base_url == "https://portal.example.org/local-offer/");
}

TEST_CASE("a base_url that is not a web address is reported at its value") {
  Loaded site("title: T\nbase_url: portal.example.org\norganisation: {name: N}\n");
  CHECK(site.Report() ==
        "site.yaml:2:11: error: 'base_url' should start with https://\n"
        "    base_url: portal.example.org\n"
        "              ^\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("a misspelt setting suggests the closest setting at its line and column") {
  Loaded site(
      "base_url: https://portal.example.org/\n"
      "organisation:\n"
      "  name: Example Council\n"
      "  phnoe: 01234 567890\n"
      "titel: Local Offer\n");
  CHECK(site.Report() ==
        "site.yaml:1:1: error: site.yaml has no 'title'\n"
        "    base_url: https://portal.example.org/\n"
        "    ^\n"
        "site.yaml:4:3: error: unknown organisation field 'phnoe'; did you mean 'phone'?\n"
        "      phnoe: 01234 567890\n"
        "      ^\n"
        "site.yaml:5:1: error: unknown setting 'titel'; did you mean 'title'?\n"
        "    titel: Local Offer\n"
        "    ^\n"
        "3 errors, 0 warnings\n");
}

TEST_CASE("an unknown setting with no close match lists the settings") {
  Loaded site(kMinimal + "colour: blue\n");
  CHECK(site.Report() ==
        "site.yaml:5:1: error: unknown setting 'colour'\n"
        "    colour: blue\n"
        "    ^\n"
        "    hint: the fields you can use are: title, description, base_url, language, "
        "organisation, menus, allow_raw_html, feed, theme, versions, easy_read, disclosure, "
        "link_check, language_checks, accessibility, pledges, local_offer\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("missing title, base_url and organisation are each reported") {
  Loaded site("language: cy\n");
  CHECK(site.Report() ==
        "site.yaml:1:1: error: site.yaml has no 'base_url'\n"
        "    language: cy\n"
        "    ^\n"
        "    hint: the address the portal is published at, such as "
        "https://portal.example.org/\n"
        "site.yaml:1:1: error: site.yaml has no 'organisation'\n"
        "    language: cy\n"
        "    ^\n"
        "    hint: add organisation: with name, phone, email and address\n"
        "site.yaml:1:1: error: site.yaml has no 'title'\n"
        "    language: cy\n"
        "    ^\n"
        "3 errors, 0 warnings\n");
  CHECK(site.config.language == "cy");
}

TEST_CASE("an organisation without a name, or that is not a map, is reported") {
  SECTION("no name") {
    Loaded site("title: T\nbase_url: https://x.org/\norganisation:\n  phone: 0123\n");
    CHECK(site.Report() ==
          "site.yaml:4:3: error: the organisation has no 'name'\n"
          "      phone: 0123\n"
          "      ^\n"
          "1 error, 0 warnings\n");
  }
  SECTION("not a map") {
    Loaded site("title: T\nbase_url: https://x.org/\norganisation: Example Council\n");
    CHECK(site.Report() ==
          "site.yaml:3:15: error: 'organisation' should be a map of name, phone, email and "
          "address\n"
          "    organisation: Example Council\n"
          "                  ^\n"
          "1 error, 0 warnings\n");
  }
}

TEST_CASE("a site without site.yaml is told where to run hearth") {
  MemoryFileSystem fs;
  Diagnostics diagnostics;
  SiteConfig config = LoadSiteConfig(fs, diagnostics);
  CHECK(FormatDiagnostics(diagnostics, SiteLineLookup(fs)) ==
        "site.yaml: error: there is no site.yaml in the site folder\n"
        "    hint: run hearth in the folder that holds site.yaml, or pass --site FOLDER\n"
        "1 error, 0 warnings\n");
  CHECK(config.variants.size() == 3);  // the defaults, so later stages can still run
}

TEST_CASE("a site.yaml that is not a map of settings is reported at its start") {
  auto text = GENERATE(as<std::string>{}, "", "- title: T\n", "just words\n");
  CAPTURE(text);
  Loaded site(text);
  auto all = site.diagnostics.Sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].location.line == 1);
  CHECK(all[0].location.column == 1);
  CHECK(all[0].message == "site.yaml should be a map of settings such as 'title:'");
}

TEST_CASE("a YAML syntax error in site.yaml is reported at its line in plain words") {
  Loaded site(
      "title: Local Offer\n"
      "description: Help: for families\n"
      "base_url: https://portal.example.org/\n");
  CHECK(site.Report() ==
        "site.yaml:2:18: error: this is not valid YAML: this line has a colon where YAML does "
        "not expect one\n"
        "    description: Help: for families\n"
        "                     ^\n"
        "    hint: if a value contains ': ', put the whole value in double quotes\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("settings of the wrong type are reported at their values") {
  Loaded site(kMinimal +
              "allow_raw_html: sometimes\n"
              "title_extra: x\n"
              "easy_read:\n"
              "  sentence_words_error: lots\n");
  CHECK(site.Report() ==
        "site.yaml:5:17: error: 'allow_raw_html' should be true or false, not 'sometimes'\n"
        "    allow_raw_html: sometimes\n"
        "                    ^\n"
        "site.yaml:6:1: error: unknown setting 'title_extra'\n"
        "    title_extra: x\n"
        "    ^\n"
        "    hint: the fields you can use are: title, description, base_url, language, "
        "organisation, menus, allow_raw_html, feed, theme, versions, easy_read, disclosure, "
        "link_check, language_checks, accessibility, pledges, local_offer\n"
        "site.yaml:8:25: error: 'sentence_words_error' should be a whole number, not 'lots'\n"
        "      sentence_words_error: lots\n"
        "                            ^\n"
        "3 errors, 0 warnings\n");
}

TEST_CASE("menus keep their items in order with the place of each url") {
  Loaded site(kMinimal +
              "menus:\n"
              "  main:\n"
              "    - {label: Home, url: /}\n"
              "    - label: Local offer\n"
              "      url: /local-offer/\n"
              "  footer:\n"
              "    - {label: Council, url: https://example.gov.uk/}\n");
  CHECK(site.Report() == "");
  REQUIRE(site.config.menus.size() == 2);
  const auto& main = site.config.menus.at("main");
  REQUIRE(main.size() == 2);
  CHECK(main[0].label == "Home");
  CHECK(main[0].url == "/");
  CHECK(main[1].label == "Local offer");
  CHECK(main[1].url == "/local-offer/");
  CHECK(main[1].location.file == "site.yaml");
  CHECK(main[1].location.line == 9);
  CHECK(main[1].location.column == 12);
  CHECK(site.config.menus.at("footer")[0].url == "https://example.gov.uk/");
}

TEST_CASE("menu mistakes are reported and the good items kept") {
  Loaded site(kMinimal +
              "menus:\n"
              "  main:\n"
              "    - {label: Home, url: /}\n"
              "    - {label: Contact}\n"
              "    - {label: News, link: /news/}\n"
              "  footer: /contact/\n");
  CHECK(site.Report() ==
        "site.yaml:8:7: error: a menu item needs both a 'label' and a 'url'\n"
        "        - {label: Contact}\n"
        "          ^\n"
        "site.yaml:9:7: error: a menu item needs both a 'label' and a 'url'\n"
        "        - {label: News, link: /news/}\n"
        "          ^\n"
        "site.yaml:9:21: error: unknown menu field 'link'\n"
        "        - {label: News, link: /news/}\n"
        "                        ^\n"
        "    hint: the fields you can use are: label, url\n"
        "site.yaml:10:11: error: menu 'footer' should be a list of items\n"
        "      footer: /contact/\n"
        "              ^\n"
        "    hint: each item looks like: - {label: Local offer, url: /local-offer/}\n"
        "4 errors, 0 warnings\n");
  REQUIRE(site.config.menus.at("main").size() == 1);
  CHECK(site.config.menus.at("main")[0].label == "Home");
}

TEST_CASE("versions from site.yaml replace the default versions") {
  Loaded site(kMinimal +
              "versions:\n"
              "  - {id: standard, label: Standard, path: /}\n"
              "  - id: easy-read\n"
              "    label: Easy read\n"
              "    path: /easy-read/\n"
              "    template_suffix: easy-read\n"
              "    alternate: easy\n"
              "    lint: easy-read\n");
  CHECK(site.Report() == "");
  REQUIRE(site.config.variants.size() == 2);
  const Variant& standard = site.config.variants[0];
  CHECK(standard.path_prefix == "");
  CHECK(standard.label == "Standard");
  CHECK(standard.description == "Standard");  // the label, when there is no description
  const Variant& easy = site.config.variants[1];
  CHECK(easy.id == "easy-read");
  CHECK(easy.path_prefix == "/easy-read");
  CHECK(easy.template_suffix == "easy-read");
  CHECK(easy.alternate_infix == "easy");
  CHECK(easy.lint == "easy-read");
}

TEST_CASE("two versions with one id are reported at the second id") {
  Loaded site(kMinimal +
              "versions:\n"
              "  - {id: standard, path: /}\n"
              "  - {id: standard, path: /big/}\n");
  CHECK(site.Report() ==
        "site.yaml:7:10: error: two versions have the id 'standard'\n"
        "      - {id: standard, path: /big/}\n"
        "             ^\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("two versions with one path are reported at the second path") {
  Loaded site(kMinimal +
              "versions:\n"
              "  - {id: standard, path: /}\n"
              "  - {id: large-print, path: /large/}\n"
              "  - {id: big-print, path: /large/}\n");
  CHECK(site.Report() ==
        "site.yaml:8:27: error: two versions have the path '/large/'\n"
        "      - {id: big-print, path: /large/}\n"
        "                              ^\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("versions without one at / are reported at the list") {
  Loaded site(kMinimal +
              "versions:\n"
              "  - {id: large-print, path: /large-print/}\n");
  CHECK(site.Report() ==
        "site.yaml:6:3: error: one version must have the path /\n"
        "      - {id: large-print, path: /large-print/}\n"
        "      ^\n"
        "    hint: the first version is usually the standard one at /\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("a version path must be a slug between slashes") {
  auto path = GENERATE(as<std::string>{}, "large-print", "/large-print", "large-print/",
                       "/Large Print/", "/large/print/");
  CAPTURE(path);
  Loaded site(kMinimal +
              "versions:\n"
              "  - {id: standard, path: /}\n"
              "  - {id: large-print, path: " +
              path + "}\n");
  auto all = site.diagnostics.Sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].message ==
        "a version's path should look like /large-print/ (or / for the main version)");
  CHECK(all[0].location.line == 7);
  CHECK(all[0].location.column == 29);
}

TEST_CASE("a version id must be a slug, and a lint must be one hearth knows") {
  Loaded site(kMinimal +
              "versions:\n"
              "  - {id: standard, path: /}\n"
              "  - {id: Easy Read, path: /easy/}\n"
              "  - {id: simple, path: /simple/, lint: plain-english}\n"
              "  - {path: /none/}\n");
  CHECK(site.Report() ==
        "site.yaml:7:5: error: a version needs an 'id' of lowercase letters, digits and "
        "hyphens\n"
        "      - {id: Easy Read, path: /easy/}\n"
        "        ^\n"
        "site.yaml:8:40: error: unknown lint 'plain-english'\n"
        "      - {id: simple, path: /simple/, lint: plain-english}\n"
        "                                           ^\n"
        "    hint: the lint a version can have is: easy-read\n"
        "site.yaml:9:5: error: a version needs an 'id' of lowercase letters, digits and "
        "hyphens\n"
        "      - {path: /none/}\n"
        "        ^\n"
        "3 errors, 0 warnings\n");
}

TEST_CASE("versions that are not a list are reported") {
  auto value = GENERATE(as<std::string>{}, "standard", "[]", "{id: standard}");
  CAPTURE(value);
  Loaded site(kMinimal + "versions: " + value + "\n");
  auto all = site.diagnostics.Sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].message == "'versions' should be a list with at least one version");
  CHECK(all[0].location.line == 5);
  CHECK(all[0].location.column == 11);
}

TEST_CASE("the feed setting chooses sections and a limit") {
  Loaded site(kMinimal + "feed:\n  sections: [news, meetings]\n  limit: 5\n");
  CHECK(site.Report() == "");
  CHECK(site.config.feed_sections == std::vector<std::string>{"news", "meetings"});
  CHECK(site.config.feed_limit == 5);
}

TEST_CASE("a single feed section may be written without brackets") {
  Loaded site(kMinimal + "feed:\n  sections: news\n");
  CHECK(site.Report() == "");
  CHECK(site.config.feed_sections == std::vector<std::string>{"news"});
  CHECK(site.config.feed_limit == 20);
}

// LoadSiteConfig promises to report every problem. `feed` and `easy_read` are read as maps
// without checking that they are maps, and yaml-cpp throws on the subscript.
TEST_CASE("a feed or easy_read setting that is not a map is reported, not thrown") {
  auto [setting, line] = GENERATE(table<std::string, int>({
      {"feed: news\n", 5},
      {"feed: [news, meetings]\n", 5},
      {"easy_read: 12\n", 5},
      {"easy_read: [12]\n", 5},
  }));
  CAPTURE(setting);
  MemoryFileSystem fs;
  fs.Write("site.yaml", kMinimal + setting);
  Diagnostics diagnostics;
  CHECK_NOTHROW(LoadSiteConfig(fs, diagnostics));
  auto all = diagnostics.Sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].location.line == line);
}

namespace hearth {
namespace {

TEST_CASE("link_check settings are read and checked") {
  Loaded good(kMinimal +
              "link_check:\n"
              "  timeout_seconds: 5\n"
              "  cache_hours: 0\n"
              "  broken: error\n"
              "  skip: [\"https://intranet.example/\", \"https://*.facebook.com/*\"]\n");
  CHECK(good.Report() == "");
  CHECK(good.config.link_check.timeout_seconds == 5);
  CHECK(good.config.link_check.cache_hours == 0);
  CHECK(good.config.link_check.per_host == 2);
  CHECK(good.config.link_check.broken_is_error);
  CHECK(good.config.link_check.skip ==
        std::vector<std::string>{"https://intranet.example/", "https://*.facebook.com/*"});

  Loaded bad(kMinimal +
             "link_check:\n"
             "  timeout_seconds: 0\n"
             "  broken: stop\n"
             "  retries: 3\n");
  CHECK(bad.Report() ==
        "site.yaml:6:20: error: 'timeout_seconds' should be from 1 to 300\n"
        "      timeout_seconds: 0\n"
        "                       ^\n"
        "site.yaml:7:11: error: 'broken' should be warning or error\n"
        "      broken: stop\n"
        "              ^\n"
        "    hint: warning reports a broken link to another site; error also stops the check\n"
        "site.yaml:8:3: error: unknown link_check field 'retries'\n"
        "      retries: 3\n"
        "      ^\n"
        "    hint: the fields you can use are: timeout_seconds, cache_hours, per_host, "
        "per_host_delay_ms, broken, skip\n"
        "3 errors, 0 warnings\n");
}

}  // namespace
}  // namespace hearth
TEST_CASE("language checks default to warnings with reading age 9 for young people", "[language]") {
  Loaded site(kMinimal);
  const LanguageChecks& c = site.config.language_checks;
  CHECK(c.care_language == CheckLevel::kWarning);
  CHECK(c.words_to_avoid == CheckLevel::kWarning);
  CHECK(c.abbreviations == CheckLevel::kWarning);
  CHECK(c.readability == CheckLevel::kWarning);
  CHECK(c.reading_age == std::map<std::string, int>{{"young-people", 9},
                                                    {"carers", 12},
                                                    {"public", 12},
                                                    {"professionals", 16},
                                                    {"default", 12}});
  CHECK(c.min_words == 100);
  CHECK(c.avoid.empty());
  CHECK(c.allow.empty());
  CHECK(c.known_abbreviations.empty());
}

TEST_CASE("language checks read severities, targets, extra words and allowed terms", "[language]") {
  Loaded site(kMinimal +
              "language_checks:\n"
              "  care_language: error\n"
              "  readability: off\n"
              "  reading_age: {public: 10, default: 11}\n"
              "  min_words: 50\n"
              "  avoid:\n"
              "    - leverage\n"
              "    - {term: going forward, better: [from now on, in future]}\n"
              "  allow: pathway plan\n"
              "  known_abbreviations: [IRO, PA]\n");
  CHECK(site.Report() == "");
  const LanguageChecks& c = site.config.language_checks;
  CHECK(c.care_language == CheckLevel::kError);
  CHECK(c.words_to_avoid == CheckLevel::kWarning);
  CHECK(c.readability == CheckLevel::kOff);
  CHECK(c.reading_age.at("public") == 10);
  CHECK(c.reading_age.at("default") == 11);
  CHECK(c.reading_age.at("young-people") == 9);
  CHECK(c.min_words == 50);
  REQUIRE(c.avoid.size() == 2);
  CHECK(c.avoid[0].term == "leverage");
  CHECK(c.avoid[0].better.empty());
  CHECK(c.avoid[0].location.line == 11);
  CHECK(c.avoid[1].term == "going forward");
  CHECK(c.avoid[1].better == std::vector<std::string>{"from now on", "in future"});
  REQUIRE(c.allow.size() == 1);
  CHECK(c.allow[0].first == "pathway plan");
  CHECK(c.allow[0].second.line == 13);
  CHECK(c.allow[0].second.column == 10);
  CHECK(c.known_abbreviations == std::vector<std::string>{"IRO", "PA"});
}

TEST_CASE("mistakes in language checks are reported at their values in plain words", "[language]") {
  Loaded site(kMinimal +
              "language_checks:\n"
              "  care_language: loud\n"
              "  reading_age: {children: 9, carers: 40, public: old}\n"
              "  avoid: [{term: ''}, [a]]\n"
              "  readabilty: off\n");
  CHECK(site.Report() ==
        "site.yaml:6:18: error: 'care_language' should be off, warning or error, not 'loud'\n"
        "      care_language: loud\n"
        "                     ^\n"
        "site.yaml:7:17: error: unknown audience 'children'\n"
        "      reading_age: {children: 9, carers: 40, public: old}\n"
        "                    ^\n"
        "    hint: the fields you can use are: young-people, carers, professionals, public, "
        "default\n"
        "site.yaml:7:38: error: a reading age should be from 5 to 25, not 40\n"
        "      reading_age: {children: 9, carers: 40, public: old}\n"
        "                                         ^\n"
        "    hint: 9 suits young people; 12 most adults\n"
        "site.yaml:7:50: error: 'public' should be a whole number, not 'old'\n"
        "      reading_age: {children: 9, carers: 40, public: old}\n"
        "                                                     ^\n"
        "site.yaml:8:11: error: each word to avoid should be a word or phrase\n"
        "      avoid: [{term: ''}, [a]]\n"
        "              ^\n"
        "    hint: write it as - leverage, or - {term: going forward, better: from now on}\n"
        "site.yaml:8:23: error: each word to avoid should be a word or phrase\n"
        "      avoid: [{term: ''}, [a]]\n"
        "                          ^\n"
        "    hint: write it as - leverage, or - {term: going forward, better: from now on}\n"
        "site.yaml:9:3: error: unknown language_checks field 'readabilty'; did you mean "
        "'readability'?\n"
        "      readabilty: off\n"
        "      ^\n"
        "7 errors, 0 warnings\n");
}

namespace hearth {
namespace {

const std::string kStatement =
    "accessibility:\n"
    "  compliance: partially\n"
    "  issues:\n"
    "    - {problem: Some charts have no table., criteria: 1.1.1 Non-text content, fix_by: May "
    "2027}\n"
    "  tested_on: 2026-11-01\n"
    "  tested_by: the web team\n"
    "  test_method: We used a screen reader.\n"
    "  prepared_on: 2026-11-02\n";

TEST_CASE("the accessibility statement settings are read") {
  Loaded site(kMinimal + "  phone: 01234 000 000\n" + kStatement);
  CHECK(site.Report() == "");
  const AccessibilityConfig& a = site.config.accessibility;
  CHECK(a.present);
  CHECK(a.location.line == 7);  // where the section's fields start
  CHECK(a.compliance == "partially");
  REQUIRE(a.issues.size() == 1);
  CHECK(a.issues[0].criteria == "1.1.1 Non-text content");
  CHECK(a.issues[0].fix_by == "May 2027");
  CHECK(a.contact_phone == "01234 000 000");  // the organisation's, by default
  CHECK(a.country == "england");
  CHECK(a.response_days == 5);
  CHECK(a.tested_on->Iso() == "2026-11-01");
  CHECK_FALSE(Loaded(kMinimal).config.accessibility.present);
}

TEST_CASE("a statement without its required parts is reported") {
  Loaded site(kMinimal +
              "accessibility:\n"
              "  compliance: mostly\n"
              "  country: france\n");
  CHECK(site.Report() ==
        "site.yaml:6:3: error: the accessibility statement must say how and when it was "
        "tested\n"
        "      compliance: mostly\n"
        "      ^\n"
        "    hint: set tested_on, tested_by, test_method and prepared_on\n"
        "site.yaml:6:3: error: the accessibility statement needs a way to report a problem\n"
        "      compliance: mostly\n"
        "      ^\n"
        "    hint: give the organisation a phone or email, or set phone: or email: here\n"
        "site.yaml:6:15: error: 'compliance' should be fully, partially or not, not 'mostly'\n"
        "      compliance: mostly\n"
        "                  ^\n"
        "    hint: these are the words the accessibility regulations use\n"
        "site.yaml:7:12: error: unknown country 'france'\n"
        "      country: france\n"
        "               ^\n"
        "    hint: choose from: england, scotland, wales, northern-ireland (it decides who "
        "enforces the rules)\n"
        "4 errors, 0 warnings\n");
  Loaded partial(kMinimal + "  email: a@b.org\n" +
                 "accessibility:\n"
                 "  compliance: partially\n"
                 "  tested_on: 2026-11-01\n"
                 "  tested_by: us\n"
                 "  test_method: By hand.\n"
                 "  prepared_on: 2026-11-01\n");
  CHECK(partial.Report() ==
        "site.yaml:7:15: error: a portal that is partially compliant must list its issues\n"
        "      compliance: partially\n"
        "                  ^\n"
        "    hint: add issues: with each problem, the criteria it fails and when it will be "
        "fixed\n"
        "1 error, 0 warnings\n");
}

}  // namespace
}  // namespace hearth
