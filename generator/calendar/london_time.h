// Clock times as written in front matter ("14:00") and the civil time of England: which
// offset from UTC (GMT or British Summer Time) a wall-clock time on a given day has. Used by
// content/ to read meeting and event times, by render/ for schema.org dates
// ("2023-10-04T14:00:00+01:00") and by the iCalendar writer. No tz database is read: the
// EU rule that the UK has followed since 1996 is applied, so output never depends on the
// machine that builds it.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"

namespace hearth {

struct TimeOfDay {
  int hour = 0;    // 0 to 23
  int minute = 0;  // 0 to 59
  auto operator<=>(const TimeOfDay&) const = default;

  std::string Text() const;   // 14:05 (as written in front matter)
  std::string Human() const;  // 2.05pm, 10am, 12 noon, 12 midnight (GOV.UK style)
};

// Parses exactly HH:MM on the 24-hour clock ("09:30", "14:00"); "9:30", "2pm" and "24:00"
// are not times here.
std::optional<TimeOfDay> ParseTimeOfDay(std::string_view text);

// The day after `date`.
Date NextDay(const Date& date);

// The day of the week, 0 Sunday to 6 Saturday.
int Weekday(const Date& date);

// "Wednesday 4 October 2023".
std::string HumanDateWithWeekday(const Date& date);

// The last Sunday of a month.
Date LastSunday(int year, int month);

// The offset from UTC, in minutes, of the wall-clock time `time` on `date` in London:
// 60 in British Summer Time, else 0. Summer time runs from 01:00 UTC on the last Sunday
// of March to 01:00 UTC on the last Sunday of October. A time the clocks skip (01:30 on
// the last Sunday of March) is read as GMT; a time that happens twice (01:30 on the last
// Sunday of October) as its first, BST, occurrence.
int LondonOffsetMinutes(const Date& date, const TimeOfDay& time);

// "2023-10-04T14:00:00+01:00": a London wall-clock time with its offset (ISO 8601).
std::string LondonIsoDateTime(const Date& date, const TimeOfDay& time);

}  // namespace hearth
