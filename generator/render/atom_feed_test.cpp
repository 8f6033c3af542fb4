// The Atom feeds are checked as a feed reader would read them: parsed by libxml2, validated
// against the RFC 4287 schema (tests/atom/atom.rng, written from the RFC's Appendix B), and
// checked in code for the rules of the RFC's text that a schema cannot say.
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <regex>
#include <set>

#include "pipeline/pipeline.h"

using namespace hearth;

namespace {

const char kAtom[] = "http://www.w3.org/2005/Atom";

std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> Parse(const std::string& xml) {
  return {
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "feed.xml", nullptr, XML_PARSE_NONET),
      xmlFreeDoc};
}

// Whether the document is valid against the RFC 4287 schema.
bool ValidAtom(xmlDoc* doc) {
  std::string schema = std::string(HEARTH_SOURCE_DIR) + "/tests/atom/atom.rng";
  std::unique_ptr<xmlRelaxNGParserCtxt, void (*)(xmlRelaxNGParserCtxtPtr)> parser(
      xmlRelaxNGNewParserCtxt(schema.c_str()), xmlRelaxNGFreeParserCtxt);
  std::unique_ptr<xmlRelaxNG, void (*)(xmlRelaxNGPtr)> rng(xmlRelaxNGParse(parser.get()),
                                                           xmlRelaxNGFree);
  REQUIRE(rng);
  std::unique_ptr<xmlRelaxNGValidCtxt, void (*)(xmlRelaxNGValidCtxtPtr)> valid(
      xmlRelaxNGNewValidCtxt(rng.get()), xmlRelaxNGFreeValidCtxt);
  return xmlRelaxNGValidateDoc(valid.get(), doc) == 0;
}

// The text of every node an XPath (with the prefix a: for Atom) selects, from `context`.
std::vector<std::string> Select(xmlDoc* doc, const std::string& path, xmlNode* context = nullptr) {
  std::unique_ptr<xmlXPathContext, void (*)(xmlXPathContextPtr)> ctx(xmlXPathNewContext(doc),
                                                                     xmlXPathFreeContext);
  xmlXPathRegisterNs(ctx.get(), BAD_CAST "a", BAD_CAST kAtom);
  if (context) ctx->node = context;
  std::unique_ptr<xmlXPathObject, void (*)(xmlXPathObjectPtr)> result(
      xmlXPathEvalExpression(BAD_CAST path.c_str(), ctx.get()), xmlXPathFreeObject);
  std::vector<std::string> out;
  if (!result || !result->nodesetval) return out;
  for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
    xmlChar* text = xmlNodeGetContent(result->nodesetval->nodeTab[i]);
    out.push_back(text ? reinterpret_cast<const char*>(text) : "");
    xmlFree(text);
  }
  return out;
}

std::vector<xmlNode*> Nodes(xmlDoc* doc, const std::string& path) {
  std::unique_ptr<xmlXPathContext, void (*)(xmlXPathContextPtr)> ctx(xmlXPathNewContext(doc),
                                                                     xmlXPathFreeContext);
  xmlXPathRegisterNs(ctx.get(), BAD_CAST "a", BAD_CAST kAtom);
  std::unique_ptr<xmlXPathObject, void (*)(xmlXPathObjectPtr)> result(
      xmlXPathEvalExpression(BAD_CAST path.c_str(), ctx.get()), xmlXPathFreeObject);
  std::vector<xmlNode*> out;
  if (!result || !result->nodesetval) return out;
  for (int i = 0; i < result->nodesetval->nodeNr; ++i)
    out.push_back(result->nodesetval->nodeTab[i]);
  return out;
}

bool IsAbsoluteIri(const std::string& iri) {
  return std::regex_match(iri, std::regex("[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+"));
}

bool IsRfc3339(const std::string& text) {
  return std::regex_match(
      text, std::regex("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})"));
}

// The rules of RFC 4287's text that its schema leaves out (sections 4.1.1, 4.1.2, 3.3, 4.2.6,
// 4.2.7): each failure as a sentence, so a test failure says which.
std::vector<std::string> RuleBreaks(xmlDoc* doc) {
  std::vector<std::string> broken;
  if (Select(doc, "/a:feed/@xml:lang").empty()) broken.push_back("the feed has no xml:lang");
  bool feed_author = !Select(doc, "/a:feed/a:author").empty();
  // 4.1.1: at most one alternate link per type and hreflang, in the feed and each entry.
  auto check_alternates = [&](xmlNode* parent, const std::string& where) {
    std::set<std::string> seen;
    for (xmlNode* child = parent->children; child; child = child->next) {
      if (child->type != XML_ELEMENT_NODE || xmlStrcmp(child->name, BAD_CAST "link")) continue;
      xmlChar* rel = xmlGetProp(child, BAD_CAST "rel");
      xmlChar* type = xmlGetProp(child, BAD_CAST "type");
      xmlChar* lang = xmlGetProp(child, BAD_CAST "hreflang");
      xmlChar* href = xmlGetProp(child, BAD_CAST "href");
      bool alternate = !rel || !xmlStrcmp(rel, BAD_CAST "alternate");
      std::string key =
          std::string(type ? (const char*)type : "") + "|" + (lang ? (const char*)lang : "");
      if (alternate && !seen.insert(key).second) broken.push_back(where + ": two alternate links");
      if (!href || !IsAbsoluteIri((const char*)href)) {
        broken.push_back(where + ": a link whose href is not an absolute IRI");
      }
      for (xmlChar* p : {rel, type, lang, href}) xmlFree(p);
    }
  };
  check_alternates(xmlDocGetRootElement(doc), "feed");
  for (const std::string& id : Select(doc, "/a:feed/a:id | /a:feed/a:entry/a:id")) {
    if (!IsAbsoluteIri(id)) broken.push_back("the id '" + id + "' is not an absolute IRI");
  }
  for (const std::string& date : Select(doc, "//a:updated | //a:published")) {
    if (!IsRfc3339(date)) broken.push_back("the date '" + date + "' is not RFC 3339");
  }
  std::set<std::string> ids;
  for (xmlNode* entry : Nodes(doc, "/a:feed/a:entry")) {
    std::string id = Select(doc, "a:id", entry).at(0);
    check_alternates(entry, "entry " + id);
    if (!ids.insert(id).second) broken.push_back("two entries have the id " + id);
    if (!feed_author && Select(doc, "a:author | a:source/a:author", entry).empty()) {
      broken.push_back("entry " + id + " has no author and the feed has none");
    }
    bool content = !Select(doc, "a:content", entry).empty();
    bool alternate = !Select(doc, "a:link[not(@rel) or @rel='alternate']", entry).empty();
    if (!content && !alternate) broken.push_back("entry " + id + " has neither content nor link");
    bool out_of_line = !Select(doc, "a:content/@src", entry).empty();
    if (out_of_line && Select(doc, "a:summary", entry).empty()) {
      broken.push_back("entry " + id + " has content by reference and no summary");
    }
  }
  return broken;
}

std::map<std::string, std::string> Build(MemoryFileSystem& site, std::optional<Date> today = {}) {
  PipelineOptions options;
  options.build.today = today;
  Diagnostics diags;
  MemoryFileSystem no_theme;
  PipelineResult result = RunPipeline(site, no_theme, options, diags);
  INFO(FormatDiagnostics(diags, SiteLineLookup(site)));
  REQUIRE(result.ok);
  std::map<std::string, std::string> files;
  for (const auto& f : result.files) files[f.path] = f.bytes;
  return files;
}

const char kTheme[] = "{{{main}}}";

MemoryFileSystem NewsSite() {
  return MemoryFileSystem({
      {"site.yaml",
       "title: Portal & news\nbase_url: https://portal.example.org/\nlanguage: en-GB\n"
       "description: News <of> the portal.\norganisation: {name: Council & partners}\n"
       "feed: {sections: [news]}\n"},
      {"theme/templates/baseof.mustache", kTheme},
      {"theme/templates/page.mustache", "{{{content}}}"},
      {"theme/templates/404.mustache", "Not found"},
      {"theme/templates/section.mustache", "{{{content}}}"},
      {"content/_index.md", "---\ntitle: Home\n---\n\nWelcome.\n"},
      {"content/about.md", "---\ntitle: About\nupdated: 2024-05-01\n---\n\n## Who we are\n\nUs.\n"},
      {"content/news/_index.md", "---\ntitle: News\n---\n\nThe news.\n"},
      {"content/news/first.md",
       "---\ntitle: \"First <news> & more\"\ndescription: The first one.\ndate: 2023-01-02\n"
       "---\n\nRead [about us](/about/#who-we-are) and [below](#more) <b>now</b>.\n\n"
       "## More\n\nFish & chips.\n"},
      {"content/news/first.easy.md",
       "---\ntitle: Our first news\n---\n\n![Star](picture:star) This is news.\n"},
      {"content/news/second.md",
       "---\ntitle: Second\ndate: 2023-03-04\nupdated: 2023-04-05\n---\n\nNo summary here.\n"},
      {"assets/easy-read/star.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"},
      {"assets/easy-read/pictures.yaml", "star:\n  alt: A star\n"},
  });
}

}  // namespace

TEST_CASE("every version's Atom feed is valid RFC 4287, by the schema and the text",
          "[pledges][feed]") {
  MemoryFileSystem site = NewsSite();
  auto files = Build(site, Date{2026, 11, 2});
  for (const char* path : {"feed.xml", "large-print/feed.xml", "easy-read/feed.xml"}) {
    CAPTURE(path);
    REQUIRE(files.count(path));
    auto doc = Parse(files.at(path));
    REQUIRE(doc);
    CHECK(ValidAtom(doc.get()));
    CHECK(RuleBreaks(doc.get()) == std::vector<std::string>{});
  }
}

TEST_CASE("the Atom feed says when, who, where and what, with entries newest first",
          "[pledges][feed]") {
  MemoryFileSystem site = NewsSite();
  auto files = Build(site, Date{2026, 11, 2});
  auto doc = Parse(files.at("feed.xml"));
  REQUIRE(doc);
  xmlDoc* d = doc.get();
  CHECK(Select(d, "/a:feed/@xml:lang") == std::vector<std::string>{"en-GB"});
  CHECK(Select(d, "/a:feed/a:title") == std::vector<std::string>{"Portal & news"});
  CHECK(Select(d, "/a:feed/a:subtitle") == std::vector<std::string>{"News <of> the portal."});
  CHECK(Select(d, "/a:feed/a:id") ==
        std::vector<std::string>{"https://portal.example.org/feed.xml"});
  CHECK(Select(d, "/a:feed/a:author/a:name") == std::vector<std::string>{"Council & partners"});
  // The newest entry's date, not the build date and not the undated pages'.
  CHECK(Select(d, "/a:feed/a:updated") == std::vector<std::string>{"2023-04-05T00:00:00Z"});
  CHECK(Select(d, "/a:feed/a:entry/a:id") ==
        std::vector<std::string>{"https://portal.example.org/news/second/",
                                 "https://portal.example.org/news/first/"});
  CHECK(Select(d, "/a:feed/a:entry/a:title") ==
        std::vector<std::string>{"Second", "First <news> & more"});
  CHECK(Select(d, "/a:feed/a:entry/a:published") ==
        std::vector<std::string>{"2023-03-04T00:00:00Z", "2023-01-02T00:00:00Z"});
  CHECK(Select(d, "/a:feed/a:entry/a:updated") ==
        std::vector<std::string>{"2023-04-05T00:00:00Z", "2023-01-02T00:00:00Z"});
  // Only the entry with a description has a summary.
  CHECK(Select(d, "/a:feed/a:entry/a:summary") == std::vector<std::string>{"The first one."});
  // The content is the page's HTML, escaped once, with links made absolute so a feed reader
  // can follow them; raw HTML in the Markdown stays text.
  CHECK(Select(d, "/a:feed/a:entry[2]/a:content/@type") == std::vector<std::string>{"html"});
  CHECK(Select(d, "/a:feed/a:entry[2]/a:content") ==
        std::vector<std::string>{
            "<p>Read <a href=\"https://portal.example.org/about/#who-we-are\">about us</a> and "
            "<a href=\"https://portal.example.org/news/first/#more\">below</a> &lt;b&gt;now&lt;/"
            "b&gt;.</p>\n<h2 id=\"more\">\nMore\n</h2>\n<p>Fish &amp; chips.</p>\n"});
}

TEST_CASE("a version's feed links to its own pages and carries only the text written for it",
          "[pledges][feed]") {
  MemoryFileSystem site = NewsSite();
  auto files = Build(site, Date{2026, 11, 2});
  auto doc = Parse(files.at("easy-read/feed.xml"));
  REQUIRE(doc);
  xmlDoc* d = doc.get();
  CHECK(Select(d, "/a:feed/a:title") == std::vector<std::string>{"Portal & news (Easy read)"});
  CHECK(Select(d, "/a:feed/a:link[@rel='alternate']/@href") ==
        std::vector<std::string>{"https://portal.example.org/easy-read/"});
  CHECK(Select(d, "/a:feed/a:entry/a:link/@href") ==
        std::vector<std::string>{"https://portal.example.org/easy-read/news/second/",
                                 "https://portal.example.org/easy-read/news/first/"});
  // The first news item has easy-read words and title; the second has none yet, so its entry
  // has no content rather than the standard words.
  CHECK(Select(d, "/a:feed/a:entry/a:title") ==
        std::vector<std::string>{"Second", "Our first news"});
  CHECK(Select(d, "/a:feed/a:entry[1]/a:content").empty());
  auto easy = Select(d, "/a:feed/a:entry[2]/a:content");
  REQUIRE(easy.size() == 1);
  CHECK(easy[0].find("This is news.") != std::string::npos);
}

TEST_CASE("a feed with no dated page is updated on the newest page date, else the build date",
          "[pledges][feed]") {
  MemoryFileSystem site = NewsSite();
  site.Write("content/news/first.md", "---\ntitle: First\n---\n\nUndated.\n");
  site.Write("content/news/second.md", "---\ntitle: Second\n---\n\nUndated.\n");
  auto files = Build(site, Date{2026, 11, 2});
  auto doc = Parse(files.at("feed.xml"));
  REQUIRE(doc);
  CHECK(Select(doc.get(), "/a:feed/a:updated") ==
        std::vector<std::string>{"2024-05-01T00:00:00Z"});  // about.md's `updated`
  CHECK(Select(doc.get(), "/a:feed/a:entry").empty());
  CHECK(ValidAtom(doc.get()));

  site.Write("content/about.md", "---\ntitle: About\n---\n\n## Who we are\n\nUs.\n");
  files = Build(site, Date{2026, 11, 2});
  doc = Parse(files.at("feed.xml"));
  CHECK(Select(doc.get(), "/a:feed/a:updated") == std::vector<std::string>{"2026-11-02T00:00:00Z"});
  // With no date anywhere and no build date there is nothing true to say: no feed.
  files = Build(site);
  CHECK_FALSE(files.count("feed.xml"));
}

TEST_CASE("a meeting next year does not make the feed newer than the day it is built",
          "[feed][meetings]") {
  MemoryFileSystem site = NewsSite();
  site.Write("content/news/first.md", "---\ntitle: First\n---\n\nUndated.\n");
  site.Write("content/news/second.md", "---\ntitle: Second\n---\n\nUndated.\n");
  site.Write("content/about.md", "---\ntitle: About\n---\n\nUs.\n");
  site.Write("content/board.md",
             "---\ntitle: Board, 12 January 2027\ntype: meeting\ncommittee: Board\n"
             "date: 2027-01-12\n---\n\nNot held yet.\n");
  site.Write("content/plan.md", "---\ntitle: Plan\nupdated: 2027-03-01\n---\n\nA slip.\n");
  auto files = Build(site, Date{2026, 11, 2});
  auto doc = Parse(files.at("feed.xml"));
  REQUIRE(doc);
  // Neither the meeting's day nor a mistyped future `updated` is later than the build.
  CHECK(Select(doc.get(), "/a:feed/a:updated") == std::vector<std::string>{"2026-11-02T00:00:00Z"});
  site.Write("content/plan.md", "---\ntitle: Plan\nupdated: 2025-03-01\n---\n\nChecked.\n");
  doc = Parse(Build(site, Date{2026, 11, 2}).at("feed.xml"));
  CHECK(Select(doc.get(), "/a:feed/a:updated") == std::vector<std::string>{"2025-03-01T00:00:00Z"});
}
