// The front matter of a corporate parenting pledge (`type: pledge`): the theme it belongs to,
// its promises, and the dataset measures that show whether the council keeps them. Read here,
// in content/, with the page's other fields; whether the theme is one of site.yaml's and each
// measure names something a dataset has is checked in site/ (site/pledges.h), where the
// datasets are known.
#pragma once

#include <yaml-cpp/yaml.h>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "config/yaml.h"
#include "content/source_page.h"
#include "core/diagnostic.h"

namespace hearth {

struct PledgePromise {
  std::string text;        // the promise in full, as the pledge page shows it
  std::string short_text;  // a few words for the printed card; default: text
  SourceLocation location;
};

// "How we will know": one indicator of one dataset, optionally narrowed by fixed filter
// values (for a dataset split by district, say which row the measure reads).
struct PledgeMeasure {
  std::string dataset;    // the dataset's id: its CSV's name without .csv
  std::string indicator;  // the column of one of its indicators
  std::vector<std::pair<std::string, std::string>> filter;  // column -> value
  SourceLocation location;                                  // the measure's own place in the list
  SourceLocation dataset_location;                          // of its `dataset:` value
  SourceLocation indicator_location;                        // of its `indicator:` value
  std::vector<SourceLocation> filter_locations;  // parallel to `filter`, of each column name
};

struct PledgeFields {
  std::string theme;  // required: the id of one of site.yaml's pledge themes
  SourceLocation theme_location;
  std::vector<PledgePromise> promises;  // required: at least one
  std::vector<PledgeMeasure> measures;  // optional: a pledge may not be measured yet
};

// The extra fields a pledge page may have: theme, promises, measures.
const std::vector<std::string>& PledgeFieldNames();

// Reads a pledge page's own fields from its front matter, reporting every problem at its
// place; returns nothing when there was an error.
std::shared_ptr<const PledgeFields> ReadPledgeFields(const YAML::Node& front,
                                                     const YamlSource& source,
                                                     Diagnostics& diagnostics);

// The pledge prompt card, a page made by hearth beside the pledges (content/pledges/card.md
// is published at /pledges/card/): a small printable card of every pledge's promises in short
// form, with a QR code to the pledges. Nothing when none of `pages` is a pledge. site/ makes
// it from the pages a build publishes, so that a draft pledge neither makes a card on its own
// nor puts its promises on one.
std::unique_ptr<SourcePage> PledgeCardPage(const std::vector<const SourcePage*>& pages);

// The page type of the prompt card (its template is pledge-card.mustache).
inline constexpr char kPledgeCardType[] = "pledge-card";

}  // namespace hearth
