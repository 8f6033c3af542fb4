#include "calendar/london_time.h"

#include <cstdio>

namespace hearth {
namespace {

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string TwoDigits(int n) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d", n);
  return buffer;
}

}  // namespace

std::string TimeOfDay::Text() const { return TwoDigits(hour) + ":" + TwoDigits(minute); }

std::string TimeOfDay::Human() const {
  if (hour == 12 && minute == 0) return "12 noon";
  if (hour == 0 && minute == 0) return "12 midnight";
  int twelve = hour % 12 == 0 ? 12 : hour % 12;
  std::string out = std::to_string(twelve);
  if (minute != 0) out += "." + TwoDigits(minute);
  return out + (hour < 12 ? "am" : "pm");
}

std::optional<TimeOfDay> ParseTimeOfDay(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  for (size_t i : {0, 1, 3, 4}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  TimeOfDay t{(text[0] - '0') * 10 + (text[1] - '0'), (text[3] - '0') * 10 + (text[4] - '0')};
  if (t.hour > 23 || t.minute > 59) return std::nullopt;
  return t;
}

Date NextDay(const Date& date) {
  Date next = date;
  if (++next.day > DaysInMonth(next.year, next.month)) {
    next.day = 1;
    if (++next.month > 12) {
      next.month = 1;
      ++next.year;
    }
  }
  return next;
}

int Weekday(const Date& date) {
  // 1 January 1970 was a Thursday.
  long days = DaysBetween(Date{1970, 1, 1}, date);
  return static_cast<int>(((days % 7) + 7 + 4) % 7);
}

std::string HumanDateWithWeekday(const Date& date) {
  static const char* const kNames[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                       "Thursday", "Friday", "Saturday"};
  return std::string(kNames[Weekday(date)]) + " " + date.Human();
}

Date LastSunday(int year, int month) {
  Date last{year, month, DaysInMonth(year, month)};
  last.day -= Weekday(last);
  return last;
}

int LondonOffsetMinutes(const Date& date, const TimeOfDay& time) {
  const Date spring = LastSunday(date.year, 3);
  const Date autumn = LastSunday(date.year, 10);
  if (date < spring || date > autumn) return 0;
  // On the changeover days the clocks move at 01:00 UTC: 01:00 GMT in spring (so local
  // times from 01:00 are BST; 01:00-01:59 do not exist and are read as GMT), and 02:00
  // BST in autumn (so local times before 02:00 are still BST).
  if (date == spring) return time.hour >= 2 ? 60 : 0;
  if (date == autumn) return time.hour < 2 ? 60 : 0;
  return 60;
}

std::string LondonIsoDateTime(const Date& date, const TimeOfDay& time) {
  int offset = LondonOffsetMinutes(date, time);
  return date.Iso() + "T" + time.Text() + ":00+" + TwoDigits(offset / 60) + ":" +
         TwoDigits(offset % 60);
}

}  // namespace hearth
