#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "content/source_page.h"
#include "core/hash.h"
#include "fs/file_system.h"
#include "pipeline/pipeline.h"
#include "site/site_model.h"

using namespace hearth;

namespace {

using Files = std::map<std::string, std::string>;

const std::string kSiteYaml =
    "title: Local Offer\n"
    "base_url: https://portal.example.org/\n"
    "organisation:\n"
    "  name: Example Council\n";

const char kSvg[] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";

// "---\ntitle: TITLE\n---\nBODY": a page whose body starts on line 4.
std::string PageFile(const std::string& title, const std::string& body = "",
                     const std::string& more_fields = "") {
  return "---\ntitle: " + title + "\n" + more_fields + "---\n" + body;
}

// A whole site in memory, run through config, content and the site model.
struct Site {
  explicit Site(const Files& files, BuildOptions options = {}, const Files& theme_files = {}) {
    site_fs.Write("site.yaml", kSiteYaml);
    for (const auto& [path, bytes] : files) site_fs.Write(path, bytes);
    for (const auto& [path, bytes] : theme_files) theme_fs.Write(path, bytes);
    config = LoadSiteConfig(site_fs, diagnostics);
    tree = LoadContent(site_fs, config, diagnostics);
    model = BuildSiteModel(config, tree, site_fs, theme_fs, options, diagnostics);
  }
  Site(const Site&) = delete;

  std::string Report() const { return FormatDiagnostics(diagnostics, SiteLineLookup(site_fs)); }
  int Index(const std::string& path) const {
    auto it = model.by_path.find(path);
    return it == model.by_path.end() ? -1 : it->second;
  }
  const hearth::Page& At(const std::string& path) const {
    int i = Index(path);
    REQUIRE(i >= 0);
    return model.pages[i];
  }
  std::vector<std::string> Paths(const std::vector<int>& pages) const {
    std::vector<std::string> out;
    for (int i : pages) out.push_back(model.pages[i].path);
    return out;
  }

  MemoryFileSystem site_fs, theme_fs;
  Diagnostics diagnostics;
  SiteConfig config;
  SourceTree tree;
  SiteModel model;
};

using Paths = std::vector<std::string>;

std::string Fingerprint(const std::string& bytes) { return Sha256Hex(bytes).substr(0, 10); }

}  // namespace

TEST_CASE("PathForContent gives each content file its address") {
  auto [file, path] = GENERATE(table<std::string, std::string>({
      {"_index.md", "/"},
      {"a/_index.md", "/a/"},
      {"a/b.md", "/a/b/"},
      {"a/b/_index.md", "/a/b/"},
      {"local-offer/setting-up-home.md", "/local-offer/setting-up-home/"},
      {"Local Offer/My Page.md", "/local-offer/my-page/"},
      {"News/2023 Summer Fair.md", "/news/2023-summer-fair/"},
      {"young person's guide.md", "/young-persons-guide/"},
  }));
  CAPTURE(file);
  CHECK(PathForContent(file) == path);
}

TEST_CASE("every page gets its address, kind and parent section") {
  Site site(Files{{"content/_index.md", PageFile("Home")},
                  {"content/About us.md", PageFile("About us")},
                  {"content/local-offer/_index.md", PageFile("Local offer")},
                  {"content/local-offer/bursary.md", PageFile("Bursary")},
                  {"content/local-offer/money/grant.md", PageFile("Grant")}});
  CHECK(site.Report() == "");
  REQUIRE(site.model.pages.size() == 5);
  // "About us.md" sorts before "_index.md", but the home page always comes first.
  CHECK(site.model.pages[0].path == "/");
  CHECK(site.model.pages[0].kind == Page::Kind::kHome);
  CHECK(site.model.pages[0].parent == -1);
  CHECK(site.At("/about-us/").kind == Page::Kind::kPage);
  CHECK(site.At("/about-us/").parent == 0);
  CHECK(site.At("/local-offer/").kind == Page::Kind::kSection);
  CHECK(site.At("/local-offer/").parent == 0);
  CHECK(site.At("/local-offer/bursary/").parent == site.Index("/local-offer/"));
  // No _index.md in money/: the nearest section above lists the page.
  CHECK(site.At("/local-offer/money/grant/").parent == site.Index("/local-offer/"));
  CHECK(site.model.config == &site.config);
}

TEST_CASE("two files published at one address are reported at the second") {
  Site site(Files{{"content/_index.md", PageFile("Home")},
                  {"content/a/b.md", PageFile("B page")},
                  {"content/a/b/_index.md", PageFile("B section")}});
  CHECK(site.Report() ==
        "content/a/b/_index.md:1:1: error: two pages would be published at /a/b/: this one and "
        "content/a/b.md\n"
        "    ---\n"
        "    ^\n"
        "    hint: rename one of them so each has its own address\n"
        "1 error, 0 warnings\n");
  CHECK(site.At("/a/b/").source->file == "content/a/b.md");
}

TEST_CASE("file names that slugify alike collide") {
  Site site(Files{{"content/_index.md", PageFile("Home")},
                  {"content/My Page.md", PageFile("Mine")},
                  {"content/my-page.md", PageFile("My page")}});
  auto all = site.diagnostics.Sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].location.file == "content/my-page.md");
  CHECK(all[0].message ==
        "two pages would be published at /my-page/: this one and content/My Page.md");
}

TEST_CASE("a site without a home page is told to add one") {
  Site site(Files{{"content/about.md", PageFile("About")}});
  CHECK(site.Report() ==
        "content/_index.md: error: the site has no home page\n"
        "    hint: add content/_index.md with a title\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("a section lists weighted pages first, then newest first, then by title") {
  Site site(Files{
      {"content/_index.md", PageFile("Home")},
      {"content/news/_index.md", PageFile("News")},
      {"content/news/a.md", PageFile("Zebra", "", "weight: 2\n")},
      {"content/news/b.md", PageFile("Yak", "", "weight: 1\ndate: 2020-01-01\n")},
      {"content/news/c.md", PageFile("Apple", "", "date: 2023-01-01\n")},
      {"content/news/d.md", PageFile("Banana", "", "date: 2023-06-01\n")},
      {"content/news/e.md", PageFile("apple pie")},
      {"content/news/f.md", PageFile("Berry")},
      {"content/news/g.md", PageFile("Minus", "", "weight: -1\n")},
      {"content/news/archive/_index.md", PageFile("Archive", "", "date: 2022-01-01\n")},
  });
  CHECK(site.Report() == "");
  CHECK(site.Paths(site.At("/news/").children) == Paths{"/news/g/", "/news/b/", "/news/a/",
                                                        "/news/d/", "/news/c/", "/news/archive/",
                                                        "/news/e/", "/news/f/"});
  CHECK(site.Paths(site.At("/").children) == Paths{"/news/"});
}

TEST_CASE("a broken internal link suggests the closest page address") {
  Site site(Files{{"content/_index.md", PageFile("Home", "See [the offer](/local-ofer/).\n")},
                  {"content/local-offer/_index.md", PageFile("Local offer")}});
  CHECK(site.Report() ==
        "content/_index.md:4:5: error: there is no page at /local-ofer/\n"
        "    See [the offer](/local-ofer/).\n"
        "        ^\n"
        "    hint: did you mean /local-offer/?\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("a broken internal link with nothing close says where to look") {
  Site site(Files{{"content/_index.md", PageFile("Home", "\n[Meetings](/council-meetings/)\n")}});
  CHECK(site.Report() ==
        "content/_index.md:5:1: error: there is no page at /council-meetings/\n"
        "    [Meetings](/council-meetings/)\n"
        "    ^\n"
        "    hint: check the address against the file names in content/\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("internal links resolve with or without the trailing slash") {
  Site site(
      Files{{"content/_index.md",
             PageFile("Home", "[a](/local-offer) [b](/local-offer/) [c](/local-offer/#apply)\n")},
            {"content/local-offer/_index.md", PageFile("Local offer", "## Apply\n")}});
  CHECK(site.Report() == "");
  const auto& links = site.At("/").body.links;
  REQUIRE(links.size() == 3);
  int target = site.Index("/local-offer/");
  for (const auto& link : links) {
    CHECK(link.target_page == target);
    CHECK(link.path == "/local-offer/");
  }
  CHECK(links[0].fragment == "");
  CHECK(links[2].fragment == "#apply");
}

TEST_CASE("links to a page in one version and to a Braille file stay as written") {
  Site site(
      Files{{"content/_index.md",
             PageFile("Home",
                      "[a](/large-print/leaflets/your-iro/) [b](/leaflets/your-iro/your-iro.brf) "
                      "[c](/easy-read/) [d](/large-print/nothing/) [e](/leaflets/nothing.brf)\n")},
            {"content/leaflets/_index.md", PageFile("Leaflets")},
            {"content/leaflets/your-iro.md", PageFile("Your IRO", "", "type: leaflet\n")}});
  CHECK(site.Report() ==
        "content/_index.md:4:92: error: there is no page at /large-print/nothing/\n"
        "    [a](/large-print/leaflets/your-iro/) [b](/leaflets/your-iro/your-iro.brf) "
        "[c](/easy-read/) "
        "[d](/large-print/nothing/) [e](/leaflets/nothing.brf)\n"
        "                                                                                          "
        "     ^\n"
        "    hint: check the address against the file names in content/\n"
        "content/_index.md:4:119: error: there is no file at /leaflets/nothing.brf\n"
        "    [a](/large-print/leaflets/your-iro/) [b](/leaflets/your-iro/your-iro.brf) "
        "[c](/easy-read/) "
        "[d](/large-print/nothing/) [e](/leaflets/nothing.brf)\n"
        "                                                                                          "
        "                                ^\n"
        "    hint: check the address against the file names in content/\n"
        "2 errors, 0 warnings\n");
  const auto& links = site.At("/").body.links;
  REQUIRE(links.size() == 5);
  CHECK(links[0].target_page == -1);
  CHECK(links[0].path == "/large-print/leaflets/your-iro/");
  CHECK(links[1].target_page == -1);
  CHECK(links[1].path == "/leaflets/your-iro/your-iro.brf");
  CHECK(links[2].path == "/easy-read/");
  CHECK(hearth::FileBesidePage("/", ".brf") == "/home.brf");
  Site anchors(Files{
      {"content/_index.md", PageFile("Home", "[a](/large-print/a/#who) [b](/easy-read/a/#who)\n")},
      {"content/a.md", PageFile("A", "## Who\n")},
      {"content/a.easy.md", "## Something else\n"}});
  CHECK(anchors.Report() ==
        "content/_index.md:4:26: error: the page /easy-read/a/ has no heading with the id 'who'\n"
        "    [a](/large-print/a/#who) [b](/easy-read/a/#who)\n"
        "                             ^\n"
        "    hint: heading ids are the heading's words in lower case joined by hyphens\n"
        "1 error, 0 warnings\n");
  CHECK(hearth::FileBesidePage("/a/b/", ".csv") == "/a/b/b.csv");
}

TEST_CASE("a link to a heading that is not there is reported") {
  Site site(
      Files{{"content/_index.md",
             PageFile("Home",
                      "[a](/local-offer/#who-can-get-it) [b](/local-offer/#how-to-apply)\n"
                      "\n"
                      "[c](#nope) [d](#intro)\n"
                      "\n"
                      "## Intro\n")},
            {"content/local-offer/_index.md", PageFile("Local offer", "## Who can get it?\n")}});
  CHECK(site.Report() ==
        "content/_index.md:4:35: error: the page /local-offer/ has no heading with the id "
        "'how-to-apply'\n"
        "    [a](/local-offer/#who-can-get-it) [b](/local-offer/#how-to-apply)\n"
        "                                      ^\n"
        "    hint: heading ids are the heading's words in lower case joined by hyphens\n"
        "content/_index.md:6:1: error: this page has no heading with the id 'nope'\n"
        "    [c](#nope) [d](#intro)\n"
        "    ^\n"
        "2 errors, 0 warnings\n");
  const auto& links = site.At("/").body.links;
  REQUIRE(links.size() == 4);
  CHECK(links[0].fragment == "#who-can-get-it");
  CHECK(links[3].target_page == -1);
  CHECK(links[3].path == "");
  CHECK(links[3].fragment == "#intro");
}

TEST_CASE("relative links resolve from the file or the page, as written") {
  Site site(Files{{"content/_index.md", PageFile("Home")},
                  {"content/local-offer/_index.md", PageFile("Local offer", "## Apply\n")},
                  {"content/local-offer/grant.md", PageFile("Grant")},
                  {"content/local-offer/bursary.md",
                   PageFile("Bursary",
                            "[a](grant.md) [b](_index.md#apply) [c](../_index.md) [d](../grant/) "
                            "[e](../../local-offer/grant/) [f](./Grant.md)\n")}});
  const auto& links = site.At("/local-offer/bursary/").body.links;
  REQUIRE(links.size() == 6);
  CHECK(links[0].path == "/local-offer/grant/");
  CHECK(links[1].path == "/local-offer/");
  CHECK(links[1].fragment == "#apply");
  CHECK(links[2].path == "/");
  CHECK(links[3].path == "/local-offer/grant/");  // relative to /local-offer/bursary/
  CHECK(links[4].path == "/local-offer/grant/");
  CHECK(links[5].path == "/local-offer/grant/");  // file names are slugified like pages
  for (const auto& link : links) CHECK(link.target_page >= 0);
  CHECK(site.Report() == "");
}

TEST_CASE("a relative .md link that leaves the content folder is reported") {
  Site site(Files{{"content/_index.md", PageFile("Home", "[x](../README.md)\n")}});
  CHECK(site.Report() ==
        "content/_index.md:4:1: error: the link ../README.md leaves the content folder\n"
        "    [x](../README.md)\n"
        "    ^\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("links to files in assets get the file's fingerprinted address") {
  const std::string pdf = "%PDF-1.4 form";
  Site site(
      Files{{"content/_index.md",
             PageFile("Home", "[Form](/assets/forms/apply.pdf) [Gone](/assets/forms/old.pdf)\n")},
            {"assets/forms/apply.pdf", pdf}});
  CHECK(site.Report() ==
        "content/_index.md:4:33: error: the file /assets/forms/old.pdf does not exist\n"
        "    [Form](/assets/forms/apply.pdf) [Gone](/assets/forms/old.pdf)\n"
        "                                    ^\n"
        "    hint: files to download live in assets/\n"
        "1 error, 0 warnings\n");
  const auto& links = site.At("/").body.links;
  REQUIRE(links.size() == 2);
  CHECK(links[0].target_page == -1);
  CHECK(links[0].path == "/assets/forms/apply." + Fingerprint(pdf) + ".pdf");
}

TEST_CASE("assets are fingerprinted by content and the site's replace the theme's") {
  Site site(Files{{"content/_index.md", PageFile("Home")},
                  {"assets/css/site.css", "site css"},
                  {"assets/LICENCE", "text"},
                  {"assets/v1.2/notes", "notes"},
                  {"assets/easy-read/pictures.yaml", ""}},
            {}, {{"assets/css/site.css", "theme css"}, {"assets/js/menu.js", "js"}});
  CHECK(site.Report() == "");
  const auto& assets = site.model.assets;
  CHECK(assets.size() == 4);
  CHECK(assets.at("/assets/css/site.css").bytes == "site css");
  CHECK(assets.at("/assets/css/site.css").source_path == "assets/css/site.css");
  CHECK(assets.at("/assets/css/site.css").url ==
        "/assets/css/site." + Fingerprint("site css") + ".css");
  CHECK(assets.at("/assets/js/menu.js").bytes == "js");
  CHECK(assets.at("/assets/LICENCE").url == "/assets/LICENCE." + Fingerprint("text"));
  CHECK(assets.at("/assets/v1.2/notes").url == "/assets/v1.2/notes." + Fingerprint("notes"));
  CHECK(assets.count("/assets/easy-read/pictures.yaml") == 0);
}

TEST_CASE("a missing picture and a picture without alt text are reported") {
  Site site(Files{{"content/_index.md", PageFile("Home",
                                                 "![A cake](/assets/images/cake.png)\n"
                                                 "\n"
                                                 "![](/assets/images/family.png)\n"
                                                 "\n"
                                                 "![A family](../assets/images/family.png)\n"
                                                 "\n"
                                                 "![A map](https://maps.example.org/map.png)\n")},
                  {"assets/images/family.png", "png"}});
  CHECK(site.Report() ==
        "content/_index.md:4:1: error: the picture /assets/images/cake.png does not exist\n"
        "    ![A cake](/assets/images/cake.png)\n"
        "    ^\n"
        "    hint: put pictures in assets/images/ and write /assets/images/NAME\n"
        "content/_index.md:6:1: error: this picture has no alt text\n"
        "    ![](/assets/images/family.png)\n"
        "    ^\n"
        "    hint: describe the picture in the square brackets: ![A family at a table](...)\n"
        "2 errors, 0 warnings\n");
  const auto& links = site.At("/").body.links;
  REQUIRE(links.size() == 4);
  const std::string family = "/assets/images/family." + Fingerprint("png") + ".png";
  CHECK(links[1].path == family);
  CHECK(links[2].path == family);  // relative to content/_index.md
  CHECK(links[3].path == "https://maps.example.org/map.png");
}

TEST_CASE("picture: names come from the picture library, with its alt text as default") {
  Site site(Files{{"content/_index.md", PageFile("Home",
                                                 "![](picture:money) Money for you.\n"
                                                 "\n"
                                                 "![Cash](picture:money) More money.\n"
                                                 "\n"
                                                 "![Coins](picture:mony) Oops.\n"
                                                 "\n"
                                                 "![Cake](picture:birthday-cake) Party.\n"
                                                 "\n"
                                                 "![](picture:home) Home.\n")}},
            {},
            {{"assets/easy-read/money.svg", kSvg},
             {"assets/easy-read/home.svg", kSvg},
             {"assets/easy-read/pictures.yaml", "money:\n  alt: A pile of coins\n"}});
  CHECK(site.Report() ==
        "content/_index.md:8:1: error: there is no picture called 'mony'\n"
        "    ![Coins](picture:mony) Oops.\n"
        "    ^\n"
        "    hint: did you mean 'picture:money'?\n"
        "content/_index.md:10:1: error: there is no picture called 'birthday-cake'\n"
        "    ![Cake](picture:birthday-cake) Party.\n"
        "    ^\n"
        "    hint: the pictures are the .svg files in assets/easy-read/\n"
        "content/_index.md:12:1: error: the picture 'home' has no alt text\n"
        "    ![](picture:home) Home.\n"
        "    ^\n"
        "    hint: write the alt text in the square brackets: ![Money](picture:money)\n"
        "3 errors, 0 warnings\n");
  const PageText& body = site.At("/").body;
  REQUIRE(body.doc->links().size() == 5);
  CHECK(body.doc->links()[0].text == "A pile of coins");
  CHECK(body.doc->links()[1].text == "Cash");
  const std::string money = "/assets/easy-read/money." + Fingerprint(kSvg) + ".svg";
  CHECK(body.links[0].path == money);
  CHECK(body.links[1].path == money);
  std::vector<std::string> targets;
  for (const auto& link : body.links) targets.push_back(link.path);
  CHECK_THAT(body.doc->RenderHtml(targets),
             Catch::Matchers::Contains("<img src=\"" + money + "\" alt=\"A pile of coins\" />"));
}

TEST_CASE("menu items are resolved to pages, and items pointing nowhere are reported") {
  Site site(Files{{"site.yaml", kSiteYaml + "menus:\n"
                                            "  main:\n"
                                            "    - {label: Home, url: /}\n"
                                            "    - {label: Offer, url: /local-offer}\n"
                                            "    - {label: Typo, url: /local-ofer/}\n"
                                            "    - {label: Council, url: https://example.gov.uk/}\n"
                                            "    - {label: Bare, url: local-offer/}\n"
                                            "    - {label: Gone, url: /meetings-archive/}\n"},
                  {"content/_index.md", PageFile("Home")},
                  {"content/local-offer/_index.md", PageFile("Local offer")}});
  CHECK(site.Report() ==
        "site.yaml:9:26: error: the menu links to /local-ofer/, but there is no page there\n"
        "        - {label: Typo, url: /local-ofer/}\n"
        "                             ^\n"
        "    hint: did you mean /local-offer/?\n"
        "site.yaml:11:26: error: a menu item's url should start with / or https://\n"
        "        - {label: Bare, url: local-offer/}\n"
        "                             ^\n"
        "site.yaml:12:26: error: the menu links to /meetings-archive/, but there is no page "
        "there\n"
        "        - {label: Gone, url: /meetings-archive/}\n"
        "                             ^\n"
        "3 errors, 0 warnings\n");
  const auto& main = site.model.menus.at("main");
  REQUIRE(main.size() == 3);
  CHECK(main[0].label == "Home");
  CHECK(main[0].target_page == 0);
  CHECK(main[0].url == "/");
  CHECK(main[1].target_page == site.Index("/local-offer/"));
  CHECK(main[1].url == "/local-offer/");
  CHECK(main[2].target_page == -1);
  CHECK(main[2].url == "https://example.gov.uk/");
}

TEST_CASE("two pages with the same title, in any case, are reported at the second title") {
  Site site(Files{{"content/_index.md", PageFile("Home")},
                  {"content/a.md", PageFile("Bursary")},
                  {"content/b.md", PageFile("bursary")}});
  CHECK(site.Report() ==
        "content/b.md:2:8: error: another page already has the title 'bursary' (content/a.md)\n"
        "    title: bursary\n"
        "           ^\n"
        "    hint: every page needs its own title so readers can tell pages apart\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("drafts are left out unless drafts are asked for") {
  const Files files = {{"content/_index.md", PageFile("Home", "[Plan](/plan/)\n")},
                       {"content/plan.md", PageFile("Plan", "", "draft: true\n")}};
  SECTION("a normal build") {
    Site site(files);
    CHECK(site.Index("/plan/") == -1);
    CHECK(site.model.pages.size() == 1);
    CHECK(site.Report() ==
          "content/_index.md:4:1: error: there is no page at /plan/\n"
          "    [Plan](/plan/)\n"
          "    ^\n"
          "    hint: check the address against the file names in content/\n"
          "1 error, 0 warnings\n");
  }
  SECTION("a build with drafts") {
    BuildOptions options;
    options.include_drafts = true;
    Site site(files, options);
    CHECK(site.Report() == "");
    CHECK(site.Index("/plan/") == 1);
  }
}

TEST_CASE("the pledge card is made from the pledges the build publishes", "[pledges]") {
  auto pledge = [](const std::string& title, bool draft) {
    return PageFile(title, "",
                    std::string("type: pledge\ntheme: involve-me\npromises: [We listen.]\n") +
                        (draft ? "draft: true\n" : ""));
  };
  SECTION("no card when every pledge is a draft, and one with drafts") {
    const Files files = {{"content/_index.md", PageFile("Home")},
                         {"content/pledges/_index.md", PageFile("Pledges")},
                         {"content/pledges/heard.md", pledge("Heard", true)}};
    Site site(files);
    CHECK(site.Report() == "");
    CHECK(site.Index("/pledges/card/") == -1);
    BuildOptions options;
    options.include_drafts = true;
    Site with_drafts(files, options);
    CHECK(with_drafts.Report() == "");
    REQUIRE(with_drafts.Index("/pledges/card/") >= 0);
    CHECK(with_drafts.At("/pledges/card/").source->front.type == "pledge-card");
  }
  SECTION("a draft pledge does not place the card") {
    // The draft comes first; the card sits beside the published pledge.
    Site site(Files{{"content/_index.md", PageFile("Home")},
                    {"content/a-draft/_index.md", PageFile("Drafts")},
                    {"content/a-draft/new.md", pledge("New", true)},
                    {"content/pledges/_index.md", PageFile("Pledges")},
                    {"content/pledges/heard.md", pledge("Heard", false)}});
    CHECK(site.Report() == "");
    CHECK(site.Index("/a-draft/card/") == -1);
    REQUIRE(site.Index("/pledges/card/") >= 0);
    std::vector<std::string> pledges;
    for (const hearth::Page& page : site.model.pages) {
      if (page.source->front.pledge) pledges.push_back(page.path);
    }
    CHECK(pledges == std::vector<std::string>{"/pledges/heard/"});
  }
}

TEST_CASE("content whose address falls under a reading version or assets is refused") {
  Site site(Files{{"content/_index.md", PageFile("Home")},
                  {"content/large-print/info.md", PageFile("Info")},
                  {"content/Easy Read.md", PageFile("Easy")},
                  {"content/assets/files.md", PageFile("Files")}});
  CHECK(site.Report() ==
        "content/Easy Read.md:1:1: error: this page's address /easy-read/ is kept for a reading "
        "version\n"
        "    ---\n"
        "    ^\n"
        "    hint: rename or move the file\n"
        "content/assets/files.md:1:1: error: this page's address /assets/files/ is kept for "
        "pictures and files\n"
        "    ---\n"
        "    ^\n"
        "    hint: rename or move the file\n"
        "content/large-print/info.md:1:1: error: this page's address /large-print/info/ is kept "
        "for a reading version\n"
        "    ---\n"
        "    ^\n"
        "    hint: rename or move the file\n"
        "3 errors, 0 warnings\n");
  CHECK(site.model.pages.size() == 1);
}

TEST_CASE("the feed holds dated pages, newest change first") {
  const Files files = {
      {"content/_index.md", PageFile("Home", "", "date: 2024-01-01\n")},
      {"content/news/_index.md", PageFile("News", "", "date: 2024-01-01\n")},
      {"content/news/fair.md", PageFile("Fair", "", "date: 2023-01-01\n")},
      {"content/news/grant.md", PageFile("Grant", "", "date: 2023-03-01\nupdated: 2023-06-01\n")},
      {"content/news/same-day.md", PageFile("Same day", "", "date: 2023-01-01\n")},
      {"content/events/meeting.md", PageFile("Meeting", "", "date: 2023-05-01\n")},
      {"content/about.md", PageFile("About")},
  };
  SECTION("every section") {
    Site site(files);
    CHECK(site.Report() == "");
    CHECK(site.Paths(site.model.feed) ==
          Paths{"/news/grant/", "/events/meeting/", "/news/fair/", "/news/same-day/"});
  }
  SECTION("chosen sections") {
    Files with_feed = files;
    with_feed["site.yaml"] = kSiteYaml + "feed:\n  sections: [news]\n";
    Site site(with_feed);
    CHECK(site.Report() == "");
    CHECK(site.Paths(site.model.feed) == Paths{"/news/grant/", "/news/fair/", "/news/same-day/"});
  }
  SECTION("a limit") {
    Files with_feed = files;
    with_feed["site.yaml"] = kSiteYaml + "feed:\n  limit: 2\n";
    Site site(with_feed);
    CHECK(site.Paths(site.model.feed) == Paths{"/news/grant/", "/events/meeting/"});
  }
}

TEST_CASE("a page's easy-read text is parsed and its links resolved like the body") {
  Site site(
      Files{{"content/_index.md", PageFile("Home")},
            {"content/grant.md", PageFile("Grant", "## Who can get it?\n")},
            {"content/grant.easy.md", "## Who gets it\n\n[Home](_index.md) [Nope](/nope/)\n"}});
  CHECK(site.Report() ==
        "content/grant.easy.md:3:19: error: there is no page at /nope/\n"
        "    [Home](_index.md) [Nope](/nope/)\n"
        "                      ^\n"
        "    hint: check the address against the file names in content/\n"
        "1 error, 0 warnings\n");
  const Page& grant = site.At("/grant/");
  CHECK(grant.body.ids == std::set<std::string>{"who-can-get-it"});
  REQUIRE(grant.alternates.count("easy") == 1);
  const PageText& easy = grant.alternates.at("easy");
  CHECK(easy.file == "content/grant.easy.md");
  CHECK(easy.ids == std::set<std::string>{"who-gets-it"});
  REQUIRE(easy.links.size() == 2);
  CHECK(easy.links[0].target_page == 0);
}
