// Calendar dates as written in front matter (YYYY-MM-DD). Dates carry no time zone and no
// clock. Only main.cpp reads the clock, once, for the build date (BuildOptions::today);
// two builds of one input on one day, or with one SOURCE_DATE_EPOCH, are identical.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace hearth {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  auto operator<=>(const Date&) const = default;

  std::string Iso() const;    // 2023-10-04
  std::string Human() const;  // 4 October 2023 (GOV.UK style)
};

// The calendar date of a moment in seconds since 1970 in UTC (SOURCE_DATE_EPOCH).
Date DateFromEpochSeconds(long long seconds);

// The number of days from `from` to `to` (negative when `to` is earlier).
long DaysBetween(const Date& from, const Date& to);

// Parses exactly YYYY-MM-DD and checks the day exists (2023-02-29 is not a date).
std::optional<Date> ParseDate(std::string_view text);

}  // namespace hearth
