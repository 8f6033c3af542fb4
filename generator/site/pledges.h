// Pledges against the site: each pledge page's theme must be one of site.yaml's pledge themes,
// and each of its measures must name a dataset, an indicator of it and, where the dataset is
// split by a filter with no total, the row to read. Checked here because only site/ knows the
// datasets; render/pledge_view.h reads the measures through ResolvePledgeMeasure.
#pragma once

#include <optional>

#include "content/pledge.h"
#include "fs/file_system.h"
#include "site/site_model.h"

namespace hearth {

struct ResolvedMeasure {
  int dataset = -1;         // index into SiteModel::datasets
  DataSelection selection;  // the one indicator, every filter fixed to one value
};

// Where a measure reads its figures; nothing when it names something that does not exist.
std::optional<ResolvedMeasure> ResolvePledgeMeasure(const std::vector<PublishedDataset>& datasets,
                                                    const PledgeMeasure& measure);

// Reports unknown themes (with the nearest theme) and measures that do not resolve (with the
// nearest dataset, indicator or filter), each at its place in the front matter.
// A measure naming a dataset whose CSV did not load is not reported again (site/dataset_lookup.h).
void CheckPledges(const SiteModel& model, const FileSystem& site, Diagnostics& diagnostics);

}  // namespace hearth
