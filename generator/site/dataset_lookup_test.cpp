#include "site/dataset_lookup.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "data/dataset.h"

using namespace hearth;

namespace {

std::string Report(const Diagnostics& diags) {
  return FormatDiagnostics(diags, [](const std::string&, int) { return std::nullopt; });
}

}  // namespace

TEST_CASE("a dataset is found by its id, and a wrong id is reported with the nearest",
          "[datasets]") {
  Dataset board;
  board.id = "cp-board";
  std::vector<PublishedDataset> datasets(1);
  datasets[0].dataset = &board;
  MemoryFileSystem site;
  site.Write("content/data/cp-board.csv", "month,n\n");
  Diagnostics diags;
  const SourceLocation at{"content/p.md", 4, 12};
  CHECK(FindDataset(datasets, "cp-board") == 0);
  CHECK(FindDataset(datasets, "cp-board", site, at, diags) == 0);
  CHECK(FindDataset(datasets, "cp-bord", site, at, diags) == -1);
  CHECK(FindDataset(datasets, "placements", site, at, diags) == -1);
  CHECK(Report(diags) ==
        "content/p.md:4:12: error: there is no dataset called 'cp-bord'\n"
        "    hint: did you mean 'cp-board'?\n"
        "content/p.md:4:12: error: there is no dataset called 'placements'\n"
        "    hint: datasets are the .csv files in content/, named without .csv\n"
        "2 errors, 0 warnings\n");
}

TEST_CASE("a dataset whose CSV did not load is not reported again where it is named",
          "[datasets]") {
  // Its CSV is in content/, but it had errors of its own, so it is not among the datasets.
  MemoryFileSystem site;
  site.Write("content/data/cp-board.csv", "month,child_name\n");
  Diagnostics diags;
  CHECK(FindDataset({}, "cp-board", site, {"content/p.md", 4, 12}, diags) == -1);
  CHECK(Report(diags) == "");
}
