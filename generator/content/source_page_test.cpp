#include "content/source_page.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "fs/file_system.h"
#include "pipeline/pipeline.h"

using namespace hearth;

namespace {

using Files = std::map<std::string, std::string>;

const std::string kFieldsHint =
    "    hint: the fields you can use are: title, description, date, updated, review_by, draft, "
    "weight, tags, type, audience, downloadable\n";

// Loads content/ from files held in memory, with the default reading versions.
struct Content {
  explicit Content(const Files& files, std::vector<Variant> variants = DefaultVariants()) {
    for (const auto& [path, bytes] : files) fs.Write(path, bytes);
    config.variants = std::move(variants);
    tree = LoadContent(fs, config, diagnostics);
  }
  std::string Report() const { return FormatDiagnostics(diagnostics, SiteLineLookup(fs)); }
  const SourcePage* Find(const std::string& file) const {
    for (const auto& page : tree.pages) {
      if (page.file == file) return &page;
    }
    return nullptr;
  }

  MemoryFileSystem fs;
  SiteConfig config;
  Diagnostics diagnostics;
  SourceTree tree;
};

// Replaces every "{}" in `text` with `value`.
std::string Fill(std::string text, const std::string& value) {
  for (size_t at = text.find("{}"); at != std::string::npos; at = text.find("{}", at)) {
    text.replace(at, 2, value);
    at += value.size();
  }
  return text;
}

// One page with the given text at content/a.md.
Content OnePage(const std::string& text) { return Content(Files{{"content/a.md", text}}); }

}  // namespace

TEST_CASE("every front-matter field is read into the page") {
  Content site(Files{{"content/local-offer/setting-up-home.md",
                      "---\n"
                      "title: Setting up home allowance\n"
                      "description: Money to help you move into your own home.\n"
                      "date: 2023-10-04\n"
                      "updated: 2023-11-01\n"
                      "review_by: 2024-10-04\n"
                      "draft: false\n"
                      "weight: 2\n"
                      "tags: [money, housing]\n"
                      "type: leaflet\n"
                      "audience: [young-people, carers]\n"
                      "downloadable: true\n"
                      "---\n"
                      "Body text.\n"}});
  CHECK(site.Report() == "");
  REQUIRE(site.tree.pages.size() == 1);
  const SourcePage& page = site.tree.pages[0];
  CHECK(page.file == "content/local-offer/setting-up-home.md");
  CHECK(page.content_path == "local-offer/setting-up-home.md");
  CHECK_FALSE(page.is_section_index);
  const FrontMatter& f = page.front;
  CHECK(f.title == "Setting up home allowance");
  CHECK(f.title_location.file == "content/local-offer/setting-up-home.md");
  CHECK(f.title_location.line == 2);
  CHECK(f.title_location.column == 8);
  CHECK(f.description == "Money to help you move into your own home.");
  CHECK(f.date == std::optional<Date>(Date{2023, 10, 4}));
  CHECK(f.updated == std::optional<Date>(Date{2023, 11, 1}));
  CHECK(f.review_by == std::optional<Date>(Date{2024, 10, 4}));
  CHECK_FALSE(f.draft);
  CHECK(f.weight == 2);
  CHECK(f.tags == std::vector<std::string>{"money", "housing"});
  CHECK(f.type == "leaflet");
  CHECK(f.audience == std::vector<std::string>{"young-people", "carers"});
  CHECK(f.downloadable);
  CHECK(page.body.file == "content/local-offer/setting-up-home.md");
  CHECK(page.body.text == "Body text.\n");
  CHECK(page.body.first_line == 14);
  CHECK(page.alternates.empty());
}

TEST_CASE("fields that are left out take their defaults") {
  Content site = OnePage("---\ntitle: T\n---\n");
  CHECK(site.Report() == "");
  REQUIRE(site.tree.pages.size() == 1);
  const FrontMatter& f = site.tree.pages[0].front;
  CHECK(f.description == "");
  CHECK_FALSE(f.date.has_value());
  CHECK_FALSE(f.updated.has_value());
  CHECK_FALSE(f.draft);
  CHECK(f.weight == 0);
  CHECK(f.tags.empty());
  CHECK(f.type == "page");
  CHECK(f.audience.empty());
  CHECK_FALSE(f.downloadable);
}

TEST_CASE("a page without front matter is reported at line 1 and left out") {
  Content site = OnePage("Just some words\n");
  CHECK(site.Report() ==
        "content/a.md:1:1: error: this page does not start with front matter\n"
        "    Just some words\n"
        "    ^\n"
        "    hint: the first line should be --- followed by lines such as 'title: ...', then "
        "another ---\n"
        "1 error, 0 warnings\n");
  CHECK(site.tree.pages.empty());
}

TEST_CASE("an empty page file is reported as having no front matter") {
  Content site = OnePage("");
  CHECK(site.Report() ==
        "content/a.md:1:1: error: this page does not start with front matter\n"
        "    hint: the first line should be --- followed by lines such as 'title: ...', then "
        "another ---\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("front matter without a closing fence is reported at line 1") {
  Content site = OnePage("---\ntitle: Bursary\n\nSome words.\n");
  CHECK(site.Report() ==
        "content/a.md:1:1: error: the front matter is not closed\n"
        "    ---\n"
        "    ^\n"
        "    hint: add a line with just --- after the last field\n"
        "1 error, 0 warnings\n");
  CHECK(site.tree.pages.empty());
}

TEST_CASE("a fence is three hyphens, with nothing after them but spaces") {
  auto [text, closed] = GENERATE(table<std::string, bool>({
      {"---\ntitle: T\n---\n", true},
      {"---\ntitle: T\n---   \n", true},
      {"---  \ntitle: T\n---\n", true},
      {"---\ntitle: T\n----\n", false},
      {"---\ntitle: T\n --- \n", false},
      {"---\ntitle: T\n--- end\n", false},
  }));
  CAPTURE(text);
  Diagnostics diagnostics;
  std::string yaml;
  SourceBody body;
  CHECK(SplitFrontMatter("content/a.md", text, yaml, body, diagnostics) == closed);
  CHECK(diagnostics.HasErrors() == !closed);
}

TEST_CASE("SplitFrontMatter separates the YAML from the body and says where the body starts") {
  auto [text, yaml, body_text, first_line] =
      GENERATE(table<std::string, std::string, std::string, int>({
          {"---\na: 1\n---\nbody\n", "a: 1\n", "body\n", 4},
          {"---\na: 1\nb: 2\n---\n\nbody", "a: 1\nb: 2\n", "\nbody", 5},
          {"---\na: 1\n---", "a: 1\n", "", 4},
          {"---\n---\nbody\n", "", "body\n", 3},
          {"\xEF\xBB\xBF---\na: 1\n---\nbody\n", "a: 1\n", "body\n", 4},
      }));
  CAPTURE(text);
  Diagnostics diagnostics;
  std::string got_yaml;
  SourceBody body;
  REQUIRE(SplitFrontMatter("content/a.md", text, got_yaml, body, diagnostics));
  CHECK(got_yaml == yaml);
  CHECK(body.file == "content/a.md");
  CHECK(body.text == body_text);
  CHECK(body.first_line == first_line);
  CHECK_FALSE(diagnostics.HasErrors());
}

TEST_CASE("a byte order mark before the front matter is accepted") {
  Content site = OnePage("\xEF\xBB\xBF---\ntitle: Bursary\n---\nWords.\n");
  CHECK(site.Report() == "");
  REQUIRE(site.tree.pages.size() == 1);
  CHECK(site.tree.pages[0].front.title == "Bursary");
  CHECK(site.tree.pages[0].body.text == "Words.\n");
  CHECK(site.tree.pages[0].body.first_line == 4);
}

TEST_CASE("a page with CRLF line endings reads like one with LF") {
  Content site = OnePage("---\r\ntitle: Setting up home\r\ndate: 2023-10-04\r\n---\r\nWords.\r\n");
  CHECK(site.Report() == "");
  REQUIRE(site.tree.pages.size() == 1);
  const SourcePage& page = site.tree.pages[0];
  CHECK(page.front.title == "Setting up home");
  CHECK(page.front.date == std::optional<Date>(Date{2023, 10, 4}));
  CHECK(page.body.first_line == 5);
  CHECK(page.body.text == "Words.\r\n");
}

TEST_CASE("a mistake in a CRLF page is shown without the carriage return") {
  Content site = OnePage("---\r\ntitle: T\r\nagez: 16-25\r\n---\r\n");
  CHECK(site.Report() ==
        "content/a.md:3:1: error: unknown field 'agez'\n"
        "    agez: 16-25\n"
        "    ^\n" +
            kFieldsHint + "1 error, 0 warnings\n");
}

TEST_CASE("an unknown field with no close match lists the fields and leaves the page out") {
  Content site(
      Files{{"content/local-offer/bursary.md", "---\ntitle: Bursary\nagez: 16-25\n---\nWords.\n"}});
  CHECK(site.Report() ==
        "content/local-offer/bursary.md:3:1: error: unknown field 'agez'\n"
        "    agez: 16-25\n"
        "    ^\n" +
            kFieldsHint + "1 error, 0 warnings\n");
  CHECK(site.tree.pages.empty());
}

TEST_CASE("a misspelt front-matter field suggests the closest field") {
  Content site = OnePage("---\ntitel: Bursary\n---\n");
  CHECK(site.Report() ==
        "content/a.md:1:1: error: this page has no title\n"
        "    ---\n"
        "    ^\n"
        "    hint: add a line such as: title: Setting up home allowance\n"
        "content/a.md:2:1: error: unknown field 'titel'; did you mean 'title'?\n"
        "    titel: Bursary\n"
        "    ^\n"
        "2 errors, 0 warnings\n");
}

TEST_CASE("a page without a title is reported at the start of the file") {
  Content site = OnePage("---\ndate: 2023-10-04\n---\nWords.\n");
  CHECK(site.Report() ==
        "content/a.md:1:1: error: this page has no title\n"
        "    ---\n"
        "    ^\n"
        "    hint: add a line such as: title: Setting up home allowance\n"
        "1 error, 0 warnings\n");
  CHECK(site.tree.pages.empty());
}

TEST_CASE("an empty front matter is a page without a title") {
  Content site = OnePage("---\n---\nWords.\n");
  auto all = site.diagnostics.Sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].message == "this page has no title");
  CHECK(all[0].location.line == 1);
}

TEST_CASE("an empty or blank title is reported at the title") {
  auto value = GENERATE(as<std::string>{}, "\"\"", "\"   \"", "''");
  CAPTURE(value);
  Content site = OnePage("---\ntitle: " + value + "\n---\n");
  auto all = site.diagnostics.Sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].message == "this page has no title");
  CHECK(all[0].location.line == 2);
  CHECK(all[0].location.column == 8);
}

// yaml-cpp marks an empty value at the next token, which is on the next line.
TEST_CASE("a title field with no value is reported on its own line") {
  Content site = OnePage("---\ntitle:\ndate: 2023-10-04\n---\n");
  auto all = site.diagnostics.Sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].message == "this page has no title");
  CHECK(all[0].location.line == 2);
}

TEST_CASE("the title is trimmed") {
  Content site = OnePage("---\ntitle: \"  Bursary  \"\n---\n");
  REQUIRE(site.tree.pages.size() == 1);
  CHECK(site.tree.pages[0].front.title == "Bursary");
}

TEST_CASE("a date that is not a date is reported with the form to use") {
  auto value =
      GENERATE(as<std::string>{}, "2023-02-30", "next Tuesday", "4 October 2023", "2023-1-4");
  CAPTURE(value);
  Content site = OnePage("---\ntitle: T\ndate: " + value + "\n---\n");
  CHECK(site.Report() ==
        Fill("content/a.md:3:7: error: 'date' should be a date written as YYYY-MM-DD, not '{}'\n"
             "    date: {}\n"
             "          ^\n"
             "    hint: for example 2023-10-04 for 4 October 2023\n"
             "1 error, 0 warnings\n",
             value));
  CHECK(site.tree.pages.empty());
}

TEST_CASE("an unknown type suggests the closest type") {
  Content site = OnePage("---\ntitle: T\ntype: leaflett\n---\n");
  CHECK(site.Report() ==
        "content/a.md:3:7: error: unknown type 'leaflett'; did you mean 'leaflet'?\n"
        "    type: leaflett\n"
        "          ^\n"
        "    hint: choose from: page, local-offer, leaflet, pledge, meeting, event, news\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("a field of other types names every type that has it", "[content]") {
  Content plain = OnePage("---\ntitle: T\nvenue: Town Hall\n---\n");
  CHECK(plain.Report() ==
        "content/a.md:3:1: error: 'venue' is a field of meeting and event pages, and this is a "
        "plain page\n"
        "    venue: Town Hall\n"
        "    ^\n"
        "    hint: if this is a meeting or event page, add the line: type: meeting (or event)\n"
        "1 error, 0 warnings\n");
  Content pledge = OnePage(
      "---\ntitle: T\ntype: pledge\ntheme: involve-me\npromises: [P.]\nstatus: cancelled\n---\n");
  CHECK(pledge.Report() ==
        "content/a.md:6:1: error: 'status' is a field of meeting and event pages, and this is a "
        "pledge page\n"
        "    status: cancelled\n"
        "    ^\n"
        "    hint: if this is a meeting or event page, add the line: type: meeting (or event)\n"
        "1 error, 0 warnings\n");
  Content event = OnePage("---\ntitle: T\ntype: event\ndate: 2027-01-12\ncommittee: C\n---\n");
  CHECK(event.Report() ==
        "content/a.md:5:1: error: 'committee' is a field of meeting pages, and this is an event "
        "page\n"
        "    committee: C\n"
        "    ^\n"
        "    hint: if this is a meeting page, add the line: type: meeting\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("every known type is accepted") {
  auto type = GENERATE(from_range(KnownPageTypes()));
  // Meetings and events need their day, and meetings their committee (content/meeting.h);
  // a pledge needs its theme and promises (content/pledge_test.cpp); a local offer entry
  // needs its own fields (content/local_offer.h).
  std::string required = type == "meeting"  ? "date: 2027-01-12\ncommittee: C\n"
                         : type == "event"  ? "date: 2027-01-12\n"
                         : type == "pledge" ? "theme: involve-me\npromises: [A promise.]\n"
                         : type == "local-offer"
                             ? "area: money\nages: {from: 16, to: 25}\ncare_status: [eligible]\n"
                               "what_you_get: W\nhow_to_ask: A\nlast_checked: 2026-11-02\n"
                             : "";
  Content site = OnePage("---\ntitle: T\ntype: " + type + "\n" + required + "---\n");
  CHECK(site.Report() == "");
  REQUIRE(site.tree.pages.size() == 1);
  CHECK(site.tree.pages[0].front.type == type);
}

TEST_CASE("each unknown audience in a list is reported at its item") {
  Content site = OnePage("---\ntitle: T\naudience: [carers, carer, everyone]\n---\n");
  CHECK(site.Report() ==
        "content/a.md:3:20: error: unknown audience 'carer'; did you mean 'carers'?\n"
        "    audience: [carers, carer, everyone]\n"
        "                       ^\n"
        "    hint: choose from: young-people, carers, professionals, public\n"
        "content/a.md:3:27: error: unknown audience 'everyone'\n"
        "    audience: [carers, carer, everyone]\n"
        "                              ^\n"
        "    hint: choose from: young-people, carers, professionals, public\n"
        "2 errors, 0 warnings\n");
}

TEST_CASE("a single audience may be written without brackets") {
  Content site = OnePage("---\ntitle: T\naudience: carers\n---\n");
  CHECK(site.Report() == "");
  REQUIRE(site.tree.pages.size() == 1);
  CHECK(site.tree.pages[0].front.audience == std::vector<std::string>{"carers"});
}

TEST_CASE("tags written as a single string are a list of one") {
  Content site = OnePage("---\ntitle: T\ntags: money\n---\n");
  REQUIRE(site.tree.pages.size() == 1);
  CHECK(site.tree.pages[0].front.tags == std::vector<std::string>{"money"});
}

TEST_CASE("an updated date before the first date is reported at 'updated'") {
  Content site = OnePage("---\ntitle: T\ndate: 2023-10-04\nupdated: 2023-09-01\n---\n");
  CHECK(site.Report() ==
        "content/a.md:4:10: error: 'updated' (2023-09-01) is before 'date' (2023-10-04)\n"
        "    updated: 2023-09-01\n"
        "             ^\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("an updated date on the first date is fine") {
  Content site = OnePage("---\ntitle: T\ndate: 2023-10-04\nupdated: 2023-10-04\n---\n");
  CHECK(site.Report() == "");
  CHECK(site.tree.pages.size() == 1);
}

TEST_CASE("a draft is loaded and marked as a draft") {
  Content site = OnePage("---\ntitle: T\ndraft: yes\n---\n");
  CHECK(site.Report() == "");
  REQUIRE(site.tree.pages.size() == 1);
  CHECK(site.tree.pages[0].front.draft);
}

TEST_CASE("'downloadable' that is not true or false is reported at its value") {
  Content site = OnePage("---\ntitle: T\ndownloadable: braille\n---\n");
  CHECK(site.Report() ==
        "content/a.md:3:15: error: 'downloadable' should be true or false, not 'braille'\n"
        "    downloadable: braille\n"
        "                  ^\n"
        "1 error, 0 warnings\n");
  CHECK(site.tree.pages.empty());
}

TEST_CASE("every mistake in a page is reported in one run") {
  Content site = OnePage(
      "---\n"
      "title: T\n"
      "weight: heavy\n"
      "draft: perhaps\n"
      "review_by: soon\n"
      "---\n");
  auto all = site.diagnostics.Sorted();
  REQUIRE(all.size() == 3);
  CHECK(all[0].message == "'weight' should be a whole number, not 'heavy'");
  CHECK(all[0].location.line == 3);
  CHECK(all[1].message == "'draft' should be true or false, not 'perhaps'");
  CHECK(all[1].location.line == 4);
  CHECK(all[2].message == "'review_by' should be a date written as YYYY-MM-DD, not 'soon'");
  CHECK(all[2].location.line == 5);
}

TEST_CASE("front matter that is not a map of fields is reported at its first line") {
  Content site = OnePage("---\n- title\n- date\n---\n");
  CHECK(site.Report() ==
        "content/a.md:2:1: error: the front matter should be fields such as 'title: ...'\n"
        "    - title\n"
        "    ^\n"
        "    hint: each line between the --- lines is a field name, a colon and a value\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("a YAML mistake in front matter is reported at its line in the file") {
  Content site = OnePage("---\ntitle: T\ndescription: Money: for college\n---\n");
  CHECK(site.Report() ==
        "content/a.md:3:19: error: this is not valid YAML: this line has a colon where YAML "
        "does not expect one\n"
        "    description: Money: for college\n"
        "                      ^\n"
        "    hint: if a value contains ': ', put the whole value in double quotes\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("a mistake in one page does not stop the others from loading") {
  Content site(Files{{"content/_index.md", "---\ntitle: Home\n---\n"},
                     {"content/bad.md", "---\ntitel: Bad\n---\n"},
                     {"content/good.md", "---\ntitle: Good\n---\n"}});
  CHECK(site.diagnostics.ErrorCount() == 2);
  REQUIRE(site.tree.pages.size() == 2);
  CHECK(site.tree.pages[0].file == "content/_index.md");
  CHECK(site.tree.pages[1].file == "content/good.md");
}

TEST_CASE("pages are sorted by content path and section indexes are marked") {
  Content site(Files{{"content/local-offer/bursary.md", "---\ntitle: Bursary\n---\n"},
                     {"content/local-offer/_index.md", "---\ntitle: Local offer\n---\n"},
                     {"content/_index.md", "---\ntitle: Home\n---\n"},
                     {"content/local-offer/notes.txt", "not a page"},
                     {"content/local-offer/.draft.md", "hidden"}});
  CHECK(site.Report() == "");
  REQUIRE(site.tree.pages.size() == 3);
  CHECK(site.tree.pages[0].content_path == "_index.md");
  CHECK(site.tree.pages[0].is_section_index);
  CHECK(site.tree.pages[1].content_path == "local-offer/_index.md");
  CHECK(site.tree.pages[1].is_section_index);
  CHECK(site.tree.pages[2].content_path == "local-offer/bursary.md");
  CHECK_FALSE(site.tree.pages[2].is_section_index);
}

TEST_CASE("a site without a content folder is told where pages live") {
  Content site(Files{{"site.yaml", "title: T\n"}});
  CHECK(site.Report() ==
        "content: error: there is no content folder\n"
        "    hint: pages live in a folder called content beside site.yaml\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("an easy-read file without front matter is attached to its page as it is") {
  Content site(Files{{"content/money/bursary.md", "---\ntitle: Bursary\n---\nWords.\n"},
                     {"content/money/bursary.easy.md", "Easy words.\n"}});
  CHECK(site.Report() == "");
  REQUIRE(site.tree.pages.size() == 1);
  const SourcePage& page = site.tree.pages[0];
  REQUIRE(page.alternates.count("easy") == 1);
  const AlternateText& easy = page.alternates.at("easy");
  CHECK(easy.title == "");
  CHECK(easy.body.file == "content/money/bursary.easy.md");
  CHECK(easy.body.text == "Easy words.\n");
  CHECK(easy.body.first_line == 1);
}

TEST_CASE("an easy-read file may give its own title and description") {
  Content site(
      Files{{"content/bursary.md", "---\ntitle: Bursary\n---\nWords.\n"},
            {"content/bursary.easy.md",
             "---\ntitle: Money for college\ndescription: Money to help\n---\nEasy words.\n"}});
  CHECK(site.Report() == "");
  REQUIRE(site.tree.pages.size() == 1);
  const AlternateText& easy = site.tree.pages[0].alternates.at("easy");
  CHECK(easy.title == "Money for college");
  CHECK(easy.description == "Money to help");
  CHECK(easy.body.text == "Easy words.\n");
  CHECK(easy.body.first_line == 5);
}

TEST_CASE("an easy-read file may only set its title and description") {
  Content site(Files{{"content/bursary.md", "---\ntitle: Bursary\n---\n"},
                     {"content/bursary.easy.md", "---\ntitle: Money\ndate: 2023-10-04\n---\n"}});
  CHECK(site.Report() ==
        "content/bursary.easy.md:3:1: error: unknown field 'date'\n"
        "    date: 2023-10-04\n"
        "    ^\n"
        "    hint: the fields you can use are: title, description\n"
        "1 error, 0 warnings\n");
  REQUIRE(site.tree.pages.size() == 1);
  CHECK(site.tree.pages[0].alternates.empty());
}

TEST_CASE("an easy-read file with no page beside it is an error") {
  Content site(Files{{"content/_index.md", "---\ntitle: Home\n---\n"},
                     {"content/money/grant.easy.md", "Easy words.\n"}});
  CHECK(site.Report() ==
        "content/money/grant.easy.md: error: this easy version has no page beside it\n"
        "    hint: it should sit beside grant.md with the same name\n"
        "1 error, 0 warnings\n");
  CHECK(site.tree.pages.size() == 1);
}

TEST_CASE("an easy-read file beside a page with errors adds no error of its own") {
  Content site(Files{{"content/grant.md", "---\ntitel: Grant\n---\n"},
                     {"content/grant.easy.md", "Easy words.\n"}});
  CHECK(site.diagnostics.ErrorCount() == 2);  // both about grant.md's title
  for (const auto& d : site.diagnostics.Sorted()) CHECK(d.location.file == "content/grant.md");
  CHECK(site.tree.pages.empty());
}

TEST_CASE("without a version that has an infix, a .easy.md file is an ordinary page") {
  std::vector<Variant> standard_only = {DefaultVariants()[0]};
  Content site(Files{{"content/grant.md", "---\ntitle: Grant\n---\n"},
                     {"content/grant.easy.md", "---\ntitle: Easy grant\n---\n"}},
               standard_only);
  CHECK(site.Report() == "");
  REQUIRE(site.tree.pages.size() == 2);
  CHECK(site.tree.pages[0].content_path == "grant.easy.md");  // '.' sorts before 'm'
  CHECK(site.tree.pages[1].content_path == "grant.md");
  CHECK(site.tree.pages[1].alternates.empty());
}

// SplitFrontMatter skips a byte order mark, but LoadContent decides whether an alternate
// has front matter by looking for "---" at the very first byte.
TEST_CASE("an easy-read file with a byte order mark still has its front matter read") {
  Content site(Files{{"content/bursary.md", "---\ntitle: Bursary\n---\n"},
                     {"content/bursary.easy.md",
                      "\xEF\xBB\xBF---\ntitle: Money for college\n---\nEasy words.\n"}});
  CHECK(site.Report() == "");
  REQUIRE(site.tree.pages.size() == 1);
  const AlternateText& easy = site.tree.pages[0].alternates.at("easy");
  CHECK(easy.title == "Money for college");
  CHECK(easy.body.text == "Easy words.\n");
  CHECK(easy.body.first_line == 4);
}
