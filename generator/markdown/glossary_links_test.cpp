// The first use of each glossary entry in a Markdown document links to the entry.
#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "markdown/markdown.h"

using namespace hearth;

namespace {

std::string Place(const SourceLocation& l) {
  return l.file + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
}

const std::vector<GlossaryLink> kEntries = {
    {"IRO", "Independent Reviewing Officer", "/glossary/#iro"},
    {"pathway plan", "", "/glossary/#pathway-plan"},
    {"PA", "Personal Adviser", "/glossary/#pa"},
};

const char kIroLink[] =
    "<a href=\"/glossary/#iro\"><abbr title=\"Independent Reviewing Officer\">IRO</abbr></a>";

struct Linked {
  explicit Linked(const std::string& text, std::vector<GlossaryLink> entries = kEntries) {
    MarkdownOptions options;
    options.glossary = std::move(entries);
    doc = MarkdownDocument::Parse("content/a.md", text, 4, options, diagnostics);
  }
  std::string Html() {
    std::vector<std::string> targets;
    for (const auto& link : doc->links()) targets.push_back(link.url);
    return doc->RenderHtml(targets);
  }
  Diagnostics diagnostics;
  std::unique_ptr<MarkdownDocument> doc;
};

}  // namespace

TEST_CASE("only the first use of an abbreviation is linked and marked up", "[glossary]") {
  Linked d("Ask your IRO. Your IRO will listen.\n\nThe IRO chairs reviews.\n");
  CHECK(d.Html() == std::string("<p>Ask your ") + kIroLink +
                        ". Your IRO will listen.</p>\n<p>The IRO chairs reviews.</p>\n");
  REQUIRE(d.doc->links().size() == 1);
  const MarkdownLink& link = d.doc->links()[0];
  CHECK(link.kind == MarkdownLink::Kind::kLink);
  CHECK(link.url == "/glossary/#iro");
  CHECK(link.text == "IRO");
  CHECK(Place(link.location) == "content/a.md:4:10");
  CHECK(d.diagnostics.WarningCount() == 0);
}

TEST_CASE("abbreviations match whole words with their case, plurals included", "[glossary]") {
  Linked d("PAY and SPAM and iro and PAs help, as IROs do.\n");
  CHECK(d.Html() ==
        "<p>PAY and SPAM and iro and <a href=\"/glossary/#pa\"><abbr title=\"Personal "
        "Adviser\">PAs</abbr></a> help, as <a href=\"/glossary/#iro\"><abbr "
        "title=\"Independent Reviewing Officer\">IROs</abbr></a> do.</p>\n");
}

TEST_CASE("terms match in any case and are linked without abbr", "[glossary]") {
  Linked d("Pathway Plans matter. Your pathway plan.\n");
  CHECK(d.Html() ==
        "<p><a href=\"/glossary/#pathway-plan\">Pathway Plans</a> matter. Your pathway "
        "plan.</p>\n");
  REQUIRE(d.doc->links().size() == 1);
  CHECK(d.doc->links()[0].text == "Pathway Plans");
}

TEST_CASE("headings, links, code and alt text keep their words; the first use after counts",
          "[glossary]") {
  Linked d(
      "## Your IRO\n"
      "\n"
      "[Meet an IRO](/iro/) or `IRO` or ![An IRO smiling](picture:iro) and *your IRO*.\n"
      "\n"
      "```\nIRO\n```\n");
  CHECK(d.Html() ==
        "<h2 id=\"your-iro\">\nYour IRO\n</h2>\n"
        "<p><a href=\"/iro/\">Meet an IRO</a> or <code>IRO</code> or "
        "<img src=\"picture:iro\" alt=\"An IRO smiling\" /> and <em>your " +
            std::string(kIroLink) + "</em>.</p>\n<pre><code>IRO\n</code></pre>\n");
  REQUIRE(d.doc->links().size() == 3);  // the author's two, then the glossary's
  CHECK(d.doc->links()[2].url == "/glossary/#iro");
  CHECK(Place(d.doc->links()[2].location) == "content/a.md:6:75");
  // The words a reader reads are the author's: the link does not split them.
  REQUIRE(d.doc->blocks().size() == 3);
  CHECK(d.doc->blocks()[1].text == "Meet an IRO or IRO or  and your IRO.");
}

TEST_CASE("each entry is linked once, several in one text, and text around is kept", "[glossary]") {
  Linked d("Your PA & IRO & pathway plan; then PA again.\n");
  CHECK(d.Html() ==
        "<p>Your <a href=\"/glossary/#pa\"><abbr title=\"Personal Adviser\">PA</abbr></a> "
        "&amp; " +
            std::string(kIroLink) +
            " &amp; <a href=\"/glossary/#pathway-plan\">pathway plan</a>; then PA again.</p>\n");
  CHECK(d.doc->links().size() == 3);
}

TEST_CASE("an expansion is escaped in the abbr title", "[glossary]") {
  Linked d("A UASC.\n", {{"UASC", "Unaccompanied \"Asylum\" <Child>", "/glossary/#uasc"}});
  CHECK(d.Html() ==
        "<p>A <a href=\"/glossary/#uasc\"><abbr title=\"Unaccompanied &quot;Asylum&quot; "
        "&lt;Child&gt;\">UASC</abbr></a>.</p>\n");
}

TEST_CASE("without glossary entries nothing is linked", "[glossary]") {
  Linked d("Ask your IRO.\n", {});
  CHECK(d.Html() == "<p>Ask your IRO.</p>\n");
  CHECK(d.doc->links().empty());
}
