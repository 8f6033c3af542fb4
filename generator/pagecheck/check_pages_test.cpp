#include "pagecheck/check_pages.h"

#include <catch2/catch.hpp>

#include "config/site_config.h"
#include "content/source_page.h"
#include "pipeline/pipeline.h"

using namespace hearth;

namespace {

std::string Report(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics.Sorted()) {
    out += FormatDiagnostic(d, nullptr);
    out += "\n";
  }
  return out;
}

// A rendered page: a theme header with a picture that has no alt text, then the body.
std::string HtmlPage(const std::string& title, const std::string& body,
                     const std::string& html_attributes = " lang=\"en-GB\"") {
  return "<!DOCTYPE html>\n<html" + html_attributes + "><head><title>" + title +
         "</title></head><body>\n<img src=\"/logo.png\">\n<main>\n" + body +
         "</main></body></html>\n";
}

}  // namespace

TEST_CASE("page findings point at the Markdown and a theme's problem is reported once",
          "[pagecheck]") {
  MemoryFileSystem site(std::map<std::string, std::string>{
      {"site.yaml", "title: Site\nbase_url: https://example.org/\norganisation: {name: Council}\n"},
      {"content/_index.md", "---\ntitle: Home\n---\n\nWelcome.\n"},
      {"content/a.md",
       "---\ntitle: Alpha\n---\n\nSome words and [click here](/b/).\n\n#### Deep\n\n"
       "[Money help](/b/)\n"},
      {"content/b.md", "---\ntitle: Beta\n---\n\n[Money help](https://example.org/)\n"},
  });
  MemoryFileSystem theme(
      std::map<std::string, std::string>{{"templates/404.mustache", "<h1>Not found</h1>"}});
  Diagnostics diagnostics;
  SiteConfig config = LoadSiteConfig(site, diagnostics);
  SourceTree tree = LoadContent(site, config, diagnostics);
  SiteModel model = BuildSiteModel(config, tree, site, theme, {}, diagnostics);
  REQUIRE(Report(diagnostics) == "");

  std::string a_body =
      "<nav><a href=\"/a/\">Standard</a> <a href=\"/large-print/a/\">Large print</a></nav>\n"
      "<h1>Alpha</h1>\n"
      "<p>Some words and <a href=\"PREFIX/b/\">click here</a>.</p>\n"
      "<h4 id=\"deep\">Deep</h4>\n"
      "<p><a href=\"PREFIX/b/\">Money help</a></p>\n";
  auto versioned = [](std::string text, const std::string& prefix) {
    for (size_t at; (at = text.find("PREFIX")) != std::string::npos;) text.replace(at, 6, prefix);
    return text;
  };
  std::vector<RenderedFile> files = {
      {"index.html", HtmlPage("Home", "<h1>Home</h1>\n<p>Welcome.</p>\n")},
      {"a/index.html", HtmlPage("Alpha", versioned(a_body, ""))},
      {"large-print/a/index.html",
       HtmlPage("Alpha (Large print)", versioned(a_body, "/large-print"))},
      {"b/index.html", HtmlPage("Alpha",
                                "<nav><a href=\"/b/\">Standard</a></nav>\n<h1>Beta</h1>\n"
                                "<p><a href=\"https://example.org/\">Money help</a></p>\n")},
      {"404.html", HtmlPage("Not found", "<h1>Not found</h1>\n", "")},
      {"sitemap.xml", "<urlset></urlset>"},
  };
  CheckPages(model, files, {{"themes/t/", &theme}}, diagnostics);
  CHECK(Report(diagnostics) ==
        "content/_index.md: error: the picture /logo.png has no alt text (on 4 pages, such as "
        "/, in the Standard and Large print versions)\n"
        "    hint: alt text says what a picture shows to people who cannot see it; in Markdown, "
        "write it in the square brackets: ![what it shows](/logo.png); it is on pages made "
        "from different files, so it most likely comes from the theme's templates\n"
        "\n"
        "content/a.md:5:16: error: the link text 'click here' does not say where the link goes "
        "(on /a/, in the Standard and Large print versions)\n"
        "    hint: use words that make sense on their own, such as the title of the page it "
        "goes to\n"
        "\n"
        "content/a.md:7:1: error: the heading 'Deep' is level 4 but comes after a level 1 "
        "heading (on /a/, in the Standard and Large print versions)\n"
        "    hint: headings go down one level at a time; in Markdown, a heading under '#' "
        "starts with '##'\n"
        "\n"
        "content/b.md: error: another page, /a/, has the same title 'Alpha' (on /b/, in the "
        "Standard version)\n"
        "    hint: every page needs its own title, so people can tell pages apart in tabs, "
        "bookmarks and search results\n"
        "\n"
        "content/b.md:5:1: error: the link text 'Money help' goes to https://example.org/ here, "
        "but to /b/ on 1 other page, such as /a/ (on /b/, in the Standard version)\n"
        "    hint: the same link words should always go to the same place; change the words of "
        "one of them to say where it goes\n"
        "\n"
        "themes/t/templates/404.mustache: error: this page does not say what language it is in "
        "(lang on <html>) (on /404.html, in the Standard version)\n"
        "    hint: set `language` in site.yaml, such as en-GB\n"
        "\n");
}

TEST_CASE("the sample portal has no page-check problems in any version", "[pagecheck]") {
  RealFileSystem site(HEARTH_SOURCE_DIR);
  RealFileSystem theme(HEARTH_DEFAULT_THEME_DIR);
  PipelineOptions options;
  options.check_pages = true;
  Diagnostics diagnostics;
  PipelineResult result = RunPipeline(site, theme, options, diagnostics);
  INFO(Report(diagnostics));
  CHECK(diagnostics.ErrorCount() == 0);
  CHECK(result.ok);
  CHECK(result.files.size() > 150);
}

TEST_CASE("a theme problem on every page of the portal is reported once", "[pagecheck]") {
  RealFileSystem portal(HEARTH_SOURCE_DIR);
  RealFileSystem theme(HEARTH_DEFAULT_THEME_DIR);
  // The site's own theme folder adds a picture without alt text to every page's footer.
  MemoryFileSystem overlay(std::map<std::string, std::string>{
      {"theme/templates/partials/footer.mustache",
       "<footer><img src=\"/badge.png\"><p>{{site.organisation.name}}</p></footer>\n"}});
  LayeredFileSystem site({&overlay, &portal});
  PipelineOptions options;
  options.check_pages = true;
  Diagnostics diagnostics;
  PipelineResult result = RunPipeline(site, theme, options, diagnostics);
  CHECK_FALSE(result.ok);
  // (The language checks' warnings about the portal's words are not what this is about.)
  std::vector<Diagnostic> items;
  for (const Diagnostic& d : diagnostics.Sorted()) {
    if (d.severity == Severity::kError) items.push_back(d);
  }
  REQUIRE(items.size() == 1);
  // Every page in every version, and the 404 page of each version.
  CHECK(items[0].location.file == "content/_index.md");
  CHECK(items[0].location.line == 0);
  CHECK(items[0].message == "the picture /badge.png has no alt text (on " +
                                std::to_string(result.page_count + 1) +
                                " pages, such as /, in every version)");
}
