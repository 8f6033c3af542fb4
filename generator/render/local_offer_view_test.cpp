#include "render/local_offer_view.h"

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

std::unique_ptr<OfferSite> BuildOfferSite(std::optional<Date> today = std::nullopt) {
  auto out = std::make_unique<OfferSite>();
  RealFileSystem fixture(std::string(HEARTH_SOURCE_DIR) + "/tests/sites/local-offer");
  for (const char* dir : {"content", "assets"}) {
    for (const std::string& file : fixture.ListFiles(dir)) {
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

const std::string& Page(const std::string& path) {
  static const std::string kNone;
  auto it = Site().files.find(path);
  return it == Site().files.end() ? kNone : it->second;
}

}  // namespace

TEST_CASE("an entry's page starts with the At a glance box", "[local-offer]") {
  INFO(Site().report);
  REQUIRE(Site().result.ok);
  CHECK(Between(Page("offer/home-allowance/index.html"), "<section class=\"at-a-glance\"",
                "</section>") == "GLANCE");
}

TEST_CASE("an entry's contact is its own, else the organisation's", "[local-offer]") {
  REQUIRE(Site().result.ok);
  CHECK(Between(Page("offer/bursary/index.html"), "<dt>Who to contact</dt>", "</dd>") ==
        "BURSARY CONTACT");
  CHECK(Between(Page("large-print/offer/health-checks/index.html"), "<dt>Who to contact</dt>",
                "</dd>") == "HEALTH CONTACT");
}

TEST_CASE("the easy-read box says the same facts as short sentences with pictures",
          "[local-offer]") {
  REQUIRE(Site().result.ok);
  CHECK(Between(Page("easy-read/offer/home-allowance/index.html"), "<section class=\"at-a-glance\"",
                "</section>") == "EASY");
}

TEST_CASE("an entry describes itself as a schema.org GovernmentService", "[local-offer]") {
  REQUIRE(Site().result.ok);
  std::string script = Between(Page("offer/bursary/index.html"),
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
  std::string health = Between(Page("offer/health-checks/index.html"),
                               "<script type=\"application/ld+json\">", "</script>");
  CHECK(health.find("serviceOutput") == std::string::npos);
  CHECK(health.find("\"suggestedMinAge\":0") != std::string::npos);
  CHECK(Page("offer/index.html").find("application/ld+json") == std::string::npos);
}

TEST_CASE("the section lists its entries by area with their key facts", "[local-offer]") {
  REQUIRE(Site().result.ok);
  CHECK(Between(Page("offer/index.html"), "<div class=\"offer-list\">", "</div>\n") == "INDEX");
}

TEST_CASE("the section links to a page per age band and care status, and offers the filter",
          "[local-offer]") {
  REQUIRE(Site().result.ok);
  const std::string& index = Page("large-print/offer/index.html");
  CHECK(Between(index, "<nav class=\"offer-filters\"", "</nav>") == "FILTERS");
  CHECK(Between(index, "<form class=\"offer-filter\"", "</form>") == "FORM");
  CHECK(index.find("<p class=\"offer-count\" id=\"offer-count\" aria-live=\"polite\">4 things in "
                   "the local offer.</p>") != std::string::npos);
  std::string script = Between(index, "<script src=\"", "\" defer></script>");
  CHECK(StartsWith(script, "<script src=\"/assets/js/local-offer-filter."));
  std::string url = script.substr(13, script.size() - 13 - 17);
  CHECK(Site().files.count(url.substr(1)));
}

TEST_CASE("a filter page lists what someone of that age can get, by area", "[local-offer]") {
  REQUIRE(Site().result.ok);
  const std::string& page = Page("offer/age/16-to-17/index.html");
  CHECK(Between(page, "<h1>", "</h1>") == "<h1>What you can get if you are 16 or 17</h1>");
  CHECK(Between(page, "<p>These are", "</ul>") == "FILTER");
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
  CHECK(site->report == "WARNINGS");
}
