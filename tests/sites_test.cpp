// Whole-site tests: fixture sites in tests/sites/NAME/ are built in memory and compared
// with their expected output (expected.txtar); invalid sites in tests/sites_invalid/NAME/
// must fail with exactly the diagnostics in expected.txt; the sample portal in the
// repository must build with every page, version, link target and asset in place; and
// the hearth binary must leave the previous output untouched when a build fails.
//
// HEARTH_UPDATE_EXPECTED=1 rewrites the expected files from the current output; review
// the diff before committing it.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "core/text.h"
#include "downloads/download_cache.h"
#include "downloads/downloads.h"
#include "pipeline/pipeline.h"

namespace fs = std::filesystem;
using namespace hearth;

namespace {

const fs::path kSource = HEARTH_SOURCE_DIR;

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void WriteAll(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

bool Updating() { return std::getenv("HEARTH_UPDATE_EXPECTED") != nullptr; }

std::vector<std::string> Fixtures(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// All output files as one text: "== path ==" then the bytes, for each file.
std::string Txtar(const std::vector<RenderedFile>& files) {
  std::string out;
  for (const auto& file : files) out += "== " + file.path + " ==\n" + file.bytes;
  return out;
}

struct Built {
  Diagnostics diagnostics;
  PipelineResult result;
  std::string report;
};

// One download maker and cache for the builds of this file, so that the sample portal's
// PDFs are printed by Chromium once, not once per test: ctest runs each test case in its
// own process, so the cache is a folder in the build tree. Its keys are content hashes, so
// a changed leaflet, template or Chromium is made again. (The test that two builds are
// identical makes them afresh.)
DownloadMaker& SharedDownloads() {
  static FolderDownloadCache cache(HEARTH_TEST_CACHE_DIR);
  static DownloadMaker maker(cache);
  return maker;
}

std::unique_ptr<Built> BuildSite(const FileSystem& site, const FileSystem& theme,
                                 std::optional<Date> today = std::nullopt) {
  auto built = std::make_unique<Built>();
  PipelineOptions options;
  options.build.today = today;
  options.render.downloads = &SharedDownloads();
  built->result = RunPipeline(site, theme, options, built->diagnostics);
  built->report = FormatDiagnostics(built->diagnostics, SiteLineLookup(site));
  return built;
}

std::map<std::string, std::string> ByPath(const std::vector<RenderedFile>& files) {
  std::map<std::string, std::string> out;
  for (const auto& f : files) out[f.path] = f.bytes;
  return out;
}

// The sample portal, built once for the tests that read it: its build and its files by path.
struct SamplePortal {
  std::unique_ptr<Built> built;
  std::map<std::string, std::string> files;
};

// The sample portal is built as on one fixed day, as `hearth build` would be on that day:
// what is still to come, what is overdue and what is due a check depend on it.
constexpr Date kSampleBuildDate{2026, 11, 22};

const SamplePortal& BuiltSamplePortal() {
  static const SamplePortal portal = [] {
    RealFileSystem site(kSource);
    RealFileSystem theme(HEARTH_DEFAULT_THEME_DIR);
    SamplePortal p;
    p.built = BuildSite(site, theme, kSampleBuildDate);
    p.files = ByPath(p.built->result.files);
    return p;
  }();
  return portal;
}

// The output file a site address is served from, or "" if none.
std::string Served(const std::map<std::string, std::string>& files, std::string url) {
  url = url.substr(0, url.find('#'));
  url = url.substr(0, url.find('?'));
  std::string path = url.substr(1);
  if (path.empty() || EndsWith(path, "/")) path += "index.html";
  return files.count(path) ? path : "";
}

}  // namespace

TEST_CASE("fixture sites build to exactly their expected output") {
  const fs::path folder = kSource / "tests/sites";
  for (const std::string& name : Fixtures(folder)) {
    SECTION(name) {
      RealFileSystem site(folder / name);
      MemoryFileSystem no_default_theme;  // fixtures bring their own small theme
      // A fixture whose output depends on the build date gives it in today.txt.
      std::optional<Date> today;
      if (fs::exists(folder / name / "today.txt")) {
        today = ParseDate(Trim(ReadAll(folder / name / "today.txt")));
      }
      auto built = BuildSite(site, no_default_theme, today);
      INFO(built->report);
      REQUIRE(built->result.ok);
      std::string actual = Txtar(built->result.files);
      fs::path expected_file = folder / name / "expected.txtar";
      if (Updating()) WriteAll(expected_file, actual);
      REQUIRE(fs::exists(expected_file));
      CHECK(actual == ReadAll(expected_file));
      std::string expected_report = ReadAll(folder / name / "expected-warnings.txt");
      if (Updating() && !built->report.empty()) {
        WriteAll(folder / name / "expected-warnings.txt", built->report);
        expected_report = built->report;
      }
      CHECK(built->report == expected_report);
    }
  }
}

TEST_CASE("invalid sites fail with exactly their expected diagnostics") {
  const fs::path folder = kSource / "tests/sites_invalid";
  RealFileSystem theme(HEARTH_DEFAULT_THEME_DIR);
  for (const std::string& name : Fixtures(folder)) {
    SECTION(name) {
      RealFileSystem site(folder / name);
      auto built = BuildSite(site, theme);
      CHECK_FALSE(built->result.ok);
      CHECK(built->result.files.empty());
      fs::path expected_file = folder / name / "expected.txt";
      if (Updating()) WriteAll(expected_file, built->report);
      CHECK(built->report == ReadAll(expected_file));
    }
  }
}

TEST_CASE("the basic fixture puts every page in every version and follows the reading order") {
  RealFileSystem site(kSource / "tests/sites/basic");
  MemoryFileSystem no_default_theme;
  auto built = BuildSite(site, no_default_theme);
  REQUIRE(built->result.ok);
  auto files = ByPath(built->result.files);
  for (const char* page : {"", "guides/", "guides/alpha/", "guides/beta/", "guides/gamma/",
                           "guides/delta/", "news/", "news/first/"}) {
    for (const char* prefix : {"", "large-print/", "easy-read/"}) {
      CAPTURE(page, prefix);
      CHECK(files.count(std::string(prefix) + page + "index.html"));
    }
  }
  CHECK_FALSE(files.count("guides/draft/index.html"));
  // Weighted pages first (beta 1, alpha 2), then newest first (delta, gamma).
  const std::string& guides = files.at("guides/index.html");
  size_t beta = guides.find("Beta guide"), alpha = guides.find("Alpha guide"),
         delta = guides.find("Delta guide"), gamma = guides.find("Gamma guide");
  CHECK(beta < alpha);
  CHECK(alpha < delta);
  CHECK(delta < gamma);
  // Links stay inside the version they are read in.
  CHECK(files.at("large-print/guides/alpha/index.html")
            .find("href=\"/large-print/guides/beta/#how-to-ask\"") != std::string::npos);
  // Easy read of beta has no "how-to-ask" heading, so the link drops the anchor there,
  // and keeps it in a version that shows the heading.
  CHECK(files.at("easy-read/index.html").find("href=\"/easy-read/guides/beta/\"") !=
        std::string::npos);
  CHECK(files.at("large-print/index.html").find("href=\"/large-print/guides/beta/#how-to-ask\"") !=
        std::string::npos);
  // The sitemap lists only real pages: alpha has no easy-read text.
  const std::string& sitemap = files.at("sitemap.xml");
  CHECK(sitemap.find("/easy-read/guides/beta/") != std::string::npos);
  CHECK(sitemap.find("/easy-read/guides/alpha/") == std::string::npos);
  CHECK(sitemap.find("/large-print/guides/alpha/") != std::string::npos);
}

TEST_CASE("hostile front matter and Markdown cannot inject markup or script") {
  MemoryFileSystem site({
      {"site.yaml",
       "title: \"<script>alert('t')</script>\"\nbase_url: https://x.example/\n"
       "organisation: {name: \"<b>Org</b>\", email: \"a@b.c\\\" onclick=\\\"x\"}\n"},
      {"content/_index.md",
       "---\ntitle: \"</title><script>alert(1)</script>\"\n"
       "description: \"\\\" onmouseover=\\\"alert(2)\"\n---\n\n"
       "<script>alert(3)</script>\n\n<img src=x onerror=alert(4)>\n\n"
       "[ok](https://example.org/\"onclick=\"alert(5))\n"},
      {"content/about.md", "---\ntitle: \"<img src=x onerror=alert(6)>\"\n---\n\nText.\n"},
  });
  RealFileSystem theme(HEARTH_DEFAULT_THEME_DIR);
  auto built = BuildSite(site, theme);
  INFO(built->report);
  REQUIRE(built->result.ok);
  for (const auto& file : built->result.files) {
    if (!EndsWith(file.path, ".html") && !EndsWith(file.path, ".xml")) continue;
    CAPTURE(file.path);
    CHECK(file.bytes.find("<script") == std::string::npos);
    CHECK(file.bytes.find("<img src=x") == std::string::npos);
    CHECK(file.bytes.find("<b>Org") == std::string::npos);
    CHECK(file.bytes.find("onmouseover=\"") == std::string::npos);
    CHECK(file.bytes.find("onclick=\"") == std::string::npos);
  }
  // The hostile title is shown as text.
  std::string about;
  for (const auto& file : built->result.files) {
    if (file.path == "about/index.html") about = file.bytes;
  }
  CHECK(about.find("<h1>&lt;img src=x onerror=alert(6)&gt;</h1>") != std::string::npos);
  // Raw HTML is shown as text, and the author is told.
  CHECK(built->report.find("raw HTML is shown as text") != std::string::npos);
}

TEST_CASE("links to javascript: and data: addresses fail the build") {
  MemoryFileSystem site({
      {"site.yaml", "title: T\nbase_url: https://x.example/\norganisation: {name: O}\n"},
      {"content/_index.md",
       "---\ntitle: Home\n---\n\n[a](javascript:alert(1)) [b](data:text/html,x) "
       "![c](data:image/png;base64,AAAA)\n"},
  });
  RealFileSystem theme(HEARTH_DEFAULT_THEME_DIR);
  auto built = BuildSite(site, theme);
  CHECK_FALSE(built->result.ok);
  CHECK(built->report.find("content/_index.md:5:1: error: a link to a 'javascript:' address is "
                           "not allowed") != std::string::npos);
  CHECK(built->report.find("content/_index.md:5:26: error: a link to a 'data:' address is not "
                           "allowed") != std::string::npos);
  CHECK(built->report.find("content/_index.md:5:48: error: a picture to a 'data:' address is "
                           "not allowed") != std::string::npos);
}

TEST_CASE("the sample portal builds with every page, version, link target and asset") {
  RealFileSystem site(kSource);
  RealFileSystem theme(HEARTH_DEFAULT_THEME_DIR);
  auto built = BuildSite(site, theme);
  INFO(built->report);
  REQUIRE(built->result.ok);
  CHECK(built->diagnostics.ErrorCount() == 0);
  auto files = ByPath(built->result.files);

  // Every content page is published in all three versions.
  size_t pages = 0;
  for (const std::string& file : site.ListFiles("content")) {
    if (!EndsWith(file, ".md") || EndsWith(file, ".easy.md")) continue;
    std::string path = file.substr(8, file.size() - 11);
    if (EndsWith(path, "_index"))
      path = path.substr(0, path.size() - 6);
    else
      path += "/";
    for (const char* prefix : {"", "large-print/", "easy-read/"}) {
      CAPTURE(file, prefix);
      CHECK(files.count(std::string(prefix) + path + "index.html"));
    }
    ++pages;
  }
  CHECK(pages >= 40);
  for (const char* must :
       {"index.html", "404.html", "large-print/404.html", "easy-read/404.html", "sitemap.xml",
        "robots.txt", "feed.xml", "local-offer/index.html", "leaflets/your-iro/index.html",
        "pledges/index.html", "meetings/index.html", "news/index.html"}) {
    CAPTURE(must);
    CHECK(files.count(must));
  }

  // Every local link and asset reference in every page resolves to a published file,
  // and every #anchor to an id on the target page.
  std::regex reference(R"re((?:href|src)="(/[^"]*)")re");
  size_t checked = 0;
  for (const auto& [path, bytes] : files) {
    if (!EndsWith(path, ".html")) continue;
    for (std::sregex_iterator it(bytes.begin(), bytes.end(), reference), end; it != end; ++it) {
      std::string url = (*it)[1];
      std::string target = Served(files, url);
      CAPTURE(path, url);
      REQUIRE_FALSE(target.empty());
      size_t hash = url.find('#');
      if (hash != std::string::npos && hash + 1 < url.size()) {
        CHECK(files.at(target).find("id=\"" + url.substr(hash + 1) + "\"") != std::string::npos);
      }
      ++checked;
    }
  }
  CHECK(checked > 1000);

  // Every page has one h1, a lang, a skip link to main, and a title unique in the site.
  std::set<std::string> titles;
  std::regex title_tag("<title>([^<]*)</title>");
  for (const auto& [path, bytes] : files) {
    if (!EndsWith(path, ".html")) continue;
    CAPTURE(path);
    std::smatch m;
    REQUIRE(std::regex_search(bytes, m, title_tag));
    CHECK(titles.insert(m[1]).second);
    CHECK(bytes.find("<html lang=\"en-GB\"") != std::string::npos);
    CHECK(bytes.find("href=\"#main\"") != std::string::npos);
    CHECK(bytes.find("<main id=\"main\"") != std::string::npos);
    size_t h1 = 0;
    for (size_t at = bytes.find("<h1"); at != std::string::npos; at = bytes.find("<h1", at + 1)) {
      ++h1;
    }
    CHECK(h1 == 1);
  }
}

TEST_CASE("the sample local offer lists its entries by area and filters them by age and status",
          "[local-offer]") {
  const SamplePortal& portal = BuiltSamplePortal();
  INFO(portal.built->report);
  REQUIRE(portal.built->result.ok);
  const std::string& index = portal.files.at("local-offer/index.html");
  // The areas in the order of the Children and Social Work Act 2017, then money.
  size_t at = 0;
  for (const char* area :
       {"health-and-wellbeing\">Health and wellbeing", "relationships\">Relationships",
        "education-and-training\">Education and training", "employment\">Employment",
        "accommodation\">Accommodation", "participation-in-society\">Participation in society",
        "money\">Money"}) {
    CAPTURE(area);
    size_t found = index.find(std::string("<h2 id=\"area-") + area + "</h2>", at);
    REQUIRE(found != std::string::npos);
    at = found;
  }
  // Every entry is listed once, under its area, with its key facts.
  size_t money = index.find("<h2 id=\"area-money\">");
  size_t home = index.find("<a href=\"/local-offer/setting-up-home/\">");
  CHECK(home > money);
  CHECK(index.find("<p class=\"offer-facts\">Ages 16 to 25. £3,000, paid once.</p>", home) ==
        index.find("<p class=\"offer-facts\">", home));
  size_t entries = 0;
  for (size_t p = index.find("<li data-from="); p != std::string::npos;
       p = index.find("<li data-from=", p + 1)) {
    ++entries;
  }
  CHECK(entries == 19);
  CHECK(index.find("<li><a href=\"/local-offer/age/21-to-25/\">21 to 25</a></li>") !=
        std::string::npos);
  CHECK(index.find("<li><a href=\"/local-offer/status/former-relevant/\">18 or over and have "
                   "left care (former relevant)</a></li>") != std::string::npos);
  // A band lists what overlaps it: council tax (18 to 25), not the 16 to 19 bursary (16 to 18).
  const std::string& band = portal.files.at("local-offer/age/21-to-25/index.html");
  CHECK(band.find("<h1>What you can get if you are 21 to 25</h1>") != std::string::npos);
  CHECK(band.find("href=\"/local-offer/council-tax/\"") != std::string::npos);
  CHECK(band.find("href=\"/local-offer/bursary-16-to-19/\"") == std::string::npos);
  // The easy-read band links to the easy-read entries.
  const std::string& easy = portal.files.at("easy-read/local-offer/age/21-to-25/index.html");
  CHECK(easy.find("href=\"/easy-read/local-offer/council-tax/\"") != std::string::npos);
  // Every setting up home page shows its At a glance box.
  CHECK(portal.files.at("local-offer/setting-up-home/index.html")
            .find("<dd>\n<p class=\"amount\">£3,000, paid once</p>") != std::string::npos);
}

TEST_CASE("every leaflet of the sample portal has its PDFs and Braille file in the box") {
  const SamplePortal& portal = BuiltSamplePortal();
  INFO(portal.built->report);
  REQUIRE(portal.built->result.ok);
  const auto& files = portal.files;
  size_t leaflets = 0;
  for (const std::string& file : RealFileSystem(kSource).ListFiles("content/leaflets")) {
    if (!EndsWith(file, ".md") || EndsWith(file, ".easy.md") || EndsWith(file, "_index.md"))
      continue;
    std::string name = file.substr(17, file.size() - 20);
    std::string folder = "leaflets/" + name + "/";
    std::string brf = folder + name + ".brf";
    std::string pdf = folder + name + ".pdf";
    std::string large = folder + name + "-large-print.pdf";
    CAPTURE(brf);
    REQUIRE(files.count(brf));
    CHECK(files.at(brf).find('\f') != std::string::npos);  // more than one braille page
    REQUIRE(files.count(pdf));
    REQUIRE(files.count(large));
    CHECK(StartsWith(files.at(pdf), "%PDF-1.7"));
    CHECK(StartsWith(files.at(large), "%PDF-1.7"));
    const int pdf_pages = CountPdfPages(files.at(pdf));
    const int large_pages = CountPdfPages(files.at(large));
    CHECK(pdf_pages >= 2);
    CHECK(large_pages > pdf_pages);
    // The box is in every version, and names each file's type, size and pages, the
    // standard PDF first, then large print, then Braille.
    const std::string title = portal.built->result.config.title;
    for (const char* prefix : {"", "large-print/", "easy-read/"}) {
      CAPTURE(prefix);
      const std::string& html = files.at(prefix + ("leaflets/" + name + "/index.html"));
      CHECK(html.find("<h2 id=\"other-formats\">Other formats</h2>") != std::string::npos);
      size_t at_pdf = html.find("<a href=\"/" + pdf + "\" download>");
      size_t at_large = html.find("<a href=\"/" + large + "\" download>");
      size_t at_brf = html.find("<a href=\"/" + brf + "\" download>");
      CHECK(at_pdf < at_large);
      CHECK(at_large < at_brf);
      REQUIRE(at_brf != std::string::npos);
      CHECK(html.find(", PDF (standard print)</a> (" + DescribeSize(files.at(pdf).size()) + ", " +
                          std::to_string(pdf_pages) +
                          " pages): to print on A4 paper or read on screen",
                      at_pdf) != std::string::npos);
      CHECK(html.find(", PDF (large print, 18 point)</a> (" + DescribeSize(files.at(large).size()) +
                          ", " + std::to_string(large_pages) + " pages): for people who find",
                      at_large) != std::string::npos);
      CHECK(std::regex_search(html, std::regex(R"(Braille \(BRF\)</a> \(\d+ KB, \d+ pages\))")));
    }
    ++leaflets;
  }
  CHECK(leaflets == 3);
  // A page without downloads has no box.
  CHECK(files.at("local-offer/index.html").find("other-formats") == std::string::npos);
}

TEST_CASE("the accessibility statement is made from site.yaml and linked from every page") {
  const SamplePortal& portal = BuiltSamplePortal();
  INFO(portal.built->report);
  REQUIRE(portal.built->result.ok);
  const auto& files = portal.files;
  for (const std::string prefix : {"", "large-print/", "easy-read/"}) {
    CAPTURE(prefix);
    const std::string& statement = files.at(prefix + "accessibility/index.html");
    // The sections the regulations and the GOV.UK sample statement ask for, in order.
    size_t at = 0;
    for (const char* heading :
         {"<h1>Accessibility statement</h1>", "\nHow accessible this portal is\n</h2>",
          "\nWhat to do if you cannot use part of this portal\n</h2>",
          "\nReporting accessibility problems with this portal\n</h2>",
          "\nEnforcement procedure\n</h2>", "\nCompliance status\n</h3>",
          "\nNon-accessible content\n</h3>",
          "\nNon-compliance with the accessibility regulations\n</h4>",
          "\nDisproportionate burden\n</h4>",
          "\nContent that is not within the scope of the accessibility regulations\n</h4>",
          "\nPreparation of this accessibility statement\n</h2>"}) {
      CAPTURE(heading);
      at = statement.find(heading, at);
      CHECK(at != std::string::npos);
      if (at == std::string::npos) at = 0;
    }
    CHECK(statement.find("partially compliant with the Web Content Accessibility Guidelines") !=
          std::string::npos);
    CHECK(statement.find("We plan to fix this by March 2027.") != std::string::npos);
    CHECK(statement.find("last tested on 22 November 2026") != std::string::npos);
    CHECK(statement.find("Equality and Human Rights Commission") != std::string::npos);
    // Every page of the version links to the statement in that version.
    const std::string link =
        "<a href=\"/" + prefix + "accessibility/\">Accessibility statement</a>";
    for (const auto& [path, bytes] : files) {
      if (!EndsWith(path, ".html")) continue;
      bool in_version = prefix.empty()
                            ? !StartsWith(path, "large-print/") && !StartsWith(path, "easy-read/")
                            : StartsWith(path, prefix);
      if (!in_version) continue;
      CAPTURE(path);
      CHECK(bytes.find(link) != std::string::npos);
    }
  }
}

TEST_CASE("a sample page links its first IRO to the glossary in each reading version",
          "[glossary]") {
  const SamplePortal& portal = BuiltSamplePortal();
  INFO(portal.built->report);
  REQUIRE(portal.built->result.ok);
  const auto& files = portal.files;
  const std::string abbr = "<abbr title=\"Independent Reviewing Officer\">IRO</abbr>";
  for (const std::string prefix : {"", "large-print/"}) {
    CAPTURE(prefix);
    const std::string& glossary = files.at(prefix + "glossary/index.html");
    CHECK(glossary.find("id=\"iro\"") != std::string::npos);
    CHECK(glossary.find("id=\"staying-put\"") != std::string::npos);
    CHECK(glossary.find("<abbr") == std::string::npos);  // the page does not link to itself
    const std::string& leaflet = files.at(prefix + "leaflets/your-iro/index.html");
    const std::string linked = "<a href=\"/" + prefix + "glossary/#iro\">" + abbr + "</a>";
    size_t first = leaflet.find(linked);
    CHECK(first != std::string::npos);
    // The one IRO marked up is the first in the text: "IRO stands for ...".
    CHECK(leaflet.find(linked + " stands for Independent Reviewing Officer.") == first);
    CHECK(leaflet.find(abbr, first + linked.size()) == std::string::npos);
    CHECK(leaflet.find("<h2 id=\"what-is-an-iro\">") != std::string::npos);
  }
}

TEST_CASE("the links to other sites are collected with their places only when asked") {
  RealFileSystem site(kSource);
  RealFileSystem theme(HEARTH_DEFAULT_THEME_DIR);
  PipelineOptions options;
  options.render.downloads = &SharedDownloads();
  MemorySink ignored;
  Diagnostics diags;
  CHECK(RunPipeline(site, theme, options, ignored, diags).external_links.empty());
  options.collect_external_links = true;
  auto links = RunPipeline(site, theme, options, ignored, diags).external_links;
  REQUIRE(links.count("https://www.nhs.uk/mental-health/"));
  const auto& places = links.at("https://www.nhs.uk/mental-health/");
  REQUIRE(places.size() == 1);
  CHECK(places[0].file == "content/local-offer/emotional-wellbeing.md");
  CHECK(places[0].line == 41);
  CHECK(places[0].column == 60);  // the opening bracket
  for (const auto& [url, where] : links) {
    CAPTURE(url);
    CHECK((StartsWith(url, "https://") || StartsWith(url, "http://")));
  }
}

TEST_CASE("a build leaves language advice to hearth check but stops on language errors") {
  auto site_with = [](const std::string& language_checks) {
    return MemoryFileSystem({
        {"site.yaml",
         "title: T\nbase_url: https://x.example/\norganisation: {name: Org}\n" + language_checks},
        {"content/_index.md", "---\ntitle: Home\n---\n\nYour placement is safe.\n"},
    });
  };
  RealFileSystem theme(HEARTH_DEFAULT_THEME_DIR);
  auto placement = [](const Diagnostics& d) {
    std::vector<Severity> found;
    for (const Diagnostic& item : d.Sorted()) {
      if (item.message.find("'placement'") != std::string::npos) found.push_back(item.severity);
    }
    return found;
  };
  MemorySink ignored;
  PipelineOptions check;  // language_warnings: true, as hearth check runs
  PipelineOptions build;
  build.language_warnings = false;  // as hearth build runs
  {
    MemoryFileSystem site = site_with("");
    Diagnostics as_check, as_build;
    CHECK(RunPipeline(site, theme, check, ignored, as_check).ok);
    CHECK(placement(as_check) == std::vector<Severity>{Severity::kWarning});
    CHECK(RunPipeline(site, theme, build, ignored, as_build).ok);
    CHECK(placement(as_build).empty());
  }
  {
    MemoryFileSystem site = site_with("language_checks: {care_language: error}\n");
    Diagnostics as_build;
    CHECK_FALSE(RunPipeline(site, theme, build, ignored, as_build).ok);
    CHECK(placement(as_build) == std::vector<Severity>{Severity::kError});
  }
}

TEST_CASE("two builds of the same input are byte-identical") {
  RealFileSystem site(kSource);
  RealFileSystem theme(HEARTH_DEFAULT_THEME_DIR);
  auto first = BuildSite(site, theme, kSampleBuildDate);
  // The second build has its own download cache, so Chromium prints every PDF again.
  PipelineOptions one_thread;
  one_thread.render.threads = 1;
  one_thread.build.today = kSampleBuildDate;
  Diagnostics diags;
  auto second = RunPipeline(site, theme, one_thread, diags);
  REQUIRE(first->result.ok);
  REQUIRE(second.ok);
  CHECK(Txtar(first->result.files) == Txtar(second.files));
}

TEST_CASE("the hearth command keeps the previous output when a build fails") {
  fs::path work = fs::temp_directory_path() / ("hearth-cli-" + std::to_string(::getpid()));
  fs::remove_all(work);
  fs::create_directories(work);
  fs::copy(kSource / "tests/sites/basic", work / "site", fs::copy_options::recursive);
  fs::remove(work / "site/expected.txtar");
  std::string hearth = HEARTH_BINARY;
  std::string site = (work / "site").string();
  std::string out = (work / "out").string();
  auto run = [&](const std::string& args) {
    std::string command =
        hearth + " build --site " + site + " " + args + " > " + (work / "log").string() + " 2>&1";
    int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  };
  REQUIRE(run("--out " + out) == 0);
  std::string before = ReadAll(work / "out/guides/alpha/index.html");
  REQUIRE_FALSE(before.empty());

  // A second build with a broken page fails, reports, and leaves the output alone.
  WriteAll(work / "site/content/guides/alpha.md", "---\ntitle: Alpha\ndate: soon\n---\n");
  CHECK(run("--out " + out) == 1);
  std::string log = ReadAll(work / "log");
  CHECK(log.find("content/guides/alpha.md:3:7: error: 'date' should be a date written as "
                 "YYYY-MM-DD, not 'soon'") != std::string::npos);
  CHECK(ReadAll(work / "out/guides/alpha/index.html") == before);

  // Folders the build must never replace are refused before anything is written.
  CHECK(run("--out " + site) == 1);
  CHECK(run("--out " + (work / "site/content").string()) == 1);
  CHECK(run("--out " + work.string()) == 1);
  CHECK(run("--out /") == 1);
  CHECK(ReadAll(work / "log").find("hearth will not build into /") != std::string::npos);
  CHECK(fs::exists(work / "site/content/_index.md"));
  fs::remove_all(work);
}

namespace {

// The file at `path` in a built site, or "" when there is none.
std::string FileAt(const std::map<std::string, std::string>& files, const std::string& path) {
  auto it = files.find(path);
  return it == files.end() ? "" : it->second;
}

// The JSON-LD object of a page, parsed.
nlohmann::json PageJsonLd(const std::string& html) {
  const std::string open = "<script type=\"application/ld+json\">";
  size_t start = html.find(open);
  REQUIRE(start != std::string::npos);
  start += open.size();
  return nlohmann::json::parse(html.substr(start, html.find("</script>", start) - start));
}

std::unique_ptr<Built> BuildMeetingsFixture() {
  RealFileSystem site(kSource / "tests/sites/meetings");
  MemoryFileSystem no_default_theme;
  return BuildSite(site, no_default_theme, Date{2026, 11, 22});
}

}  // namespace

TEST_CASE("the actions log puts open actions first, overdue marked in words", "[meetings]") {
  auto built = BuildMeetingsFixture();
  INFO(built->report);
  REQUIRE(built->result.ok);
  auto files = ByPath(built->result.files);
  const std::string log = FileAt(files, "meetings/actions/index.html");
  // Each position is required to be found first: npos would pass every "comes before".
  size_t overdue = log.find("Bring a plan for &lt;health&gt; checks");
  size_t open = log.find("Write to the school");
  size_t done = log.find("Share the slides");
  REQUIRE(overdue != std::string::npos);
  REQUIRE(open != std::string::npos);
  REQUIRE(done != std::string::npos);
  CHECK(overdue < open);
  CHECK(open < done);
  size_t marked = log.find("<td><strong>Overdue</strong></td>", overdue);
  REQUIRE(marked != std::string::npos);
  CHECK(marked < open);
  CHECK(log.find("2 actions are open, and 1 of them is overdue.") != std::string::npos);
  // What's on lists what is still to come, soonest first, and leaves out what has passed.
  const std::string on = FileAt(files, "calendar/index.html");
  CHECK(on.find("Board, 6 October 2026") == std::string::npos);
  size_t january = on.find("Board, 12 January 2027");
  size_t april = on.find("Board, 6 April 2027");
  size_t fun_day = on.find("Fun day");
  REQUIRE(january != std::string::npos);
  REQUIRE(april != std::string::npos);
  REQUIRE(fun_day != std::string::npos);
  CHECK(january < april);
  CHECK(april < fun_day);
  // The index leads with the next meeting that is not cancelled, and the archive by year.
  const std::string index = FileAt(files, "meetings/index.html");
  CHECK(index.find("<p>Next: <a href=\"/meetings/2027-01-12-board/\">") != std::string::npos);
  size_t year_2027 = index.find("/meetings/2027/");
  size_t year_2026 = index.find("/meetings/2026/");
  REQUIRE(year_2027 != std::string::npos);
  REQUIRE(year_2026 != std::string::npos);
  CHECK(year_2027 < year_2026);
  CHECK(files.count("easy-read/meetings/2026/index.html"));
  // A page hearth makes that is not a calendar page (a dataset in the meetings folder) is
  // listed with the section's other pages, not taken for a year of the archive.
  size_t box_end = index.find("</aside>");
  REQUIRE(box_end != std::string::npos);
  size_t listed = index.find("<li><a href=\"/meetings/attendance/\">Board attendance</a></li>");
  REQUIRE(listed != std::string::npos);
  CHECK(listed > box_end);
  CHECK(index.find("/meetings/attendance/") == listed + 13);  // its first mention
  // A day later nothing changes but the build date: the January meeting is still next.
  auto later = BuildSite(RealFileSystem(kSource / "tests/sites/meetings"), MemoryFileSystem(),
                         Date{2027, 1, 13});
  REQUIRE(later->result.ok);
  auto later_files = ByPath(later->result.files);
  CHECK(FileAt(later_files, "meetings/index.html").find("<p>Next:") == std::string::npos);
  CHECK(FileAt(later_files, "meetings/2027-01-12-board/index.html").find("<dd>Held</dd>") !=
        std::string::npos);
}

TEST_CASE("meeting pages carry a schema.org Event with London offsets", "[meetings]") {
  auto built = BuildMeetingsFixture();
  REQUIRE(built->result.ok);
  auto files = ByPath(built->result.files);
  nlohmann::json held = PageJsonLd(FileAt(files, "meetings/2026-10-06-board/index.html"));
  CHECK(held["@type"] == "Event");
  CHECK(held["name"] == "Board, 6 October 2026");
  CHECK(held["startDate"] == "2026-10-06T14:00:00+01:00");
  CHECK(held["endDate"] == "2026-10-06T16:10:00+01:00");
  CHECK(held["eventStatus"] == "https://schema.org/EventScheduled");
  CHECK(held["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode");
  CHECK(held["location"]["@type"] == "Place");
  CHECK(held["location"]["name"] == "Room 1, County Hall");
  CHECK(held["location"]["address"] == "1 Test Street, Fixtureshire");
  CHECK(held["organizer"]["name"] == "Fixture Council");
  CHECK(held["url"] == "https://fixture.example.org/meetings/2026-10-06-board/");
  nlohmann::json winter =
      PageJsonLd(FileAt(files, "large-print/meetings/2027-01-12-board/index.html"));
  CHECK(winter["startDate"] == "2027-01-12T16:30:00+00:00");
  CHECK_FALSE(winter.contains("endDate"));
  CHECK(winter["url"] == "https://fixture.example.org/large-print/meetings/2027-01-12-board/");
  nlohmann::json cancelled = PageJsonLd(FileAt(files, "meetings/2027-04-06-board/index.html"));
  CHECK(cancelled["eventStatus"] == "https://schema.org/EventCancelled");
  CHECK(cancelled["startDate"] == "2027-04-06");
}

TEST_CASE("python3-icalendar reads the fixture's calendar as hearth meant it", "[meetings]") {
  if (std::system("/usr/bin/python3 -c 'import icalendar' 2>/dev/null") != 0) {
    WARN("python3-icalendar is not installed (scripts/setup.sh installs it); not checked");
    return;
  }
  auto built = BuildMeetingsFixture();
  REQUIRE(built->result.ok);
  auto files = ByPath(built->result.files);
  fs::path dir = fs::temp_directory_path() / ("hearth-ics-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  WriteAll(dir / "calendar.ics", FileAt(files, "calendar.ics"));
  std::string command = "/usr/bin/python3 " + (kSource / "tests/calendar/parse_ics.py").string() +
                        " " + (dir / "calendar.ics").string() + " > " + (dir / "out.txt").string();
  REQUIRE(std::system(command.c_str()) == 0);
  std::string parsed = ReadAll(dir / "out.txt");
  fs::remove_all(dir);
  // 14:00 in October is BST (13:00 UTC); 16:30 in January is GMT.
  CHECK(parsed ==
        "meetings/2026-10-06-board@fixture.example.org | 2026-10-06T13:00Z | 2026-10-06T15:10Z "
        "| Board, 6 October 2026 | CONFIRMED\n"
        "meetings/2027-01-12-board@fixture.example.org | 2027-01-12T16:30Z | - | Board, 12 "
        "January 2027 | CONFIRMED\n"
        "meetings/2027-04-06-board@fixture.example.org | 2027-04-06 | 2027-04-07 | Board, 6 "
        "April 2027 | CANCELLED\n"
        "events/fun-day@fixture.example.org | 2027-07-31 | 2027-08-01 | Fun day | CONFIRMED\n");
}

TEST_CASE("a build warns of a meeting held but still marked scheduled", "[meetings]") {
  MemoryFileSystem site({
      {"site.yaml", "title: T\nbase_url: https://x.example/\norganisation: {name: Org}\n"},
      {"content/_index.md", "---\ntitle: Home\n---\n"},
      {"content/meetings/_index.md", "---\ntitle: Board meetings\n---\n"},
      {"content/meetings/board.md",
       "---\ntitle: Board, 4 October 2023\ntype: meeting\ndate: 2023-10-04\n"
       "committee: Board\nstatus: scheduled\n---\n"},
  });
  RealFileSystem theme(HEARTH_DEFAULT_THEME_DIR);
  const std::string warning =
      "content/meetings/board.md:6:9: warning: this meeting was on 4 October 2023 but still "
      "says scheduled\n";
  auto on_the_day = BuildSite(site, theme, Date{2023, 10, 4});
  INFO(on_the_day->report);
  REQUIRE(on_the_day->result.ok);
  CHECK(on_the_day->report.find("still says scheduled") == std::string::npos);
  auto after = BuildSite(site, theme, Date{2023, 10, 5});
  INFO(after->report);
  REQUIRE(after->result.ok);  // a warning, not an error
  CHECK(after->report.find(warning) != std::string::npos);
  CHECK(after->report.find("    hint: remove the status line (once the day has passed it shows "
                           "as held), or write: status: held\n") != std::string::npos);
}

TEST_CASE("the sample portal publishes a calendar of every meeting and event", "[meetings]") {
  const SamplePortal& portal = BuiltSamplePortal();
  REQUIRE(portal.built->result.ok);
  const std::string all = FileAt(portal.files, "calendar.ics");
  REQUIRE_FALSE(all.empty());
  CHECK(all.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0) == 0);
  for (size_t i = 0; i < all.size(); ++i) {
    if (all[i] == '\n') CHECK(all[i - 1] == '\r');
  }
  size_t events = 0;
  for (size_t at = all.find("BEGIN:VEVENT"); at != std::string::npos;
       at = all.find("BEGIN:VEVENT", at + 1)) {
    ++events;
  }
  CHECK(events == 11);  // 6 board meetings and 5 events
  CHECK(all.find("TZID:Europe/London\r\n") != std::string::npos);
  CHECK(all.find("DTSTART;VALUE=DATE:20270731\r\n") != std::string::npos);  // the fun day
  const std::string one = FileAt(
      portal.files,
      "meetings/2023-10-04-corporate-parenting-board/2023-10-04-corporate-parenting-board.ics");
  // Long lines are folded: read the UID unfolded.
  std::string unfolded = std::regex_replace(one, std::regex("\r\n "), "");
  CHECK(
      unfolded.find("\r\nUID:meetings/2023-10-04-corporate-parenting-board@portal.hearthshire.exam"
                    "ple.org\r\n") != std::string::npos);
  CHECK(one.find("\r\nDTSTAMP:20231121T000000Z\r\n") != std::string::npos);
  CHECK(one.find("\r\nDTSTART;TZID=Europe/London:20231004T140000\r\n") != std::string::npos);
  CHECK(one.find("\r\nDTEND;TZID=Europe/London:20231004T161000\r\n") != std::string::npos);
  CHECK(one.find("\r\nSUMMARY:Corporate Parenting Board\\, 4 October 2023\r\n") !=
        std::string::npos);
  CHECK(one.find("\r\nSTATUS:CONFIRMED\r\n") != std::string::npos);
  const std::string page =
      FileAt(portal.files, "easy-read/meetings/2023-10-04-corporate-parenting-board/index.html");
  CHECK(page.find("href=\"/meetings/2023-10-04-corporate-parenting-board/"
                  "2023-10-04-corporate-parenting-board.ics\" download>Add") != std::string::npos);
  for (const char* path : {"calendar/index.html", "meetings/actions/index.html",
                           "meetings/2023/index.html", "easy-read/events/index.html"}) {
    CAPTURE(path);
    CHECK(portal.files.count(path));
  }
}

TEST_CASE("the sample portal's pledges say each measure against its target, and print a card",
          "[pledges]") {
  const SamplePortal& portal = BuiltSamplePortal();
  INFO(portal.built->report);
  REQUIRE(portal.built->result.ok);
  const std::string& healthy = portal.files.at("pledges/keep-me-healthy/index.html");
  CHECK(healthy.find("<li>Percentage of children in care with an up-to-date health assessment: "
                     "67% in June 2023. The target is 90% or more: not met, 23 percentage points "
                     "short. England 2021/22: 89%. Statistical neighbours 2021/22: 82%. <span "
                     "class=\"data-source\">From <a href=\"/data/cp-board/\">Corporate Parenting "
                     "Board measures</a>.</span></li>") != std::string::npos);
  // Easy read: a short sentence with a picture for the same figure.
  CHECK(portal.files.at("easy-read/pledges/keep-me-healthy/index.html")
            .find("<p>7 out of 10: with an up-to-date health check.</p>") != std::string::npos);
  // The index groups the pledges by theme, and links to the card.
  const std::string& index = portal.files.at("pledges/index.html");
  size_t first_theme = index.find("<h3 id=\"theme-involve-me\">Involve me</h3>");
  size_t last_theme =
      index.find("<h3 id=\"theme-support-me-into-adult-life\">Support me into adult life</h3>");
  REQUIRE(first_theme != std::string::npos);
  REQUIRE(last_theme != std::string::npos);
  CHECK(first_theme < last_theme);
  CHECK(index.find("href=\"/pledges/card/\"") != std::string::npos);
  const std::string& card = portal.files.at("pledges/card/index.html");
  CHECK(card.find("<p class=\"pledge-card-address\">portal.hearthshire.example.org/pledges/</p>") !=
        std::string::npos);
  CHECK(card.find("role=\"img\" aria-label=\"QR code. Scan it with a phone camera to open our "
                  "promises at portal.hearthshire.example.org/pledges/\"") != std::string::npos);
  CHECK(card.find("<li>Health checks on time, with people you trust.</li>") != std::string::npos);
  // The home page shows the latest news, newest first, and links to the feed.
  const std::string& home = portal.files.at("index.html");
  size_t latest = home.find("id=\"latest-news\"");
  REQUIRE(latest != std::string::npos);
  size_t newest = home.find("/news/2026-04-01-local-offer-updated/", latest);
  size_t older = home.find("/news/2025-03-03-hearthshire-voices-new-members/", latest);
  REQUIRE(newest != std::string::npos);
  REQUIRE(older != std::string::npos);
  CHECK(newest < older);
  CHECK(home.find("href=\"/feed.xml\"", latest) != std::string::npos);
}
