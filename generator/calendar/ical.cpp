#include "calendar/ical.h"

namespace hearth {
namespace {

// Europe/London since the EU rule of 1996: summer time from 01:00 UTC on the last Sunday
// of March (01:00 local GMT) to 01:00 UTC on the last Sunday of October (02:00 local BST).
// The DTSTART of each rule is its first occurrence under that rule, in local time before
// the change.
const char* const kLondonTimezone[] = {
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
};

std::string Compact(const Date& d) {
  std::string iso = d.Iso();
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

std::string LocalDateTime(const Date& d, const TimeOfDay& t) {
  std::string text = t.Text();
  return Compact(d) + "T" + text.substr(0, 2) + text.substr(3, 2) + "00";
}

}  // namespace

std::string CalendarUid(const std::string& page_path, const std::string& base_url) {
  std::string host = base_url;
  if (size_t scheme = host.find("://"); scheme != std::string::npos) host.erase(0, scheme + 3);
  host = host.substr(0, host.find('/'));
  std::string path = page_path;
  while (!path.empty() && path.front() == '/') path.erase(0, 1);
  while (!path.empty() && path.back() == '/') path.pop_back();
  if (path.empty()) path = "home";
  return path + "@" + host;
}

Date CalendarStamp(const Date& date, const std::optional<Date>& updated,
                   const std::optional<Date>& today) {
  if (updated) return *updated;
  return today && *today < date ? *today : date;
}

std::string EscapeICalText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string FoldICalLine(std::string_view line) {
  std::string out;
  size_t limit = 75;  // octets on the first line; continuation lines spend one on the space
  while (line.size() > limit) {
    size_t cut = limit;
    // Never between the bytes of one UTF-8 character: back up over continuation bytes.
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    // Text that is not UTF-8 (a run of continuation bytes with no lead byte) has no
    // character boundary to keep: cut at the limit, or the loop would never end.
    if (cut == 0) cut = limit;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = 74;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string WriteICalendar(const std::string& name, const std::string& product,
                           const std::vector<CalendarEvent>& events) {
  std::string out;
  auto line = [&](const std::string& text) { out += FoldICalLine(text); };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line("PRODID:" + product);
  line("CALSCALE:GREGORIAN");
  line("METHOD:PUBLISH");
  line("X-WR-CALNAME:" + EscapeICalText(name));
  line("X-WR-TIMEZONE:Europe/London");
  for (const char* tz : kLondonTimezone) line(tz);
  for (const CalendarEvent& e : events) {
    line("BEGIN:VEVENT");
    line("UID:" + EscapeICalText(e.uid));
    line("DTSTAMP:" + Compact(e.stamp) + "T000000Z");
    if (e.last_modified) line("LAST-MODIFIED:" + Compact(*e.last_modified) + "T000000Z");
    if (e.start) {
      line("DTSTART;TZID=Europe/London:" + LocalDateTime(e.date, *e.start));
      if (e.end) line("DTEND;TZID=Europe/London:" + LocalDateTime(e.date, *e.end));
    } else {
      // An all-day event ends (exclusively) at the start of the next day.
      line("DTSTART;VALUE=DATE:" + Compact(e.date));
      line("DTEND;VALUE=DATE:" + Compact(NextDay(e.date)));
    }
    line("SUMMARY:" + EscapeICalText(e.summary));
    if (!e.location.empty()) line("LOCATION:" + EscapeICalText(e.location));
    if (!e.description.empty()) line("DESCRIPTION:" + EscapeICalText(e.description));
    if (!e.url.empty()) line("URL:" + e.url);
    if (e.cancelled) line("SEQUENCE:1");
    line(std::string("STATUS:") + (e.cancelled ? "CANCELLED" : "CONFIRMED"));
    line("TRANSP:OPAQUE");
    line("END:VEVENT");
  }
  line("END:VCALENDAR");
  return out;
}

}  // namespace hearth
