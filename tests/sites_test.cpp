// Whole-site tests: fixture sites in tests/sites/NAME/ are built in memory and compared
// with their expected output (expected.txtar); invalid sites in tests/sites_invalid/NAME/
// must fail with exactly the diagnostics in expected.txt; the sample portal in the
// repository must build with every page, version, link target and asset in place; and
// the hearth binary must leave the previous output untouched when a build fails.
//
// HEARTH_UPDATE_EXPECTED=1 rewrites the expected files from the current output; review
// the diff before committing it.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
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
// PDFs are printed by Chromium once, not once per test. (The test that two builds are
// identical makes them again.)
DownloadMaker& SharedDownloads() {
  static MemoryDownloadCache cache;
  static DownloadMaker maker(cache);
  return maker;
}

std::unique_ptr<Built> BuildSite(const FileSystem& site, const FileSystem& theme) {
  auto built = std::make_unique<Built>();
  PipelineOptions options;
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

const SamplePortal& BuiltSamplePortal() {
  static const SamplePortal portal = [] {
    RealFileSystem site(kSource);
    RealFileSystem theme(HEARTH_DEFAULT_THEME_DIR);
    SamplePortal p;
    p.built = BuildSite(site, theme);
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
      auto built = BuildSite(site, no_default_theme);
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
  CHECK(places[0].line == 35);
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
  auto first = BuildSite(site, theme);
  // The second build has its own download cache, so Chromium prints every PDF again.
  PipelineOptions one_thread;
  one_thread.render.threads = 1;
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
