#include "content/pledge.h"

#include <algorithm>

#include "core/text.h"

namespace hearth {
namespace {

std::optional<PledgePromise> ReadPromise(const YAML::Node& item, const YamlSource& src,
                                         Diagnostics& diags) {
  PledgePromise promise;
  promise.location = LocationOf(item, src);
  if (item.IsScalar()) {
    promise.text = Trim(item.Scalar());
  } else if (item.IsMap()) {
    CheckKeys(item, {"text", "short"}, src, "promise field", diags);
    promise.text = Trim(ReadString(item, "text", src, diags).value_or(""));
    promise.short_text = Trim(ReadString(item, "short", src, diags).value_or(""));
  }
  if (promise.text.empty()) {
    diags.Error(promise.location, "this promise has no words",
                "write the promise, or text: and short: for the full and the card's words");
    return std::nullopt;
  }
  if (promise.short_text.empty()) promise.short_text = promise.text;
  return promise;
}

std::optional<PledgeMeasure> ReadMeasure(const YAML::Node& item, const YamlSource& src,
                                         Diagnostics& diags) {
  PledgeMeasure measure;
  measure.location = LocationOf(item, src);
  const char* kExample = "for example: {dataset: cp-board, indicator: pct_care_leavers_in_touch}";
  if (!item.IsMap()) {
    diags.Error(measure.location, "a measure should name a dataset and one of its indicators",
                kExample);
    return std::nullopt;
  }
  if (!CheckKeys(item, {"dataset", "indicator", "filter"}, src, "measure field", diags)) {
    return std::nullopt;
  }
  measure.dataset = Trim(ReadString(item, "dataset", src, diags).value_or(""));
  measure.indicator = Trim(ReadString(item, "indicator", src, diags).value_or(""));
  bool ok = true;
  for (const char* key : {"dataset", "indicator"}) {
    const std::string& value = std::string(key) == "dataset" ? measure.dataset : measure.indicator;
    if (value.empty()) {
      diags.Error(item[key] ? LocationOf(item[key], src) : measure.location,
                  std::string("this measure has no '") + key + "'", kExample);
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  measure.dataset_location = LocationOf(item["dataset"], src);
  measure.indicator_location = LocationOf(item["indicator"], src);
  if (YAML::Node filter = item["filter"]) {
    if (!filter.IsMap()) {
      diags.Error(LocationOf(filter, src), "'filter' should fix filters to values",
                  "for example: filter: {district: Total}");
      return std::nullopt;
    }
    for (auto it = filter.begin(); it != filter.end(); ++it) {
      if (!it->second.IsScalar()) {
        diags.Error(LocationOf(it->second, src), "a filter's value should be one value",
                    "for example: filter: {district: Total}");
        return std::nullopt;
      }
      measure.filter.emplace_back(it->first.Scalar(), it->second.Scalar());
      measure.filter_locations.push_back(LocationOf(it->first, src));
    }
  }
  return measure;
}

}  // namespace

const std::vector<std::string>& PledgeFieldNames() {
  static const std::vector<std::string> kNames = {"theme", "promises", "measures"};
  return kNames;
}

std::shared_ptr<const PledgeFields> ReadPledgeFields(const YAML::Node& y, const YamlSource& src,
                                                     Diagnostics& diags) {
  size_t errors_before = diags.ErrorCount();
  auto fields = std::make_shared<PledgeFields>();
  // A missing field is reported at the `type: pledge` line, which is what asks for it, as for
  // meetings and the local offer.
  const SourceLocation type_at = KeyLocation(y, "type", src, {src.file, 1, 1});
  fields->theme = Trim(ReadString(y, "theme", src, diags).value_or(""));
  if (fields->theme.empty()) {
    diags.Error(KeyLocation(y, "theme", src, type_at), "this pledge has no theme",
                "add a line such as: theme: involve-me (the themes are listed in site.yaml under "
                "pledges, or are the usual five: involve-me, a-good-safe-home, keep-me-healthy, "
                "help-me-achieve, support-me-into-adult-life)");
  } else {
    fields->theme_location = LocationOf(y["theme"], src);
  }
  YAML::Node promises = y["promises"];
  if (!promises || promises.IsNull() || (promises.IsSequence() && promises.size() == 0)) {
    diags.Error(KeyLocation(y, "promises", src, type_at), "this pledge has no promises",
                "add promises: and a list of them, one a line starting with '- '");
  } else if (!promises.IsSequence()) {
    diags.Error(LocationOf(promises, src), "'promises' should be a list",
                "write each promise on its own line starting with '- '");
  } else {
    for (const YAML::Node& item : promises) {
      if (auto promise = ReadPromise(item, src, diags)) fields->promises.push_back(*promise);
    }
  }
  if (YAML::Node measures = y["measures"]; measures && !measures.IsNull()) {
    if (!measures.IsSequence()) {
      diags.Error(LocationOf(measures, src), "'measures' should be a list",
                  "write each measure on its own line starting with '- ', such as: - {dataset: "
                  "cp-board, indicator: pct_care_leavers_in_touch}");
    } else {
      for (const YAML::Node& item : measures) {
        if (auto measure = ReadMeasure(item, src, diags)) fields->measures.push_back(*measure);
      }
    }
  }
  if (diags.ErrorCount() > errors_before) return nullptr;
  return fields;
}

std::unique_ptr<SourcePage> PledgeCardPage(const std::vector<const SourcePage*>& pages) {
  auto first = std::find_if(pages.begin(), pages.end(),
                            [](const SourcePage* p) { return p->front.pledge != nullptr; });
  if (first == pages.end()) return nullptr;
  // Beside the first pledge, so it sits in the pledges' own section.
  const std::string& path = (*first)->content_path;
  size_t slash = path.rfind('/');
  std::string folder = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  auto card = std::make_unique<SourcePage>();
  SourcePage& page = *card;
  page.content_path = folder + "card.md";
  page.file = "content/" + page.content_path;
  page.generated = true;
  page.front.type = kPledgeCardType;
  page.front.title = "Our promises: a card to print";
  page.front.title_location = {page.file, 1, 1};
  page.front.description =
      "Our promises to children in care on a small card, to print, cut out and keep.";
  page.front.audience = {"young-people", "carers"};
  page.front.weight = 1000;  // after the pledges in their section's list
  page.body.file = page.file;
  page.body.text =
      "Print this page. It makes two small cards, each the size of a postcard. Cut them out "
      "and keep them together. The QR code opens our promises on a phone.\n";
  page.body.first_line = 1;
  return card;
}

}  // namespace hearth
