// PublishedDataset -> HTML: accessible tables, SVG charts, sentences and downloads.
// Every number comes from the PublishedDataset, so what disclosure control hid stays
// hidden in every form. Tables have captions, header cells with scope, units in the
// headers, and a key above them explaining any symbol, whose words a screen reader hears.
// Charts have a title and description, use the table as their text alternative, and mark
// series by shape and label as well as colour.
#pragma once

#include <string>
#include <vector>

#include "data/disclosure.h"

namespace hearth {

std::string RenderDataTable(const PublishedDataset& data, const DisclosureRules& rules,
                            const DataSelection& selection, const std::string& id_prefix);
std::string RenderDataChart(const PublishedDataset& data, const DisclosureRules& rules,
                            const DataSelection& selection, const std::string& id_prefix);
// Sentences about the latest figures: value, target, direction, comparators.
std::string RenderDataSummary(const PublishedDataset& data, const DisclosureRules& rules,
                              const DataSelection& selection);
// Pledges: one sentence for each selected indicator, giving its latest published figure
// against its target in words, with the dataset's period and polarity: "Percentage of care
// leavers in touch: 90% in June 2023. The target is 95% or more: not met, 5 percentage points
// short." The latest figure is the last period that has one; a hidden figure stays hidden and
// is said to be. Each sentence is one <li> of a <ul class="data-targets">.
std::string RenderTargetSentences(const PublishedDataset& data, const DisclosureRules& rules,
                                  const DataSelection& selection);
// The sentence for one indicator (an index into the dataset's indicators), as plain text.
std::string TargetSentence(const PublishedDataset& data, const DisclosureRules& rules,
                           const DataSelection& selection, int indicator);
// The period as a reader says it: "June 2023", "April to June 2023", "2022 to 2023".
std::string PeriodWords(const Dataset& dataset, const std::string& period);
// Easy read: one short sentence per key figure, each with a picture.
std::string RenderDataSentences(const PublishedDataset& data, const DisclosureRules& rules,
                                const DataSelection& selection, const std::string& picture_url,
                                const std::string& picture_alt);
// The key to the symbols the selection uses, or "" if it uses none.
std::string RenderSymbolKey(const PublishedDataset& data, const DataSelection& selection);

// Downloads of the published figures (with symbols in place of hidden numbers).
std::string DataCsv(const PublishedDataset& data, const DisclosureRules& rules);
std::string DataJson(const PublishedDataset& data, const DisclosureRules& rules);

}  // namespace hearth
