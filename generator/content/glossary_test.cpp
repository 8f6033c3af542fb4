#include "content/glossary.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "content/source_page.h"
#include "fs/file_system.h"
#include "pipeline/pipeline.h"

using namespace hearth;

namespace {

std::string Place(const SourceLocation& l) {
  return l.file + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
}

// content/glossary.yaml holding `yaml`, read as LoadContent reads it.
struct Loaded {
  explicit Loaded(const std::string& yaml) {
    fs.Write(kGlossaryFile, yaml);
    entries = LoadGlossary(fs, diagnostics);
  }
  std::string Report() const { return FormatDiagnostics(diagnostics, SiteLineLookup(fs)); }
  std::vector<std::string> Ids() const {
    std::vector<std::string> ids;
    for (const auto& e : entries) ids.push_back(e.id);
    return ids;
  }

  MemoryFileSystem fs;
  Diagnostics diagnostics;
  std::vector<GlossaryEntry> entries;
};

}  // namespace

TEST_CASE("glossary entries are read with their fields, ids and places, sorted A to Z",
          "[glossary]") {
  Loaded g(
      "- term: Staying Put\n"
      "  meaning: Living with your foster carers after 18.\n"
      "- term: Independent Reviewing Officer\n"
      "  abbreviation: IRO\n"
      "  meaning: Chairs your reviews.\n"
      "- term: pathway plan\n"
      "  meaning: Your plan for leaving care.\n");
  CHECK(g.Report() == "");
  REQUIRE(g.entries.size() == 3);
  CHECK(g.Ids() == std::vector<std::string>{"iro", "pathway-plan", "staying-put"});
  const GlossaryEntry& iro = g.entries[0];
  CHECK(iro.term == "Independent Reviewing Officer");
  CHECK(iro.abbreviation == "IRO");
  CHECK(iro.meaning == "Chairs your reviews.");
  CHECK(iro.Name() == "IRO");
  CHECK(Place(iro.location) == "content/glossary.yaml:3:3");
  CHECK(g.entries[2].Name() == "Staying Put");
}

TEST_CASE("a site without a glossary file has no glossary and no glossary page", "[glossary]") {
  MemoryFileSystem fs;
  fs.Write("site.yaml", "title: T\nbase_url: https://example.org/\norganisation:\n  name: C\n");
  fs.Write("content/_index.md", "---\ntitle: Home\n---\nOur IRO.\n");
  Diagnostics diags;
  SiteConfig config = LoadSiteConfig(fs, diags);
  SourceTree tree = LoadContent(fs, config, diags);
  CHECK(FormatDiagnostics(diags, SiteLineLookup(fs)) == "");
  CHECK(tree.glossary.empty());
  REQUIRE(tree.pages.size() == 1);
  CHECK(tree.pages[0].content_path == "_index.md");
}

TEST_CASE("a glossary entry without a term or a meaning is reported at the entry", "[glossary]") {
  Loaded g(
      "- abbreviation: IRO\n"
      "  meaning: Chairs your reviews.\n"
      "- term: Staying Put\n");
  CHECK(g.entries.empty());
  CHECK(g.Report() ==
        "content/glossary.yaml:1:3: error: this glossary entry has no 'term'\n"
        "    - abbreviation: IRO\n"
        "      ^\n"
        "    hint: write the words as pages use them, such as 'term: Staying Put'\n"
        "content/glossary.yaml:3:3: error: the glossary entry 'Staying Put' has no 'meaning'\n"
        "    - term: Staying Put\n"
        "      ^\n"
        "    hint: say what it means in one or two short, plain sentences\n"
        "2 errors, 0 warnings\n");
}

TEST_CASE("a term or abbreviation given twice is reported where it comes again", "[glossary]") {
  Loaded g(
      "- term: Staying Put\n"
      "  meaning: One.\n"
      "- term: staying put\n"
      "  meaning: Two.\n"
      "- term: Independent Reviewing Officer\n"
      "  abbreviation: IRO\n"
      "  meaning: Three.\n"
      "- term: Independent Reviewer\n"
      "  abbreviation: IRO\n"
      "  meaning: Four.\n");
  CHECK(g.Ids() == std::vector<std::string>{"iro", "staying-put"});
  CHECK(g.Report() ==
        "content/glossary.yaml:3:9: error: 'staying put' is already in the glossary, at line 1\n"
        "    - term: staying put\n"
        "            ^\n"
        "    hint: keep one entry for it\n"
        "content/glossary.yaml:9:17: error: 'IRO' is already in the glossary, at line 6\n"
        "      abbreviation: IRO\n"
        "                    ^\n"
        "    hint: keep one entry for it\n"
        "2 errors, 0 warnings\n");
}

TEST_CASE("names that would share a heading id on the glossary page are reported", "[glossary]") {
  Loaded g(
      "- term: care leaver\n"
      "  meaning: One.\n"
      "- term: care-leaver\n"
      "  meaning: Two.\n");
  CHECK(g.Ids() == std::vector<std::string>{"care-leaver"});
  CHECK(g.Report() ==
        "content/glossary.yaml:3:3: error: 'care-leaver' would have the same address on the "
        "glossary page (#care-leaver) as the entry at line 1\n"
        "    - term: care-leaver\n"
        "      ^\n"
        "    hint: keep one entry for it\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("an unknown glossary field is reported with a suggestion", "[glossary]") {
  Loaded g(
      "- term: Staying Put\n"
      "  meening: Living with your foster carers after 18.\n"
      "  meaning: Living with your foster carers after 18.\n");
  CHECK(g.entries.empty());
  CHECK(g.Report() ==
        "content/glossary.yaml:2:3: error: unknown glossary field 'meening'; did you mean "
        "'meaning'?\n"
        "      meening: Living with your foster carers after 18.\n"
        "      ^\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("a glossary that is not a list is reported", "[glossary]") {
  Loaded g("term: Staying Put\nmeaning: Living with your foster carers.\n");
  CHECK(g.entries.empty());
  CHECK(g.Report() ==
        "content/glossary.yaml:1:1: error: the glossary should be a list of entries\n"
        "    term: Staying Put\n"
        "    ^\n"
        "    hint: start each entry with '- term:' on a line of its own\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("the glossary page lists every entry A to Z under a heading with its id", "[glossary]") {
  Loaded g(
      "- term: Staying Put\n"
      "  meaning: Living with your foster carers after 18.\n"
      "- term: Independent Reviewing Officer\n"
      "  abbreviation: IRO\n"
      "  meaning: Chairs your reviews.\n");
  REQUIRE(g.Report() == "");
  CHECK(GlossaryMarkdown(g.entries) ==
        "This page explains words and short forms that pages on this portal use. Where a page "
        "first uses one of them, it links to its meaning here.\n"
        "\n## IRO\n\n"
        "IRO means Independent Reviewing Officer. Chairs your reviews.\n"
        "\n## Staying Put\n\n"
        "Living with your foster carers after 18.\n");
  SourcePage page = GlossaryPage(g.entries);
  CHECK(page.generated);
  CHECK(page.file == "content/glossary.yaml");
  CHECK(page.content_path == "glossary.md");
  CHECK(page.front.title == "Glossary");
  CHECK(page.body.text == GlossaryMarkdown(g.entries));
}
