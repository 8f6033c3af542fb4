#include "content/meeting.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "content/source_page.h"
#include "fs/file_system.h"
#include "pipeline/pipeline.h"

using namespace hearth;

namespace {

// Loads one page at content/m.md and gives its diagnostics as a report.
struct OnePage {
  explicit OnePage(const std::string& text) {
    fs.Write("content/m.md", text);
    config.variants = DefaultVariants();
    tree = LoadContent(fs, config, diagnostics);
  }
  std::string Report() const { return FormatDiagnostics(diagnostics, SiteLineLookup(fs)); }
  const MeetingFields* Meeting() const {
    for (const auto& page : tree.pages) {
      if (page.file == "content/m.md") return page.front.meeting.get();
    }
    return nullptr;
  }
  MemoryFileSystem fs;
  SiteConfig config;
  Diagnostics diagnostics;
  SourceTree tree;
};

}  // namespace

TEST_CASE("a meeting's fields are read into the page", "[meetings]") {
  OnePage site(
      "---\n"
      "title: Board, 4 October 2023\n"
      "type: meeting\n"
      "date: 2023-10-04\n"
      "committee: Corporate Parenting Board\n"
      "start: \"14:00\"\n"
      "end: \"16:10\"\n"
      "venue: Boardroom, County Hall\n"
      "address: Market Street\n"
      "status: held\n"
      "members:\n"
      "  - {role: Councillor (Chair), council: Ashvale Borough Council, attended: yes}\n"
      "  - {role: Councillor, name: A Person, attended: partly, note: items 1 to 4}\n"
      "apologies: [Director of Children's Services]\n"
      "agenda:\n"
      "  - {title: Apologies}\n"
      "  - {item: 4, title: Quarterly data, report: /data/cp-board/}\n"
      "decisions:\n"
      "  - {item: 4, text: The Board noted the data.}\n"
      "actions:\n"
      "  - {item: 4, action: Bring a plan, owner: Group Manager, due: 2023-11-21}\n"
      "  - {action: Publish it, owner: Head of Service, status: done}\n"
      "---\n\nText.\n");
  INFO(site.Report());
  REQUIRE(site.diagnostics.ErrorCount() == 0);
  const MeetingFields* m = site.Meeting();
  REQUIRE(m != nullptr);
  CHECK(m->committee == "Corporate Parenting Board");
  CHECK(m->start == TimeOfDay{14, 0});
  CHECK(m->end == TimeOfDay{16, 10});
  CHECK(m->venue == "Boardroom, County Hall");
  CHECK(m->address == "Market Street");
  CHECK(m->status == "held");
  REQUIRE(m->members.size() == 2);
  CHECK(m->members[0].role == "Councillor (Chair)");
  CHECK(m->members[0].council == "Ashvale Borough Council");
  CHECK(m->members[0].attended == "yes");
  CHECK(m->members[1].name == "A Person");
  CHECK(m->members[1].attended == "partly");
  CHECK(m->members[1].note == "items 1 to 4");
  CHECK(m->apologies == std::vector<std::string>{"Director of Children's Services"});
  REQUIRE(m->agenda.size() == 2);
  CHECK(m->agenda[0].item == 1);  // numbered by its place when not given
  CHECK(m->agenda[1].item == 4);
  CHECK(m->agenda[1].report == "/data/cp-board/");
  CHECK(m->agenda[1].report_location.line == 17);
  CHECK(m->agenda[1].report_location.column == 46);
  REQUIRE(m->decisions.size() == 1);
  CHECK(m->decisions[0].item == 4);
  CHECK(m->decisions[0].text == "The Board noted the data.");
  REQUIRE(m->actions.size() == 2);
  CHECK(m->actions[0].due == Date{2023, 11, 21});
  CHECK(m->actions[0].status == "open");
  CHECK(m->actions[1].status == "done");
  CHECK_FALSE(m->actions[1].due);
  CHECK(WhenText(Date{2023, 10, 4}, *m) == "Wednesday 4 October 2023, 2pm to 4.10pm");
}

TEST_CASE("an action is overdue only when open and due before the build date", "[meetings]") {
  MeetingAction action;
  action.due = Date{2023, 11, 21};
  CHECK_FALSE(IsOverdue(action, std::nullopt));
  CHECK_FALSE(IsOverdue(action, Date{2023, 11, 21}));
  CHECK(IsOverdue(action, Date{2023, 11, 22}));
  action.status = "done";
  CHECK_FALSE(IsOverdue(action, Date{2024, 1, 1}));
  MeetingFields f;
  CHECK(f.StatusOn(Date{2023, 10, 4}, Date{2023, 10, 5}) == "held");
  CHECK(f.StatusOn(Date{2023, 10, 4}, Date{2023, 10, 4}) == "scheduled");
  CHECK(f.StatusOn(Date{2023, 10, 4}, std::nullopt) == "scheduled");
  f.status = "cancelled";
  CHECK(f.StatusOn(Date{2023, 10, 4}, Date{2024, 1, 1}) == "cancelled");
}

TEST_CASE("a meeting's place is its venue, then its address", "[meetings]") {
  MeetingFields f;
  CHECK(PlaceText(f) == "");
  f.address = "1 High Street";
  CHECK(PlaceText(f) == "1 High Street");
  f.venue = "Room 1, County Hall";
  CHECK(PlaceText(f) == "Room 1, County Hall, 1 High Street");
  f.address.clear();
  CHECK(PlaceText(f) == "Room 1, County Hall");
}

TEST_CASE("a meeting whose day has passed but still says scheduled is warned of", "[meetings]") {
  OnePage site(
      "---\n"
      "title: Board, 4 October 2023\n"
      "type: meeting\n"
      "date: 2023-10-04\n"
      "committee: Corporate Parenting Board\n"
      "status: scheduled\n"
      "---\n");
  REQUIRE(site.diagnostics.ErrorCount() == 0);
  const MeetingFields* m = site.Meeting();
  REQUIRE(m != nullptr);
  // On the day and before it, or with no build date, it is still to come.
  for (const std::optional<Date> today :
       {std::optional<Date>(Date{2023, 10, 4}), std::optional<Date>(Date{2023, 1, 1}),
        std::optional<Date>()}) {
    WarnScheduledAfterTheDay(*m, "meeting", Date{2023, 10, 4}, today, site.diagnostics);
  }
  CHECK(site.diagnostics.WarningCount() == 0);
  WarnScheduledAfterTheDay(*m, "meeting", Date{2023, 10, 4}, Date{2023, 10, 5}, site.diagnostics);
  CHECK(site.diagnostics.ErrorCount() == 0);
  CHECK(site.Report() ==
        "content/m.md:6:9: warning: this meeting was on 4 October 2023 but still says "
        "scheduled\n"
        "    status: scheduled\n"
        "            ^\n"
        "    hint: remove the status line (once the day has passed it shows as held), or write: "
        "status: held\n"
        "0 errors, 1 warning\n");
  // Held, cancelled or left out: nothing to say.
  for (const char* status : {"held", "cancelled", ""}) {
    MeetingFields other = *m;
    other.status = status;
    Diagnostics diags;
    WarnScheduledAfterTheDay(other, "meeting", Date{2023, 10, 4}, Date{2024, 1, 1}, diags);
    CHECK(diags.WarningCount() == 0);
  }
}

TEST_CASE("an event has a date, times, a place and who can come", "[meetings]") {
  OnePage site(
      "---\n"
      "title: Fun day\n"
      "type: event\n"
      "date: 2027-07-31\n"
      "venue: Country Park\n"
      "open_to: Children in care and their carers\n"
      "booking: Ask your social worker.\n"
      "---\n");
  INFO(site.Report());
  REQUIRE(site.diagnostics.ErrorCount() == 0);
  const MeetingFields* e = site.Meeting();
  REQUIRE(e != nullptr);
  CHECK_FALSE(e->start);
  CHECK(e->open_to == "Children in care and their carers");
  CHECK(e->booking == "Ask your social worker.");
  CHECK(WhenText(Date{2027, 7, 31}, *e) == "Saturday 31 July 2027");
}

TEST_CASE("an end time needs a start, and a wrongly written start is reported once",
          "[meetings]") {
  OnePage missing(
      "---\ntitle: Board\ntype: meeting\ncommittee: Board\ndate: 2027-01-12\nend: \"13:00\"\n"
      "---\n");
  CHECK(missing.Report() ==
        "content/m.md:6:6: error: 'end' is given without a 'start'\n"
        "    end: \"13:00\"\n"
        "         ^\n"
        "    hint: add the time it starts, such as: start: 14:00\n"
        "1 error, 0 warnings\n");
  OnePage wrong(
      "---\ntitle: Board\ntype: meeting\ncommittee: Board\ndate: 2027-01-12\nstart: 2pm\n"
      "end: \"13:00\"\n---\n");
  CHECK(wrong.Report().find("without a 'start'") == std::string::npos);
  CHECK(wrong.Report().find("not '2pm'") != std::string::npos);
}

TEST_CASE("mistakes in a meeting are reported at their place in plain words", "[meetings]") {
  OnePage site(
      "---\n"
      "title: Board\n"
      "type: meeting\n"
      "start: 2pm\n"
      "end: \"13:00\"\n"
      "status: postponed\n"
      "members:\n"
      "  - {role: Councillor, attended: maybe}\n"
      "  - {council: Ashvale Borough Council, atended: yes}\n"
      "agenda:\n"
      "  - {item: 1, title: Apologies}\n"
      "  - {item: 1, title: Data}\n"
      "decisions:\n"
      "  - {item: 7, text: Agreed.}\n"
      "actions:\n"
      "  - {action: Share the slides, due: next week}\n"
      "  - {action: Check, owner: Clerk, due: 2023-11-21, status: overdue}\n"
      "---\n");
  CHECK(site.Report() ==
        "content/m.md:3:7: error: this meeting does not say which committee met\n"
        "    type: meeting\n"
        "          ^\n"
        "    hint: add a line such as: committee: Corporate Parenting Board\n"
        "content/m.md:3:7: error: this meeting has no date\n"
        "    type: meeting\n"
        "          ^\n"
        "    hint: add the day of the meeting, such as: date: 2027-01-12\n"
        "content/m.md:4:8: error: 'start' should be a time written as HH:MM on the 24-hour "
        "clock, not '2pm'\n"
        "    start: 2pm\n"
        "           ^\n"
        "    hint: for example 14:00 for 2pm, or 09:30 for half past nine in the morning\n"
        "content/m.md:6:9: error: unknown status 'postponed'\n"
        "    status: postponed\n"
        "            ^\n"
        "    hint: choose from: scheduled, held, cancelled\n"
        "content/m.md:8:34: error: unknown attendance 'maybe'\n"
        "      - {role: Councillor, attended: maybe}\n"
        "                                     ^\n"
        "    hint: choose from: yes, no, apologies, partly\n"
        "content/m.md:9:5: error: this member has no role\n"
        "      - {council: Ashvale Borough Council, atended: yes}\n"
        "        ^\n"
        "    hint: add the seat they hold, such as: role: Councillor (Chair)\n"
        "content/m.md:9:40: error: unknown member field 'atended'; did you mean 'attended'?\n"
        "      - {council: Ashvale Borough Council, atended: yes}\n"
        "                                           ^\n"
        "content/m.md:12:12: error: the agenda has two items numbered 1\n"
        "      - {item: 1, title: Data}\n"
        "               ^\n"
        "    hint: number the items 1, 2, 3... as the minutes do\n"
        "content/m.md:14:12: error: there is no agenda item 7\n"
        "      - {item: 7, text: Agreed.}\n"
        "               ^\n"
        "    hint: the agenda's items are: 1\n"
        "content/m.md:16:5: error: this action has no owner\n"
        "      - {action: Share the slides, due: next week}\n"
        "        ^\n"
        "    hint: add who will do it, by role, such as: owner: Clerk to the Board\n"
        "content/m.md:16:37: error: 'due' should be a date written as YYYY-MM-DD, not 'next "
        "week'\n"
        "      - {action: Share the slides, due: next week}\n"
        "                                        ^\n"
        "    hint: for example 2023-10-04 for 4 October 2023\n"
        "content/m.md:17:60: error: unknown action status 'overdue'\n"
        "      - {action: Check, owner: Clerk, due: 2023-11-21, status: overdue}\n"
        "                                                               ^\n"
        "    hint: write open: hearth shows an open action as overdue once its due date has "
        "passed\n"
        "12 errors, 0 warnings\n");
}

TEST_CASE("times that end before they start are refused", "[meetings]") {
  OnePage site(
      "---\ntitle: Day\ntype: event\ndate: 2027-01-01\nstart: \"16:30\"\nend: \"09:00\"\n---\n");
  CHECK(site.Report() ==
        "content/m.md:6:6: error: 'end' (09:00) is not after 'start' (16:30)\n"
        "    end: \"09:00\"\n"
        "         ^\n"
        "    hint: times are on the 24-hour clock: 4.30pm is 16:30\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("a meeting field on a page of another type names the meeting type", "[meetings]") {
  OnePage site("---\ntitle: Notes\ncommittee: Corporate Parenting Board\n---\n");
  CHECK(site.Report() ==
        "content/m.md:3:1: error: 'committee' is a field of meeting pages, and this is a plain "
        "page\n"
        "    committee: Corporate Parenting Board\n"
        "    ^\n"
        "    hint: if this is a meeting page, add the line: type: meeting\n"
        "1 error, 0 warnings\n");
}
