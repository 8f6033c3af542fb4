#include "site/pledges.h"

#include <algorithm>

#include "core/text.h"
#include "site/dataset_lookup.h"

namespace hearth {
namespace {

std::string Suggest(const std::string& word, const std::vector<std::string>& choices,
                    const std::string& otherwise) {
  std::string suggestion = DidYouMean(word, choices);
  return suggestion.empty() ? otherwise : "did you mean '" + suggestion + "'?";
}

// Resolves `measure`, saying why it does not resolve when `diags` is given (with the `site`
// whose content/ the datasets were read from).
std::optional<ResolvedMeasure> Resolve(const std::vector<PublishedDataset>& datasets,
                                       const PledgeMeasure& measure, const FileSystem* site,
                                       Diagnostics* diags) {
  ResolvedMeasure out;
  out.dataset =
      diags ? FindDataset(datasets, measure.dataset, *site, measure.dataset_location, *diags)
            : FindDataset(datasets, measure.dataset);
  if (out.dataset < 0) return std::nullopt;
  const Dataset& d = *datasets[out.dataset].dataset;
  int indicator = d.IndicatorIndex(measure.indicator);
  if (indicator < 0) {
    if (diags) {
      std::vector<std::string> columns;
      for (const auto& ind : d.indicators) columns.push_back(ind.column);
      diags->Error(measure.indicator_location,
                   "the dataset '" + d.id + "' has no measure '" + measure.indicator + "'",
                   Suggest(measure.indicator, columns, "its measures are: " + Join(columns, ", ")));
    }
    return std::nullopt;
  }
  out.selection.indicators.push_back(indicator);
  bool ok = true;
  std::vector<std::string> filter_columns;
  for (const auto& f : d.filters) filter_columns.push_back(f.column);
  for (size_t k = 0; k < measure.filter.size(); ++k) {
    const auto& [column, value] = measure.filter[k];
    auto f = std::find(filter_columns.begin(), filter_columns.end(), column);
    if (f == filter_columns.end()) {
      if (diags) {
        diags->Error(measure.filter_locations[k],
                     "the dataset '" + d.id + "' has no filter '" + column + "'",
                     filter_columns.empty()
                         ? "this dataset is not split by any filter: leave out filter:"
                         : Suggest(column, filter_columns,
                                   "its filters are: " + Join(filter_columns, ", ")));
      }
      ok = false;
      continue;
    }
    int index = static_cast<int>(f - filter_columns.begin());
    std::vector<std::string> values;
    for (const auto& row : d.labels) {
      if (std::find(values.begin(), values.end(), row[index]) == values.end()) {
        values.push_back(row[index]);
      }
    }
    if (std::find(values.begin(), values.end(), value) == values.end()) {
      if (diags) {
        diags->Error(
            measure.filter_locations[k],
            "the dataset '" + d.id + "' has no row where " + column + " is '" + value + "'",
            Suggest(value, values, "its values are: " + Join(values, ", ")));
      }
      ok = false;
      continue;
    }
    out.selection.fixed.emplace_back(index, value);
  }
  // A filter the measure leaves open reads its total row; one with no total needs a value,
  // or the "latest figure" would be whichever row came last.
  for (size_t f = 0; f < d.filters.size(); ++f) {
    bool fixed = std::any_of(out.selection.fixed.begin(), out.selection.fixed.end(),
                             [&](const auto& p) { return p.first == static_cast<int>(f); });
    if (fixed || !ok) continue;
    if (d.filters[f].total) {
      out.selection.fixed.emplace_back(static_cast<int>(f), *d.filters[f].total);
      continue;
    }
    if (diags) {
      diags->Error(measure.location,
                   "the dataset '" + d.id + "' is split by " + ToLower(d.filters[f].label) +
                       ": say which row this measure reads",
                   "add filter: {" + d.filters[f].column + ": VALUE} to the measure");
    }
    ok = false;
  }
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace

std::optional<ResolvedMeasure> ResolvePledgeMeasure(const std::vector<PublishedDataset>& datasets,
                                                    const PledgeMeasure& measure) {
  return Resolve(datasets, measure, nullptr, nullptr);
}

void CheckPledges(const SiteModel& model, const FileSystem& site, Diagnostics& diags) {
  static const std::vector<PublishedDataset> kNone;
  const auto& datasets = model.datasets ? *model.datasets : kNone;
  std::vector<std::string> themes;
  for (const PledgeTheme& theme : model.config->pledges.themes) themes.push_back(theme.id);
  for (const Page& page : model.pages) {
    const PledgeFields* pledge = page.source->front.pledge.get();
    if (!pledge) continue;
    if (std::find(themes.begin(), themes.end(), pledge->theme) == themes.end()) {
      std::string suggestion = DidYouMean(pledge->theme, themes);
      diags.Error(pledge->theme_location,
                  "unknown theme '" + pledge->theme + "'" +
                      (suggestion.empty() ? "" : "; did you mean '" + suggestion + "'?"),
                  "choose from: " + Join(themes, ", ") +
                      " (site.yaml can list others under pledges: themes:)");
    }
    for (const PledgeMeasure& measure : pledge->measures) Resolve(datasets, measure, &site, &diags);
  }
}

}  // namespace hearth
