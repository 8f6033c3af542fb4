#include "data/disclosure.h"

#include <ClpSimplex.hpp>
#include <CoinPackedMatrix.hpp>
#include <CoinPackedVector.hpp>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "core/text.h"

namespace hearth {
namespace {

using Shown = PublishedCell::Shown;
using Reason = PublishedCell::Reason;

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// A linear relation between cells that a reader knows: sum(coefficient * cell) lies in
// [low, high]. Equalities have low == high.
struct Relation {
  std::vector<std::pair<size_t, double>> terms;  // cell key -> coefficient
  double low = 0, high = 0;
};

class Protector {
 public:
  Protector(const Dataset& d, const DisclosureRules& rules, Diagnostics& diags)
      : d_(d), rules_(rules), diags_(diags), width_(d.indicators.size()) {}

  PublishedDataset Run() {
    PublishedDataset out;
    out.dataset = &d_;
    cells_.assign(d_.cells.size(), std::vector<PublishedCell>(width_));
    Primary();
    BuildIdentities();
    Secondary();
    Derived();
    out.cells = cells_;
    out.audit = Audit();
    for (const AuditEntry& e : out.audit) {
      if (e.high - e.low < 0.5) {
        const Indicator& ind = d_.indicators[e.indicator];
        diags_.Error({d_.csv_file, d_.row_lines[e.row], d_.cell_columns[e.row][e.indicator]},
                     "a hidden number in '" + ind.column + "' could still be worked out from " +
                         "what is published",
                     "this should not happen: please report it; the build is stopped so "
                     "nothing that identifies a child is published");
      }
    }
    return out;
  }

 private:
  size_t Key(size_t row, size_t ind) const { return row * width_ + ind; }
  size_t Row(size_t key) const { return key / width_; }
  size_t Ind(size_t key) const { return key % width_; }
  const Cell& True(size_t key) const { return d_.cells[Row(key)][Ind(key)]; }
  PublishedCell& Pub(size_t key) { return cells_[Row(key)][Ind(key)]; }
  bool Hidden(size_t key) const { return cells_[Row(key)][Ind(key)].shown == Shown::kConfidential; }

  void Primary() {
    for (size_t r = 0; r < d_.cells.size(); ++r) {
      for (size_t i = 0; i < width_; ++i) {
        const Cell& c = d_.cells[r][i];
        PublishedCell& p = cells_[r][i];
        if (c.status == Cell::Status::kNotAvailable) {
          p.shown = Shown::kNotAvailable;
        } else if (c.status == Cell::Status::kNotApplicable) {
          p.shown = Shown::kNotApplicable;
        } else {
          p.shown = Shown::kValue;
          p.value = c.value;
          if (d_.indicators[i].unit == Unit::kCount && c.value >= 1 &&
              c.value < rules_.suppress_below) {
            p.shown = Shown::kConfidential;
            p.reason = Reason::kPrimary;
          }
        }
      }
    }
  }

  // The identities between counts that every reader can use.
  void BuildIdentities() {
    for (size_t f = 0; f < d_.filters.size(); ++f) {
      if (!d_.filters[f].total) continue;
      std::map<std::vector<std::string>, std::vector<size_t>> groups;
      for (size_t r = 0; r < d_.cells.size(); ++r) {
        std::vector<std::string> key = d_.labels[r];
        key[f] = "";
        key.push_back(d_.times[r]);
        groups[key].push_back(r);
      }
      for (const auto& [_, rows] : groups) {
        for (size_t i = 0; i < width_; ++i) {
          if (d_.indicators[i].unit != Unit::kCount) continue;
          Relation rel;
          bool has_total = false, complete = true;
          for (size_t r : rows) {
            if (d_.cells[r][i].status != Cell::Status::kValue) complete = false;
            bool is_total = d_.labels[r][f] == *d_.filters[f].total;
            has_total |= is_total;
            rel.terms.emplace_back(Key(r, i), is_total ? 1.0 : -1.0);
          }
          if (has_total && complete && rel.terms.size() > 1) identities_.push_back(rel);
        }
      }
    }
    for (size_t i = 0; i < width_; ++i) {
      const Indicator& ind = d_.indicators[i];
      if (ind.flow_in < 0 || ind.flow_out < 0) continue;
      std::map<std::vector<std::string>, size_t> previous;
      for (size_t r = 0; r < d_.cells.size(); ++r) {
        auto it = previous.find(d_.labels[r]);
        size_t before = it == previous.end() ? r : it->second;
        previous[d_.labels[r]] = r;
        if (before == r) continue;
        bool complete = d_.cells[r][i].status == Cell::Status::kValue &&
                        d_.cells[before][i].status == Cell::Status::kValue &&
                        d_.cells[r][ind.flow_in].status == Cell::Status::kValue &&
                        d_.cells[r][ind.flow_out].status == Cell::Status::kValue;
        if (!complete) continue;
        // stock now - stock before - in + out = 0
        Relation rel;
        rel.terms = {{Key(r, i), 1.0},
                     {Key(before, i), -1.0},
                     {Key(r, ind.flow_in), -1.0},
                     {Key(r, ind.flow_out), 1.0}};
        identities_.push_back(rel);
      }
    }
    for (size_t i = 0; i < width_; ++i) {
      int base = d_.indicators[i].cumulative_of;
      if (base < 0) continue;
      std::map<std::vector<std::string>, size_t> previous;
      for (size_t r = 0; r < d_.cells.size(); ++r) {
        if (d_.cells[r][i].status != Cell::Status::kValue) continue;
        Relation rel;
        rel.terms = {{Key(r, i), 1.0}, {Key(r, base), -1.0}};
        auto it = previous.find(d_.labels[r]);
        if (it != previous.end()) rel.terms.emplace_back(Key(it->second, i), -1.0);
        previous[d_.labels[r]] = r;
        identities_.push_back(rel);
      }
    }
  }

  // Relations a reader gets from published percentages: the numerator lies within the
  // rounding of p% of the denominator.
  std::vector<Relation> PercentRelations() const {
    std::vector<Relation> out;
    double half = 0.5 * std::pow(10.0, -rules_.percent_decimals);
    for (size_t r = 0; r < d_.cells.size(); ++r) {
      for (size_t i = 0; i < width_; ++i) {
        const Indicator& ind = d_.indicators[i];
        if (!IsRatio(ind.unit) || cells_[r][i].shown != Shown::kValue) continue;
        double p = Rounded(cells_[r][i].value);
        double scale = RatioScale(ind);
        // scale * num - (p + half) * den <= 0 and scale * num - (p - half) * den >= 0.
        Relation upper{{{Key(r, ind.numerator), scale}, {Key(r, ind.denominator), -(p + half)}},
                       -kInfinity,
                       0};
        Relation lower{
            {{Key(r, ind.numerator), scale}, {Key(r, ind.denominator), -(p - half)}}, 0, kInfinity};
        out.push_back(upper);
        out.push_back(lower);
      }
    }
    return out;
  }

  // Everything a reader knows ties cells together: identities and published percentages.
  std::vector<Relation> AllRelations() const {
    std::vector<Relation> relations = identities_;
    for (auto& rel : PercentRelations()) relations.push_back(rel);
    return relations;
  }

  double Rounded(double v) const {
    double scale = std::pow(10.0, rules_.percent_decimals);
    return std::round(v * scale) / scale;
  }

  // Ranges of every hidden count, by linear programming over everything published.
  std::vector<AuditEntry> Audit() const {
    std::vector<size_t> hidden;
    std::map<size_t, int> column;
    for (size_t r = 0; r < cells_.size(); ++r) {
      for (size_t i = 0; i < width_; ++i) {
        if (cells_[r][i].shown == Shown::kConfidential && d_.indicators[i].unit == Unit::kCount) {
          column[Key(r, i)] = static_cast<int>(hidden.size());
          hidden.push_back(Key(r, i));
        }
      }
    }
    std::vector<AuditEntry> entries;
    if (hidden.empty()) return entries;
    std::vector<Relation> relations = AllRelations();

    CoinPackedMatrix matrix(false, 0, 0);
    matrix.setDimensions(0, static_cast<int>(hidden.size()));
    std::vector<double> row_low, row_high;
    for (const Relation& rel : relations) {
      CoinPackedVector vector;
      double known = 0;
      for (auto [key, coefficient] : rel.terms) {
        auto it = column.find(key);
        if (it != column.end()) {
          vector.insert(it->second, coefficient);
        } else {
          known += coefficient * std::round(Published(key));
        }
      }
      if (vector.getNumElements() == 0) continue;
      matrix.appendRow(vector);
      row_low.push_back(rel.low == -kInfinity ? -COIN_DBL_MAX : rel.low - known);
      row_high.push_back(rel.high == kInfinity ? COIN_DBL_MAX : rel.high - known);
    }
    // Hidden counts are never 0 (a true 0 is always shown), so a reader knows each is
    // at least 1; nothing published bounds them above except the relations.
    std::vector<bool> constrained(hidden.size(), false);
    for (int k = 0; k < matrix.getNumRows(); ++k) {
      const CoinShallowPackedVector row = matrix.getVector(k);
      for (int e = 0; e < row.getNumElements(); ++e) constrained[row.getIndices()[e]] = true;
    }
    std::vector<double> col_low(hidden.size(), 1.0), col_high(hidden.size(), COIN_DBL_MAX);
    std::vector<double> objective(hidden.size(), 0.0);
    ClpSimplex model;
    model.setLogLevel(0);
    model.loadProblem(matrix, col_low.data(), col_high.data(), objective.data(), row_low.data(),
                      row_high.data());
    for (size_t j = 0; j < hidden.size(); ++j) {
      AuditEntry e;
      e.row = Row(hidden[j]);
      e.indicator = Ind(hidden[j]);
      e.reason = cells_[e.row][e.indicator].reason;
      if (!constrained[j]) {
        // Tied to nothing published: a reader knows only that it is at least 1.
        e.low = 1;
        e.high = kInfinity;
        entries.push_back(e);
        continue;
      }
      std::fill(objective.begin(), objective.end(), 0.0);
      objective[j] = 1.0;
      for (int direction : {1, -1}) {
        ClpSimplex solve(model);
        solve.setLogLevel(0);
        for (size_t k = 0; k < hidden.size(); ++k) {
          solve.setObjectiveCoefficient(static_cast<int>(k), objective[k]);
        }
        solve.setOptimizationDirection(direction);
        solve.primal();
        double value;
        if (solve.isProvenOptimal()) {
          value = solve.objectiveValue();
        } else if (solve.isProvenDualInfeasible()) {
          value = direction == 1 ? -kInfinity : kInfinity;
        } else {
          // Infeasible: what is published contradicts itself; treat as fully exposed so
          // the build stops rather than publishing.
          value = True(hidden[j]).value;
        }
        (direction == 1 ? e.low : e.high) = value;
      }
      entries.push_back(e);
    }
    return entries;
  }

  double Published(size_t key) const {
    const PublishedCell& p = cells_[Row(key)][Ind(key)];
    return p.shown == Shown::kValue ? p.value : True(key).value;
  }

  // Hides more counts until no hidden count can be worked out.
  void Secondary() {
    for (int round = 0; round < 10000; ++round) {
      // Percentages made from hidden counts are hidden too, so they tell a reader nothing.
      Derived();
      std::vector<AuditEntry> audit = Audit();
      auto exposed = std::find_if(audit.begin(), audit.end(),
                                  [](const AuditEntry& e) { return e.high - e.low < 0.5; });
      if (exposed == audit.end()) return;
      size_t target = Key(exposed->row, exposed->indicator);
      if (!HideAnother(target)) {
        const Indicator& ind = d_.indicators[exposed->indicator];
        diags_.Error({d_.csv_file, d_.row_lines[exposed->row],
                      d_.cell_columns[exposed->row][exposed->indicator]},
                     "a hidden number in '" + ind.column +
                         "' can be worked out, and there is "
                         "no other number to hide with it",
                     "publish this table with more rows or columns grouped together");
        return;
      }
    }
  }

  // Whether the cell is a total in any of its filters.
  bool IsTotal(size_t key) const {
    for (size_t f = 0; f < d_.filters.size(); ++f) {
      if (d_.filters[f].total && d_.labels[Row(key)][f] == *d_.filters[f].total) return true;
    }
    return false;
  }

  // Hides one more count near `target`: the smallest shown, non-zero count in a relation
  // with it, preferring cells that are not totals so totals stay visible where they can.
  // When every relation of the target is already hidden, the search moves outwards
  // through the hidden cells it is tied to.
  bool HideAnother(size_t target) {
    std::vector<Relation> relations = AllRelations();
    std::set<size_t> frontier{target}, reached{target};
    std::vector<bool> used(relations.size(), false);
    while (!frontier.empty()) {
      std::optional<std::tuple<bool, double, size_t>> best;
      std::set<size_t> next;
      for (size_t k = 0; k < relations.size(); ++k) {
        const Relation& rel = relations[k];
        bool involved = std::any_of(rel.terms.begin(), rel.terms.end(),
                                    [&](auto& t) { return frontier.count(t.first) > 0; });
        if (!involved || used[k]) continue;
        used[k] = true;
        for (auto [key, coefficient] : rel.terms) {
          const PublishedCell& p = cells_[Row(key)][Ind(key)];
          if (p.shown == Shown::kConfidential && !reached.count(key)) {
            next.insert(key);
            reached.insert(key);
          }
          if (p.shown != Shown::kValue || d_.indicators[Ind(key)].unit != Unit::kCount) continue;
          if (p.value <= 0) continue;
          std::tuple<bool, double, size_t> candidate{IsTotal(key), p.value, key};
          if (!best || candidate < *best) best = candidate;
        }
      }
      if (best) {
        PublishedCell& chosen = Pub(std::get<2>(*best));
        chosen.shown = Shown::kConfidential;
        chosen.reason = Reason::kSecondary;
        return true;
      }
      frontier = std::move(next);
    }
    return false;
  }

  void Derived() {
    for (size_t r = 0; r < cells_.size(); ++r) {
      for (size_t i = 0; i < width_; ++i) {
        const Indicator& ind = d_.indicators[i];
        PublishedCell& p = cells_[r][i];
        if (!IsRatio(ind.unit) || p.shown != Shown::kValue) continue;
        if (cells_[r][ind.numerator].shown == Shown::kConfidential ||
            cells_[r][ind.denominator].shown == Shown::kConfidential) {
          p.shown = Shown::kConfidential;
          p.reason = Reason::kDerived;
          continue;
        }
        if (p.value > 0 && Rounded(p.value) == 0) {
          p.shown = Shown::kLow;
        } else {
          p.value = Rounded(p.value);
        }
      }
    }
  }

  const Dataset& d_;
  const DisclosureRules& rules_;
  Diagnostics& diags_;
  size_t width_;
  std::vector<std::vector<PublishedCell>> cells_;
  std::vector<Relation> identities_;
};

// The GSS symbol for a cell that shows no number.
std::string Symbol(const PublishedCell& cell) {
  switch (cell.shown) {
    case Shown::kConfidential:
      return "[c]";
    case Shown::kNotAvailable:
      return "[x]";
    case Shown::kNotApplicable:
      return "[z]";
    case Shown::kLow:
      return "[low]";
    case Shown::kValue:
      break;
  }
  return "";
}

std::string WithThousands(long long n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (n < 0 ? "-" : "") + out;
}

std::string Decimal(double v, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
  return buffer;
}

}  // namespace

size_t PublishedDataset::CountHidden(PublishedCell::Reason reason) const {
  size_t n = 0;
  for (const auto& row : cells) {
    for (const auto& c : row) n += c.shown == Shown::kConfidential && c.reason == reason;
  }
  return n;
}

PublishedDataset ProtectDataset(const Dataset& dataset, const DisclosureRules& rules,
                                Diagnostics& diagnostics) {
  return Protector(dataset, rules, diagnostics).Run();
}

std::string CellText(const PublishedCell& cell, const Indicator& indicator,
                     const DisclosureRules& rules) {
  if (cell.shown != Shown::kValue) return Symbol(cell);
  switch (indicator.unit) {
    case Unit::kCount:
      return WithThousands(std::llround(cell.value));
    case Unit::kPercent:
      return Decimal(cell.value, rules.percent_decimals) + "%";
    case Unit::kRate:
      return Decimal(cell.value, rules.percent_decimals);
    case Unit::kNumber:
      return std::fabs(cell.value - std::round(cell.value)) < 1e-9
                 ? WithThousands(std::llround(cell.value))
                 : Decimal(cell.value, 1);
  }
  return "";
}

std::string CellWords(const PublishedCell& cell) {
  switch (cell.shown) {
    case Shown::kConfidential:
      return "confidential";
    case Shown::kNotAvailable:
      return "not available";
    case Shown::kNotApplicable:
      return "not applicable";
    case Shown::kLow:
      return "more than 0 but too small to show";
    case Shown::kValue:
      return "";
  }
  return "";
}

std::string CellDownload(const PublishedCell& cell, const DisclosureRules& rules) {
  if (cell.shown != Shown::kValue) return Symbol(cell);
  if (std::fabs(cell.value - std::round(cell.value)) < 1e-9) {
    return std::to_string(std::llround(cell.value));
  }
  return Decimal(cell.value, std::max(1, rules.percent_decimals));
}

std::string FormatAudit(const PublishedDataset& published) {
  const Dataset& d = *published.dataset;
  std::string out = d.csv_file + ": " + Plural(published.audit.size(), "hidden count") + "\n";
  for (const AuditEntry& e : published.audit) {
    std::string where = d.time ? d.TimeLabel(d.times[e.row]) : "";
    for (size_t f = 0; f < d.filters.size(); ++f) {
      where += (where.empty() ? "" : ", ") + d.labels[e.row][f];
    }
    std::string reason = e.reason == Reason::kPrimary ? "small number" : "protects another";
    std::string high = std::isinf(e.high) ? "no upper limit" : Decimal(e.high, 1);
    out += "  line " + std::to_string(d.row_lines[e.row]) + ", " +
           d.indicators[e.indicator].column + " (" + where + "): " + reason +
           "; a reader can narrow it to " + Decimal(e.low, 1) + " .. " + high +
           (e.high - e.low < 0.5 ? "  DISCLOSED" : "") + "\n";
  }
  return out;
}

}  // namespace hearth
