#include "data/dataset.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "config/yaml.h"
#include "core/text.h"
#include "data/csv.h"

namespace hearth {
namespace {

const std::vector<std::string> kDatasetFields = {"title",  "description", "source",
                                                 "period", "published",   "notes",
                                                 "time",   "filters",     "indicators"};
const std::vector<std::string> kIndicatorFields = {
    "column",      "label",         "unit",  "polarity", "target",  "comparators", "numerator",
    "denominator", "cumulative_of", "short", "per",      "flow_in", "flow_out"};

// Words in column names that mean a row is about one person, not a summary.
const std::set<std::string> kPersonalWords = {
    "name",  "names",    "forename", "surname",   "firstname",  "lastname", "dob",
    "birth", "birthday", "postcode", "postcodes", "address",    "nhs",      "upn",
    "uln",   "email",    "phone",    "telephone", "comment",    "comments", "note",
    "notes", "text",     "freetext", "id",        "identifier", "ni",       "nino"};

std::optional<double> ParseNumber(const std::string& text) {
  if (text.empty()) return std::nullopt;
  size_t used = 0;
  double value;
  try {
    value = std::stod(text, &used);
  } catch (...) {
    return std::nullopt;
  }
  if (used != text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

bool IsWhole(double v) { return std::fabs(v - std::round(v)) < 1e-9; }

bool ValidPeriod(const std::string& text, TimeFormat format) {
  auto digits = [&](size_t from, size_t count) {
    if (from + count > text.size()) return false;
    return std::all_of(text.begin() + from, text.begin() + from + count,
                       [](char c) { return c >= '0' && c <= '9'; });
  };
  switch (format) {
    case TimeFormat::kMonth:
      return text.size() == 7 && digits(0, 4) && text[4] == '-' && digits(5, 2) &&
             std::stoi(text.substr(5)) >= 1 && std::stoi(text.substr(5)) <= 12;
    case TimeFormat::kQuarter:
      return text.size() == 7 && digits(0, 4) && text.substr(4, 2) == "-Q" && text[6] >= '1' &&
             text[6] <= '4';
    case TimeFormat::kYear:
      return text.size() == 4 && digits(0, 4);
    case TimeFormat::kFinancialYear:
      return text.size() == 7 && digits(0, 4) && text[4] == '-' && digits(5, 2) &&
             (std::stoi(text.substr(2, 2)) + 1) % 100 == std::stoi(text.substr(5, 2));
  }
  return false;
}

std::string FormatExample(TimeFormat format) {
  switch (format) {
    case TimeFormat::kMonth:
      return "2023-06";
    case TimeFormat::kQuarter:
      return "2023-Q2";
    case TimeFormat::kYear:
      return "2023";
    case TimeFormat::kFinancialYear:
      return "2022-23";
  }
  return "";
}

std::string FormatNumber(double v) {
  if (IsWhole(v)) return std::to_string(static_cast<long long>(std::llround(v)));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", v);
  return buffer;
}

class Loader {
 public:
  Loader(const FileSystem& fs, Diagnostics& diags) : fs_(fs), diags_(diags) {}

  std::optional<Dataset> Load(const std::string& csv_file, const std::string& meta_file) {
    size_t errors_before = diags_.ErrorCount();
    Dataset d;
    d.csv_file = csv_file;
    d.meta_file = meta_file;
    std::string stem = csv_file.substr(0, csv_file.size() - 4);
    d.id = stem.substr(stem.rfind('/') + 1);
    d.content_path = stem.substr(std::string("content/").size());
    if (!ReadMeta(d)) return std::nullopt;
    ReadCsv(d);
    if (diags_.ErrorCount() > errors_before) return std::nullopt;
    Compute(d);
    CheckIdentities(d);
    CheckStocks(d);
    if (diags_.ErrorCount() > errors_before) return std::nullopt;
    return d;
  }

 private:
  bool ReadMeta(Dataset& d) {
    auto text = fs_.ReadFile(d.meta_file);
    if (!text) {
      diags_.Error({d.csv_file, 0, 0}, "this dataset has no metadata file beside it",
                   "add " + d.meta_file.substr(d.meta_file.rfind('/') + 1) +
                       " with its title, source, period and indicators");
      return false;
    }
    YamlSource src{d.meta_file, 1};
    auto root = ParseYaml(*text, src, diags_);
    if (!root) return false;
    if (!root->IsMap()) {
      diags_.Error({d.meta_file, 1, 1}, "the dataset's metadata should be fields such as 'title:'");
      return false;
    }
    const YAML::Node& y = *root;
    CheckKeys(y, kDatasetFields, src, "dataset field", diags_);
    d.title = ReadString(y, "title", src, diags_).value_or("");
    d.description = ReadString(y, "description", src, diags_).value_or("");
    d.source = ReadString(y, "source", src, diags_).value_or("");
    d.period = ReadString(y, "period", src, diags_).value_or("");
    if (auto date = ReadDate(y, "published", src, diags_)) d.published = date->Human();
    d.notes = ReadStringList(y, "notes", src, diags_).value_or(std::vector<std::string>{});
    for (const char* required : {"title", "source", "period"}) {
      if (!y[required]) {
        diags_.Error({d.meta_file, 1, 1}, std::string("the dataset has no '") + required + "'",
                     "every dataset says what it is, where its figures come from and when");
      }
    }
    if (YAML::Node time = y["time"]) {
      if (!time.IsMap()) {
        diags_.Error(LocationOf(time, src), "'time' should have a column, a label and a format");
      } else {
        CheckKeys(time, {"column", "label", "format"}, src, "time field", diags_);
        TimeAxis axis;
        axis.column = ReadString(time, "column", src, diags_).value_or("");
        axis.label = ReadString(time, "label", src, diags_).value_or(axis.column);
        std::string format = ReadString(time, "format", src, diags_).value_or("month");
        static const std::map<std::string, TimeFormat> kFormats = {
            {"month", TimeFormat::kMonth},
            {"quarter", TimeFormat::kQuarter},
            {"year", TimeFormat::kYear},
            {"financial-year", TimeFormat::kFinancialYear}};
        auto it = kFormats.find(format);
        if (it == kFormats.end()) {
          diags_.Error(LocationOf(time["format"], src), "unknown time format '" + format + "'",
                       "choose from: month, quarter, year, financial-year");
        } else {
          axis.format = it->second;
        }
        d.time = axis;
      }
    }
    if (YAML::Node filters = y["filters"]) {
      for (const auto& f : filters) {
        CheckKeys(f, {"column", "label", "total"}, src, "filter field", diags_);
        Filter filter;
        filter.column = ReadString(f, "column", src, diags_).value_or("");
        filter.label = ReadString(f, "label", src, diags_).value_or(filter.column);
        filter.total = ReadString(f, "total", src, diags_);
        d.filters.push_back(filter);
      }
    }
    YAML::Node indicators = y["indicators"];
    if (!indicators || !indicators.IsSequence() || indicators.size() == 0) {
      diags_.Error({d.meta_file, 1, 1}, "the dataset has no 'indicators'",
                   "list the columns that hold numbers, each with a label and a unit");
      return false;
    }
    std::vector<std::tuple<std::string, std::string, std::string, YAML::Node>> references;
    for (const auto& item : indicators) {
      CheckKeys(item, kIndicatorFields, src, "indicator field", diags_);
      Indicator ind;
      ind.location = LocationOf(item, src);
      ind.column = ReadString(item, "column", src, diags_).value_or("");
      ind.label = ReadString(item, "label", src, diags_).value_or(ind.column);
      ind.short_label = ReadString(item, "short", src, diags_).value_or(ToLower(ind.label));
      std::string unit = ReadString(item, "unit", src, diags_).value_or("count");
      if (unit == "count")
        ind.unit = Unit::kCount;
      else if (unit == "percent")
        ind.unit = Unit::kPercent;
      else if (unit == "rate")
        ind.unit = Unit::kRate;
      else if (unit == "number")
        ind.unit = Unit::kNumber;
      else
        diags_.Error(LocationOf(item["unit"], src), "unknown unit '" + unit + "'",
                     "choose from: count, percent, rate, number");
      if (auto per = ReadInt(item, "per", src, diags_)) {
        if (*per <= 0) diags_.Error(LocationOf(item["per"], src), "'per' should be more than 0");
        ind.per = static_cast<double>(*per);
      }
      std::string polarity = ReadString(item, "polarity", src, diags_).value_or("neutral");
      if (polarity == "higher-is-better")
        ind.polarity = Polarity::kHigherIsBetter;
      else if (polarity == "lower-is-better")
        ind.polarity = Polarity::kLowerIsBetter;
      else if (polarity != "neutral")
        diags_.Error(LocationOf(item["polarity"], src), "unknown polarity '" + polarity + "'",
                     "choose from: higher-is-better, lower-is-better, neutral");
      if (item["target"]) {
        auto t = ParseNumber(item["target"].Scalar());
        if (!t) diags_.Error(LocationOf(item["target"], src), "'target' should be a number");
        ind.target = t;
      }
      if (YAML::Node comparators = item["comparators"]) {
        for (const auto& c : comparators) {
          CheckKeys(c, {"label", "value"}, src, "comparator field", diags_);
          auto value = c["value"] ? ParseNumber(c["value"].Scalar()) : std::nullopt;
          if (!value) {
            diags_.Error(LocationOf(c, src), "a comparator needs a label and a number 'value'");
            continue;
          }
          ind.comparators.push_back({ReadString(c, "label", src, diags_).value_or(""), *value});
        }
      }
      for (const char* key : {"numerator", "denominator", "cumulative_of", "flow_in", "flow_out"}) {
        if (item[key]) references.emplace_back(ind.column, key, item[key].Scalar(), item[key]);
      }
      d.indicators.push_back(std::move(ind));
    }
    for (auto& [column, key, target, node] : references) {
      int self = d.IndicatorIndex(column);
      int other = d.IndicatorIndex(target);
      std::string which = key;
      if (other < 0 || d.indicators[other].unit != Unit::kCount) {
        diags_.Error(LocationOf(node, src),
                     "'" + which + "' names '" + target + "', which is not a count indicator",
                     "it must be the column of another indicator with unit: count");
        continue;
      }
      if (which == "numerator") d.indicators[self].numerator = other;
      if (which == "denominator") d.indicators[self].denominator = other;
      if (which == "cumulative_of") d.indicators[self].cumulative_of = other;
      if (which == "flow_in") d.indicators[self].flow_in = other;
      if (which == "flow_out") d.indicators[self].flow_out = other;
    }
    for (auto& ind : d.indicators) {
      if ((ind.flow_in >= 0) != (ind.flow_out >= 0) || ((ind.flow_in >= 0) && !d.time)) {
        diags_.Error(ind.location, "'" + ind.column +
                                       "' needs both flow_in and flow_out, and a "
                                       "time column, to be a stock that changes by them");
      }
      if (IsRatio(ind.unit) && (ind.numerator < 0 || ind.denominator < 0)) {
        diags_.Error(ind.location,
                     "the " + std::string(ind.unit == Unit::kPercent ? "percentage" : "rate") +
                         " '" + ind.column + "' needs a numerator and a denominator",
                     "name the count columns it is made from, so small numbers behind it can "
                     "be protected");
      }
      if (ind.cumulative_of >= 0 && !d.time) {
        diags_.Error(ind.location, "'" + ind.column +
                                       "' is a running total but the dataset has "
                                       "no time column");
      }
    }
    return true;
  }

  static bool LooksPersonal(const std::string& column) {
    std::string lowered = ToLower(column);
    std::string word;
    for (size_t i = 0; i <= lowered.size(); ++i) {
      if (i == lowered.size() || !std::isalnum(static_cast<unsigned char>(lowered[i]))) {
        if (kPersonalWords.count(word)) return true;
        word.clear();
      } else {
        word += lowered[i];
      }
    }
    return EndsWith(lowered, "_number") || EndsWith(lowered, "_no");
  }

  void ReadCsv(Dataset& d) {
    size_t errors_before = diags_.ErrorCount();
    auto text = fs_.ReadFile(d.csv_file);
    if (!text) {
      diags_.Error({d.csv_file, 0, 0}, "this file could not be read");
      return;
    }
    std::vector<CsvRow> rows = ParseCsv(d.csv_file, *text, diags_);
    if (rows.empty()) {
      diags_.Error({d.csv_file, 1, 1}, "this CSV file is empty",
                   "the first line names the columns");
      return;
    }
    const CsvRow& header = rows[0];
    std::map<std::string, int> column_of;
    for (size_t c = 0; c < header.fields.size(); ++c) {
      const CsvField& f = header.fields[c];
      std::string name = Trim(f.text);
      SourceLocation where{d.csv_file, f.line, f.column};
      if (LooksPersonal(name)) {
        diags_.Error(where, "the column '" + name + "' looks like personal data",
                     "datasets hold counts and percentages about groups of children, never "
                     "names, dates of birth, postcodes, ID numbers or notes about one child");
        continue;
      }
      if (!column_of.emplace(name, static_cast<int>(c)).second) {
        diags_.Error(where, "the column '" + name + "' appears twice");
      }
    }
    std::set<std::string> described;
    auto require = [&](const std::string& column, const SourceLocation& where) {
      described.insert(column);
      if (!column_of.count(column)) {
        diags_.Error(
            where, "the CSV has no column '" + column + "'", "its columns are: " + [&] {
              std::vector<std::string> names;
              for (auto& [n, _] : column_of) names.push_back(n);
              return Join(names, ", ");
            }());
        return -1;
      }
      return column_of[column];
    };
    SourceLocation meta{d.meta_file, 1, 1};
    int time_column = d.time ? require(d.time->column, meta) : -1;
    std::vector<int> filter_columns;
    for (const auto& f : d.filters) filter_columns.push_back(require(f.column, meta));
    std::vector<int> indicator_columns;
    for (auto& ind : d.indicators) {
      if (IsRatio(ind.unit) && !column_of.count(ind.column)) {
        ind.in_csv = false;  // computed from numerator and denominator
        described.insert(ind.column);
        indicator_columns.push_back(-1);
        continue;
      }
      indicator_columns.push_back(require(ind.column, ind.location));
    }
    for (const auto& [name, c] : column_of) {
      if (!described.count(name)) {
        const CsvField& f = header.fields[c];
        diags_.Error({d.csv_file, f.line, f.column},
                     "the column '" + name + "' is not described in " +
                         d.meta_file.substr(d.meta_file.rfind('/') + 1),
                     "add it to 'indicators' or 'filters', or remove it");
      }
    }
    if (diags_.ErrorCount() > errors_before) return;
    for (size_t r = 1; r < rows.size(); ++r) {
      const CsvRow& row = rows[r];
      if (row.fields.size() != header.fields.size()) {
        diags_.Error({d.csv_file, row.line, 1},
                     "row " + std::to_string(r + 1) + " has " + Plural(row.fields.size(), "cell") +
                         " but the header has " + std::to_string(header.fields.size()),
                     "every row needs a value (or an empty cell) for every column");
        continue;
      }
      auto field = [&](int c) -> const CsvField& { return row.fields[c]; };
      d.row_lines.push_back(row.line);
      d.times.push_back(time_column >= 0 ? Trim(field(time_column).text) : "");
      if (time_column >= 0 && !ValidPeriod(d.times.back(), d.time->format)) {
        const CsvField& f = field(time_column);
        diags_.Error({d.csv_file, f.line, f.column},
                     "'" + f.text + "' is not a period of the dataset's time format",
                     "write it like " + FormatExample(d.time->format));
      }
      std::vector<std::string> labels;
      for (int c : filter_columns) {
        std::string label = Trim(field(c).text);
        if (label.size() > 80) {
          diags_.Error({d.csv_file, field(c).line, field(c).column},
                       "this value looks like free text, not a category",
                       "datasets hold categories such as a district, never notes about a child");
        }
        labels.push_back(label);
      }
      d.labels.push_back(labels);
      std::vector<Cell> cells;
      std::vector<int> columns;
      for (size_t i = 0; i < d.indicators.size(); ++i) {
        const Indicator& ind = d.indicators[i];
        Cell cell;
        if (indicator_columns[i] < 0) {
          cells.push_back(cell);
          columns.push_back(0);
          continue;
        }
        const CsvField& f = field(indicator_columns[i]);
        columns.push_back(f.column);
        std::string value = Trim(f.text);
        SourceLocation where{d.csv_file, f.line, f.column};
        if (value.empty() || value == "x") {
          cell.status = Cell::Status::kNotAvailable;
        } else if (value == "z") {
          cell.status = Cell::Status::kNotApplicable;
        } else if (value == "c" || value == "[c]" || value == "*") {
          diags_.Error(where, "this cell is already hidden; the CSV should hold the true figure",
                       "hearth hides small numbers itself when it publishes, and checks that "
                       "they cannot be worked out");
        } else if (auto number = ParseNumber(value)) {
          cell.status = Cell::Status::kValue;
          cell.value = *number;
          if (ind.unit == Unit::kCount && (!IsWhole(*number) || *number < 0)) {
            diags_.Error(where, "'" + ind.column + "' is a count, so '" + value +
                                    "' should be a whole number of 0 or more");
          } else if (ind.unit == Unit::kPercent && (*number < 0 || *number > 100)) {
            diags_.Error(where, "'" + value + "' is not a percentage between 0 and 100");
          }
        } else {
          diags_.Error(where, "'" + value + "' is not a number",
                       ind.unit == Unit::kPercent ? "write percentages without the % sign"
                                                  : "write numbers without commas or spaces");
        }
        cells.push_back(cell);
      }
      d.cells.push_back(cells);
      d.cell_columns.push_back(columns);
    }
    CheckTimeOrder(d);
  }

  // Within each combination of filter values, periods must only go forwards.
  void CheckTimeOrder(const Dataset& d) {
    if (!d.time) return;
    std::map<std::vector<std::string>, std::pair<std::string, int>> last;
    for (size_t r = 0; r < d.times.size(); ++r) {
      auto [it, fresh] = last.emplace(d.labels[r], std::make_pair(d.times[r], d.row_lines[r]));
      if (fresh) continue;
      if (d.times[r] <= it->second.first) {
        diags_.Error({d.csv_file, d.row_lines[r], 1},
                     "the period '" + d.times[r] + "' should come after '" + it->second.first +
                         "' (line " + std::to_string(it->second.second) + ")",
                     "put rows in time order, each period once");
      }
      it->second = {d.times[r], d.row_lines[r]};
    }
  }

  void Compute(Dataset& d) {
    for (size_t r = 0; r < d.cells.size(); ++r) {
      for (size_t i = 0; i < d.indicators.size(); ++i) {
        const Indicator& ind = d.indicators[i];
        if (!IsRatio(ind.unit) || ind.numerator < 0 || ind.denominator < 0) continue;
        const Cell& num = d.cells[r][ind.numerator];
        const Cell& den = d.cells[r][ind.denominator];
        Cell& cell = d.cells[r][i];
        if (num.status != Cell::Status::kValue || den.status != Cell::Status::kValue) {
          if (!ind.in_csv) cell.status = Cell::Status::kNotAvailable;
          continue;
        }
        SourceLocation where{d.csv_file, d.row_lines[r], d.cell_columns[r][ind.numerator]};
        if (num.value > den.value) {
          diags_.Error(where,
                       "'" + d.indicators[ind.numerator].column + "' (" + FormatNumber(num.value) +
                           ") is more than '" + d.indicators[ind.denominator].column + "' (" +
                           FormatNumber(den.value) + ")",
                       "a part cannot be bigger than the whole it is a percentage of");
          continue;
        }
        if (den.value == 0) {
          if (!ind.in_csv) cell.status = Cell::Status::kNotApplicable;
          continue;
        }
        double computed = RatioScale(ind) * num.value / den.value;
        if (!ind.in_csv) {
          cell.status = Cell::Status::kValue;
          cell.value = computed;
        } else if (cell.status == Cell::Status::kValue && std::fabs(cell.value - computed) > 0.5) {
          diags_.Error({d.csv_file, d.row_lines[r], d.cell_columns[r][i]},
                       "the " + std::string(ind.unit == Unit::kPercent ? "percentage " : "rate ") +
                           FormatNumber(cell.value) + " does not match " + FormatNumber(num.value) +
                           " out of " + FormatNumber(den.value) + " (" +
                           FormatNumber(std::round(computed * 10) / 10) + ")",
                       "leave the column out and hearth will work it out");
        }
      }
    }
  }

  void CheckIdentities(const Dataset& d) {
    // Totals: the total row of each filter equals the sum of the other rows that share
    // every other label and period.
    for (size_t f = 0; f < d.filters.size(); ++f) {
      if (!d.filters[f].total) continue;
      const std::string& total = *d.filters[f].total;
      std::map<std::vector<std::string>, std::vector<size_t>> groups;
      for (size_t r = 0; r < d.cells.size(); ++r) {
        std::vector<std::string> key = d.labels[r];
        key[f] = "";
        key.push_back(d.times[r]);
        groups[key].push_back(r);
      }
      for (const auto& [key, rows] : groups) {
        auto total_row = std::find_if(rows.begin(), rows.end(),
                                      [&](size_t r) { return d.labels[r][f] == total; });
        if (total_row == rows.end()) continue;
        for (size_t i = 0; i < d.indicators.size(); ++i) {
          if (d.indicators[i].unit != Unit::kCount) continue;
          double sum = 0;
          bool complete = true;
          for (size_t r : rows) {
            if (r == *total_row) continue;
            if (d.cells[r][i].status != Cell::Status::kValue) complete = false;
            sum += d.cells[r][i].value;
          }
          const Cell& t = d.cells[*total_row][i];
          if (complete && t.status == Cell::Status::kValue && std::fabs(t.value - sum) > 1e-9) {
            diags_.Error({d.csv_file, d.row_lines[*total_row], d.cell_columns[*total_row][i]},
                         "the " + d.filters[f].label + " total of '" + d.indicators[i].column +
                             "' is " + FormatNumber(t.value) + " but its parts add up to " +
                             FormatNumber(sum),
                         "correct the total or the parts so they add up");
          }
        }
      }
    }
    // Running totals: each period adds that period's value to the one before.
    for (size_t i = 0; i < d.indicators.size(); ++i) {
      int base = d.indicators[i].cumulative_of;
      if (base < 0) continue;
      std::map<std::vector<std::string>, double> running;
      for (size_t r = 0; r < d.cells.size(); ++r) {
        double& sum = running[d.labels[r]];
        sum += d.cells[r][base].value;
        const Cell& c = d.cells[r][i];
        if (c.status == Cell::Status::kValue && std::fabs(c.value - sum) > 1e-9) {
          diags_.Error({d.csv_file, d.row_lines[r], d.cell_columns[r][i]},
                       "the running total '" + d.indicators[i].column + "' should be " +
                           FormatNumber(sum) + " here, not " + FormatNumber(c.value),
                       "each period's running total is the one before plus this period's '" +
                           d.indicators[base].column + "'");
          break;
        }
      }
    }
  }

  // Stocks: each period's stock is the last one plus what came in less what went out.
  void CheckStocks(const Dataset& d) {
    for (size_t i = 0; i < d.indicators.size(); ++i) {
      const Indicator& ind = d.indicators[i];
      if (ind.flow_in < 0 || ind.flow_out < 0) continue;
      std::map<std::vector<std::string>, size_t> previous;
      for (size_t r = 0; r < d.cells.size(); ++r) {
        auto it = previous.find(d.labels[r]);
        size_t last = it == previous.end() ? r : it->second;
        previous[d.labels[r]] = r;
        if (last == r) continue;
        const Cell &now = d.cells[r][i], &before = d.cells[last][i], &in = d.cells[r][ind.flow_in],
                   &out = d.cells[r][ind.flow_out];
        if (now.status != Cell::Status::kValue || before.status != Cell::Status::kValue ||
            in.status != Cell::Status::kValue || out.status != Cell::Status::kValue) {
          continue;
        }
        double expected = before.value + in.value - out.value;
        if (std::fabs(now.value - expected) > 1e-9) {
          diags_.Error({d.csv_file, d.row_lines[r], d.cell_columns[r][i]},
                       "'" + ind.column + "' should be " + FormatNumber(expected) + " here (" +
                           FormatNumber(before.value) + " + " + FormatNumber(in.value) + " - " +
                           FormatNumber(out.value) + "), not " + FormatNumber(now.value),
                       "a stock is the one before, plus '" + d.indicators[ind.flow_in].column +
                           "', less '" + d.indicators[ind.flow_out].column + "'");
        }
      }
    }
  }

  const FileSystem& fs_;
  Diagnostics& diags_;
};

}  // namespace

int Dataset::IndicatorIndex(const std::string& column) const {
  for (size_t i = 0; i < indicators.size(); ++i) {
    if (indicators[i].column == column) return static_cast<int>(i);
  }
  return -1;
}

std::string Dataset::TimeLabel(const std::string& period) const {
  if (!time) return period;
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  switch (time->format) {
    case TimeFormat::kMonth: {
      int month = std::stoi(period.substr(5, 2));
      return std::string(kMonths[month - 1]) + " " + period.substr(0, 4);
    }
    case TimeFormat::kQuarter:
      return period.substr(0, 4) + " Q" + period.substr(6, 1);
    default:
      return period;
  }
}

std::string UnitName(Unit unit) {
  switch (unit) {
    case Unit::kCount:
      return "number";
    case Unit::kPercent:
      return "%";
    case Unit::kRate:
      return "rate";
    case Unit::kNumber:
      return "value";
  }
  return "";
}

std::optional<Dataset> LoadDataset(const FileSystem& fs, const std::string& csv_file,
                                   const std::string& meta_file, Diagnostics& diags) {
  return Loader(fs, diags).Load(csv_file, meta_file);
}

std::vector<Dataset> LoadDatasets(const FileSystem& fs, Diagnostics& diags) {
  std::vector<Dataset> out;
  for (const std::string& file : fs.ListFiles("content")) {
    if (!EndsWith(file, ".csv")) continue;
    std::string meta = file.substr(0, file.size() - 4) + ".yaml";
    if (auto d = LoadDataset(fs, file, meta, diags)) out.push_back(std::move(*d));
  }
  return out;
}

}  // namespace hearth
