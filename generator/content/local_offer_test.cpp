#include "content/local_offer.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "content/new_page.h"
#include "content/source_page.h"
#include "fs/file_system.h"
#include "pipeline/pipeline.h"

using namespace hearth;

namespace {

// The front matter of a complete entry; tests replace or drop one line at a time.
const std::string kEntry =
    "---\n"
    "title: Setting up home allowance\n"
    "type: local-offer\n"
    "area: money\n"
    "ages: {from: 16, to: 25}\n"
    "care_status: [former-relevant, eligible]\n"
    "amount: {value: 3000, per: once, paid: We pay the shops for you.}\n"
    "minimum: setting-up-home\n"
    "how_to_ask: Talk to your personal adviser.\n"
    "contact: {name: The moving on team, phone: 01234 567 891, url: \"/contact/\"}\n"
    "last_checked: 2026-11-02\n"
    "---\n"
    "Body.\n";

struct Loaded {
  MemoryFileSystem fs;
  SiteConfig config;
  Diagnostics diagnostics;
  SourceTree tree;
  std::string Report() const { return FormatDiagnostics(diagnostics, SiteLineLookup(fs)); }
  const LocalOfferFields* Fields() const {
    return tree.pages.empty() ? nullptr : tree.pages[0].front.local_offer.get();
  }
};

std::unique_ptr<Loaded> Load(const std::string& text) {
  auto out = std::make_unique<Loaded>();
  out->fs.Write("content/local-offer/entry.md", text);
  out->config.variants = DefaultVariants();
  out->tree = LoadContent(out->fs, out->config, out->diagnostics);
  return out;
}

// The entry with the line starting `prefix` replaced by `line` (or removed when empty).
std::string With(const std::string& prefix, const std::string& line) {
  std::string text = kEntry;
  size_t at = text.find("\n" + prefix);
  REQUIRE(at != std::string::npos);
  size_t end = text.find('\n', at + 1);
  text.replace(at + 1, end - at, line.empty() ? "" : line + "\n");
  return text;
}

LocalOfferConfig Minimums() {
  LocalOfferConfig config;
  config.minimums["setting-up-home"] = {"setting-up-home", 3000, "setting up home allowance", {}};
  config.minimums["higher-education-bursary"] = {
      "higher-education-bursary", 2000, "higher education bursary", {}};
  return config;
}

std::string Checked(const Loaded& loaded, const LocalOfferConfig& config,
                    std::optional<Date> today) {
  Diagnostics diags;
  std::vector<const SourcePage*> pages;
  for (const auto& page : loaded.tree.pages) pages.push_back(&page);
  CheckLocalOfferEntries(pages, config, today, diags);
  return FormatDiagnostics(diags, SiteLineLookup(loaded.fs));
}

}  // namespace

TEST_CASE("every local offer field is read with its place", "[local-offer]") {
  auto loaded = Load(kEntry);
  CHECK(loaded->Report() == "");
  const LocalOfferFields* f = loaded->Fields();
  REQUIRE(f);
  CHECK(f->area == "money");
  CHECK(f->from_age == 16);
  CHECK(f->to_age == 25);
  // Care statuses come back in the law's order, whatever order they are written in.
  CHECK(f->care_status == std::vector<std::string>{"eligible", "former-relevant"});
  REQUIRE(f->amount);
  CHECK(f->amount->pence == 300000);
  CHECK(f->amount->per == "once");
  CHECK_FALSE(f->amount->up_to);
  CHECK(f->amount->paid == "We pay the shops for you.");
  CHECK(f->amount->value_location.line == 7);
  CHECK(f->amount->value_location.column == 17);
  CHECK(f->minimum == "setting-up-home");
  CHECK(f->how_to_ask == "Talk to your personal adviser.");
  REQUIRE(f->contact);
  CHECK(f->contact->name == "The moving on team");
  CHECK(f->contact->phone == "01234 567 891");
  CHECK(f->contact->email == "");
  CHECK(f->contact->url == "/contact/");
  CHECK(f->last_checked == Date{2026, 11, 2});
  CHECK(f->last_checked_location.line == 11);
  CHECK(f->last_checked_location.column == 15);
  CHECK(f->placeholders.empty());
}

TEST_CASE("an entry without a contact has none, and the organisation's is shown instead",
          "[local-offer]") {
  auto loaded = Load(With("contact:", ""));
  CHECK(loaded->Report() == "");
  REQUIRE(loaded->Fields());
  CHECK_FALSE(loaded->Fields()->contact);
}

TEST_CASE("mistakes in local offer fields are errors at their place with a hint", "[local-offer]") {
  struct Case {
    std::string prefix, line, report;
  };
  auto [prefix, line, report] = GENERATE(values<Case>({
      {"area:", "",
       "content/local-offer/entry.md:3:1: error: this local offer page has no 'area'\n"
       "    type: local-offer\n"
       "    ^\n"
       "    hint: add a line such as: area: money (choose from: health-and-wellbeing, "
       "relationships, education-and-training, employment, accommodation, "
       "participation-in-society, money)\n"},
      {"area:", "area: mony",
       "content/local-offer/entry.md:4:7: error: unknown area 'mony'; did you mean 'money'?\n"
       "    area: mony\n"
       "          ^\n"
       "    hint: choose from: health-and-wellbeing, relationships, education-and-training, "
       "employment, accommodation, participation-in-society, money\n"},
      {"care_status:", "care_status: [eligible, former-relevent]",
       "content/local-offer/entry.md:6:25: error: unknown care status 'former-relevent'; did "
       "you mean 'former-relevant'?\n"
       "    care_status: [eligible, former-relevent]\n"
       "                            ^\n"
       "    hint: choose from: in-care, eligible, relevant, former-relevant, qualifying\n"},
      {"ages:", "ages: {from: 21, to: 18}",
       "content/local-offer/entry.md:5:22: error: 'to' (18) is younger than 'from' (21)\n"
       "    ages: {from: 21, to: 18}\n"
       "                         ^\n"
       "    hint: 'from' is the youngest age that can get this and 'to' the oldest: ages: "
       "{from: 18, to: 21}\n"},
      {"ages:", "ages: {from: 16, to: 30}",
       "content/local-offer/entry.md:5:22: error: 'to' should be an age from 0 to 25, not 30\n"
       "    ages: {from: 16, to: 30}\n"
       "                         ^\n"
       "    hint: the local offer is for children in care and care leavers up to 25\n"},
      {"ages:", "ages: 16-25",
       "content/local-offer/entry.md:5:7: error: 'ages' should be a map with 'from' and 'to'\n"
       "    ages: 16-25\n"
       "          ^\n"
       "    hint: for example: ages: {from: 16, to: 25}\n"},
      {"last_checked:", "last_checked: November 2026",
       "content/local-offer/entry.md:11:15: error: 'last_checked' should be a date written as "
       "YYYY-MM-DD, not 'November 2026'\n"
       "    last_checked: November 2026\n"
       "                  ^\n"
       "    hint: for example 2023-10-04 for 4 October 2023\n"},
      {"last_checked:", "",
       "content/local-offer/entry.md:3:1: error: this local offer page has no 'last_checked'\n"
       "    type: local-offer\n"
       "    ^\n"
       "    hint: add the date the facts were last checked, such as: last_checked: 2026-11-02\n"},
      {"amount:", "amount: {value: £3000, per: once}",
       "content/local-offer/entry.md:7:17: error: the amount's 'value' should be a number of "
       "pounds, not '£3000'\n"
       "    amount: {value: £3000, per: once}\n"
       "                    ^\n"
       "    hint: write it without the £ sign, such as 3000 or 57.50\n"},
      {"amount:", "amount: {value: 3000, per: fortnight}",
       "content/local-offer/entry.md:7:28: error: unknown 'per' 'fortnight'\n"
       "    amount: {value: 3000, per: fortnight}\n"
       "                               ^\n"
       "    hint: choose from: once, week, month, year\n"},
      {"contact:", "contact: {name: The moving on team}",
       "content/local-offer/entry.md:10:10: error: 'contact' gives no way to get in touch\n"
       "    contact: {name: The moving on team}\n"
       "             ^\n"
       "    hint: add a phone, an email or a url; or leave out contact to use the "
       "organisation's phone and email from site.yaml\n"},
      {"how_to_ask:", "how_to_aks: Ask.",
       "content/local-offer/entry.md:3:1: error: this local offer page has no 'how_to_ask'\n"
       "    type: local-offer\n"
       "    ^\n"
       "    hint: add a line such as: how_to_ask: Ask your personal adviser.\n"
       "content/local-offer/entry.md:9:1: error: unknown field 'how_to_aks'; did you mean "
       "'how_to_ask'?\n"
       "    how_to_aks: Ask.\n"
       "    ^\n"},
  }));
  CAPTURE(prefix, line);
  auto loaded = Load(With(prefix, line));
  const std::string summary =
      prefix == "how_to_ask:" ? "2 errors, 0 warnings\n" : "1 error, 0 warnings\n";
  CHECK(loaded->Report() == report + summary);
  CHECK(loaded->tree.pages.empty());  // a page with errors is left out
}

TEST_CASE("an entry with neither an amount nor what you get is an error", "[local-offer]") {
  std::string text = With("amount:", "");
  text.replace(text.find("minimum: setting-up-home\n"), 25, "");
  auto loaded = Load(text);
  CHECK(loaded->Report() ==
        "content/local-offer/entry.md:3:1: error: this local offer page says neither 'amount' "
        "nor 'what_you_get'\n"
        "    type: local-offer\n"
        "    ^\n"
        "    hint: for money, add amount: {value: 3000, per: once}; for anything else, "
        "what_you_get: a few words such as 'free swimming and gym sessions'\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("a local offer field on another kind of page names the type it belongs to",
          "[local-offer]") {
  auto loaded = Load("---\ntitle: A page\namount: {value: 3000, per: once}\n---\n");
  CHECK(loaded->Report() ==
        "content/local-offer/entry.md:3:1: error: 'amount' is a field of local-offer pages, and "
        "this is a plain page\n"
        "    amount: {value: 3000, per: once}\n"
        "    ^\n"
        "    hint: if this is a local-offer page, add the line: type: local-offer\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("a comma in an amount only separates thousands", "[local-offer]") {
  // Block style, as a flow map would split the value at its comma.
  auto amount = [](const std::string& value) {
    return With("amount:", "amount:\n  value: " + value + "\n  per: week");
  };
  for (const std::string value : {"57,50", "3,00", "1,2345", "1,00,000", "3,000,0", "1.5,0"}) {
    CAPTURE(value);
    auto loaded = Load(amount(value));
    CHECK(loaded->Report() == "content/local-offer/entry.md:8:10: error: '" + value +
                                  "' is not an amount of pounds\n"
                                  "      value: " +
                                  value +
                                  "\n"
                                  "             ^\n"
                                  "    hint: write pence after a full stop, as in 57.50\n"
                                  "1 error, 0 warnings\n");
  }
  for (auto [value, pence] : {std::pair{"3,000", 300000L}, std::pair{"12,500.50", 1250050L},
                              std::pair{"1,234,567", 123456700L}, std::pair{"57.50", 5750L}}) {
    CAPTURE(value);
    auto loaded = Load(amount(value));
    INFO(loaded->Report());
    REQUIRE(loaded->Fields());
    REQUIRE(loaded->Fields()->amount);
    CHECK(loaded->Fields()->amount->pence == pence);
  }
}

TEST_CASE("amounts and ages are written the way a reader says them", "[local-offer]") {
  LocalOfferAmount a;
  a.pence = 300000;
  a.per = "once";
  CHECK(FormatAmount(a) == "£3,000, paid once");
  a.pence = 120000;
  a.per = "year";
  a.up_to = true;
  CHECK(FormatAmount(a) == "Up to £1,200 a year");
  a.pence = 5750;
  a.per = "week";
  a.up_to = false;
  CHECK(FormatAmount(a) == "£57.50 a week");
  CHECK(FormatPounds(123456789) == "£1,234,567.89");
  CHECK(FormatPounds(5) == "£0.05");
  CHECK(FormatPounds(100000000) == "£1,000,000");
  CHECK(AgesText(16, 25) == "16 to 25");
  CHECK(AgesText(18, 18) == "18");
  CHECK(AgesText(0, 17) == "up to 17");
}

TEST_CASE("an amount below its national minimum stops the build at the amount", "[local-offer]") {
  auto loaded = Load(With("amount:", "amount: {value: 2500, per: once}"));
  REQUIRE(loaded->Report() == "");
  CHECK(Checked(*loaded, Minimums(), std::nullopt) ==
        "content/local-offer/entry.md:7:17: error: the setting up home allowance here is "
        "£2,500, below the national minimum of £3,000 set in site.yaml\n"
        "    amount: {value: 2500, per: once}\n"
        "                    ^\n"
        "    hint: young people must get at least £3,000: correct the amount, or if the national "
        "minimum has changed, change local_offer: minimums: setting-up-home in site.yaml\n"
        "1 error, 0 warnings\n");
  // At the minimum, or above it, is fine.
  auto at = Load(With("amount:", "amount: {value: 3000, per: once}"));
  CHECK(Checked(*at, Minimums(), std::nullopt) == "");
}

TEST_CASE("an unknown national minimum is an error with a suggestion", "[local-offer]") {
  auto loaded = Load(With("minimum:", "minimum: setting-up-hom"));
  REQUIRE(loaded->Report() == "");
  CHECK(Checked(*loaded, Minimums(), std::nullopt) ==
        "content/local-offer/entry.md:8:10: error: unknown national minimum 'setting-up-hom'; "
        "did you mean 'setting-up-home'?\n"
        "    minimum: setting-up-hom\n"
        "             ^\n"
        "    hint: the minimums in site.yaml are: higher-education-bursary, setting-up-home\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("an entry not checked for more than a year is a warning at last_checked",
          "[local-offer]") {
  auto loaded = Load(With("last_checked:", "last_checked: 2025-09-30"));
  REQUIRE(loaded->Report() == "");
  LocalOfferConfig config = Minimums();
  // A year to the day is still in time; the day after is not.
  CHECK(Checked(*loaded, config, Date{2026, 9, 30}) == "");
  CHECK(Checked(*loaded, config, Date{2026, 10, 1}) ==
        "content/local-offer/entry.md:11:15: warning: this entry was last checked 12 months "
        "ago, on 30 September 2025\n"
        "    last_checked: 2025-09-30\n"
        "                  ^\n"
        "    hint: check that what it says is still right (amounts, ages, who to contact), then "
        "change last_checked to the date you checked it\n"
        "0 errors, 1 warning\n");
  CHECK(Checked(*loaded, config, Date{2027, 12, 1})
            .find("warning: this entry was last checked 2 years and 2 months ago, on 30 September "
                  "2025") != std::string::npos);
  // No build date, no warning; review_after_months changes the limit.
  CHECK(Checked(*loaded, config, std::nullopt) == "");
  config.review_after_months = 18;
  CHECK(Checked(*loaded, config, Date{2027, 3, 30}) == "");
  CHECK(Checked(*loaded, config, Date{2027, 3, 31}) != "");
}

TEST_CASE("age bands split the entries' ages at the configured ages and skip empty bands",
          "[local-offer]") {
  std::vector<SourcePage> pages(3);
  std::vector<std::shared_ptr<LocalOfferFields>> fields;
  std::vector<std::pair<int, int>> ages = {{16, 17}, {16, 25}, {22, 24}};
  std::vector<LocalOfferEntry> entries;
  for (size_t i = 0; i < pages.size(); ++i) {
    auto f = std::make_shared<LocalOfferFields>();
    f->area = "money";
    f->from_age = ages[i].first;
    f->to_age = ages[i].second;
    f->care_status = {"eligible"};
    pages[i].front.local_offer = f;
    pages[i].front.title = "Entry " + std::to_string(i);
    entries.push_back({&pages[i], "/offer/entry-" + std::to_string(i) + "/"});
  }
  LocalOfferConfig config;
  CHECK(LocalOfferAgeBands(entries, config) ==
        std::vector<std::pair<int, int>>{{16, 17}, {18, 20}, {21, 25}});
  config.age_bands = {10, 18, 23};  // 10 is below every entry; 16 to 17 starts the first band
  CHECK(LocalOfferAgeBands(entries, config) ==
        std::vector<std::pair<int, int>>{{16, 17}, {18, 22}, {23, 25}});
  auto filters = LocalOfferFilters(entries, "/offer/", LocalOfferConfig{});
  REQUIRE(filters.size() == 4);
  CHECK(filters[0].path == "/offer/age/16-to-17/");
  CHECK(filters[0].label == "16 or 17");
  CHECK(filters[0].pages == std::vector<const SourcePage*>{&pages[0], &pages[1]});
  CHECK(filters[1].path == "/offer/age/18-to-20/");
  CHECK(filters[1].pages == std::vector<const SourcePage*>{&pages[1]});
  CHECK(filters[2].path == "/offer/age/21-to-25/");
  CHECK(filters[2].label == "21 to 25");
  CHECK(filters[2].pages == std::vector<const SourcePage*>{&pages[1], &pages[2]});
  CHECK(filters[3].path == "/offer/status/eligible/");
  CHECK(filters[3].label == "16 or 17 and in care (eligible)");
  CHECK(filters[3].pages.size() == 3);
}

TEST_CASE("a filter page lists its entries by area as Markdown links with their key facts",
          "[local-offer]") {
  std::vector<SourcePage> pages(2);
  std::vector<LocalOfferEntry> entries;
  const char* areas[] = {"money", "health-and-wellbeing"};
  for (size_t i = 0; i < 2; ++i) {
    auto f = std::make_shared<LocalOfferFields>();
    f->area = areas[i];
    f->from_age = 18;
    f->to_age = 25;
    f->care_status = {"former-relevant"};
    if (i == 0) f->amount = LocalOfferAmount{300000, false, "once", "", {}};
    pages[i].front.local_offer = f;
    pages[i].front.title = i == 0 ? "Money *now*" : "Health checks";
    pages[i].front.description = i == 0 ? "Cash [for] you" : "";
    entries.push_back({&pages[i], "/offer/e" + std::to_string(i) + "/"});
  }
  LocalOfferConfig one_band;
  one_band.age_bands.clear();
  auto made =
      LocalOfferFilterPages(entries, "/offer/", "content/offer/_index.md", "Local offer", one_band);
  REQUIRE(made.size() == 2);
  const SourcePage& status = *made[1];
  CHECK(status.generated);
  CHECK(status.content_path == "offer/status/former-relevant.md");
  CHECK(status.file == "content/offer/_index.md");
  CHECK(status.front.title ==
        "What you can get if you are 18 or over and have left care (former relevant)");
  CHECK(status.body.text ==
        "**Former relevant** means you are 18 or over, and before you turned 18 you were in "
        "care for at least 13 weeks since your 14th birthday, including some time after your "
        "16th birthday.\n\n"
        "These are the things in the local offer for you. Each one says which ages can get "
        "it.\n"
        "\n## Health and wellbeing\n\n"
        "- [Health checks](/offer/e1/): Ages 18 to 25.\n"
        "\n## Money\n\n"
        "- [Money \\*now\\*](/offer/e0/): Cash \\[for\\] you. Ages 18 to 25. £3,000, paid once.\n"
        "\n## Show what I can get if I am ...\n\n"
        "- [18 to 25](/offer/age/18-to-25/)\n"
        "- [18 or over and have left care \\(former relevant\\)](/offer/status/former-relevant/)\n"
        "\nOr see [everything in the local offer](/offer/).\n");
}

TEST_CASE("hearth new local-offer loads as a draft, and --drafts reports its placeholders",
          "[local-offer]") {
  Diagnostics made;
  auto text = NewPageText("local-offer", Date{2026, 11, 22}, made);
  REQUIRE(text);
  auto loaded = Load(*text);
  CHECK(loaded->Report() == "");
  const LocalOfferFields* f = loaded->Fields();
  REQUIRE(f);
  CHECK(f->from_age == 16);
  CHECK(f->to_age == 25);
  CHECK(f->last_checked == Date{2026, 11, 22});
  std::vector<std::string> fields;
  for (const auto& [field, where] : f->placeholders) fields.push_back(field);
  CHECK(fields == std::vector<std::string>{"area", "care_status", "what_you_get", "how_to_ask"});
  std::string report = Checked(*loaded, LocalOfferConfig{}, std::nullopt);
  CHECK(report.find("error: 'area' still has the placeholder that hearth new wrote\n"
                    "    area: AREA\n") != std::string::npos);
  CHECK(report.find("4 errors, 0 warnings") != std::string::npos);
}

TEST_CASE("site.yaml local_offer sets the minimums, the review period and the age bands",
          "[local-offer]") {
  MemoryFileSystem fs;
  fs.Write("site.yaml",
           "title: T\nbase_url: https://x.example.org/\norganisation: {name: C}\n"
           "local_offer:\n"
           "  area_served: Hearthshire\n"
           "  review_after_months: 6\n"
           "  age_bands: [16, 18]\n"
           "  minimums:\n"
           "    setting-up-home: {amount: 3000, name: setting up home allowance}\n");
  Diagnostics diags;
  SiteConfig config = LoadSiteConfig(fs, diags);
  CHECK(FormatDiagnostics(diags, SiteLineLookup(fs)) == "");
  CHECK(config.local_offer.area_served == "Hearthshire");
  CHECK(config.local_offer.review_after_months == 6);
  CHECK(config.local_offer.age_bands == std::vector<int>{16, 18});
  REQUIRE(config.local_offer.minimums.count("setting-up-home"));
  CHECK(config.local_offer.minimums.at("setting-up-home").pounds == 3000);
  CHECK(config.local_offer.minimums.at("setting-up-home").name == "setting up home allowance");

  fs.Write("site.yaml",
           "title: T\nbase_url: https://x.example.org/\norganisation: {name: C}\n"
           "local_offer:\n"
           "  age_bands: [18, 16]\n"
           "  minimums:\n"
           "    setting-up-home: {amount: lots, nmae: x}\n");
  Diagnostics bad;
  LoadSiteConfig(fs, bad);
  CHECK(FormatDiagnostics(bad, SiteLineLookup(fs)) ==
        "site.yaml:5:19: error: each age band should start at an age from 1 to 25, older than "
        "the band before\n"
        "      age_bands: [18, 16]\n"
        "                      ^\n"
        "    hint: for example: age_bands: [16, 18, 21]\n"
        "site.yaml:7:5: error: the minimum 'setting-up-home' needs an 'amount' in whole pounds "
        "and a 'name'\n"
        "        setting-up-home: {amount: lots, nmae: x}\n"
        "        ^\n"
        "    hint: for example: {amount: 3000, name: setting up home allowance}\n"
        "site.yaml:7:31: error: 'amount' should be a whole number, not 'lots'\n"
        "        setting-up-home: {amount: lots, nmae: x}\n"
        "                                  ^\n"
        "site.yaml:7:37: error: unknown minimum field 'nmae'; did you mean 'name'?\n"
        "        setting-up-home: {amount: lots, nmae: x}\n"
        "                                        ^\n"
        "4 errors, 0 warnings\n");
}
