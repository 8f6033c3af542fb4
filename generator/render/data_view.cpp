#include "render/data_view.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/text.h"
#include "data/csv.h"

namespace hearth {
namespace {

using Shown = PublishedCell::Shown;

std::vector<int> Indicators(const Dataset& d, const DataSelection& s) {
  if (!s.indicators.empty()) return s.indicators;
  std::vector<int> all;
  for (size_t i = 0; i < d.indicators.size(); ++i) all.push_back(static_cast<int>(i));
  return all;
}

bool RowSelected(const Dataset& d, const DataSelection& s, size_t r) {
  for (auto& [f, label] : s.fixed) {
    if (d.labels[r][f] != label) return false;
  }
  return true;
}

std::string RowName(const Dataset& d, const DataSelection& s, size_t r) {
  std::vector<std::string> parts;
  for (size_t f = 0; f < d.filters.size(); ++f) {
    bool fixed = std::any_of(s.fixed.begin(), s.fixed.end(),
                             [&](auto& p) { return p.first == static_cast<int>(f); });
    if (!fixed) parts.push_back(d.labels[r][f]);
  }
  return Join(parts, ", ");
}

std::string UnitHeader(const Indicator& ind) {
  switch (ind.unit) {
    case Unit::kCount:
      return ind.label + " (number)";
    case Unit::kPercent:
      return ind.label + " (%)";
    case Unit::kRate: {
      PublishedCell per;
      per.shown = Shown::kValue;
      per.value = ind.per;
      return ind.label + " (per " + CellText(per, Indicator{}, DisclosureRules{}) + ")";
    }
    case Unit::kNumber:
      return ind.label;
  }
  return ind.label;
}

// A cell as HTML: symbols carry their meaning in words for screen readers.
std::string CellHtml(const PublishedCell& cell, const Indicator& ind,
                     const DisclosureRules& rules) {
  std::string text = HtmlEscape(CellText(cell, ind, rules));
  std::string words = CellWords(cell);
  if (words.empty()) return text;
  return "<abbr title=\"" + words + "\"><span aria-hidden=\"true\">" + text +
         "</span><span class=\"visually-hidden\">" + words + "</span></abbr>";
}

struct Grid {
  std::string row_heading;
  std::vector<std::string> rows, columns;
  // [row][column] -> (dataset row, indicator), or (-1, -1) for no cell.
  std::vector<std::vector<std::pair<int, int>>> cells;
  std::vector<int> row_indicator;  // when rows are indicators, for units
  int indicator = -1;              // when the whole grid is one indicator
};

// Lays out a selection as one or more grids (see the shapes in the comments).
std::vector<Grid> Layout(const Dataset& d, const DataSelection& s) {
  std::vector<int> inds = Indicators(d, s);
  std::vector<size_t> rows;
  for (size_t r = 0; r < d.cells.size(); ++r) {
    if (RowSelected(d, s, r)) rows.push_back(r);
  }
  std::vector<std::string> periods;
  for (size_t r : rows) {
    if (std::find(periods.begin(), periods.end(), d.times[r]) == periods.end()) {
      periods.push_back(d.times[r]);
    }
  }
  std::vector<std::string> names;  // distinct row names in order
  for (size_t r : rows) {
    std::string n = RowName(d, s, r);
    if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
  }
  std::vector<Grid> grids;
  bool one_name = names.size() <= 1;
  if (d.time && one_name) {
    // Indicators down, periods across (the board papers' layout).
    Grid g;
    g.row_heading = "Measure";
    for (auto& p : periods) g.columns.push_back(d.TimeLabel(p));
    for (int i : inds) {
      g.rows.push_back(UnitHeader(d.indicators[i]));
      g.row_indicator.push_back(i);
      std::vector<std::pair<int, int>> line;
      for (size_t r : rows) line.emplace_back(static_cast<int>(r), i);
      g.cells.push_back(line);
    }
    grids.push_back(g);
    return grids;
  }
  if (d.time) {
    // One grid per indicator: rows are the categories, periods across.
    for (int i : inds) {
      Grid g;
      g.indicator = i;
      std::vector<std::string> fl;
      for (auto& f : d.filters) fl.push_back(f.label);
      g.row_heading = Join(fl, ", ");
      for (auto& p : periods) g.columns.push_back(d.TimeLabel(p));
      g.rows = names;
      g.cells.assign(names.size(), std::vector<std::pair<int, int>>(periods.size(), {-1, -1}));
      for (size_t r : rows) {
        size_t y = std::find(names.begin(), names.end(), RowName(d, s, r)) - names.begin();
        size_t x = std::find(periods.begin(), periods.end(), d.times[r]) - periods.begin();
        g.cells[y][x] = {static_cast<int>(r), i};
      }
      grids.push_back(g);
    }
    return grids;
  }
  std::vector<int> free_filters;
  for (size_t f = 0; f < d.filters.size(); ++f) {
    bool fixed = std::any_of(s.fixed.begin(), s.fixed.end(),
                             [&](auto& p) { return p.first == static_cast<int>(f); });
    if (!fixed) free_filters.push_back(static_cast<int>(f));
  }
  if (free_filters.size() == 2) {
    // A two-way table per indicator.
    int fa = free_filters[0], fb = free_filters[1];
    for (int i : inds) {
      Grid g;
      g.indicator = i;
      g.row_heading = d.filters[fa].label;
      for (size_t r : rows) {
        if (std::find(g.rows.begin(), g.rows.end(), d.labels[r][fa]) == g.rows.end())
          g.rows.push_back(d.labels[r][fa]);
        if (std::find(g.columns.begin(), g.columns.end(), d.labels[r][fb]) == g.columns.end())
          g.columns.push_back(d.labels[r][fb]);
      }
      g.cells.assign(g.rows.size(), std::vector<std::pair<int, int>>(g.columns.size(), {-1, -1}));
      for (size_t r : rows) {
        size_t y = std::find(g.rows.begin(), g.rows.end(), d.labels[r][fa]) - g.rows.begin();
        size_t x =
            std::find(g.columns.begin(), g.columns.end(), d.labels[r][fb]) - g.columns.begin();
        g.cells[y][x] = {static_cast<int>(r), i};
      }
      grids.push_back(g);
    }
    return grids;
  }
  // Categories down, indicators across.
  Grid g;
  std::vector<std::string> fl;
  for (int f : free_filters) fl.push_back(d.filters[f].label);
  g.row_heading = fl.empty() ? "Group" : Join(fl, ", ");
  for (int i : inds) g.columns.push_back(UnitHeader(d.indicators[i]));
  for (size_t r : rows) {
    g.rows.push_back(RowName(d, s, r));
    std::vector<std::pair<int, int>> line;
    for (int i : inds) line.emplace_back(static_cast<int>(r), i);
    g.cells.push_back(line);
  }
  grids.push_back(g);
  return grids;
}

std::string Number(double v, int decimals = 0) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
  return buffer;
}

std::string ValueWords(double v, const Indicator& ind, const DisclosureRules& rules) {
  PublishedCell cell;
  cell.shown = Shown::kValue;
  cell.value = v;
  return CellText(cell, ind, rules);
}

}  // namespace

std::string RenderSymbolKey(const PublishedDataset& data, const DataSelection& selection) {
  const Dataset& d = *data.dataset;
  std::set<Shown> used;
  for (size_t r = 0; r < d.cells.size(); ++r) {
    if (!RowSelected(d, selection, r)) continue;
    for (int i : Indicators(d, selection)) used.insert(data.cells[r][i].shown);
  }
  used.erase(Shown::kValue);
  if (used.empty()) return "";
  std::string out = "<div class=\"symbol-key\">\n<p>Key to the symbols in this table:</p>\n<dl>\n";
  auto item = [&](Shown s, const char* symbol, const char* meaning) {
    if (used.count(s)) {
      out += std::string("<dt>") + symbol + "</dt><dd>" + meaning + "</dd>\n";
    }
  };
  item(Shown::kConfidential, "[c]",
       "confidential: hidden so that no child can be identified. Numbers from 1 to 9 are hidden, "
       "and sometimes others so that hidden numbers cannot be worked out");
  item(Shown::kLow, "[low]", "a small number that rounds to 0");
  item(Shown::kNotAvailable, "[x]", "not available");
  item(Shown::kNotApplicable, "[z]", "not applicable");
  return out + "</dl>\n</div>\n";
}

std::string RenderDataTable(const PublishedDataset& data, const DisclosureRules& rules,
                            const DataSelection& selection, const std::string& id_prefix) {
  const Dataset& d = *data.dataset;
  std::string out = RenderSymbolKey(data, selection);
  int n = 0;
  for (const Grid& g : Layout(d, selection)) {
    std::string caption = d.title;
    if (g.indicator >= 0) caption = UnitHeader(d.indicators[g.indicator]);
    std::string id = id_prefix + "-table-" + std::to_string(++n);
    out += "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"" + id +
           "\">\n<table class=\"data-table\">\n<caption id=\"" + id + "\">" + HtmlEscape(caption) +
           "<span class=\"caption-period\">, " + HtmlEscape(d.period) +
           "</span></caption>\n<thead>\n<tr><th scope=\"col\">" + HtmlEscape(g.row_heading) +
           "</th>";
    for (const auto& c : g.columns) out += "<th scope=\"col\">" + HtmlEscape(c) + "</th>";
    out += "</tr>\n</thead>\n<tbody>\n";
    for (size_t y = 0; y < g.rows.size(); ++y) {
      out += "<tr><th scope=\"row\">" + HtmlEscape(g.rows[y]) + "</th>";
      for (auto [r, i] : g.cells[y]) {
        if (r < 0) {
          out += "<td></td>";
          continue;
        }
        out += "<td>" + CellHtml(data.cells[r][i], d.indicators[i], rules) + "</td>";
      }
      out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n</div>\n";
  }
  out += "<p class=\"data-source\">Source: " + HtmlEscape(d.source) +
         ". Period: " + HtmlEscape(d.period) + ".</p>\n";
  return out;
}

// Horizontal bars for categories: one bar per column of the grid's total row (or first
// row), labelled with its value, so long category names stay readable.
std::string BarChart(const PublishedDataset& data, const DisclosureRules& rules, const Grid& g,
                     int indicator, const std::string& id) {
  const Dataset& d = *data.dataset;
  const Indicator& ind = d.indicators[indicator];
  size_t row = 0;
  for (size_t y = 0; y < g.rows.size(); ++y) {
    for (const auto& f : d.filters) {
      if (f.total && g.rows[y] == *f.total) row = y;
    }
  }
  std::vector<std::pair<std::string, const PublishedCell*>> bars;
  for (size_t x = 0; x < g.columns.size(); ++x) {
    auto [r, i] = g.cells[row][x];
    if (r < 0) continue;
    bool is_total = false;
    for (const auto& f : d.filters) is_total |= f.total && g.columns[x] == *f.total;
    if (!is_total) bars.emplace_back(g.columns[x], &data.cells[r][i]);
  }
  if (bars.empty()) return "";
  double max = ind.unit == Unit::kPercent ? 100 : 0;
  for (auto& [_, c] : bars) {
    if (c->shown == Shown::kValue) max = std::max(max, c->value);
  }
  if (max <= 0) max = 1;
  const int width = 640, label_w = 220, bar_h = 28, gap = 12, top = 8;
  int height = top * 2 + static_cast<int>(bars.size()) * (bar_h + gap);
  double plot_w = width - label_w - 90;
  std::string title = UnitHeader(ind) + (g.rows.size() > 1 ? ", " + g.rows[row] : "");
  std::string out = "<figure class=\"data-chart\">\n<svg viewBox=\"0 0 " + std::to_string(width) +
                    " " + std::to_string(height) + "\" role=\"img\" aria-labelledby=\"" + id +
                    "-title " + id + "-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"" +
                    id + "-title\">" + HtmlEscape(title) + "</title>\n<desc id=\"" + id +
                    "-desc\">Bar chart of " + HtmlEscape(ToLower(title)) +
                    ". The same figures are in the table on this page.</desc>\n";
  for (size_t k = 0; k < bars.size(); ++k) {
    double y = top + k * (bar_h + gap);
    const PublishedCell& c = *bars[k].second;
    out += "<text x=\"" + Number(label_w - 8) + "\" y=\"" + Number(y + bar_h * 0.65, 1) +
           "\" text-anchor=\"end\" font-size=\"14\">" + HtmlEscape(bars[k].first) + "</text>\n";
    if (c.shown == Shown::kValue) {
      double w = std::max(1.0, plot_w * c.value / max);
      out += "<rect x=\"" + Number(label_w) + "\" y=\"" + Number(y, 1) + "\" width=\"" +
             Number(w, 1) + "\" height=\"" + std::to_string(bar_h) +
             "\" fill=\"#1d4f91\"/>\n<text x=\"" + Number(label_w + w + 6, 1) + "\" y=\"" +
             Number(y + bar_h * 0.65, 1) + "\" font-size=\"14\">" +
             HtmlEscape(CellText(c, ind, rules)) + "</text>\n";
    } else {
      out += "<text x=\"" + Number(label_w + 6) + "\" y=\"" + Number(y + bar_h * 0.65, 1) +
             "\" font-size=\"14\">" + HtmlEscape(CellText(c, ind, rules)) + " (" +
             HtmlEscape(CellWords(c)) + ")</text>\n";
    }
  }
  out += "</svg>\n<figcaption>" + HtmlEscape(title) + ", " + HtmlEscape(d.period) +
         ".</figcaption>\n</figure>\n";
  return out;
}

std::string RenderDataChart(const PublishedDataset& data, const DisclosureRules& rules,
                            const DataSelection& selection, const std::string& id_prefix) {
  const Dataset& d = *data.dataset;
  std::string out;
  int n = 0;
  // Up to five series, told apart by dash pattern and marker shape as well as colour.
  static const char* kDash[] = {"", "8 4", "2 4", "12 4 2 4", "4 4"};
  static const char* kColour[] = {"#1d4f91", "#a23b00", "#2e6b30", "#6b2e6b", "#4a4a4a"};
  for (const Grid& g : Layout(d, selection)) {
    if (!d.time) {
      if (g.indicator >= 0) {
        out += BarChart(data, rules, g, g.indicator, id_prefix + "-chart-" + std::to_string(++n));
      }
      continue;
    }
    // One chart per row of the grid when rows are indicators; otherwise one per grid.
    std::vector<std::vector<size_t>> charts;
    if (g.indicator < 0 && d.time) {
      for (size_t y = 0; y < g.rows.size(); ++y) charts.push_back({y});
    } else {
      std::vector<size_t> all;
      for (size_t y = 0; y < g.rows.size() && y < 5; ++y) all.push_back(y);
      charts.push_back(all);
    }
    for (const auto& series : charts) {
      int ind_index = g.indicator >= 0 ? g.indicator : g.row_indicator[series[0]];
      const Indicator& ind = d.indicators[ind_index];
      std::string id = id_prefix + "-chart-" + std::to_string(++n);
      const int width = 640, height = 320, left = 64, right = 150, top = 24, bottom = 56;
      double max = ind.unit == Unit::kPercent ? 100 : 0;
      for (size_t y : series) {
        for (auto [r, i] : g.cells[y]) {
          if (r >= 0 && data.cells[r][i].shown == Shown::kValue) {
            max = std::max(max, data.cells[r][i].value);
          }
        }
      }
      if (ind.target) max = std::max(max, *ind.target);
      if (max <= 0) max = 1;
      double step = std::pow(10, std::floor(std::log10(max)));
      double top_value = std::ceil(max / step) * step;
      size_t points = g.columns.size();
      double plot_w = width - left - right, plot_h = height - top - bottom;
      auto xpos = [&](size_t k) {
        return left + (points <= 1 ? plot_w / 2 : plot_w * k / (points - 1));
      };
      auto ypos = [&](double v) { return top + plot_h * (1 - v / top_value); };
      std::string title = UnitHeader(ind);
      std::string desc = "Line chart of " + ToLower(ind.label) + " by " + ToLower(d.time->label) +
                         ", " + d.period + ". The same figures are in the table on this page.";
      out += "<figure class=\"data-chart\">\n<svg viewBox=\"0 0 " + std::to_string(width) + " " +
             std::to_string(height) + "\" role=\"img\" aria-labelledby=\"" + id + "-title " + id +
             "-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"" + id + "-title\">" +
             HtmlEscape(title) + "</title>\n<desc id=\"" + id + "-desc\">" + HtmlEscape(desc) +
             "</desc>\n";
      for (int t = 0; t <= 4; ++t) {
        double v = top_value * t / 4;
        double yy = ypos(v);
        out += "<line x1=\"" + Number(left) + "\" x2=\"" + Number(left + plot_w) + "\" y1=\"" +
               Number(yy, 1) + "\" y2=\"" + Number(yy, 1) +
               "\" stroke=\"#cccccc\" stroke-width=\"1\"/>\n<text x=\"" + Number(left - 8) +
               "\" y=\"" + Number(yy + 4, 1) + "\" text-anchor=\"end\" font-size=\"12\">" +
               HtmlEscape(ValueWords(v, ind, rules)) + "</text>\n";
      }
      size_t label_every = std::max<size_t>(1, (points + 5) / 6);
      for (size_t k = 0; k < points; k += label_every) {
        out += "<text x=\"" + Number(xpos(k), 1) + "\" y=\"" + Number(height - bottom + 20) +
               "\" text-anchor=\"middle\" font-size=\"12\">" + HtmlEscape(g.columns[k]) +
               "</text>\n";
      }
      if (ind.target) {
        double yy = ypos(*ind.target);
        out += "<line x1=\"" + Number(left) + "\" x2=\"" + Number(left + plot_w) + "\" y1=\"" +
               Number(yy, 1) + "\" y2=\"" + Number(yy, 1) +
               "\" stroke=\"#1b1b1b\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>\n<text x=\"" +
               Number(left + plot_w + 6) + "\" y=\"" + Number(yy + 4, 1) +
               "\" font-size=\"12\">Target " + HtmlEscape(ValueWords(*ind.target, ind, rules)) +
               "</text>\n";
      }
      for (size_t s = 0; s < series.size(); ++s) {
        size_t y = series[s];
        std::string colour = kColour[s % 5];
        std::string path, markers, last_label;
        bool pen_down = false;
        double last_x = 0, last_y = 0;
        for (size_t k = 0; k < points; ++k) {
          auto [r, i] = g.cells[y][k];
          if (r < 0 || data.cells[r][i].shown != Shown::kValue) {
            pen_down = false;  // a gap where a figure is hidden or missing
            if (r >= 0 && data.cells[r][i].shown == Shown::kConfidential) {
              markers += "<text x=\"" + Number(xpos(k), 1) + "\" y=\"" +
                         Number(top + plot_h - 6, 1) +
                         "\" text-anchor=\"middle\" font-size=\"11\">[c]</text>\n";
            }
            continue;
          }
          double v = data.cells[r][i].value;
          double xx = xpos(k), yy = ypos(v);
          {
            path += (pen_down ? " L " : " M ") + Number(xx, 1) + " " + Number(yy, 1);
            pen_down = true;
            markers += s % 2 == 0
                           ? "<circle cx=\"" + Number(xx, 1) + "\" cy=\"" + Number(yy, 1) +
                                 "\" r=\"4\" fill=\"" + colour + "\"/>\n"
                           : "<rect x=\"" + Number(xx - 4, 1) + "\" y=\"" + Number(yy - 4, 1) +
                                 "\" width=\"8\" height=\"8\" fill=\"" + colour + "\"/>\n";
            last_x = xx;
            last_y = yy;
            last_label = g.indicator >= 0 ? g.rows[y] : ValueWords(v, ind, rules);
          }
        }
        if (!path.empty()) {
          out +=
              "<path d=\"" + path.substr(1) + "\" fill=\"none\" stroke=\"" + colour +
              "\" stroke-width=\"3\"" +
              (kDash[s % 5][0] ? std::string(" stroke-dasharray=\"") + kDash[s % 5] + "\"" : "") +
              "/>\n";
          out += "<text x=\"" + Number(last_x + 8, 1) + "\" y=\"" + Number(last_y + 4, 1) +
                 "\" font-size=\"12\">" + HtmlEscape(last_label) + "</text>\n";
        }
        out += markers;
      }
      out += "</svg>\n<figcaption>" + HtmlEscape(title) + ", " + HtmlEscape(d.period) +
             ". Hidden figures ([c]) are gaps in the chart.</figcaption>\n</figure>\n";
    }
  }
  return out;
}

std::string RenderDataSummary(const PublishedDataset& data, const DisclosureRules& rules,
                              const DataSelection& selection) {
  const Dataset& d = *data.dataset;
  std::string out = "<ul class=\"data-summary\">\n";
  for (int i : Indicators(d, selection)) {
    const Indicator& ind = d.indicators[i];
    // The latest and the one before, among the selected rows with one row name.
    std::vector<size_t> rows;
    for (size_t r = 0; r < d.cells.size(); ++r) {
      if (RowSelected(d, selection, r)) rows.push_back(r);
    }
    if (rows.empty() || !d.time) continue;
    std::string name = RowName(d, selection, rows.back());
    std::vector<size_t> same;
    for (size_t r : rows) {
      if (RowName(d, selection, r) == name) same.push_back(r);
    }
    size_t last = same.back();
    const PublishedCell& now = data.cells[last][i];
    std::string sentence = ind.label + (name.empty() ? "" : " (" + name + ")") + ": ";
    if (now.shown != Shown::kValue) {
      sentence += "in " + d.TimeLabel(d.times[last]) + " the figure is " + CellWords(now) + ".";
      out += "<li>" + HtmlEscape(sentence) + "</li>\n";
      continue;
    }
    sentence += ValueWords(now.value, ind, rules) + " in " + d.TimeLabel(d.times[last]) + ".";
    if (same.size() >= 2) {
      const PublishedCell& before = data.cells[same[same.size() - 2]][i];
      if (before.shown == Shown::kValue) {
        std::string when = d.TimeLabel(d.times[same[same.size() - 2]]);
        if (std::fabs(now.value - before.value) < 1e-9) {
          sentence += " It is the same as in " + when + ".";
        } else {
          bool up = now.value > before.value;
          sentence += std::string(" It went ") + (up ? "up" : "down") + " from " +
                      ValueWords(before.value, ind, rules) + " in " + when;
          if (ind.polarity == Polarity::kNeutral) {
            sentence += ".";
          } else {
            bool better = up == (ind.polarity == Polarity::kHigherIsBetter);
            sentence += std::string(", which is ") + (better ? "better" : "worse") + ".";
          }
        }
      }
    }
    if (ind.polarity != Polarity::kNeutral) {
      sentence +=
          ind.polarity == Polarity::kHigherIsBetter ? " Higher is better." : " Lower is better.";
    }
    if (ind.target) {
      bool met = ind.polarity == Polarity::kLowerIsBetter ? now.value <= *ind.target
                                                          : now.value >= *ind.target;
      sentence += " The target is " + ValueWords(*ind.target, ind, rules) + ": " +
                  (ind.polarity == Polarity::kNeutral
                       ? std::string(now.value >= *ind.target ? "it is at or above the target."
                                                              : "it is below the target.")
                       : std::string(met ? "the target is met." : "the target is not met."));
    }
    for (const auto& c : ind.comparators) {
      sentence += " " + c.label + ": " + ValueWords(c.value, ind, rules) + ".";
    }
    out += "<li>" + HtmlEscape(sentence) + "</li>\n";
  }
  return out + "</ul>\n";
}

std::string PeriodWords(const Dataset& d, const std::string& period) {
  if (!d.time) return period;
  static const char* kMonths[] = {"January",   "February", "March",    "April",
                                  "May",       "June",     "July",     "August",
                                  "September", "October",  "November", "December"};
  switch (d.time->format) {
    case TimeFormat::kMonth:
      return std::string(kMonths[std::stoi(period.substr(5, 2)) - 1]) + " " + period.substr(0, 4);
    case TimeFormat::kQuarter: {
      int first = (std::stoi(period.substr(6, 1)) - 1) * 3;
      return std::string(kMonths[first]) + " to " + kMonths[first + 2] + " " + period.substr(0, 4);
    }
    case TimeFormat::kFinancialYear:
      // "2022-23" -> "2022 to 2023": the century comes from the first year.
      return period.substr(0, 4) + " to " + period.substr(0, 2) + period.substr(5, 2);
    case TimeFormat::kYear:
      return period;
  }
  return period;
}

namespace {

// How far a published figure is from its target, in the indicator's own terms.
std::string DifferenceWords(double difference, const Indicator& ind, const DisclosureRules& rules) {
  switch (ind.unit) {
    case Unit::kPercent: {
      std::string n = Number(difference, rules.percent_decimals);
      return n + (n == "1" ? " percentage point" : " percentage points");
    }
    case Unit::kRate: {
      Indicator plain;
      plain.unit = Unit::kNumber;
      return Number(difference, rules.percent_decimals) + " per " +
             ValueWords(ind.per, plain, rules);
    }
    default:
      return ValueWords(difference, ind, rules);
  }
}

// The sentence about the target, given the latest published value.
std::string TargetWords(double value, const Indicator& ind, const DisclosureRules& rules) {
  const double target = *ind.target;
  std::string out = "The target is " + ValueWords(target, ind, rules);
  if (ind.polarity == Polarity::kHigherIsBetter) out += " or more";
  if (ind.polarity == Polarity::kLowerIsBetter) out += " or less";
  // Compare the figure as published, so the words never reveal more than the table does.
  const double difference = std::fabs(value - target);
  if (difference < 1e-9) return out + ": on target.";
  std::string by = DifferenceWords(difference, ind, rules);
  if (ind.polarity == Polarity::kNeutral) {
    return out + ": the figure is " + by + (value > target ? " above it." : " below it.");
  }
  bool better = (value > target) == (ind.polarity == Polarity::kHigherIsBetter);
  if (better) return out + ": met, by " + by + ".";
  return out + ": not met, " + by +
         (ind.polarity == Polarity::kHigherIsBetter ? " short." : " over.");
}

}  // namespace

std::string TargetSentence(const PublishedDataset& data, const DisclosureRules& rules,
                           const DataSelection& selection, int i) {
  const Dataset& d = *data.dataset;
  const Indicator& ind = d.indicators[i];
  // The latest period with a figure: a measure taken each term has none for the months
  // between, which is not news. A hidden figure is a figure, and is said to be hidden.
  size_t last = SIZE_MAX;
  for (size_t r = 0; r < d.cells.size(); ++r) {
    if (!RowSelected(d, selection, r)) continue;
    Shown shown = data.cells[r][i].shown;
    if (shown != Shown::kNotAvailable && shown != Shown::kNotApplicable) last = r;
  }
  // A row fixed to one group (not a total) is named, so "South" is not read as everyone.
  std::vector<std::string> groups;
  for (const auto& [f, value] : selection.fixed) {
    if (d.filters[f].total != value) groups.push_back(value);
  }
  std::string sentence = ind.label + (groups.empty() ? "" : " (" + Join(groups, ", ") + ")") + ": ";
  if (last == SIZE_MAX) {
    sentence += "there are no figures yet.";
  } else {
    const PublishedCell& now = data.cells[last][i];
    std::string when = d.time ? PeriodWords(d, d.times[last]) : d.period;
    if (now.shown == Shown::kConfidential) {
      sentence +=
          "the figure for " + when + " is not published, so that no child can be identified.";
      if (ind.target) sentence += " The target is " + ValueWords(*ind.target, ind, rules) + ".";
    } else if (now.shown == Shown::kLow) {
      sentence += "the figure for " + when + " is more than 0 but too small to show.";
      if (ind.target) sentence += " The target is " + ValueWords(*ind.target, ind, rules) + ".";
    } else {
      sentence += ValueWords(now.value, ind, rules) + " in " + when + ".";
      if (ind.target) {
        sentence += " " + TargetWords(now.value, ind, rules);
      } else {
        sentence += " There is no target for this measure.";
        if (ind.polarity == Polarity::kHigherIsBetter) sentence += " Higher is better.";
        if (ind.polarity == Polarity::kLowerIsBetter) sentence += " Lower is better.";
      }
    }
  }
  for (const auto& c : ind.comparators) {
    sentence += " " + c.label + ": " + ValueWords(c.value, ind, rules) + ".";
  }
  return sentence;
}

std::string RenderTargetSentences(const PublishedDataset& data, const DisclosureRules& rules,
                                  const DataSelection& selection) {
  std::string out = "<ul class=\"data-targets\">\n";
  for (int i : Indicators(*data.dataset, selection)) {
    out += "<li>" + HtmlEscape(TargetSentence(data, rules, selection, i)) + "</li>\n";
  }
  return out + "</ul>\n";
}

std::string RenderDataSentences(const PublishedDataset& data, const DisclosureRules& rules,
                                const DataSelection& selection, const std::string& picture_url,
                                const std::string& picture_alt) {
  const Dataset& d = *data.dataset;
  std::string out;
  for (int i : Indicators(d, selection)) {
    const Indicator& ind = d.indicators[i];
    // The latest period with a figure, hidden or not (a measure taken each term has none
    // for the months between).
    size_t last = SIZE_MAX, any = SIZE_MAX;
    for (size_t r = 0; r < d.cells.size(); ++r) {
      if (!RowSelected(d, selection, r)) continue;
      any = r;
      Shown shown = data.cells[r][i].shown;
      if (shown != Shown::kNotAvailable && shown != Shown::kNotApplicable) last = r;
    }
    if (any == SIZE_MAX) continue;
    std::string sentence;
    if (last == SIZE_MAX) {
      sentence = "There is no number for this yet.";
    } else if (data.cells[last][i].shown != Shown::kValue) {
      sentence = "We do not show this number. This keeps children safe.";
    } else if (ind.unit == Unit::kPercent) {
      long out_of_ten = std::lround(data.cells[last][i].value / 10);
      sentence = std::to_string(out_of_ten) + " out of 10: " + ind.short_label + ".";
    } else {
      sentence = ValueWords(data.cells[last][i].value, ind, rules) + ": " + ind.short_label + ".";
    }
    out += "<div class=\"picture-block\">\n<div class=\"picture\"><img src=\"" +
           HtmlEscape(picture_url) + "\" alt=\"" + HtmlEscape(picture_alt) +
           "\"></div>\n<div class=\"words\">\n<p>" + HtmlEscape(sentence) +
           "</p>\n</div>\n</div>\n";
  }
  return out;
}

std::string DataCsv(const PublishedDataset& data, const DisclosureRules& rules) {
  const Dataset& d = *data.dataset;
  std::vector<std::string> header;
  if (d.time) header.push_back(d.time->column);
  for (const auto& f : d.filters) header.push_back(f.column);
  for (const auto& ind : d.indicators) header.push_back(ind.column);
  std::string out = CsvLine(header);
  for (size_t r = 0; r < d.cells.size(); ++r) {
    std::vector<std::string> line;
    if (d.time) line.push_back(d.times[r]);
    for (const auto& label : d.labels[r]) line.push_back(label);
    for (size_t i = 0; i < d.indicators.size(); ++i) {
      line.push_back(CellDownload(data.cells[r][i], rules));
    }
    out += CsvLine(line);
  }
  return out;
}

std::string DataJson(const PublishedDataset& data, const DisclosureRules& rules) {
  const Dataset& d = *data.dataset;
  nlohmann::ordered_json j;
  j["title"] = d.title;
  j["source"] = d.source;
  j["period"] = d.period;
  j["notes"] = d.notes;
  j["symbols"] = {{"[c]", "confidential"},
                  {"[x]", "not available"},
                  {"[z]", "not applicable"},
                  {"[low]", "rounds to 0"}};
  nlohmann::ordered_json indicators = nlohmann::ordered_json::array();
  for (const auto& ind : d.indicators) {
    nlohmann::ordered_json item = {{"column", ind.column},
                                   {"label", ind.label},
                                   {"unit", ind.unit == Unit::kCount     ? "count"
                                            : ind.unit == Unit::kPercent ? "percent"
                                            : ind.unit == Unit::kRate    ? "rate"
                                                                         : "number"}};
    if (ind.unit == Unit::kRate) item["per"] = ind.per;
    if (ind.target) item["target"] = *ind.target;
    indicators.push_back(item);
  }
  j["indicators"] = indicators;
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  for (size_t r = 0; r < d.cells.size(); ++r) {
    nlohmann::ordered_json row;
    if (d.time) row[d.time->column] = d.times[r];
    for (size_t f = 0; f < d.filters.size(); ++f) row[d.filters[f].column] = d.labels[r][f];
    for (size_t i = 0; i < d.indicators.size(); ++i) {
      const PublishedCell& c = data.cells[r][i];
      if (c.shown == Shown::kValue) {
        double v = std::round(c.value * std::pow(10, rules.percent_decimals)) /
                   std::pow(10, rules.percent_decimals);
        row[d.indicators[i].column] = v;
      } else {
        row[d.indicators[i].column] = CellDownload(c, rules);
      }
    }
    rows.push_back(row);
  }
  j["rows"] = rows;
  return j.dump(2) + "\n";
}

}  // namespace hearth
