#include "content/new_page.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <filesystem>
#include <fstream>

#include "config/site_config.h"
#include "content/meeting.h"
#include "content/source_page.h"
#include "fs/file_system.h"
#include "output/write_site.h"

namespace hearth {
namespace {

std::string Upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

std::string Errors(const Diagnostics& diags) {
  std::string out;
  for (const Diagnostic& d : diags.Sorted()) {
    out += d.location.file + ": " + d.message + " (" + d.hint + ")\n";
  }
  return out;
}

TEST_CASE("hearth new makes a draft of every type whose front matter reads without errors",
          "[new]") {
  const Date today{2026, 2, 28};
  for (const std::string type :
       {"page", "local-offer", "leaflet", "pledge", "meeting", "event", "news", "section"}) {
    CAPTURE(type);
    Diagnostics diags;
    auto text = NewPageText(type, today, diags);
    REQUIRE(text);
    auto file = NewPageFile(type, "things/new-thing", diags);
    REQUIRE(file);
    CHECK(Errors(diags) == "");
    MemoryFileSystem fs({{*file, *text}, {"content/_index.md", "---\ntitle: Home\n---\n"}});
    SiteConfig config;
    config.variants = DefaultVariants();
    Diagnostics load;
    SourceTree tree = LoadContent(fs, config, load);
    CHECK(Errors(load) == "");
    auto page = std::find_if(tree.pages.begin(), tree.pages.end(),
                             [&](const SourcePage& p) { return p.file == *file; });
    REQUIRE(page != tree.pages.end());
    CHECK(page->front.draft);  // never published by accident
    CHECK(page->front.type == (type == "section" ? "page" : type));
    CHECK(page->is_section_index == (type == "section"));
    CHECK(page->front.title == Upper(page->front.title));  // the placeholder says fill me in
    if (type == "meeting" || type == "event" || type == "news") {
      CHECK(page->front.date->Iso() == "2026-02-28");
    }
    if (type == "meeting" || type == "event") {
      REQUIRE(page->front.meeting);
      CHECK(page->front.meeting->start == TimeOfDay{type == "meeting" ? 14 : 10, 0});
      // No status: it shows as scheduled until the day and as held after it, never
      // "Scheduled" for ever. The template says how to write a cancellation.
      CHECK(page->front.meeting->status == "");
      CHECK(page->front.meeting->StatusOn(page->front.date, Date{2026, 3, 1}) == "held");
      CHECK(text->find("\n# status: cancelled   # only if it is cancelled\n") != std::string::npos);
      if (type == "meeting") CHECK(page->front.meeting->committee == "COMMITTEE");
      if (type == "event") CHECK(page->front.meeting->open_to == "WHO CAN COME");
    }
    if (type == "local-offer" || type == "leaflet" || type == "pledge") {
      CHECK(page->front.updated->Iso() == "2026-02-28");
      CHECK(page->front.review_by->Iso() == "2027-02-28");
    }
  }
}

TEST_CASE("a page started on 29 February is due for review on 28 February", "[new]") {
  Diagnostics diags;
  auto text = NewPageText("local-offer", Date{2028, 2, 29}, diags);
  REQUIRE(text);
  CHECK(text->find("updated: 2028-02-29\nreview_by: 2029-02-28\n") != std::string::npos);
}

TEST_CASE("hearth new names the file from the path and refuses bad paths and types", "[new]") {
  Diagnostics diags;
  CHECK(NewPageFile("page", "local-offer/bus-pass", diags) == "content/local-offer/bus-pass.md");
  CHECK(NewPageFile("page", "content/local-offer/bus-pass.md", diags) ==
        "content/local-offer/bus-pass.md");
  CHECK(NewPageFile("section", "local-offer/", diags) == "content/local-offer/_index.md");
  CHECK(Errors(diags) == "");
  CHECK_FALSE(NewPageFile("page", "../outside", diags));
  CHECK_FALSE(NewPageFile("page", "/etc/thing", diags));
  CHECK_FALSE(NewPageFile("page", "Bus Pass", diags));
  CHECK_FALSE(NewPageFile("page", "", diags));
  CHECK_FALSE(NewPageText("local-offr", Date{2026, 1, 1}, diags));
  CHECK(Errors(diags) ==
        ": say where the page goes (for example: hearth new local-offer local-offer/bus-pass)\n"
        "../outside: the page's place must stay inside content/ ()\n"
        "/etc/thing: the page's place is inside content/, not from the top of the computer "
        "(write it as section/name, such as local-offer/bus-pass)\n"
        "Bus Pass: 'Bus Pass' is not a good page address (use lower-case words joined by "
        "hyphens, such as 'bus-pass')\n"
        "local-offr: there is no page type 'local-offr'; did you mean 'local-offer'? (the types "
        "are: page, local-offer, leaflet, pledge, meeting, event, news, section)\n");
}

TEST_CASE("hearth new never writes over a page", "[new]") {
  auto dir = std::filesystem::temp_directory_path() / "hearth-new-test";
  std::filesystem::remove_all(dir);
  Diagnostics diags;
  CHECK(WriteNewFile(dir, "content/a/b.md", "first", diags));
  CHECK_FALSE(WriteNewFile(dir, "content/a/b.md", "second", diags));
  std::ifstream in(dir / "content/a/b.md");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text == "first");
  CHECK(Errors(diags) ==
        "content/a/b.md: content/a/b.md already exists; hearth new never writes over a page "
        "(choose another name, or edit the page that is there)\n");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace hearth
