#include "core/date.h"

#include <cctype>
#include <chrono>
#include <cstdio>

namespace hearth {

std::string Date::Iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

std::string Date::Human() const {
  static const char* kMonths[] = {"January",   "February", "March",    "April",
                                  "May",       "June",     "July",     "August",
                                  "September", "October",  "November", "December"};
  return std::to_string(day) + " " + kMonths[month - 1] + " " + std::to_string(year);
}

namespace {

std::chrono::sys_days Days(const Date& d) {
  return std::chrono::year_month_day{std::chrono::year(d.year),
                                     std::chrono::month(static_cast<unsigned>(d.month)),
                                     std::chrono::day(static_cast<unsigned>(d.day))};
}

}  // namespace

Date DateFromEpochSeconds(long long seconds) {
  std::chrono::sys_days days = std::chrono::floor<std::chrono::days>(
      std::chrono::sys_seconds(std::chrono::seconds(seconds)));
  std::chrono::year_month_day ymd(days);
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

long DaysBetween(const Date& from, const Date& to) {
  return static_cast<long>((Days(to) - Days(from)).count());
}

std::optional<Date> ParseDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
  }
  auto number = [&](size_t from, size_t count) {
    int n = 0;
    for (size_t i = from; i < from + count; ++i) n = n * 10 + (text[i] - '0');
    return n;
  };
  Date d{number(0, 4), number(5, 2), number(8, 2)};
  std::chrono::year_month_day ymd{std::chrono::year(d.year),
                                  std::chrono::month(static_cast<unsigned>(d.month)),
                                  std::chrono::day(static_cast<unsigned>(d.day))};
  if (!ymd.ok() || d.year < 1900) return std::nullopt;
  return d;
}

}  // namespace hearth
