// Dataset -> PublishedDataset: statistical disclosure control on every number the portal
// publishes, in tables, charts, sentences and downloads alike.
//
//   primary    a count from 1 to suppress_below - 1 is hidden; a true 0 is shown as 0
//   secondary  where totals, running totals or percentages would let a reader work a
//              hidden count out, more counts are hidden until none can be
//   derived    a percentage is hidden when its numerator or denominator is; a non-zero
//              percentage that rounds to 0 is shown as [low]
//   audit      for every hidden count, the smallest and largest value consistent with
//              everything published, from linear programs solved with COIN-OR Clp
//
// Symbols follow the GSS standard for tables: [c] confidential, [x] not available,
// [z] not applicable, [low] a small non-zero figure.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "data/dataset.h"

namespace hearth {

struct DisclosureRules {
  int suppress_below = 10;   // counts 1..suppress_below-1 are hidden
  int percent_decimals = 0;  // percentages are published to this many decimals
};

struct PublishedCell {
  enum class Shown { kValue, kConfidential, kNotAvailable, kNotApplicable, kLow };
  enum class Reason { kNone, kPrimary, kSecondary, kDerived };
  Shown shown = Shown::kNotAvailable;
  Reason reason = Reason::kNone;
  double value = 0;  // the published value (rounded); meaningful only when shown
};

// For one hidden count: the range a reader could narrow it to from what is published.
struct AuditEntry {
  size_t row = 0;
  size_t indicator = 0;
  PublishedCell::Reason reason = PublishedCell::Reason::kPrimary;
  double low = 0;
  double high = 0;  // infinity when nothing published bounds it above
};

struct PublishedDataset {
  const Dataset* dataset = nullptr;
  std::vector<std::vector<PublishedCell>> cells;  // [row][indicator]
  std::vector<AuditEntry> audit;
  size_t CountHidden(PublishedCell::Reason reason) const;
};

// Applies disclosure control. Reports an error if any hidden count could still be worked
// out (its audited range is a single value), which stops the build.
PublishedDataset ProtectDataset(const Dataset& dataset, const DisclosureRules& rules,
                                Diagnostics& diagnostics);

// "1,234", "45%", "[c]": the text a table shows.
std::string CellText(const PublishedCell& cell, const Indicator& indicator,
                     const DisclosureRules& rules);
// What a screen reader should hear for a symbol: "confidential", "not available", ...
std::string CellWords(const PublishedCell& cell);
// The plain number for a download ("1234", "45", "[c]").
std::string CellDownload(const PublishedCell& cell, const DisclosureRules& rules);

// The audit as text, one line per hidden count, for `hearth check`.
std::string FormatAudit(const PublishedDataset& published);

}  // namespace hearth
