#include "pagecheck/page_rules.h"

#include <catch2/catch.hpp>

#include "core/text.h"

using namespace hearth;

namespace {

const char* const kHead =
    "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Page</title></head><body><h1>Page</h1>\n";

// Every finding on a page as "LINE: message", one per line.
std::string FindingsOf(const std::string& html, PageFacts* facts_out = nullptr,
                       PageContext context = {"/here/", {"/here/", "/large-print/here/"}, ""}) {
  PageFacts facts;
  std::string out;
  for (const PageFinding& f : CheckPage(ParseHtml(html), context, facts)) {
    out += std::to_string(f.html_line) + ": " + f.message + "\n";
  }
  if (facts_out) *facts_out = facts;
  return out;
}

// The same for a body below a clean head and h1; the body starts on line 2.
std::string Findings(const std::string& body) { return FindingsOf(kHead + body); }

}  // namespace

TEST_CASE("a well-made page has no page-check findings", "[pagecheck]") {
  PageFacts facts;
  CHECK(FindingsOf(std::string(kHead) +
                       "<p>Read about <a href=\"/money/\">money for care leavers</a>.</p>\n"
                       "<h2 id=\"a\">A</h2><h3>B</h3><h2>C</h2>\n"
                       "<img src=\"/x.png\" alt=\"A family at a table\">\n"
                       "<table><caption>Visits</caption><tr><th>Month</th></tr>"
                       "<tr><td>June</td></tr></table>\n"
                       "<a href=\"#a\">Skip to A</a>\n",
                   &facts) == "");
  REQUIRE(facts.title);
  CHECK(*facts.title == "Page");
  REQUIRE(facts.links.size() == 2);
  CHECK(facts.links[0].name == "money for care leavers");
  CHECK(facts.links[0].destination == "/money/");
  CHECK_FALSE(facts.links[0].about_this_page);
  CHECK(facts.links[1].destination == "#a");
  CHECK(facts.links[1].about_this_page);
}

TEST_CASE("pictures need alt text, and an empty alt only where it is decorative", "[pagecheck]") {
  CHECK(Findings("<img src=\"/a.png\">\n"
                 "<p><img src=\"/b.png\" alt=\"\"></p>\n"
                 "<a href=\"/home/\"><img src=\"/c.png\" alt=\"\"> Home page</a>\n"
                 "<figure><img src=\"/d.png\" alt=\"\"><figcaption>A map of the county"
                 "</figcaption></figure>\n"
                 "<figure><img src=\"/e.png\" alt=\" \"></figure>\n"
                 "<img src=\"/f.png\" alt=\"\" role=\"presentation\">\n"
                 "<img src=\"/g.png\" alt=\"\" aria-hidden=\"true\">\n"
                 "<div hidden><img src=\"/h.png\"></div>\n") ==
        "2: the picture /a.png has no alt text\n"
        "3: the picture /b.png has empty alt text, but nothing marks it as decorative\n"
        "6: the picture /e.png has empty alt text, but nothing marks it as decorative\n");
}

TEST_CASE("a picture alone in a link with an empty alt leaves the link without text",
          "[pagecheck]") {
  CHECK(Findings("<a href=\"/home/\"><img src=\"/c.png\" alt=\"\"></a>\n"
                 "<a href=\"/home/\"><img src=\"/c.png\" alt=\"Home page\"></a>\n") ==
        "2: a link to /home/ has no text\n");
}

TEST_CASE("a drawing with role img needs a name", "[pagecheck]") {
  CHECK(Findings("<svg role=\"img\" viewBox=\"0 0 1 1\"><rect/></svg>\n"
                 "<svg role=\"img\"><title>Visits by month</title></svg>\n"
                 "<svg role=\"img\" aria-labelledby=\"t\"><text id=\"t\">Chart</text></svg>\n"
                 "<svg role=\"img\" aria-label=\"Chart\"></svg>\n"
                 "<svg aria-hidden=\"true\"></svg>\n"
                 "<div role=\"img\"></div>\n") ==
        "2: a drawing or chart (<svg role=\"img\">) has no name\n"
        "7: an element with role=\"img\" has no name\n");
}

TEST_CASE("form fields need labels", "[pagecheck]") {
  CHECK(Findings("<input type=\"text\" id=\"a\">\n"
                 "<label for=\"b\">Your name</label><input id=\"b\">\n"
                 "<label>Postcode <input name=\"p\"></label>\n"
                 "<input type=\"checkbox\" aria-label=\"Done\">\n"
                 "<input type=\"hidden\" name=\"x\"><input type=\"submit\">\n"
                 "<select><option>One</option></select>\n"
                 "<textarea title=\"Your message\"></textarea>\n"
                 "<label for=\"c\"> </label><textarea id=\"c\"></textarea>\n"
                 "<input type=\"button\">\n") ==
        "2: a form field (<input type=\"text\">) has no label\n"
        "7: a form field (<select>) has no label\n"
        "9: a form field (<textarea>) has no label\n"
        "10: a button (input type=\"button\") has no words on it\n");
}

TEST_CASE("a page has exactly one h1", "[pagecheck]") {
  CHECK(FindingsOf("<html lang=\"en\"><title>T</title>\n<h2>Only</h2>\n") ==
        "1: this page has no main heading (<h1>)\n");
  CHECK(Findings("<h1 id=\"again\">Again</h1>\n<h1>And again</h1>\n") ==
        "2: the heading 'Again' is a second main heading (<h1>) on this page\n"
        "3: the heading 'And again' is a second main heading (<h1>) on this page\n");
}

TEST_CASE("headings never skip a level going down", "[pagecheck]") {
  CHECK(Findings("<h2>Money</h2>\n"
                 "<h4 id=\"grants\">Grants</h4>\n"
                 "<h5>Small</h5>\n"
                 "<h2>Homes</h2>\n"
                 "<h3>Rent</h3>\n"
                 "<h6>Deposit</h6>\n"
                 "<h2></h2>\n") ==
        "3: the heading 'Grants' is level 4 but comes after a level 2 heading\n"
        "7: the heading 'Deposit' is level 6 but comes after a level 3 heading\n"
        "8: a heading (<h2>) has no words\n");
  PageFacts facts;
  auto findings =
      CheckPage(ParseHtml(std::string(kHead) + "<h3 id=\"grants\">Grants</h3>"), {}, facts);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].origin == PageFinding::Origin::kHeading);
  CHECK(findings[0].origin_key == "grants");
  CHECK(findings[0].hint ==
        "headings go down one level at a time; in Markdown, a heading under '#' starts with "
        "'##'");
}

TEST_CASE("tables need a caption and header cells", "[pagecheck]") {
  CHECK(Findings("<table><tr><th>A</th></tr><tr><td>1</td></tr></table>\n"
                 "<table aria-label=\"Visits\"><tr><td>1</td></tr></table>\n"
                 "<h2 id=\"v\">Visits</h2><div role=\"region\" aria-labelledby=\"v\">"
                 "<table><tr><th>A</th></tr></table></div>\n"
                 "<div role=\"region\" aria-label=\"Table\"><table><tr><th>A</th></tr>"
                 "</table></div>\n"
                 "<table role=\"presentation\"><tr><td>layout</td></tr></table>\n") ==
        "2: a table has no caption\n"
        "3: the table 'Visits' has no header cells (<th>)\n"
        "5: a table has no caption\n");
}

TEST_CASE("a table with row and column headers needs scope on them", "[pagecheck]") {
  CHECK(Findings("<table><caption>Visits</caption>\n"
                 "<thead><tr><td></td><th>June</th><th>July</th></tr></thead>\n"
                 "<tbody><tr><th>North</th><td>1</td><td>2</td></tr></tbody></table>\n"
                 "<table><caption>Scoped</caption>\n"
                 "<tr><td></td><th scope=\"col\">June</th></tr>\n"
                 "<tr><th scope=\"row\">North</th><td>1</td></tr></table>\n"
                 "<table><caption>Columns only</caption>\n"
                 "<tr><th>June</th><th>July</th></tr><tr><td>1</td><td>2</td></tr></table>\n") ==
        "2: the table 'Visits' has headers for both its rows and its columns, but 3 header "
        "cells without scope\n");
}

TEST_CASE("link text is not empty and not generic", "[pagecheck]") {
  auto text = GENERATE(as<std::string>{}, "click here", "Click here!", "READ MORE", "here.", "More",
                       "  this page ", "Find out more...", "link");
  CAPTURE(text);
  CHECK(IsGenericLinkText(text));
  CHECK(Findings("<a href=\"/x/\">" + text + "</a>\n") ==
        "2: the link text '" + Trim(text) + "' does not say where the link goes\n");
}

TEST_CASE("link text that says where it goes is not generic", "[pagecheck]") {
  auto text = GENERATE(as<std::string>{}, "Read more about the bursary", "Here to help",
                       "more money", "the leaving care team");
  CAPTURE(text);
  CHECK_FALSE(IsGenericLinkText(text));
}

TEST_CASE("a link's text counts picture alt text and aria-label", "[pagecheck]") {
  PageFacts facts;
  CHECK(FindingsOf(std::string(kHead) +
                       "<a href=\"/a/\"><img src=\"/i.png\" alt=\"Money\"> for you</a>\n"
                       "<a href=\"/b/\" aria-label=\"Back to the list\">&#8617;</a>\n"
                       "<a href=\"/c/\"><span aria-hidden=\"true\">&#8594;</span></a>\n"
                       "<a href=\"/d/\"> </a>\n",
                   &facts) ==
        "4: a link to /c/ has no text\n"
        "5: a link to /d/ has no text\n");
  REQUIRE(facts.links.size() == 2);
  CHECK(facts.links[0].name == "Money for you");
  CHECK(facts.links[1].name == "Back to the list");
}

TEST_CASE("the same link text going to two places on a page is reported once per pair",
          "[pagecheck]") {
  CHECK(Findings("<a href=\"/money/\">Money</a>\n"
                 "<a href=\"/money/\">money</a>\n"
                 "<a href=\"/grants/\">Money</a>\n"
                 "<a href=\"/grants/\">Money</a>\n"
                 "<a href=\"https://example.org/\">Money</a>\n") ==
        "4: the link text 'Money' goes to two places on this page: /money/ and /grants/\n"
        "6: the link text 'Money' goes to two places on this page: /money/ and "
        "https://example.org/\n");
}

TEST_CASE("addresses in link messages are shown without the version's prefix", "[pagecheck]") {
  PageContext context{"/large-print/here/", {"/here/", "/large-print/here/"}, "/large-print"};
  CHECK(FindingsOf(std::string(kHead) +
                       "<a href=\"/large-print/a/\">A</a><a href=\"/large-print/b/\">A</a>\n",
                   nullptr, context) ==
        "2: the link text 'A' goes to two places on this page: /a/ and /b/\n");
}

TEST_CASE("links to this page in any version are about this page", "[pagecheck]") {
  PageFacts facts;
  CHECK(FindingsOf(std::string(kHead) + "<a href=\"/large-print/here/\">Large print</a>\n"
                                        "<a href=\"/here/#top\">Top</a>\n"
                                        "<a href=\"/there/\">There</a>\n",
                   &facts) == "");
  REQUIRE(facts.links.size() == 3);
  CHECK(facts.links[0].about_this_page);
  CHECK(facts.links[1].destination == "#top");
  CHECK(facts.links[1].about_this_page);
  CHECK_FALSE(facts.links[2].about_this_page);
}

TEST_CASE("hrefs resolve against the page's address as a browser does", "[pagecheck]") {
  CHECK(ResolveHref("/a/b/", "/x/") == "/a/b/");
  CHECK(ResolveHref("#top", "/x/") == "#top");
  CHECK(ResolveHref("", "/x/") == "/x/");
  CHECK(ResolveHref("/x/#top", "/x/") == "#top");
  CHECK(ResolveHref("data.csv", "/data/survey/") == "/data/survey/data.csv");
  CHECK(ResolveHref("../other/", "/data/survey/") == "/data/other/");
  CHECK(ResolveHref("./", "/data/survey/") == "/data/survey/");
  CHECK(ResolveHref("/a/index.html", "/x/") == "/a/");
  CHECK(ResolveHref("https://example.org/x", "/x/") == "https://example.org/x");
  CHECK(ResolveHref("mailto:help@example.org", "/x/") == "mailto:help@example.org");
  CHECK(ResolveHref("//example.org/x", "/x/") == "https://example.org/x");
  CHECK(CanonicalAddress("/large-print/a/", "/large-print") == "/a/");
  CHECK(CanonicalAddress("/large-printing/", "/large-print") == "/large-printing/");
  CHECK(CanonicalAddress("/a/", "") == "/a/");
}

TEST_CASE("a page needs a non-empty title and a valid language", "[pagecheck]") {
  PageFacts facts;
  CHECK(FindingsOf("<html><head></head><body><h1>A</h1></body></html>", &facts) ==
        "1: this page has no title (<title>)\n"
        "1: this page does not say what language it is in (lang on <html>)\n");
  CHECK_FALSE(facts.title);
  CHECK(FindingsOf("<html lang=\"en_GB\"><head><title> </title></head><body><h1>A</h1>"
                   "<p lang=\"\">x</p></body></html>",
                   &facts) ==
        "1: this page's title (<title>) is empty\n"
        "1: 'en_GB' is not a language tag\n"
        "1: a <p> has an empty lang\n");
  REQUIRE(facts.title);
  CHECK(*facts.title == "");
  // An SVG's <title> is not the page's.
  CHECK(FindingsOf("<html lang=\"en\"><body><h1>A</h1><svg><title>Chart</title></svg></body>"
                   "</html>") == "1: this page has no title (<title>)\n");
}

TEST_CASE("language tags have the shape BCP 47 gives them", "[pagecheck]") {
  auto good =
      GENERATE(as<std::string>{}, "en", "en-GB", "cy", "ar", "fa-IR", "zh-Hant", "zh-Hant-HK",
               "sr-Latn-RS", "es-419", "de-CH-1996", "en-GB-x-easy", "x-private", "EN-gb");
  CAPTURE(good);
  CHECK(IsValidLanguageTag(good));
}

TEST_CASE("words that are not language tags are refused", "[pagecheck]") {
  auto bad =
      GENERATE(as<std::string>{}, "", "e", "en_GB", "english!", "en-", "en-GB-", "123", "en GB");
  CAPTURE(bad);
  CHECK_FALSE(IsValidLanguageTag(bad));
}

TEST_CASE("right-to-left text needs dir and lang on it or an element around it", "[pagecheck]") {
  CHECK(HasRightToLeftText("مرحبا"));
  CHECK(HasRightToLeftText("Hello שלום"));
  CHECK(HasRightToLeftText("ދިވެހި"));  // Thaana
  CHECK_FALSE(HasRightToLeftText("Hello, café, Ελληνικά, Русский"));
  CHECK(Findings("<p>In Arabic: مرحبا بك في بيتك الجديد</p>\n"
                 "<p dir=\"rtl\" lang=\"ar\">مرحبا</p>\n"
                 "<div dir=\"rtl\" lang=\"ur\"><p><b>خوش آمدید</b></p></div>\n"
                 "<p dir=\"rtl\">سلام</p>\n"
                 "<p lang=\"he\">שלום</p>\n"
                 "<p dir=\"ltr\" lang=\"ar\">مرحبا</p>\n") ==
        "2: the right-to-left text 'In Arabic: مرحبا بك في بيتك الجديد' is not marked with "
        "dir=\"rtl\" and lang\n"
        "5: the right-to-left text 'سلام' is not marked with lang\n"
        "6: the right-to-left text 'שלום' is not marked with dir=\"rtl\"\n"
        "7: the right-to-left text 'مرحبا' is not marked with dir=\"rtl\"\n");
  // The lang of <html> is the page's language, not the passage's...
  CHECK(FindingsOf("<html lang=\"en\"><title>T</title><h1>مرحبا</h1>") ==
        "1: the right-to-left text 'مرحبا' is not marked with dir=\"rtl\" and lang\n");
  // ...unless the whole page is right to left.
  CHECK(FindingsOf("<html lang=\"ar\" dir=\"rtl\"><title>T</title><h1>مرحبا</h1>") == "");
}

TEST_CASE("the HTML parser recovers from broken markup as a browser does", "[pagecheck]") {
  HtmlDocument doc = ParseHtml("<p>One<p>Two<ul><li>a<li>b &amp; c</ul><svg><desc>d</desc>");
  std::vector<std::string> tags;
  for (int e : doc.Elements()) tags.push_back(doc.nodes[e].tag);
  CHECK(Join(tags, " ") == "html head body p p ul li li svg desc");
  CHECK(doc.Text(0) == "OneTwoab & cd");
  CHECK(doc.nodes[doc.Elements().back()].in_svg);
}
