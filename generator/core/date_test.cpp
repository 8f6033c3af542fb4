#include "core/date.h"

#include <catch2/catch.hpp>
#include <string>

using namespace hearth;

TEST_CASE("ParseDate reads YYYY-MM-DD dates whose day exists") {
  auto [text, year, month, day] = GENERATE(table<std::string, int, int, int>({
      {"2023-10-04", 2023, 10, 4},
      {"2024-02-29", 2024, 2, 29},  // a leap year
      {"2000-02-29", 2000, 2, 29},  // divisible by 400: a leap year
      {"2023-12-31", 2023, 12, 31},
      {"2023-01-01", 2023, 1, 1},
  }));
  CAPTURE(text);
  auto date = ParseDate(text);
  REQUIRE(date.has_value());
  CHECK(date->year == year);
  CHECK(date->month == month);
  CHECK(date->day == day);
}

TEST_CASE("ParseDate refuses days that do not exist and other ways of writing dates") {
  auto text = GENERATE(as<std::string>{}, "2023-02-29",  // not a leap year
                       "1900-02-29",                     // divisible by 100 only
                       "2023-02-30", "2023-04-31", "2023-13-01", "2023-00-10", "2023-01-00",
                       "4 October 2023", "2023-1-4", "2023/01/04", "04-10-2023", "2023-10-04 ",
                       " 2023-10-04", "2023-10-4x", "next Tuesday", "");
  CAPTURE(text);
  CHECK_FALSE(ParseDate(text).has_value());
}

TEST_CASE("a date is written as ISO for machines and as words for people") {
  auto [date, iso, human] = GENERATE(table<Date, std::string, std::string>({
      {Date{2023, 10, 4}, "2023-10-04", "4 October 2023"},
      {Date{2024, 1, 31}, "2024-01-31", "31 January 2024"},
      {Date{2022, 12, 1}, "2022-12-01", "1 December 2022"},
  }));
  CHECK(date.Iso() == iso);
  CHECK(date.Human() == human);
  CHECK(ParseDate(iso) == date);
}

TEST_CASE("dates order by year, then month, then day") {
  CHECK(Date{2023, 10, 4} < Date{2023, 10, 5});
  CHECK(Date{2023, 9, 30} < Date{2023, 10, 1});
  CHECK(Date{2022, 12, 31} < Date{2023, 1, 1});
  CHECK(Date{2023, 10, 4} == Date{2023, 10, 4});
  CHECK_FALSE(Date{2024, 1, 1} < Date{2023, 12, 31});
}

TEST_CASE("the build date comes from seconds since 1970 in UTC") {
  CHECK(DateFromEpochSeconds(0) == Date{1970, 1, 1});
  CHECK(DateFromEpochSeconds(1795305600) == Date{2026, 11, 22});  // midnight UTC
  CHECK(DateFromEpochSeconds(1795305600 - 1) == Date{2026, 11, 21});
  CHECK(DateFromEpochSeconds(951782400) == Date{2000, 2, 29});
}

TEST_CASE("days between dates count leap years") {
  CHECK(DaysBetween(Date{2023, 10, 4}, Date{2023, 10, 4}) == 0);
  CHECK(DaysBetween(Date{2023, 12, 31}, Date{2024, 1, 1}) == 1);
  CHECK(DaysBetween(Date{2024, 1, 1}, Date{2025, 1, 1}) == 366);
  CHECK(DaysBetween(Date{2025, 1, 1}, Date{2024, 1, 1}) == -366);
}
