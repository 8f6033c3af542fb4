#include "render/local_offer_view.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "core/text.h"
#include "fs/file_system.h"
#include "pipeline/pipeline.h"

using namespace hearth;

namespace {

// The local offer fixture site (tests/sites/local-offer) without its own small theme, so
// its pages render with the default theme's templates, as a real site's would.
struct OfferSite {
  MemoryFileSystem site;
  Diagnostics diagnostics;
  PipelineResult result;
  std::map<std::string, std::string> files;
  std::string report;
};

std::unique_ptr<OfferSite> BuildOfferSite(std::optional<Date> today = std::nullopt,
                                          const std::vector<std::string>& leave_out = {}) {
  auto out = std::make_unique<OfferSite>();
  RealFileSystem fixture(std::string(HEARTH_SOURCE_DIR) + "/tests/sites/local-offer");
  for (const char* dir : {"content", "assets"}) {
    for (const std::string& file : fixture.ListFiles(dir)) {
      if (std::find(leave_out.begin(), leave_out.end(), file) != leave_out.end()) continue;
      out->site.Write(file, *fixture.ReadFile(file));
    }
  }
  out->site.Write("site.yaml", *fixture.ReadFile("site.yaml"));
  RealFileSystem theme(HEARTH_DEFAULT_THEME_DIR);
  PipelineOptions options;
  options.build.today = today;
  out->result = RunPipeline(out->site, theme, options, out->diagnostics);
  out->report = FormatDiagnostics(out->diagnostics, SiteLineLookup(out->site));
  for (const auto& file : out->result.files) out->files[file.path] = file.bytes;
  return out;
}

const OfferSite& Site() {
  static const std::unique_ptr<OfferSite> site = BuildOfferSite();
  return *site;
}

// The text from the first `from` to the end of the first `to` after it.
std::string Between(const std::string& text, const std::string& from, const std::string& to) {
  size_t start = text.find(from);
  if (start == std::string::npos) return "(no " + from + ")";
  size_t end = text.find(to, start);
  if (end == std::string::npos) return "(no " + to + ")";
  return text.substr(start, end + to.size() - start);
}

const std::string& Output(const std::string& path) {
  static const std::string kNone;
  auto it = Site().files.find(path);
  return it == Site().files.end() ? kNone : it->second;
}

}  // namespace

TEST_CASE("an entry's page starts with the At a glance box", "[local-offer]") {
  INFO(Site().report);
  REQUIRE(Site().result.ok);
  CHECK(Between(Output("offer/home-allowance/index.html"), "<section class=\"at-a-glance\"",
                "</section>") ==
        "<section class=\"at-a-glance\" aria-labelledby=\"at-a-glance\">\n"
        "<h2 id=\"at-a-glance\">At a glance</h2>\n"
        "<dl>\n"
        "<dt>Who can get it</dt>\n"
        "<dd>\n"
        "<p>Ages 16 to 25, if you are:</p>\n"
        "<ul>\n"
        "<li><strong>Eligible</strong>: you are 16 or 17 and in our care now, and you have been in "
        "care for at least 13 weeks since your 14th birthday, including some time after your 16th "
        "birthday.</li>\n"
        "<li><strong>Relevant</strong>: you are 16 or 17 and have left our care, and you were in "
        "care for at least 13 weeks since your 14th birthday, including some time after your 16th "
        "birthday.</li>\n"
        "<li><strong>Former relevant</strong>: you are 18 or over, and before you turned 18 you "
        "were in care for at least 13 weeks since your 14th birthday, including some time after "
        "your 16th birthday.</li>\n"
        "</ul>\n"
        "</dd>\n"
        "<dt>What you get</dt>\n"
        "<dd>\n"
        "<p class=\"amount\">£3,000, paid once</p>\n"
        "<p>We pay the shops for you.</p>\n"
        "\n"
        "</dd>\n"
        "<dt>How to ask</dt>\n"
        "<dd><p>Talk to your personal adviser.</p></dd>\n"
        "<dt>Who to contact</dt>\n"
        "<dd>\n"
        "<p>Fixture Council</p>\n"
        "<ul class=\"contact-ways\">\n"
        "<li>Phone: <a href=\"tel:01000000000\">01000 000 000</a></li>\n"
        "<li>Email: <a href=\"mailto:help@offer.example.org\">help@offer.example.org</a></li>\n"
        "\n"
        "</ul>\n"
        "</dd>\n"
        "<dt>Last checked</dt>\n"
        "<dd><p><time datetime=\"2026-11-02\">2 November 2026</time></p></dd>\n"
        "</dl>\n"
        "</section>");
}

TEST_CASE("an entry's contact is its own, else the organisation's", "[local-offer]") {
  REQUIRE(Site().result.ok);
  CHECK(Between(Output("offer/bursary/index.html"), "<dt>Who to contact</dt>", "</dd>") ==

        "<dt>Who to contact</dt>\n"
        "<dd>\n"
        "<p>The Virtual School</p>\n"
        "<ul class=\"contact-ways\">\n"
        "\n"
        "<li>Email: <a href=\"mailto:school@offer.example.org\">school@offer.example.org</a></li>\n"
        "<li><a "
        "href=\"https://offer.example.org/virtual-school\">https://offer.example.org/"
        "virtual-school</a></li>\n"
        "</ul>\n"
        "</dd>");
  CHECK(Between(Output("large-print/offer/health-checks/index.html"), "<dt>Who to contact</dt>",
                "</dd>") ==
        "<dt>Who to contact</dt>\n"
        "<dd>\n"
        "<p>The nurses</p>\n"
        "<ul class=\"contact-ways\">\n"
        "<li>Phone: <a href=\"tel:01000000111\">01000 000 111</a></li>\n"
        "\n"
        "<li><a href=\"/large-print/offer/\">How to contact the nurses</a></li>\n"
        "</ul>\n"
        "</dd>");
}

TEST_CASE("the easy-read box says the same facts as short sentences with pictures",
          "[local-offer]") {
  REQUIRE(Site().result.ok);
  CHECK(Between(Output("easy-read/offer/home-allowance/index.html"),
                "<section class=\"at-a-glance\"", "</section>") ==
        "<section class=\"at-a-glance\" aria-labelledby=\"at-a-glance\">\n"
        "<h2 id=\"at-a-glance\">At a glance</h2>\n"
        "<div class=\"picture-block\">\n"
        "<div class=\"picture\"><img src=\"/assets/easy-read/young-person.bfc183ad34.svg\" alt=\"A "
        "young person\"></div>\n"
        "<div class=\"words\">\n"
        "<p>You can get this if you are 16 to 25.</p>\n"
        "<p>One of these must be true:</p>\n"
        "<ul>\n"
        "<li>You are 16 or 17 and in care now.</li>\n"
        "<li>You are 16 or 17 and have left care.</li>\n"
        "<li>You are 18 or over and have left care.</li>\n"
        "</ul>\n"
        "</div>\n"
        "</div>\n"
        "<div class=\"picture-block\">\n"
        "<div class=\"picture\"><img src=\"/assets/easy-read/money.bfc183ad34.svg\" "
        "alt=\"Money\"></div>\n"
        "<div class=\"words\">\n"
        "<p>You get £3,000, paid once.</p>\n"
        "\n"
        "</div>\n"
        "</div>\n"
        "<div class=\"picture-block\">\n"
        "<div class=\"picture\"><img src=\"/assets/easy-read/form.bfc183ad34.svg\" alt=\"A "
        "form\"></div>\n"
        "<div class=\"words\">\n"
        "<p>How to ask: Talk to your personal adviser.</p>\n"
        "</div>\n"
        "</div>\n"
        "<div class=\"picture-block\">\n"
        "<div class=\"picture\"><img src=\"/assets/easy-read/phone.bfc183ad34.svg\" alt=\"A "
        "phone\"></div>\n"
        "<div class=\"words\">\n"
        "<p>Phone Fixture Council on <a href=\"tel:01000000000\">01000 000 000</a>.</p>\n"
        "</div>\n"
        "</div>\n"
        "<div class=\"picture-block\">\n"
        "<div class=\"picture\"></div>\n"
        "<div class=\"words\">\n"
        "<p>Email <a href=\"mailto:help@offer.example.org\">help@offer.example.org</a>.</p>\n"
        "</div>\n"
        "</div>\n"
        "\n"
        "<div class=\"picture-block\">\n"
        "<div class=\"picture\"><img src=\"/assets/easy-read/calendar.bfc183ad34.svg\" alt=\"A "
        "calendar\"></div>\n"
        "<div class=\"words\">\n"
        "<p>We checked this on <time datetime=\"2026-11-02\">2 November 2026</time>.</p>\n"
        "</div>\n"
        "</div>\n"
        "</section>");
}

TEST_CASE("an entry describes itself as a schema.org GovernmentService", "[local-offer]") {
  REQUIRE(Site().result.ok);
  std::string script = Between(Output("offer/bursary/index.html"),
                               "<script type=\"application/ld+json\">", "</script>");
  script = script.substr(35, script.size() - 35 - 9);
  nlohmann::json ld = nlohmann::json::parse(script);
  CHECK(ld["@context"] == "https://schema.org");
  CHECK(ld["@type"] == "GovernmentService");
  CHECK(ld["name"] == "Bursary <for> study & \"training\"");
  CHECK(ld["description"] == "Up to £1,200 a year for college.");
  CHECK(ld["url"] == "https://offer.example.org/offer/bursary/");
  CHECK(ld["category"] == "Education and training");
  CHECK(ld["provider"] == nlohmann::json{{"@type", "GovernmentOrganization"},
                                         {"name", "Fixture Council"},
                                         {"url", "https://offer.example.org/"},
                                         {"telephone", "01000 000 000"},
                                         {"email", "help@offer.example.org"}});
  CHECK(ld["areaServed"] ==
        nlohmann::json{{"@type", "AdministrativeArea"}, {"name", "Fixtureshire"}});
  CHECK(ld["audience"] ==
        nlohmann::json{{"@type", "PeopleAudience"},
                       {"audienceType", "Children in care and care leavers: eligible, relevant"},
                       {"suggestedMinAge", 16},
                       {"suggestedMaxAge", 18}});
  CHECK(ld["serviceOutput"] == nlohmann::json{{"@type", "MonetaryAmount"},
                                              {"currency", "GBP"},
                                              {"description", "Up to £1,200 a year"},
                                              {"maxValue", 1200},
                                              {"minValue", 0}});
  CHECK(ld["offers"] == nlohmann::json{{"@type", "Offer"},
                                       {"price", 0},
                                       {"priceCurrency", "GBP"},
                                       {"description", "Up to £1,200 a year"}});
  CHECK(ld["availableChannel"] ==
        nlohmann::json{{"@type", "ServiceChannel"},
                       {"description", "Ask your college."},
                       {"serviceUrl", "https://offer.example.org/virtual-school"},
                       {"servicePhone",
                        {{"@type", "ContactPoint"},
                         {"name", "The Virtual School"},
                         {"email", "school@offer.example.org"}}}});
  // "<" in a title cannot end the script element early.
  CHECK(script.find('<') == std::string::npos);
  // An entry with no amount has no offer; a page that is not an entry has no JSON-LD.
  std::string health = Between(Output("offer/health-checks/index.html"),
                               "<script type=\"application/ld+json\">", "</script>");
  CHECK(health.find("serviceOutput") == std::string::npos);
  CHECK(health.find("\"suggestedMinAge\":0") != std::string::npos);
  CHECK(Output("offer/index.html").find("application/ld+json") == std::string::npos);
}

TEST_CASE("the section lists its entries by area with their key facts", "[local-offer]") {
  REQUIRE(Site().result.ok);
  CHECK(Between(Output("offer/index.html"), "<div class=\"offer-list\">", "</div>\n") ==
        "<div class=\"offer-list\">\n"
        "<section class=\"offer-area\" aria-labelledby=\"area-health-and-wellbeing\">\n"
        "<h2 id=\"area-health-and-wellbeing\">Health and wellbeing</h2>\n"
        "<ul class=\"page-list\">\n"
        "<li data-from=\"0\" data-to=\"17\" data-status=\"in-care\">\n"
        "<a href=\"/offer/health-checks/\">Health checks</a>\n"
        "<p>Checks of your health while you are in care.</p>\n"
        "<p class=\"offer-facts\">Ages up to 17.</p>\n"
        "</li>\n"
        "</ul>\n"
        "</section>\n"
        "<section class=\"offer-area\" aria-labelledby=\"area-education-and-training\">\n"
        "<h2 id=\"area-education-and-training\">Education and training</h2>\n"
        "<ul class=\"page-list\">\n"
        "<li data-from=\"16\" data-to=\"18\" data-status=\"eligible relevant\">\n"
        "<a href=\"/offer/bursary/\">Bursary &lt;for&gt; study &amp; &quot;training&quot;</a>\n"
        "<p>Up to £1,200 a year for college.</p>\n"
        "<p class=\"offer-facts\">Ages 16 to 18. Up to £1,200 a year.</p>\n"
        "</li>\n"
        "</ul>\n"
        "</section>\n"
        "<section class=\"offer-area\" aria-labelledby=\"area-money\">\n"
        "<h2 id=\"area-money\">Money</h2>\n"
        "<ul class=\"page-list\">\n"
        "<li data-from=\"16\" data-to=\"25\" data-status=\"eligible relevant former-relevant\">\n"
        "<a href=\"/offer/home-allowance/\">Home allowance</a>\n"
        "<p>Money for your first home.</p>\n"
        "<p class=\"offer-facts\">Ages 16 to 25. £3,000, paid once.</p>\n"
        "</li>\n"
        "<li data-from=\"18\" data-to=\"25\" data-status=\"former-relevant qualifying\">\n"
        "<a href=\"/offer/council-tax/\">Council tax</a>\n"
        "<p>No council tax to pay.</p>\n"
        "<p class=\"offer-facts\">Ages 18 to 25.</p>\n"
        "</li>\n"
        "</ul>\n"
        "</section>\n"
        "</div>\n");
}

TEST_CASE("the section links to a page per age band and care status, and offers the filter",
          "[local-offer]") {
  REQUIRE(Site().result.ok);
  const std::string& index = Output("large-print/offer/index.html");
  CHECK(Between(index, "<nav class=\"offer-filters\"", "</nav>") ==
        "<nav class=\"offer-filters\" aria-labelledby=\"show-what-i-can-get\">\n"
        "<h2 id=\"show-what-i-can-get\">Show what I can get</h2>\n"
        "<p>Show what I can get if I am ...</p>\n"
        "<ul>\n"
        "<li><a href=\"/large-print/offer/age/under-16/\">under 16</a></li>\n"
        "<li><a href=\"/large-print/offer/age/16-to-17/\">16 or 17</a></li>\n"
        "<li><a href=\"/large-print/offer/age/18-to-20/\">18 to 20</a></li>\n"
        "<li><a href=\"/large-print/offer/age/21-to-25/\">21 to 25</a></li>\n"
        "<li><a href=\"/large-print/offer/status/in-care/\">in care now</a></li>\n"
        "<li><a href=\"/large-print/offer/status/eligible/\">16 or 17 and in care "
        "(eligible)</a></li>\n"
        "<li><a href=\"/large-print/offer/status/relevant/\">16 or 17 and have left care "
        "(relevant)</a></li>\n"
        "<li><a href=\"/large-print/offer/status/former-relevant/\">18 or over and have left care "
        "(former relevant)</a></li>\n"
        "<li><a href=\"/large-print/offer/status/qualifying/\">in care for a short time after 16 "
        "(qualifying)</a></li>\n"
        "</ul>\n"
        "</nav>");
  CHECK(Between(index, "<form class=\"offer-filter\"", "</form>") ==
        "<form class=\"offer-filter\" hidden aria-labelledby=\"filter-heading\">\n"
        "<h2 id=\"filter-heading\">Filter this list</h2>\n"
        "<div class=\"offer-filter-field\">\n"
        "<label for=\"offer-age\">My age</label>\n"
        "<select id=\"offer-age\" name=\"age\">\n"
        "<option value=\"\">Any age</option>\n"
        "<option value=\"0\">0</option>\n"
        "<option value=\"1\">1</option>\n"
        "<option value=\"2\">2</option>\n"
        "<option value=\"3\">3</option>\n"
        "<option value=\"4\">4</option>\n"
        "<option value=\"5\">5</option>\n"
        "<option value=\"6\">6</option>\n"
        "<option value=\"7\">7</option>\n"
        "<option value=\"8\">8</option>\n"
        "<option value=\"9\">9</option>\n"
        "<option value=\"10\">10</option>\n"
        "<option value=\"11\">11</option>\n"
        "<option value=\"12\">12</option>\n"
        "<option value=\"13\">13</option>\n"
        "<option value=\"14\">14</option>\n"
        "<option value=\"15\">15</option>\n"
        "<option value=\"16\">16</option>\n"
        "<option value=\"17\">17</option>\n"
        "<option value=\"18\">18</option>\n"
        "<option value=\"19\">19</option>\n"
        "<option value=\"20\">20</option>\n"
        "<option value=\"21\">21</option>\n"
        "<option value=\"22\">22</option>\n"
        "<option value=\"23\">23</option>\n"
        "<option value=\"24\">24</option>\n"
        "<option value=\"25\">25</option>\n"
        "</select>\n"
        "</div>\n"
        "<div class=\"offer-filter-field\">\n"
        "<label for=\"offer-status\">My care status</label>\n"
        "<select id=\"offer-status\" name=\"status\">\n"
        "<option value=\"\">Any care status</option>\n"
        "<option value=\"in-care\">In care now</option>\n"
        "<option value=\"eligible\">Eligible</option>\n"
        "<option value=\"relevant\">Relevant</option>\n"
        "<option value=\"former-relevant\">Former relevant</option>\n"
        "<option value=\"qualifying\">Qualifying</option>\n"
        "</select>\n"
        "</div>\n"
        "</form>");
  CHECK(index.find("<p class=\"offer-count\" id=\"offer-count\" aria-live=\"polite\">4 things in "
                   "the local offer.</p>") != std::string::npos);
  std::string script = Between(index, "<script src=\"", "\" defer></script>");
  CHECK(StartsWith(script, "<script src=\"/assets/js/local-offer-filter."));
  std::string url = script.substr(13, script.size() - 13 - 17);
  CHECK(Site().files.count(url.substr(1)));
}

TEST_CASE("the index counts one entry as one thing", "[local-offer]") {
  auto site =
      BuildOfferSite(std::nullopt, {"content/offer/bursary.md", "content/offer/council-tax.md",
                                    "content/offer/health-checks.md"});
  INFO(site->report);
  REQUIRE(site->result.ok);
  CHECK(Between(site->files["offer/index.html"], "<p class=\"offer-count\"", "</p>") ==
        "<p class=\"offer-count\" id=\"offer-count\" aria-live=\"polite\">1 thing in the local "
        "offer.</p>");
}

TEST_CASE("a filter page lists what someone of that age can get, by area", "[local-offer]") {
  REQUIRE(Site().result.ok);
  const std::string& page = Output("offer/age/16-to-17/index.html");
  CHECK(Between(page, "<h1>", "</h1>") == "<h1>What you can get if you are 16 or 17</h1>");
  CHECK(Between(page, "<p>These are", "</ul>") ==
        "<p>These are the things in the local offer for young people aged 16 or 17. Each one says "
        "which ages can get it: some are only for part of this age group, and some depend on your "
        "care status.</p>\n"
        "<h2 id=\"health-and-wellbeing\">\n"
        "Health and wellbeing\n"
        "</h2>\n"
        "<ul>\n"
        "<li><a href=\"/offer/health-checks/\">Health checks</a>: Checks of your health while you "
        "are in care. Ages up to 17.</li>\n"
        "</ul>");
  // Every band and status that an entry has gets a page in every version; a draft is in none.
  for (const char* path :
       {"offer/age/under-16/", "offer/age/16-to-17/", "offer/age/18-to-20/", "offer/age/21-to-25/",
        "offer/status/in-care/", "offer/status/eligible/", "offer/status/relevant/",
        "offer/status/former-relevant/", "offer/status/qualifying/"}) {
    for (const char* version : {"", "large-print/", "easy-read/"}) {
      CAPTURE(path, version);
      CHECK(Site().files.count(std::string(version) + path + "index.html"));
    }
  }
  for (const auto& [path, bytes] : Site().files) {
    CAPTURE(path);
    CHECK(bytes.find("Not ready yet") == std::string::npos);
  }
}

TEST_CASE("a build warns about entries not checked for more than a year", "[local-offer]") {
  auto site = BuildOfferSite(Date{2027, 10, 2});
  CHECK(site->result.ok);
  // 2 October 2027 is a year and a day after 1 October 2026; the entry checked on 2 November
  // 2026 is still in time.
  CHECK(site->report ==
        "content/offer/bursary.md:12:15: warning: this entry was last checked 12 months ago, on "
        "1 October 2026\n"
        "    last_checked: 2026-10-01\n"
        "                  ^\n"
        "    hint: check that what it says is still right (amounts, ages, who to contact), then "
        "change last_checked to the date you checked it\n"
        "content/offer/health-checks.md:12:15: warning: this entry was last checked 12 months "
        "ago, on 15 September 2026\n"
        "    last_checked: 2026-09-15\n"
        "                  ^\n"
        "    hint: check that what it says is still right (amounts, ages, who to contact), then "
        "change last_checked to the date you checked it\n"
        "0 errors, 2 warnings\n");
}
