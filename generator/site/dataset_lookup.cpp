#include "site/dataset_lookup.h"

#include "core/text.h"

namespace hearth {

int FindDataset(const std::vector<PublishedDataset>& datasets, const std::string& id) {
  for (size_t i = 0; i < datasets.size(); ++i) {
    if (datasets[i].dataset->id == id) return static_cast<int>(i);
  }
  return -1;
}

int FindDataset(const std::vector<PublishedDataset>& datasets, const std::string& id,
                const FileSystem& site, const SourceLocation& at, Diagnostics& diags) {
  int found = FindDataset(datasets, id);
  if (found >= 0) return found;
  for (const std::string& file : site.ListFiles("content")) {
    if (EndsWith(file, "/" + id + ".csv")) return -1;  // it failed to load: reported already
  }
  std::vector<std::string> ids;
  for (const PublishedDataset& d : datasets) ids.push_back(d.dataset->id);
  std::string suggestion = DidYouMean(id, ids);
  diags.Error(at, "there is no dataset called '" + id + "'",
              suggestion.empty() ? "datasets are the .csv files in content/, named without .csv"
                                 : "did you mean '" + suggestion + "'?");
  return -1;
}

}  // namespace hearth
