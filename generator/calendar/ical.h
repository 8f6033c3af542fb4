// iCalendar (RFC 5545) files for meetings and events: the feed of every meeting and event
// (/calendar.ics) and one file beside each such page. Written here rather than through
// libical: what we write is a small, fixed subset (one VTIMEZONE, VEVENTs with a dozen
// properties), and writing it ourselves keeps every byte decided by our input alone, where
// libical would bring its own time zone data and ordering. The rules that matter to
// calendar programs are kept: CRLF line ends, lines folded at 75 octets without splitting
// a UTF-8 character, TEXT values escaped, times given in Europe/London with its VTIMEZONE.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/london_time.h"
#include "core/date.h"

namespace hearth {

struct CalendarEvent {
  // Stable across builds and edits: from the page's address and the site's host
  // (CalendarUid). Calendar programs use it to update an event they already hold.
  std::string uid;
  Date date;
  std::optional<TimeOfDay> start;  // none: an all-day event (VALUE=DATE)
  std::optional<TimeOfDay> end;    // none: as long as the start (RFC 5545 3.6.1)
  std::string summary;
  std::string location;
  std::string description;
  std::string url;
  // STATUS:CANCELLED, else CONFIRMED. A cancelled event also has SEQUENCE:1 (the default,
  // 0, is left out), so that a calendar program that holds the event takes the
  // cancellation as the newer version.
  bool cancelled = false;
  // DTSTAMP, at midnight UTC so that two builds of one input are identical. Never in the
  // future: the page's `updated`, else the earlier of its date and the build date (see
  // CalendarStamp).
  Date stamp;
  std::optional<Date> last_modified;  // LAST-MODIFIED: the page's `updated`, when given
};

// The DTSTAMP of an event on `date`: `updated` when given, else the earlier of `date` and
// the build date `today` (`date` when the build date is unknown). A meeting still to come
// would otherwise carry a stamp in the future.
Date CalendarStamp(const Date& date, const std::optional<Date>& updated,
                   const std::optional<Date>& today);

// "meetings/2023-10-04-board@portal.example.org" for the page "/meetings/2023-10-04-board/"
// on "https://portal.example.org/".
std::string CalendarUid(const std::string& page_path, const std::string& base_url);

// A whole VCALENDAR (PUBLISH) with the Europe/London VTIMEZONE and one VEVENT per event, in
// the order given. `name` is the calendar's name (X-WR-CALNAME), `product` the PRODID.
std::string WriteICalendar(const std::string& name, const std::string& product,
                           const std::vector<CalendarEvent>& events);

// Escapes a TEXT value: backslash, semicolon, comma and newline (RFC 5545 3.3.11). A
// carriage return is dropped, so CRLF in a value becomes one \n.
std::string EscapeICalText(std::string_view text);

// One content line, folded: no line longer than 75 octets, continuation lines starting
// with a space, never inside a UTF-8 character; each line ends with CRLF.
std::string FoldICalLine(std::string_view line);

}  // namespace hearth
