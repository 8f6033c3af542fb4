#include "calendar/ical.h"

#include <catch2/catch.hpp>

#include "calendar/london_time.h"

using namespace hearth;

namespace {

// Every line of an iCalendar text (without its CRLF); fails if any line ends otherwise.
std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find("\r\n", start);
    REQUIRE(end != std::string::npos);
    lines.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return lines;
}

CalendarEvent Board() {
  CalendarEvent e;
  e.uid = CalendarUid("/meetings/2023-10-04-board/", "https://portal.example.org/");
  e.date = {2023, 10, 4};
  e.start = TimeOfDay{14, 0};
  e.end = TimeOfDay{16, 10};
  e.summary = "Corporate Parenting Board";
  e.location = "Boardroom, County Hall; Market Street";
  e.description = "Minutes\nand actions";
  e.url = "https://portal.example.org/meetings/2023-10-04-board/";
  e.stamp = {2023, 11, 21};
  e.last_modified = Date{2023, 11, 21};
  return e;
}

}  // namespace

TEST_CASE("times are read only as HH:MM on the 24-hour clock", "[meetings]") {
  CHECK(ParseTimeOfDay("09:30") == TimeOfDay{9, 30});
  CHECK(ParseTimeOfDay("23:59") == TimeOfDay{23, 59});
  CHECK(ParseTimeOfDay("00:00") == TimeOfDay{0, 0});
  for (const char* bad : {"9:30", "24:00", "12:60", "2pm", "10.00", "10:00 ", "", "1000"}) {
    CAPTURE(bad);
    CHECK_FALSE(ParseTimeOfDay(bad));
  }
  CHECK(TimeOfDay{14, 0}.Human() == "2pm");
  CHECK(TimeOfDay{16, 10}.Human() == "4.10pm");
  CHECK(TimeOfDay{10, 0}.Human() == "10am");
  CHECK(TimeOfDay{12, 0}.Human() == "12 noon");
  CHECK(TimeOfDay{12, 30}.Human() == "12.30pm");
  CHECK(TimeOfDay{0, 0}.Human() == "12 midnight");
  CHECK(TimeOfDay{0, 15}.Human() == "12.15am");
  CHECK(HumanDateWithWeekday({2023, 10, 4}) == "Wednesday 4 October 2023");
  CHECK(HumanDateWithWeekday({2027, 1, 12}) == "Tuesday 12 January 2027");
}

TEST_CASE("British Summer Time follows the EU rule at both edges", "[meetings]") {
  // 2023: summer time from 26 March to 29 October; 2027: 28 March to 31 October.
  CHECK(LastSunday(2023, 3) == Date{2023, 3, 26});
  CHECK(LastSunday(2023, 10) == Date{2023, 10, 29});
  CHECK(LastSunday(2027, 3) == Date{2027, 3, 28});
  CHECK(LastSunday(2027, 10) == Date{2027, 10, 31});
  CHECK(LondonOffsetMinutes({2023, 3, 25}, {23, 59}) == 0);
  CHECK(LondonOffsetMinutes({2023, 3, 26}, {0, 59}) == 0);
  CHECK(LondonOffsetMinutes({2023, 3, 26}, {1, 30}) == 0);  // skipped: read as GMT
  CHECK(LondonOffsetMinutes({2023, 3, 26}, {2, 0}) == 60);
  CHECK(LondonOffsetMinutes({2023, 7, 27}, {10, 0}) == 60);
  CHECK(LondonOffsetMinutes({2023, 10, 29}, {0, 30}) == 60);
  CHECK(LondonOffsetMinutes({2023, 10, 29}, {1, 59}) == 60);  // the first 01:59
  CHECK(LondonOffsetMinutes({2023, 10, 29}, {2, 0}) == 0);
  CHECK(LondonOffsetMinutes({2023, 10, 30}, {0, 0}) == 0);
  CHECK(LondonOffsetMinutes({2023, 12, 25}, {12, 0}) == 0);
  CHECK(LondonIsoDateTime({2023, 10, 4}, {14, 0}) == "2023-10-04T14:00:00+01:00");
  CHECK(LondonIsoDateTime({2023, 11, 21}, {16, 30}) == "2023-11-21T16:30:00+00:00");
  CHECK(LondonIsoDateTime({2027, 3, 28}, {10, 0}) == "2027-03-28T10:00:00+01:00");
  CHECK(LondonIsoDateTime({2027, 3, 27}, {10, 0}) == "2027-03-27T10:00:00+00:00");
}

TEST_CASE("iCalendar text escapes backslash, semicolon, comma and newline", "[meetings]") {
  CHECK(EscapeICalText("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf");
  CHECK(EscapeICalText("plain: text") == "plain: text");
}

TEST_CASE("iCalendar lines fold at exactly 75 octets, never inside a character", "[meetings]") {
  std::string exact(75, 'a');
  CHECK(FoldICalLine(exact) == exact + "\r\n");
  CHECK(FoldICalLine(exact + "b") == exact + "\r\n b\r\n");
  // 74 ASCII octets, then a 2-octet e-acute: it would end at octet 76, so it moves down.
  std::string before(74, 'x');
  CHECK(FoldICalLine(before + "\xC3\xA9z") == before + "\r\n \xC3\xA9z\r\n");
  // A 3-octet character exactly filling octets 73 to 75 stays on the first line.
  std::string first(72, 'y');
  CHECK(FoldICalLine(first + "\xE2\x82\xAC" + "q") == first + "\xE2\x82\xAC\r\n q\r\n");
  // Long runs of multibyte characters: every line is at most 75 octets and each line
  // starts and ends on a character boundary.
  std::string pounds;
  for (int i = 0; i < 100; ++i) pounds += "\xC2\xA3";  // 200 octets of pound signs
  auto lines = Lines(FoldICalLine("DESCRIPTION:" + pounds));
  REQUIRE(lines.size() == 3);
  for (size_t i = 0; i < lines.size(); ++i) {
    CAPTURE(i);
    CHECK(lines[i].size() <= 75);
    if (i > 0) CHECK(lines[i][0] == ' ');
    CHECK((static_cast<unsigned char>(lines[i].back()) & 0xC0) != 0xC0);  // not a lead byte
  }
  // "DESCRIPTION:" (12 octets) and 31 pound signs (62) make 74: a 32nd would reach 76.
  CHECK(lines[0].size() == 74);
  CHECK(lines[1].size() == 75);
  std::string unfolded;
  for (size_t i = 0; i < lines.size(); ++i) unfolded += i == 0 ? lines[i] : lines[i].substr(1);
  CHECK(unfolded == "DESCRIPTION:" + pounds);
}

TEST_CASE("iCalendar folding ends on bytes that are not UTF-8", "[meetings]") {
  // 200 continuation bytes with no lead byte: no character boundary anywhere, so each line
  // is cut at its limit (75, then 74 after the space).
  const std::string junk(200, '\x80');
  auto lines = Lines(FoldICalLine(junk));
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == std::string(75, '\x80'));
  CHECK(lines[1] == " " + std::string(74, '\x80'));
  CHECK(lines[2] == " " + std::string(51, '\x80'));
}

TEST_CASE("a calendar has CRLF line ends only, the London time zone and its events", "[meetings]") {
  CalendarEvent all_day;
  all_day.uid = CalendarUid("/events/fun-day/", "https://portal.example.org");
  all_day.date = {2027, 12, 31};
  all_day.summary = "Fun day";
  all_day.stamp = {2026, 11, 1};
  all_day.cancelled = true;
  std::string ics =
      WriteICalendar("Hearthshire, meetings", "-//Hearth//Hearth//EN", {Board(), all_day});
  // Every newline is part of a CRLF.
  for (size_t i = 0; i < ics.size(); ++i) {
    if (ics[i] == '\n') {
      REQUIRE(i > 0);
      CHECK(ics[i - 1] == '\r');
    }
    if (ics[i] == '\r') CHECK(ics[i + 1] == '\n');
  }
  std::vector<std::string> expected = {
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Hearth//Hearth//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:Hearthshire\\, meetings",
      "X-WR-TIMEZONE:Europe/London",
      "BEGIN:VTIMEZONE",
      "TZID:Europe/London",
      "X-LIC-LOCATION:Europe/London",
      "BEGIN:DAYLIGHT",
      "TZOFFSETFROM:+0000",
      "TZOFFSETTO:+0100",
      "TZNAME:BST",
      "DTSTART:19810329T010000",
      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
      "END:DAYLIGHT",
      "BEGIN:STANDARD",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0000",
      "TZNAME:GMT",
      "DTSTART:19961027T020000",
      "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
      "END:STANDARD",
      "END:VTIMEZONE",
      "BEGIN:VEVENT",
      "UID:meetings/2023-10-04-board@portal.example.org",
      "DTSTAMP:20231121T000000Z",
      "LAST-MODIFIED:20231121T000000Z",
      "DTSTART;TZID=Europe/London:20231004T140000",
      "DTEND;TZID=Europe/London:20231004T161000",
      "SUMMARY:Corporate Parenting Board",
      "LOCATION:Boardroom\\, County Hall\\; Market Street",
      "DESCRIPTION:Minutes\\nand actions",
      "URL:https://portal.example.org/meetings/2023-10-04-board/",
      "STATUS:CONFIRMED",
      "TRANSP:OPAQUE",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:events/fun-day@portal.example.org",
      "DTSTAMP:20261101T000000Z",
      "DTSTART;VALUE=DATE:20271231",
      "DTEND;VALUE=DATE:20280101",
      "SUMMARY:Fun day",
      "SEQUENCE:1",
      "STATUS:CANCELLED",
      "TRANSP:OPAQUE",
      "END:VEVENT",
      "END:VCALENDAR",
  };
  CHECK(Lines(ics) == expected);
}

TEST_CASE("an event's DTSTAMP is never after the build date", "[meetings]") {
  const Date date{2027, 1, 12};
  // `updated` wins when given.
  CHECK(CalendarStamp(date, Date{2026, 11, 1}, Date{2026, 11, 22}) == Date{2026, 11, 1});
  // A meeting still to come: the build date, not its day.
  CHECK(CalendarStamp(date, std::nullopt, Date{2026, 11, 22}) == Date{2026, 11, 22});
  // A meeting already held: its day.
  CHECK(CalendarStamp(date, std::nullopt, Date{2027, 3, 1}) == date);
  CHECK(CalendarStamp(date, std::nullopt, date) == date);
  // No build date: its day, so that the output depends on the input alone.
  CHECK(CalendarStamp(date, std::nullopt, std::nullopt) == date);
}

TEST_CASE("an event's UID depends only on its page's address and the site's host", "[meetings]") {
  CHECK(CalendarUid("/meetings/board/", "https://portal.example.org/") ==
        "meetings/board@portal.example.org");
  CHECK(CalendarUid("/meetings/board/", "http://portal.example.org:8080/sub/") ==
        "meetings/board@portal.example.org:8080");
  CalendarEvent a = Board(), b = Board();
  b.summary = "Renamed";
  b.stamp = {2024, 1, 1};
  CHECK(a.uid == b.uid);
  CHECK(WriteICalendar("x", "p", {a}) == WriteICalendar("x", "p", {a}));
}
