// Calendar dates as written in front matter (YYYY-MM-DD). Dates carry no time zone and no
// clock: builds never read the current time, so two builds of one input are identical.
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

// Parses exactly YYYY-MM-DD and checks the day exists (2023-02-29 is not a date).
std::optional<Date> ParseDate(std::string_view text);

}  // namespace hearth
