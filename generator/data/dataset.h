// CSV + metadata -> Dataset: an anonymised summary table with what it measures, its units,
// polarity, targets and comparators, and the identities between its cells (totals,
// running totals, percentages) that disclosure control must respect.
//
// A dataset is content/NAME.csv (tidy: one row per observation) with content/NAME.yaml
// beside it. The CSV holds the true figures; only disclosure.h decides what is published.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "fs/file_system.h"

namespace hearth {

enum class Unit { kCount, kPercent, kRate, kNumber };
enum class Polarity { kNeutral, kHigherIsBetter, kLowerIsBetter };

struct Comparator {
  std::string label;  // "England 2021/22"
  double value = 0;
};

struct Indicator {
  std::string column;
  std::string label;
  std::string short_label;  // a few words for easy-read sentences; default: label
  Unit unit = Unit::kCount;
  Polarity polarity = Polarity::kNeutral;
  std::optional<double> target;
  std::vector<Comparator> comparators;
  int numerator = -1;      // percent: index of the count it is made from
  int denominator = -1;    // percent: index of the count it is a share of
  int cumulative_of = -1;  // count: the count this is a running total of, over time
  // count: a stock (children in care at the end of each period) that changes by these
  // flows each period: this period = last period + flow_in - flow_out.
  int flow_in = -1;
  int flow_out = -1;
  double per = 10000;  // rate: per how many (a rate per 10,000 children)
  bool in_csv = true;  // false: a percent computed from its numerator and denominator
  SourceLocation location;
};

struct Filter {
  std::string column;
  std::string label;
  std::optional<std::string> total;  // the value meaning "all the others added up"
};

enum class TimeFormat { kMonth, kQuarter, kYear, kFinancialYear };

struct TimeAxis {
  std::string column;
  std::string label;
  TimeFormat format = TimeFormat::kMonth;
};

// A true value as the source gives it.
struct Cell {
  enum class Status { kValue, kNotAvailable, kNotApplicable };
  Status status = Status::kNotAvailable;
  double value = 0;
};

struct Dataset {
  std::string id;            // the file name without .csv: "cp-board"
  std::string csv_file;      // content/data/cp-board.csv
  std::string meta_file;     // content/data/cp-board.yaml
  std::string content_path;  // data/cp-board (where its page is published: /data/cp-board/)
  std::string title, description, source, period, published;
  std::vector<std::string> notes;
  std::optional<TimeAxis> time;
  std::vector<Filter> filters;
  std::vector<Indicator> indicators;
  // Rows in file order (time order where there is a time column).
  std::vector<std::string> times;                // [row]
  std::vector<std::vector<std::string>> labels;  // [row][filter]
  std::vector<std::vector<Cell>> cells;          // [row][indicator]
  std::vector<int> row_lines;                    // [row] line in the CSV file
  std::vector<std::vector<int>> cell_columns;    // [row][indicator] column, 0 if computed

  int IndicatorIndex(const std::string& column) const;
  // "Jul 2022", "2022 Q3", "2022-23".
  std::string TimeLabel(const std::string& period) const;
};

// What a view shows of a dataset: some indicators (default all) and fixed filter values.
struct DataSelection {
  std::vector<int> indicators;                     // empty: all
  std::vector<std::pair<int, std::string>> fixed;  // filter index -> label
};

// Reads every dataset (NAME.csv with NAME.yaml) below content/. Reports every problem:
// ragged rows, values that are not numbers, totals that do not add up, percentages over
// 100, periods out of order, unknown columns, and columns that look like personal data.
std::vector<Dataset> LoadDatasets(const FileSystem& fs, Diagnostics& diagnostics);

// Reads one dataset (exposed for tests).
std::optional<Dataset> LoadDataset(const FileSystem& fs, const std::string& csv_file,
                                   const std::string& meta_file, Diagnostics& diagnostics);

std::string UnitName(Unit unit);

// Percentages and rates are ratios of a numerator and a denominator count.
inline bool IsRatio(Unit unit) { return unit == Unit::kPercent || unit == Unit::kRate; }
// What a ratio multiplies numerator / denominator by: 100 for a percentage.
inline double RatioScale(const Indicator& indicator) {
  return indicator.unit == Unit::kPercent ? 100.0 : indicator.per;
}

}  // namespace hearth
