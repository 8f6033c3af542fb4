#include "variants/render_job.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

#include "content/source_page.h"
#include "fs/file_system.h"

using namespace hearth;

namespace {

// The default versions: standard (/), large print (/large-print) and easy read
// (/easy-read, words from page.easy.md).
const std::vector<Variant> kVariants = DefaultVariants();
const Variant& kStandard = kVariants[0];
const Variant& kLargePrint = kVariants[1];
const Variant& kEasyRead = kVariants[2];

// A small site built in memory through the site model:
//   /                 links to /apply/#who-can-get-it, /apply/#how-to-apply, /no-easy/#fees
//   /apply/           has both headings; its easy text has only "Who can get it?"
//   /no-easy/         has a "Fees" heading and no easy text
struct Model {
  Model() {
    fs.Write("site.yaml",
             "title: T\nbase_url: https://portal.example.org/\norganisation: {name: N}\n");
    fs.Write("content/_index.md",
             "---\ntitle: Home\n---\n"
             "[a](/apply/#who-can-get-it) [b](/apply/#how-to-apply) [c](/no-easy/#fees) "
             "[d](/assets/form.pdf) [e](https://example.org/#top) [f](#intro) [g](/apply/)\n\n"
             "## Intro\n");
    fs.Write("content/_index.easy.md", "[Apply](apply.md#who-can-get-it)\n");
    fs.Write("content/apply.md", "---\ntitle: Apply\n---\n## Who can get it?\n\n## How to apply\n");
    fs.Write("content/apply.easy.md", "## Who can get it?\n\nYou can.\n");
    fs.Write("content/no-easy.md", "---\ntitle: No easy\n---\n## Fees\n");
    fs.Write("assets/form.pdf", "pdf");
    config = LoadSiteConfig(fs, diagnostics);
    tree = LoadContent(fs, config, diagnostics);
    model = BuildSiteModel(config, tree, fs, theme, {}, diagnostics);
    REQUIRE_FALSE(diagnostics.HasErrors());
  }
  Model(const Model&) = delete;

  const Page& At(const std::string& path) const { return model.pages.at(model.by_path.at(path)); }
  // The hrefs of a page's body links as read in one version.
  std::vector<std::string> Hrefs(const std::string& path, const Variant& variant) const {
    std::vector<std::string> out;
    for (const auto& link : At(path).body.links) out.push_back(LinkHref(model, link, variant));
    return out;
  }

  MemoryFileSystem fs, theme;
  Diagnostics diagnostics;
  SiteConfig config;
  SourceTree tree;
  SiteModel model;
};

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("a version's address is its prefix before the canonical path") {
  auto [variant, path, url] = GENERATE(table<size_t, std::string, std::string>({
      {0, "/", "/"},
      {0, "/local-offer/", "/local-offer/"},
      {1, "/", "/large-print/"},
      {1, "/local-offer/bursary/", "/large-print/local-offer/bursary/"},
      {2, "/local-offer/", "/easy-read/local-offer/"},
  }));
  CAPTURE(variant, path);
  CHECK(VariantUrl(kVariants[variant], path) == url);
}

TEST_CASE("each address is written to the index.html of its folder") {
  auto [url, output] = GENERATE(table<std::string, std::string>({
      {"/", "index.html"},
      {"/local-offer/", "local-offer/index.html"},
      {"/large-print/local-offer/", "large-print/local-offer/index.html"},
      {"/easy-read/", "easy-read/index.html"},
  }));
  CHECK(OutputPathForUrl(url) == output);
}

TEST_CASE("a version shows the page's body or the text written for it") {
  Model m;
  const Page& apply = m.At("/apply/");
  const Page& no_easy = m.At("/no-easy/");
  CHECK(TextFor(apply, kStandard) == &apply.body);
  CHECK(TextFor(apply, kLargePrint) == &apply.body);
  CHECK(TextFor(apply, kEasyRead) == &apply.alternates.at("easy"));
  CHECK(TextFor(no_easy, kEasyRead) == nullptr);
}

TEST_CASE("every page is planned in every version, pages first, then versions") {
  Model m;
  auto jobs = PlanRenderJobs(m.model);
  REQUIRE(jobs.size() == 9);
  Strings urls, outputs;
  for (const auto& job : jobs) {
    urls.push_back(job.url);
    outputs.push_back(job.output_path);
  }
  CHECK(urls == Strings{"/", "/large-print/", "/easy-read/", "/apply/", "/large-print/apply/",
                        "/easy-read/apply/", "/no-easy/", "/large-print/no-easy/",
                        "/easy-read/no-easy/"});
  CHECK(outputs[0] == "index.html");
  CHECK(outputs[5] == "easy-read/apply/index.html");
  CHECK(jobs[4].page == m.model.by_path.at("/apply/"));
  CHECK(jobs[4].variant == 1);
  CHECK(jobs[4].text == &m.At("/apply/").body);
  CHECK(jobs[5].text == &m.At("/apply/").alternates.at("easy"));
  CHECK(jobs[8].text == nullptr);  // no easy-read text written for /no-easy/ yet
}

TEST_CASE("a link to a page stays in the version it is read in") {
  Model m;
  CHECK(m.Hrefs("/", kStandard)[6] == "/apply/");
  CHECK(m.Hrefs("/", kLargePrint)[6] == "/large-print/apply/");
  CHECK(m.Hrefs("/", kEasyRead)[6] == "/easy-read/apply/");
}

TEST_CASE("an #anchor is kept only where the target shows that heading in the version") {
  Model m;
  Strings standard = m.Hrefs("/", kStandard);
  Strings large = m.Hrefs("/", kLargePrint);
  Strings easy = m.Hrefs("/", kEasyRead);
  REQUIRE(standard.size() == 7);
  // The heading exists in every version of /apply/.
  CHECK(standard[0] == "/apply/#who-can-get-it");
  CHECK(large[0] == "/large-print/apply/#who-can-get-it");
  CHECK(easy[0] == "/easy-read/apply/#who-can-get-it");
  // The easy-read text of /apply/ has no "How to apply" heading.
  CHECK(standard[1] == "/apply/#how-to-apply");
  CHECK(large[1] == "/large-print/apply/#how-to-apply");
  CHECK(easy[1] == "/easy-read/apply/");
  // /no-easy/ has no easy-read text at all.
  CHECK(standard[2] == "/no-easy/#fees");
  CHECK(easy[2] == "/easy-read/no-easy/");
}

TEST_CASE("links to files, other sites and the same page are the same in every version") {
  Model m;
  const std::string pdf = m.model.assets.at("/assets/form.pdf").url;
  for (const Variant* variant : {&kStandard, &kLargePrint, &kEasyRead}) {
    Strings hrefs = m.Hrefs("/", *variant);
    REQUIRE(hrefs.size() == 7);
    CHECK(hrefs[3] == pdf);
    CHECK(hrefs[4] == "https://example.org/#top");
    CHECK(hrefs[5] == "#intro");
  }
}

TEST_CASE("links in a page's easy-read text go to easy-read pages") {
  Model m;
  const PageText& easy = m.At("/").alternates.at("easy");
  REQUIRE(easy.links.size() == 1);
  CHECK(LinkHref(m.model, easy.links[0], kEasyRead) == "/easy-read/apply/#who-can-get-it");
}
