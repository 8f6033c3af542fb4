#include "markdown/markdown.h"

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "core/text.h"
#include "fs/file_system.h"
#include "pipeline/pipeline.h"

using namespace hearth;
using Catch::Matchers::Contains;

namespace {

const char kFile[] = "content/a.md";

const std::string kRawHtmlHint =
    "    hint: write it in Markdown instead, or set allow_raw_html: true in site.yaml\n";
const std::string kLinkHint =
    "    hint: links may go to pages of this site, https:// addresses, mailto: and tel:\n";

// One Markdown body, parsed as if it started on line `first_line` of content/a.md.
struct Parsed {
  explicit Parsed(const std::string& text, int first_line = 1, bool allow_raw_html = false) {
    std::string file_text;
    for (int i = 1; i < first_line; ++i) file_text += "front matter line\n";
    fs.Write(kFile, file_text + text);
    MarkdownOptions options;
    options.allow_raw_html = allow_raw_html;
    doc = MarkdownDocument::Parse(kFile, text, first_line, options, diagnostics);
  }
  // Renders with every link going where it was written.
  std::string Html() {
    std::vector<std::string> targets;
    for (const auto& link : doc->links()) targets.push_back(link.url);
    return doc->RenderHtml(targets);
  }
  std::string Report() const { return FormatDiagnostics(diagnostics, SiteLineLookup(fs)); }

  MemoryFileSystem fs;
  Diagnostics diagnostics;
  std::unique_ptr<MarkdownDocument> doc;
};

size_t Count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("headings get ids from their words, unique within the document") {
  Parsed p("# Help\n\n## Help\n\n### Help\n\n## Who *can* get `it`?\n");
  const auto& h = p.doc->headings();
  REQUIRE(h.size() == 4);
  CHECK(h[0].id == "help");
  CHECK(h[1].id == "help-2");
  CHECK(h[2].id == "help-3");
  CHECK(h[3].id == "who-can-get-it");
  CHECK(h[3].text == "Who can get it?");
  CHECK(h[0].level == 1);
  CHECK(h[2].level == 3);
  std::string html = p.Html();
  CHECK_THAT(html, Contains("<h1 id=\"help\">"));
  CHECK_THAT(html, Contains("<h2 id=\"help-2\">"));
  CHECK_THAT(html, Contains("<h3 id=\"help-3\">"));
  CHECK_THAT(html, Contains("<em>can</em>"));
  CHECK(p.Report() == "");
}

TEST_CASE("headings never take an id the theme uses") {
  Parsed p("# Main\n\n# Top\n\n# Site menu\n\n# Footnotes\n\n# Main\n");
  std::vector<std::string> ids;
  for (const auto& h : p.doc->headings()) ids.push_back(h.id);
  CHECK(ids == std::vector<std::string>{"main-2", "top-2", "site-menu-2", "footnotes-2", "main-3"});
}

TEST_CASE("the reserved ids come from the options") {
  MarkdownOptions options;
  options.reserved_ids = {"intro"};
  Diagnostics diagnostics;
  auto doc = MarkdownDocument::Parse(kFile, "# Intro\n\n# Main\n", 1, options, diagnostics);
  REQUIRE(doc->headings().size() == 2);
  CHECK(doc->headings()[0].id == "intro-2");
  CHECK(doc->headings()[1].id == "main");
}

TEST_CASE("a heading without letters or digits gets the id 'section'") {
  Parsed p("# ???\n\n# !!!\n");
  REQUIRE(p.doc->headings().size() == 2);
  CHECK(p.doc->headings()[0].id == "section");
  CHECK(p.doc->headings()[1].id == "section-2");
}

TEST_CASE("heading ids are the same every time the same text is parsed") {
  const std::string text = "# Help\n\n## Help\n\n## Apply\n";
  Parsed first(text), second(text);
  REQUIRE(first.doc->headings().size() == 3);
  for (size_t i = 0; i < 3; ++i) {
    CHECK(first.doc->headings()[i].id == second.doc->headings()[i].id);
  }
  CHECK(first.Html() == second.Html());
}

TEST_CASE("heading locations are lines of the file, counting from the body's first line") {
  Parsed p("Intro.\n\n## Who can get it?\n", 5);
  REQUIRE(p.doc->headings().size() == 1);
  const SourceLocation& where = p.doc->headings()[0].location;
  CHECK(where.file == kFile);
  CHECK(where.line == 7);
  CHECK(where.column == 1);
}

TEST_CASE("raw HTML is shown as text and warned about at its place") {
  Parsed p("<div>hi</div>\n\nInline <b>bold</b> text\n");
  CHECK(p.Report() ==
        "content/a.md:1:1: warning: raw HTML is shown as text, not used as HTML\n"
        "    <div>hi</div>\n"
        "    ^\n" +
            kRawHtmlHint +
            "content/a.md:3:8: warning: raw HTML is shown as text, not used as HTML\n"
            "    Inline <b>bold</b> text\n"
            "           ^\n" +
            kRawHtmlHint +
            "content/a.md:3:15: warning: raw HTML is shown as text, not used as HTML\n"
            "    Inline <b>bold</b> text\n"
            "                  ^\n" +
            kRawHtmlHint + "0 errors, 3 warnings\n");
  CHECK(p.Html() ==
        "<p>&lt;div&gt;hi&lt;/div&gt;</p>\n"
        "<p>Inline &lt;b&gt;bold&lt;/b&gt; text</p>\n");
}

TEST_CASE("raw HTML is used as HTML when the site allows it") {
  Parsed p("<div>hi</div>\n\nInline <b>bold</b> text\n", 1, true);
  CHECK(p.Report() == "");
  CHECK(p.Html() == "<div>hi</div>\n<p>Inline <b>bold</b> text</p>\n");
}

TEST_CASE("links with unsafe schemes are refused at their place and lose their href") {
  auto [link, scheme] = GENERATE(table<std::string, std::string>({
      {"[the form](javascript:alert(1))", "javascript"},
      {"[the form](JAVASCRIPT:alert(1))", "javascript"},
      {"[the form](JavaScript:alert(1))", "javascript"},
      {"[the form](vbscript:msgbox(1))", "vbscript"},
      {"[the form](data:text/html,hi)", "data"},
      {"[the form](file:///etc/passwd)", "file"},
      {"[the form](ftp://example.org/form)", "ftp"},
  }));
  CAPTURE(link);
  Parsed p("Intro.\nRead " + link + " now.\n", 3);
  auto all = p.diagnostics.Sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].severity == Severity::kError);
  CHECK(all[0].location.file == kFile);
  CHECK(all[0].location.line == 4);
  CHECK(all[0].location.column == 6);
  CHECK(all[0].message == "a link to a '" + scheme + ":' address is not allowed");
  CHECK(all[0].hint == "links may go to pages of this site, https:// addresses, mailto: and tel:");
  CHECK(p.doc->links().empty());
  std::string html = ToLower(p.Html());
  CHECK_THAT(html, Contains("read the form now."));
  CHECK_THAT(html, !Contains("href"));
  CHECK_THAT(html, !Contains(scheme + ":"));
}

TEST_CASE("a reference link to an unsafe address is refused at the link") {
  Parsed p("Read [the form][ref].\n\n[ref]: javascript:alert(1)\n");
  auto all = p.diagnostics.Sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].location.line == 1);
  CHECK(all[0].location.column == 6);
  CHECK(all[0].message == "a link to a 'javascript:' address is not allowed");
  CHECK(p.Html() == "<p>Read the form.</p>\n");
}

TEST_CASE("a refused link is reported exactly, with its source line and hint") {
  Parsed p("Read [the form](javascript:alert(1)).\n");
  CHECK(p.Report() ==
        "content/a.md:1:6: error: a link to a 'javascript:' address is not allowed\n"
        "    Read [the form](javascript:alert(1)).\n"
        "         ^\n" +
            kLinkHint + "1 error, 0 warnings\n");
}

TEST_CASE("a scheme hidden by tabs or spaces is still refused") {
  auto link = GENERATE(as<std::string>{}, "[x](<java\tscript:alert(1)>)",
                       "[x](< javascript:alert(1)>)", "<javascript:alert(1)>");
  CAPTURE(link);
  Parsed p("Go " + link + " now\n");
  auto all = p.diagnostics.Sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].severity == Severity::kError);
  CHECK(all[0].location.line == 1);
  CHECK(all[0].location.column == 4);
  CHECK(p.doc->links().empty());
  CHECK_THAT(p.Html(), !Contains("href"));
}

// The message is built from the scheme of the URL as written, which is empty when a tab
// splits the scheme, so it reads "a link to a ':' address".
TEST_CASE("a scheme split by a tab is named in the message") {
  Parsed p("Go [x](<java\tscript:alert(1)>) now\n");
  auto all = p.diagnostics.Sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].message == "a link to a 'javascript:' address is not allowed");
}

TEST_CASE("pictures with data: addresses are refused and leave their alt text") {
  Parsed p("Intro.\n\n![A chart of costs](data:image/png;base64,iVBORw0KGgo=)\n");
  CHECK(p.Report() ==
        "content/a.md:3:1: error: a picture to a 'data:' address is not allowed\n"
        "    ![A chart of costs](data:image/png;base64,iVBORw0KGgo=)\n"
        "    ^\n" +
            kLinkHint + "1 error, 0 warnings\n");
  CHECK(p.doc->links().empty());
  CHECK(p.Html() == "<p>Intro.</p>\n<p>A chart of costs</p>\n");
}

TEST_CASE("mail, telephone, web and site links are kept") {
  Parsed p(
      "[m](mailto:help@example.org) [t](tel:+441234567890) [s](https://example.org/) "
      "[h](http://example.org/) [p](/local-offer/) [r](bursary.md) [a](#who-can-get-it)\n");
  CHECK(p.Report() == "");
  std::vector<std::string> urls;
  for (const auto& link : p.doc->links()) urls.push_back(link.url);
  CHECK(urls == std::vector<std::string>{"mailto:help@example.org", "tel:+441234567890",
                                         "https://example.org/", "http://example.org/",
                                         "/local-offer/", "bursary.md", "#who-can-get-it"});
  std::string html = p.Html();
  CHECK_THAT(html, Contains("<a href=\"mailto:help@example.org\">m</a>"));
  CHECK_THAT(html, Contains("<a href=\"tel:+441234567890\">t</a>"));
  CHECK_THAT(html, Contains("<a href=\"https://example.org/\">s</a>"));
}

TEST_CASE("IsAllowedLinkTarget allows web, mail and telephone links and site paths") {
  using Kind = MarkdownLink::Kind;
  auto [url, as_link, as_image] = GENERATE(table<std::string, bool, bool>({
      {"https://example.org/", true, true},
      {"HTTPS://EXAMPLE.ORG/", true, true},
      {"http://example.org/", true, true},
      {"mailto:help@example.org", true, false},
      {"tel:01234", true, false},
      {"picture:money", false, true},
      {"/local-offer/", true, true},
      {"bursary.md", true, true},
      {"#who-can-get-it", true, true},
      {"?page=2", true, true},
      {"", true, true},
      {"javascript:alert(1)", false, false},
      {"java\tscript:alert(1)", false, false},
      {"java\nscript:alert(1)", false, false},
      {"\x01javascript:alert(1)", false, false},
      {" javascript:alert(1)", false, false},
      {"vbscript:x", false, false},
      {"data:image/png;base64,AAAA", false, false},
      {"ftp://example.org/", false, false},
      {"c:file", false, false},
  }));
  CAPTURE(url);
  CHECK(IsAllowedLinkTarget(url, Kind::kLink) == as_link);
  CHECK(IsAllowedLinkTarget(url, Kind::kImage) == as_image);
}

TEST_CASE("link locations count lines from the body's first line and columns in characters") {
  Parsed p(
      "Para [a](/x/) and\n"
      "second line [b](/y/) here.\n"
      "\n"
      "- item [c](/z/)\n"
      "\n"
      "> quote [d](/q/)\n"
      "\n"
      "Café £ [e](/e/)\n",
      10);
  const auto& links = p.doc->links();
  REQUIRE(links.size() == 5);
  std::vector<std::pair<int, int>> places;
  for (const auto& link : links) {
    CHECK(link.location.file == kFile);
    places.emplace_back(link.location.line, link.location.column);
  }
  CHECK(places == std::vector<std::pair<int, int>>{{10, 6}, {11, 13}, {13, 8}, {15, 9}, {17, 8}});
}

TEST_CASE("a link's text and an image's alt text are plain text") {
  Parsed p("[the *apply* form](/apply/) ![A **bold** cake](/assets/cake.png)\n");
  const auto& links = p.doc->links();
  REQUIRE(links.size() == 2);
  CHECK(links[0].kind == MarkdownLink::Kind::kLink);
  CHECK(links[0].text == "the apply form");
  CHECK(links[1].kind == MarkdownLink::Kind::kImage);
  CHECK(links[1].text == "A bold cake");
  CHECK(links[1].url == "/assets/cake.png");
}

TEST_CASE("RenderHtml writes the targets it is given, not the addresses as written") {
  Parsed p("[Apply](/apply/#how) and ![Cake](/assets/cake.png)\n");
  REQUIRE(p.doc->links().size() == 2);
  std::string easy = p.doc->RenderHtml({"/easy-read/apply/", "/assets/cake.1a2b3c4d5e.png"});
  CHECK(easy ==
        "<p><a href=\"/easy-read/apply/\">Apply</a> and "
        "<img src=\"/assets/cake.1a2b3c4d5e.png\" alt=\"Cake\" /></p>\n");
  // The same parse renders again for another version.
  std::string standard = p.doc->RenderHtml({"/apply/#how", "/assets/cake.1a2b3c4d5e.png"});
  CHECK_THAT(standard, Contains("<a href=\"/apply/#how\">Apply</a>"));
}

TEST_CASE("table header cells say which column they head") {
  Parsed p("| Age | Amount |\n|:----|------:|\n| 16 | £100 |\n");
  std::string html = p.Html();
  CHECK(Count(html, "<th ") == 2);
  CHECK(Count(html, "scope=\"col\"") == 2);
  CHECK_THAT(html, Contains("<thead>"));
  CHECK_THAT(html, Contains("<th scope=\"col\" style=\"text-align: left\">Age</th>"));
  CHECK_THAT(html, Contains("<th scope=\"col\" style=\"text-align: right\">Amount</th>"));
  CHECK_THAT(html, Contains("<td style=\"text-align: left\">16</td>"));
  REQUIRE(p.doc->blocks().size() == 1);
  CHECK(p.doc->blocks()[0].kind == MarkdownBlock::Kind::kTable);
}

TEST_CASE("a table scrolls in a keyboard-reachable region named by the heading before it") {
  Parsed named("## Amounts\n\n| Age | Amount |\n|---|---|\n| 16 | £100 |\n");
  CHECK_THAT(named.Html(), Contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" "
                                    "aria-labelledby=\"amounts\">\n<table>"));
  Parsed unnamed("| Age | Amount |\n|---|---|\n| 16 | £100 |\n");
  CHECK_THAT(unnamed.Html(), Contains("role=\"region\" tabindex=\"0\" aria-label=\"Table\">"));
  CHECK(Count(unnamed.Html(), "</table>\n</div>") == 1);
}

TEST_CASE("footnotes render as a numbered list with links both ways") {
  Parsed p("Money for college[^1].\n\n[^1]: Paid each term.\n");
  std::string html = p.Html();
  CHECK_THAT(html, Contains("<a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a>"));
  CHECK_THAT(html, Contains("<section class=\"footnotes\" data-footnotes>"));
  CHECK_THAT(html, Contains("<li id=\"fn-1\">"));
  CHECK_THAT(html, Contains("Paid each term."));
  CHECK_THAT(html, Contains("href=\"#fnref-1\""));
}

TEST_CASE("task lists, strikethrough and autolinks render as GitHub does") {
  Parsed p(
      "- [ ] Fill in the form\n"
      "- [x] Ask a carer\n"
      "\n"
      "~~Closed~~ open. See www.example.org or <https://example.org/help>.\n");
  std::string html = p.Html();
  CHECK_THAT(html, Contains("<li><input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" /> "
                            "Fill in the form</li>"));
  CHECK_THAT(
      html,
      Contains(
          "<li><input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" /> Ask a "
          "carer</li>"));
  CHECK_THAT(html, Contains("<del>Closed</del>"));
  CHECK_THAT(html, Contains("<a href=\"http://www.example.org\">www.example.org</a>"));
  CHECK_THAT(html, Contains("<a href=\"https://example.org/help\">https://example.org/help</a>"));
  const auto& links = p.doc->links();
  REQUIRE(links.size() == 2);
  CHECK(links[0].url == "http://www.example.org");
  CHECK(links[1].url == "https://example.org/help");
  CHECK(p.Report() == "");
}

TEST_CASE("a paragraph that opens with a picture becomes a picture block") {
  Parsed p("![Money](picture:money) You can get money for college.\n");
  REQUIRE(p.doc->links().size() == 1);
  REQUIRE(p.doc->blocks().size() == 1);
  CHECK(p.doc->blocks()[0].starts_with_picture);
  CHECK(p.doc->blocks()[0].images == std::vector<size_t>{0});
  CHECK(p.doc->blocks()[0].text == "You can get money for college.");
  CHECK(p.doc->RenderHtml({"/assets/easy-read/money.1a2b3c4d5e.svg"}) ==
        "<div class=\"picture-block\">\n"
        "<div class=\"picture\">\n"
        "<img src=\"/assets/easy-read/money.1a2b3c4d5e.svg\" alt=\"Money\" /></div>\n"
        "<div class=\"words\">\n"
        "<p>You can get money for college.\n"
        "</p>\n"
        "</div>\n"
        "</div>\n");
}

TEST_CASE("words on the line after the picture join its block") {
  Parsed p("![Home](picture:home)\nYou can live here.\n");
  std::string html = p.doc->RenderHtml({"/home.svg"});
  CHECK_THAT(html, Contains("<div class=\"words\">\n<p>You can live here.\n</p>"));
  CHECK_THAT(html, Contains("<div class=\"picture-block\">"));
}

TEST_CASE("a picture later in a paragraph, or an ordinary image first, is no picture block") {
  auto text = GENERATE(as<std::string>{}, "Words ![Money](picture:money)\n",
                       "![A cake](/assets/cake.png) Words\n");
  CAPTURE(text);
  Parsed p(text);
  REQUIRE(p.doc->blocks().size() == 1);
  CHECK_FALSE(p.doc->blocks()[0].starts_with_picture);
  CHECK_THAT(p.Html(), !Contains("picture-block"));
  CHECK(p.Html().rfind("<p>", 0) == 0);
}

TEST_CASE("SetImageAlt fills an empty alt text and leaves a written one alone") {
  Parsed p("![](picture:home) Home.\n\n![Money](picture:money) Money.\n");
  REQUIRE(p.doc->links().size() == 2);
  CHECK(p.doc->links()[0].text == "");
  p.doc->SetImageAlt(0, "A house");
  p.doc->SetImageAlt(1, "A pile of coins");
  CHECK(p.doc->links()[0].text == "A house");
  CHECK(p.doc->links()[1].text == "Money");
  CHECK_THROWS_AS(p.doc->SetImageAlt(2, "x"), std::out_of_range);
  std::string html = p.Html();
  CHECK_THAT(html, Contains("alt=\"A house\""));
  CHECK_THAT(html, Contains("alt=\"Money\""));
  CHECK_THAT(html, !Contains("A pile of coins"));
  // Once rendered, the tree is gone: later alt texts are ignored rather than a crash.
  p.doc->SetImageAlt(0, "Too late");
  CHECK_THAT(p.Html(), !Contains("Too late"));
}

TEST_CASE("blocks summarise the top level of the document") {
  Parsed p(
      "Para [a](/x/) and *some* words\n"  // 1
      "on two lines.\n"                   // 2
      "\n"
      "## A heading\n"  // 4
      "\n"
      "- one\n"  // 6
      "- two ![Pic](/assets/p.png)\n"
      "\n"
      "> quoted _words_\n"  // 9
      "\n"
      "```\n"  // 11
      "code **here**\n"
      "```\n"
      "\n"
      "| a |\n"  // 15
      "|---|\n"
      "| 1 |\n"
      "\n"
      "***\n",  // 19
      20);
  using Kind = MarkdownBlock::Kind;
  const auto& blocks = p.doc->blocks();
  REQUIRE(blocks.size() == 7);
  CHECK(blocks[0].kind == Kind::kParagraph);
  CHECK(blocks[1].kind == Kind::kHeading);
  CHECK(blocks[2].kind == Kind::kList);
  CHECK(blocks[3].kind == Kind::kQuote);
  CHECK(blocks[4].kind == Kind::kCode);
  CHECK(blocks[5].kind == Kind::kTable);
  CHECK(blocks[6].kind == Kind::kOther);
  CHECK(blocks[0].text == "Para a and some words on two lines.");
  CHECK(blocks[1].text == "A heading");
  CHECK(blocks[2].text == "one\n\ntwo");  // items are lines; the image's alt text is left out
  CHECK(blocks[3].text == "quoted words");
  CHECK(blocks[4].text == "code **here**\n");
  // Locations of the blocks other than the heading (see the test below).
  CHECK(blocks[0].location.line == 20);
  CHECK(blocks[2].location.line == 25);
  CHECK(blocks[3].location.line == 28);
  CHECK(blocks[4].location.line == 30);
  CHECK(blocks[5].location.line == 34);
  CHECK(blocks[6].location.line == 38);
  CHECK(blocks[2].images == std::vector<size_t>{1});
  CHECK(blocks[0].images.empty());
  REQUIRE(blocks[0].emphasis.size() == 1);
  CHECK(blocks[0].emphasis[0].line == 20);
  CHECK(blocks[0].emphasis[0].column == 19);
  REQUIRE(blocks[3].emphasis.size() == 1);
  CHECK(blocks[3].emphasis[0].line == 28);
  CHECK(blocks[3].emphasis[0].column == 10);
}

TEST_CASE("emphasis lists italics only, not bold") {
  Parsed p("**Bold** then *italic* and _more_ and __bold__.\n");
  REQUIRE(p.doc->blocks().size() == 1);
  const auto& emphasis = p.doc->blocks()[0].emphasis;
  REQUIRE(emphasis.size() == 2);
  CHECK(emphasis[0].column == 15);
  CHECK(emphasis[1].column == 28);
}

TEST_CASE("the images of a block are indices into links()") {
  Parsed p("[a](/a/) ![One](/assets/1.png)\n\n[b](/b/) ![Two](/assets/2.png)\n");
  REQUIRE(p.doc->links().size() == 4);
  REQUIRE(p.doc->blocks().size() == 2);
  CHECK(p.doc->blocks()[0].images == std::vector<size_t>{1});
  CHECK(p.doc->blocks()[1].images == std::vector<size_t>{3});
  CHECK(p.doc->links()[3].text == "Two");
}

// Headings are swapped for custom blocks, and raw HTML blocks for new paragraphs; neither
// replacement has a source position, so the block falls back to the document's start.
TEST_CASE("a block made from a heading or from raw HTML keeps its own line") {
  auto text = GENERATE(as<std::string>{}, "Intro.\n\n# Help\n", "Intro.\n\n<div>hi</div>\n");
  CAPTURE(text);
  Parsed p(text, 5);
  REQUIRE(p.doc->blocks().size() == 2);
  CHECK(p.doc->blocks()[1].location.line == 7);
  CHECK(p.doc->blocks()[1].location.column == 1);
}

// Footnotes use the ids fn-1 and fnref-1 in the same page as the headings.
TEST_CASE("a heading never takes an id a footnote uses") {
  Parsed p("# Fn 1\n\nText[^1].\n\n[^1]: Note.\n");
  std::string html = p.Html();
  CHECK(Count(html, "id=\"fn-1\"") == 1);
  REQUIRE(p.doc->headings().size() == 1);
  CHECK(p.doc->headings()[0].id != "fn-1");
}

TEST_CASE("links in tables, headings and nested lists are located at their bracket") {
  Parsed p(
      "| a | b |\n"
      "|---|---|\n"
      "| x [l](/t/) | é [m](/u/) |\n"
      "\n"
      "## See [n](/v/)\n"
      "\n"
      "1. one\n"
      "   - nested [o](/w/)\n");
  std::vector<std::pair<int, int>> places;
  for (const auto& link : p.doc->links()) {
    places.emplace_back(link.location.line, link.location.column);
  }
  CHECK(places == std::vector<std::pair<int, int>>{{3, 5}, {3, 18}, {5, 8}, {8, 13}});
}

// Authors who wrap lines at a fixed width often split a link's words over two lines.
// cmark-gfm gives such a link the line of its closing bracket.
TEST_CASE("a link whose words wrap onto the next line is located at its opening bracket") {
  Parsed p("Read the notes and [the form for\ncarers](/carers/form/) today.\n", 4);
  REQUIRE(p.doc->links().size() == 1);
  const SourceLocation& where = p.doc->links()[0].location;
  CHECK(where.line == 4);
  CHECK(where.column == 20);
}

TEST_CASE("blocks give a heading's level, a list's items with their depth and a table's rows") {
  Parsed p(
      "### Third level\n"
      "\n"
      "- one ![Pic](/assets/p.png)\n"
      "  - inner *a*\n"
      "  - inner b\n"
      "- two\n"
      "\n"
      "  second paragraph\n"
      "\n"
      "4) four\n"
      "5) five\n"
      "\n"
      "| Name | Age |\n"
      "|---|---|\n"
      "| **Sam** | 17 |\n");
  const auto& blocks = p.doc->blocks();
  REQUIRE(blocks.size() == 4);
  CHECK(blocks[0].level == 3);
  CHECK(blocks[1].level == 0);
  REQUIRE(blocks[1].items.size() == 4);
  CHECK(blocks[1].items[0].depth == 1);
  CHECK(blocks[1].items[0].marker == "");
  CHECK(blocks[1].items[0].text == "one");
  CHECK(blocks[1].items[1].depth == 2);
  CHECK(blocks[1].items[1].text == "inner a");
  CHECK(blocks[1].items[2].depth == 2);
  CHECK(blocks[1].items[2].text == "inner b");
  CHECK(blocks[1].items[3].depth == 1);
  CHECK(blocks[1].items[3].text == "two second paragraph");
  REQUIRE(blocks[2].items.size() == 2);
  CHECK(blocks[2].items[0].marker == "4)");
  CHECK(blocks[2].items[1].marker == "5)");
  CHECK(blocks[2].items[1].text == "five");
  CHECK(blocks[3].rows == std::vector<std::vector<std::string>>{{"Name", "Age"}, {"Sam", "17"}});
  CHECK(blocks[3].items.empty());
}

namespace {

// A block's prose runs as "line:column[text]" pieces; separators show as "[ ]" and "[\n]".
std::string Runs(const MarkdownBlock& block) {
  std::string out;
  for (const MarkdownTextRun& run : block.prose) {
    if (run.line > 0) out += std::to_string(run.line) + ":" + std::to_string(run.column);
    out += "[" + run.text + "]";
  }
  return out;
}

}  // namespace

TEST_CASE("prose runs leave out code, link addresses, autolinks and pictures", "[language]") {
  Parsed p(
      "Some *placement* and `code placement` then\n"
      "[a link](/placement/) <https://x.org/> www.example.org ![Pic](/p.png) end.\n",
      3);
  REQUIRE(p.doc->blocks().size() == 1);
  CHECK(Runs(p.doc->blocks()[0]) ==
        "3:1[Some ]3:7[placement]3:17[ and ]3:38[ then][ ]4:2[a link]4:22[ ]4:39[ ]4:55[ ]"
        "4:70[ end.]");
}

TEST_CASE("prose runs point at their words on indented, lazy and quoted lines", "[language]") {
  // cmark's own inline columns ignore the indentation of continuation lines.
  Parsed p(
      "para one\n"
      "   indented three\n"
      "\n"
      "> quote\n"
      "lazy line\n"
      ">    deep\n"
      "\n"
      "- item\n"
      "     cont five\n");
  REQUIRE(p.doc->blocks().size() == 3);
  CHECK(Runs(p.doc->blocks()[0]) == "1:1[para one][ ]2:4[indented three]");
  CHECK(Runs(p.doc->blocks()[1]) == "4:3[quote][ ]5:1[lazy line][ ]6:6[deep]");
  CHECK(Runs(p.doc->blocks()[2]) == "8:3[item][ ]9:6[cont five]");
}

TEST_CASE("prose runs split at escapes and entities so every word keeps its column", "[language]") {
  Parsed p(
      "A caf&eacute; x\\_y &amp; z\n\n# Head *x* &copy; y\n\n| cell one | two |\n|--|--|\n"
      "| three | four |\n");
  REQUIRE(p.doc->blocks().size() == 3);
  CHECK(Runs(p.doc->blocks()[0]) == "1:1[A caf]1:6[é]1:14[ x]1:17[_y ]1:20[&]1:25[ z]");
  CHECK(Runs(p.doc->blocks()[1]) == "3:3[Head ]3:9[x]3:11[ ]3:12[©]3:18[ y]");
  CHECK(Runs(p.doc->blocks()[2]) == "5:3[cell one][\n]5:14[two][\n]7:3[three][\n]7:11[four]");
}

TEST_CASE("each callout type renders as an aside named by its visible title", "[callouts]") {
  Parsed info("> [!INFO]\n> The hub is open on Saturdays.\n");
  CHECK(info.Html() ==
        "<aside class=\"callout callout-info\" aria-labelledby=\"callout-info\">\n"
        "<p class=\"callout-title\" id=\"callout-info\">Information</p>\n"
        "<p>The hub is open on Saturdays.</p>\n"
        "</aside>\n");
  Parsed warning("> [!WARNING]\n> You must apply before your 21st birthday.\n");
  CHECK(warning.Html() ==
        "<aside class=\"callout callout-warning\" aria-labelledby=\"callout-warning\">\n"
        "<p class=\"callout-title\" id=\"callout-warning\">Warning</p>\n"
        "<p>You must apply before your 21st birthday.</p>\n"
        "</aside>\n");
  Parsed contact(
      "> [!CONTACT]\n> Phone the leaving care team on [0100 000 000](tel:0100000000).\n");
  CHECK(contact.Html() ==
        "<aside class=\"callout callout-contact\" aria-labelledby=\"callout-contact\">\n"
        "<p class=\"callout-title\" id=\"callout-contact\">Who to contact</p>\n"
        "<p>Phone the leaving care team on <a href=\"tel:0100000000\">0100 000 000</a>.</p>\n"
        "</aside>\n");
  CHECK(info.Report() == "");
  CHECK(warning.Report() == "");
  CHECK(contact.Report() == "");
}

TEST_CASE("[!NOTE] is an information callout and the type ignores case", "[callouts]") {
  auto marker = GENERATE(as<std::string>{}, "[!NOTE]", "[!note]", "[!Info]", "[!iNfO]");
  Parsed p("> " + marker + "\n> Words.\n");
  CHECK(p.Html() ==
        "<aside class=\"callout callout-info\" aria-labelledby=\"callout-info\">\n"
        "<p class=\"callout-title\" id=\"callout-info\">Information</p>\n"
        "<p>Words.</p>\n"
        "</aside>\n");
  Parsed w("> [!Warning]\n> Words.\n");
  CHECK_THAT(w.Html(), Contains("<p class=\"callout-title\" id=\"callout-warning\">Warning</p>"));
}

TEST_CASE("a callout holds lists, links and several paragraphs", "[callouts]") {
  Parsed p(
      "> [!CONTACT]\n"
      "> Ask your **personal adviser**:\n"
      ">\n"
      "> - by phone\n"
      "> - by [email](mailto:team@example.org)\n");
  CHECK(p.Html() ==
        "<aside class=\"callout callout-contact\" aria-labelledby=\"callout-contact\">\n"
        "<p class=\"callout-title\" id=\"callout-contact\">Who to contact</p>\n"
        "<p>Ask your <strong>personal adviser</strong>:</p>\n"
        "<ul>\n"
        "<li>by phone</li>\n"
        "<li>by <a href=\"mailto:team@example.org\">email</a></li>\n"
        "</ul>\n"
        "</aside>\n");
  REQUIRE(p.doc->links().size() == 1);
  CHECK(p.doc->links()[0].location.line == 5);
  CHECK(p.doc->links()[0].location.column == 8);
}

TEST_CASE("callout ids are unique and keep clear of heading and theme ids", "[callouts]") {
  Parsed p(
      "# Callout warning\n\n"
      "> [!WARNING]\n> One.\n\n"
      "> [!WARNING]\n> Two.\n\n"
      "> [!NOTE]\n> Three.\n\n"
      "## Callout warning\n");
  std::string html = p.Html();
  // Headings keep the ids they had before any callout was written.
  CHECK(p.doc->headings()[0].id == "callout-warning");
  CHECK(p.doc->headings()[1].id == "callout-warning-2");
  CHECK_THAT(html, Contains("aria-labelledby=\"callout-warning-3\">\n"
                            "<p class=\"callout-title\" id=\"callout-warning-3\">Warning</p>\n"
                            "<p>One.</p>"));
  CHECK_THAT(html, Contains("aria-labelledby=\"callout-warning-4\">\n"
                            "<p class=\"callout-title\" id=\"callout-warning-4\">Warning</p>\n"
                            "<p>Two.</p>"));
  CHECK_THAT(html, Contains("id=\"callout-info\">Information</p>\n<p>Three.</p>"));
  MarkdownOptions options;
  options.reserved_ids = {"callout-info"};
  Diagnostics diagnostics;
  auto doc = MarkdownDocument::Parse(kFile, "> [!INFO]\n> x\n", 1, options, diagnostics);
  CHECK_THAT(doc->RenderHtml({}), Contains("id=\"callout-info-2\">Information</p>"));
}

TEST_CASE("plain block quotes and markers not alone on their line stay quotes", "[callouts]") {
  Parsed plain("> Just a quote.\n");
  CHECK(plain.Html() == "<blockquote>\n<p>Just a quote.</p>\n</blockquote>\n");
  Parsed same_line("> [!WARNING] Apply soon.\n");
  CHECK(same_line.Html() == "<blockquote>\n<p>[!WARNING] Apply soon.</p>\n</blockquote>\n");
  Parsed later("> Words first.\n>\n> [!WARNING]\n> More.\n");
  CHECK_THAT(later.Html(), Contains("<blockquote>"));
  CHECK_THAT(later.Html(), !Contains("<aside"));
  Parsed not_first("Text\n\n[!WARNING]\n");
  CHECK(not_first.Html() == "<p>Text</p>\n<p>[!WARNING]</p>\n");
  CHECK(plain.Report() == "");
  CHECK(same_line.Report() == "");
}

TEST_CASE("a callout is summarised as a quote with its title and without its marker",
          "[callouts]") {
  Parsed p("> [!WARNING]\n> Apply by *June*.\n");
  REQUIRE(p.doc->blocks().size() == 1);
  const MarkdownBlock& block = p.doc->blocks()[0];
  CHECK(block.kind == MarkdownBlock::Kind::kQuote);
  CHECK(block.callout_title == "Warning");
  CHECK(block.text == "Apply by June.");
  CHECK(block.location.line == 1);
  CHECK(block.location.column == 1);
  REQUIRE(block.emphasis.size() == 1);
  CHECK(block.emphasis[0].line == 2);
  std::string words;
  for (const auto& run : block.prose) words += run.text;
  CHECK(words == "Apply by June.");
  REQUIRE(!block.prose.empty());
  CHECK(block.prose[0].line == 2);
  CHECK(block.prose[0].column == 3);
  Parsed plain("> Plain.\n");
  CHECK(plain.doc->blocks()[0].callout_title == "");
}

TEST_CASE("a callout nested in a list item is a callout too", "[callouts]") {
  Parsed p("- Step one\n\n  > [!INFO]\n  > Bring ID.\n");
  CHECK_THAT(p.Html(),
             Contains("<li>\n<p>Step one</p>\n"
                      "<aside class=\"callout callout-info\" aria-labelledby=\"callout-info\">\n"
                      "<p class=\"callout-title\" id=\"callout-info\">Information</p>\n"
                      "<p>Bring ID.</p>\n"
                      "</aside>\n</li>"));
}

TEST_CASE("an unknown callout type is an error at its marker, with the types", "[callouts]") {
  Parsed p("Intro.\n\n> [!DANGER]\n> Keep out.\n", 3);
  CHECK(p.Report() ==
        "content/a.md:5:3: error: unknown callout type '[!DANGER]'\n"
        "    > [!DANGER]\n"
        "      ^\n"
        "    hint: the callout types are [!INFO] (or [!NOTE]), [!WARNING] and [!CONTACT]\n"
        "1 error, 0 warnings\n");
  // Shown as written, so nothing is lost while the author fixes it.
  CHECK(p.Html() == "<p>Intro.</p>\n<blockquote>\n<p>[!DANGER]\nKeep out.</p>\n</blockquote>\n");
  Parsed typo("> [!WARNNG]\n> Keep out.\n");
  CHECK(typo.Report() ==
        "content/a.md:1:3: error: unknown callout type '[!WARNNG]'; did you mean '[!WARNING]'?\n"
        "    > [!WARNNG]\n"
        "      ^\n"
        "    hint: the callout types are [!INFO] (or [!NOTE]), [!WARNING] and [!CONTACT]\n"
        "1 error, 0 warnings\n");
}
