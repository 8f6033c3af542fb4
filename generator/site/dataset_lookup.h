// Finding a dataset that a page names: a ```dataset block, or a pledge's measure. One lookup
// for both, so both say the same thing when the name is wrong and both stay quiet when the
// dataset is there but did not load (its CSV's own errors have been reported already).
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "data/disclosure.h"
#include "fs/file_system.h"

namespace hearth {

// The index in `datasets` of the dataset called `id`, or -1.
int FindDataset(const std::vector<PublishedDataset>& datasets, const std::string& id);

// As above, and when there is no dataset called `id`, reports "there is no dataset called"
// at `at` with the nearest id, unless content/ in `site` holds a CSV of that name: that
// dataset did not load, and one error about it is enough.
int FindDataset(const std::vector<PublishedDataset>& datasets, const std::string& id,
                const FileSystem& site, const SourceLocation& at, Diagnostics& diagnostics);

}  // namespace hearth
