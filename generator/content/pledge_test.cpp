#include "content/pledge.h"

#include <catch2/catch.hpp>

#include "content/new_page.h"
#include "content/source_page.h"

using namespace hearth;

namespace {

struct Loaded {
  Diagnostics diags;
  SourceTree tree;
  std::string report;
};

std::unique_ptr<Loaded> Load(const std::string& front) {
  auto out = std::make_unique<Loaded>();
  MemoryFileSystem fs({{"content/pledges/keep-me-healthy.md", "---\n" + front + "---\n\nBody.\n"}});
  SiteConfig config;
  config.variants = DefaultVariants();
  out->tree = LoadContent(fs, config, out->diags);
  out->report = FormatDiagnostics(out->diags, [&](const std::string& file, int line) {
    auto text = fs.ReadFile(file);
    if (!text) return std::optional<std::string>();
    size_t start = 0;
    for (int l = 1; l < line; ++l) start = text->find('\n', start) + 1;
    return std::optional<std::string>(text->substr(start, text->find('\n', start) - start));
  });
  return out;
}

const SourcePage* Find(const SourceTree& tree, const std::string& path) {
  for (const auto& page : tree.pages) {
    if (page.content_path == path) return &page;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a pledge's theme, promises and measures are read from its front matter", "[pledges]") {
  auto loaded = Load(
      "title: Keep me healthy\ntype: pledge\ntheme: keep-me-healthy\npromises:\n"
      "  - We will make sure you have regular health checks.\n"
      "  - text: We will get you help quickly when you are struggling with your feelings.\n"
      "    short: Help with your feelings, quickly.\n"
      "measures:\n"
      "  - {dataset: cp-board, indicator: pct_health_assessment_up_to_date}\n"
      "  - dataset: by-district\n    indicator: children\n    filter: {district: North}\n");
  INFO(loaded->report);
  REQUIRE_FALSE(loaded->diags.HasErrors());
  const SourcePage* page = Find(loaded->tree, "pledges/keep-me-healthy.md");
  REQUIRE(page);
  REQUIRE(page->front.pledge);
  const PledgeFields& p = *page->front.pledge;
  CHECK(p.theme == "keep-me-healthy");
  CHECK(p.theme_location.line == 4);
  CHECK(p.theme_location.column == 8);
  REQUIRE(p.promises.size() == 2);
  CHECK(p.promises[0].text == "We will make sure you have regular health checks.");
  CHECK(p.promises[0].short_text == p.promises[0].text);
  CHECK(p.promises[1].short_text == "Help with your feelings, quickly.");
  REQUIRE(p.measures.size() == 2);
  CHECK(p.measures[0].dataset == "cp-board");
  CHECK(p.measures[0].indicator == "pct_health_assessment_up_to_date");
  CHECK(p.measures[0].indicator_location.line == 10);
  CHECK(p.measures[0].indicator_location.column == 36);
  CHECK(p.measures[1].filter ==
        std::vector<std::pair<std::string, std::string>>{{"district", "North"}});
}

TEST_CASE("the prompt card is made beside the first pledge, and only when there is one",
          "[pledges]") {
  auto loaded = Load(
      "title: Keep me healthy\ntype: pledge\ntheme: keep-me-healthy\n"
      "promises: [A promise.]\n");
  REQUIRE_FALSE(loaded->diags.HasErrors());
  REQUIRE(loaded->tree.pages.size() == 1);  // the card is made in site/, from published pages
  auto card = PledgeCardPage({&loaded->tree.pages[0]});
  REQUIRE(card);
  CHECK(card->content_path == "pledges/card.md");
  CHECK(card->generated);
  CHECK(card->front.type == kPledgeCardType);
  CHECK(PledgeCardPage({}) == nullptr);
}

TEST_CASE("a pledge without a theme or promises is an error at its place", "[pledges]") {
  auto loaded = Load("title: Keep me healthy\ntype: pledge\npromises:\n");
  CHECK(loaded->report ==
        "content/pledges/keep-me-healthy.md:3:1: error: this pledge has no theme\n"
        "    type: pledge\n    ^\n"
        "    hint: add a line such as: theme: involve-me (the themes are listed in site.yaml "
        "under pledges, or are the usual five: involve-me, a-good-safe-home, keep-me-healthy, "
        "help-me-achieve, support-me-into-adult-life)\n"
        "content/pledges/keep-me-healthy.md:4:1: error: this pledge has no promises\n"
        "    promises:\n    ^\n"
        "    hint: add promises: and a list of them, one a line starting with '- '\n"
        "2 errors, 0 warnings\n");
  // A field left out altogether is reported where the page says it is a pledge.
  auto no_promises = Load("title: Keep me healthy\ntype: pledge\ntheme: keep-me-healthy\n");
  CHECK(no_promises->report ==
        "content/pledges/keep-me-healthy.md:3:1: error: this pledge has no promises\n"
        "    type: pledge\n    ^\n"
        "    hint: add promises: and a list of them, one a line starting with '- '\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("a measure that names no indicator, or has a misspelt field, is an error", "[pledges]") {
  auto loaded = Load(
      "title: Keep me healthy\ntype: pledge\ntheme: keep-me-healthy\npromises: [A promise.]\n"
      "measures:\n  - {dataset: cp-board}\n  - {dataset: cp-board, indicatr: x}\n");
  CHECK(loaded->report ==
        "content/pledges/keep-me-healthy.md:7:5: error: this measure has no 'indicator'\n"
        "      - {dataset: cp-board}\n        ^\n"
        "    hint: for example: {dataset: cp-board, indicator: pct_care_leavers_in_touch}\n"
        "content/pledges/keep-me-healthy.md:8:25: error: unknown measure field 'indicatr'; did "
        "you mean 'indicator'?\n"
        "      - {dataset: cp-board, indicatr: x}\n"
        "                            ^\n"
        "2 errors, 0 warnings\n");
}

TEST_CASE("a pledge field on a page that is not a pledge names the type it belongs to",
          "[pledges]") {
  auto loaded = Load("title: Keep me healthy\ntheme: keep-me-healthy\n");
  CHECK(loaded->report ==
        "content/pledges/keep-me-healthy.md:3:1: error: 'theme' is a field of pledge pages, and "
        "this is a plain page\n"
        "    theme: keep-me-healthy\n    ^\n"
        "    hint: if this is a pledge page, add the line: type: pledge\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("hearth new pledge starts a page with every pledge field as a placeholder", "[pledges]") {
  Diagnostics diags;
  auto text = NewPageText("pledge", Date{2026, 11, 2}, diags);
  REQUIRE(text);
  MemoryFileSystem fs({{"content/pledges/new.md", *text}});
  SiteConfig config;
  config.variants = DefaultVariants();
  SourceTree tree = LoadContent(fs, config, diags);
  CHECK_FALSE(diags.HasErrors());
  const SourcePage* page = Find(tree, "pledges/new.md");
  REQUIRE(page);
  REQUIRE(page->front.pledge);
  CHECK(page->front.pledge->theme == "THEME");
  REQUIRE(page->front.pledge->promises.size() == 1);
  CHECK(page->front.pledge->promises[0].text == "WE WILL DO THIS FOR YOU");
  CHECK(page->front.pledge->promises[0].short_text == "A FEW WORDS FOR THE CARD");
  REQUIRE(page->front.pledge->measures.size() == 1);
  CHECK(page->front.pledge->measures[0].dataset == "DATASET");
  CHECK(page->front.pledge->measures[0].indicator == "INDICATOR");
}
