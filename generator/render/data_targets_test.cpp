// The words a pledge page says about each of its measures: the latest published figure
// against its target (render/data_view.h TargetSentence), in every case a reader can meet.
#include <catch2/catch.hpp>

#include "data/disclosure.h"
#include "fs/file_system.h"
#include "render/data_view.h"

using namespace hearth;

namespace {

struct Published {
  Diagnostics diags;
  std::optional<Dataset> dataset;
  PublishedDataset data;
};

std::unique_ptr<Published> Publish(const std::string& csv, const std::string& indicators,
                                   const std::string& time_format = "month") {
  auto p = std::make_unique<Published>();
  std::string yaml =
      "title: Reviews\nsource: Test\nperiod: 2023\ntime: {column: period, label: "
      "Period, format: " +
      time_format + "}\nindicators:\n" + indicators;
  MemoryFileSystem fs({{"content/data/t.csv", csv}, {"content/data/t.yaml", yaml}});
  p->dataset = LoadDataset(fs, "content/data/t.csv", "content/data/t.yaml", p->diags);
  REQUIRE(p->dataset);
  p->data = ProtectDataset(*p->dataset, DisclosureRules{}, p->diags);
  INFO(FormatDiagnostics(p->diags, nullptr));
  REQUIRE_FALSE(p->diags.HasErrors());
  return p;
}

std::string Sentence(const Published& p, const std::string& column) {
  return TargetSentence(p.data, DisclosureRules{}, DataSelection{},
                        p.dataset->IndicatorIndex(column));
}

const char kCounts[] =
    "  - {column: held, label: Reviews held, unit: count}\n"
    "  - {column: on_time, label: Reviews on time, unit: count}\n";

std::string Percent(const std::string& extra) {
  return std::string(kCounts) +
         "  - {column: pct, label: Percentage of reviews on time, unit: percent, numerator: "
         "on_time, denominator: held" +
         extra + "}\n";
}

const char kCsv[] = "period,held,on_time\n2023-05,100,90\n2023-06,100,93\n";

}  // namespace

TEST_CASE("a measure short of its target says by how many percentage points", "[pledges]") {
  auto p = Publish(kCsv, Percent(", polarity: higher-is-better, target: 95"));
  CHECK(Sentence(*p, "pct") ==
        "Percentage of reviews on time: 93% in June 2023. The target is 95% or more: not met, 2 "
        "percentage points short.");
}

TEST_CASE("a measure better than its target says it is met and by how much", "[pledges]") {
  auto p = Publish(kCsv, Percent(", polarity: higher-is-better, target: 92"));
  CHECK(Sentence(*p, "pct") ==
        "Percentage of reviews on time: 93% in June 2023. The target is 92% or more: met, by 1 "
        "percentage point.");
}

TEST_CASE("a measure exactly on its target says so", "[pledges]") {
  auto p = Publish(kCsv, Percent(", polarity: higher-is-better, target: 93"));
  CHECK(Sentence(*p, "pct") ==
        "Percentage of reviews on time: 93% in June 2023. The target is 93% or more: on target.");
}

TEST_CASE("where lower is better, a figure above the target is over it", "[pledges]") {
  auto p = Publish(kCsv, Percent(", polarity: lower-is-better, target: 90, comparators: "
                                 "[{label: England 2021/22, value: 92}]"));
  CHECK(Sentence(*p, "pct") ==
        "Percentage of reviews on time: 93% in June 2023. The target is 90% or less: not met, 3 "
        "percentage points over. England 2021/22: 92%.");
  auto met = Publish(kCsv, Percent(", polarity: lower-is-better, target: 95"));
  CHECK(Sentence(*met, "pct") ==
        "Percentage of reviews on time: 93% in June 2023. The target is 95% or less: met, by 2 "
        "percentage points.");
}

TEST_CASE("a measure with no target says there is none, and which way is better", "[pledges]") {
  auto p = Publish(kCsv, Percent(", polarity: higher-is-better"));
  CHECK(Sentence(*p, "pct") ==
        "Percentage of reviews on time: 93% in June 2023. There is no target for this measure. "
        "Higher is better.");
  auto neutral = Publish(kCsv, Percent(", target: 95"));
  CHECK(Sentence(*neutral, "pct") ==
        "Percentage of reviews on time: 93% in June 2023. The target is 95%: the figure is 2 "
        "percentage points below it.");
}

TEST_CASE("a count's target is compared in whole numbers", "[pledges]") {
  auto p = Publish(kCsv,
                   "  - {column: held, label: Reviews held, unit: count, polarity: "
                   "higher-is-better, target: 1120}\n  - {column: on_time, label: Reviews on "
                   "time, unit: count}\n");
  CHECK(Sentence(*p, "held") ==
        "Reviews held: 100 in June 2023. The target is 1,120 or more: not met, 1,020 short.");
}

TEST_CASE("a hidden latest figure stays hidden and is said to be", "[pledges]") {
  // 5 of 100 on time: 5 is hidden, so the percentage made from it is hidden too.
  auto p = Publish("period,held,on_time\n2023-05,100,90\n2023-06,100,5\n",
                   Percent(", polarity: higher-is-better, target: 95"));
  std::string sentence = Sentence(*p, "pct");
  CHECK(sentence ==
        "Percentage of reviews on time: the figure for June 2023 is not published, so that no "
        "child can be identified. The target is 95%.");
  CHECK(sentence.find(" 5%") == std::string::npos);
  CHECK(Sentence(*p, "on_time") ==
        "Reviews on time: the figure for June 2023 is not published, so that no child can be "
        "identified.");
}

TEST_CASE("a measure missing from the latest period reads the latest period that has it",
          "[pledges]") {
  auto p = Publish("period,held,on_time\n2023-05,100,90\n2023-06,100,\n",
                   Percent(", polarity: higher-is-better, target: 95"));
  CHECK(Sentence(*p, "pct") ==
        "Percentage of reviews on time: 90% in May 2023. The target is 95% or more: not met, 5 "
        "percentage points short.");
  auto none = Publish("period,held,on_time\n2023-05,100,\n2023-06,100,\n", Percent(""));
  CHECK(Sentence(*none, "pct") == "Percentage of reviews on time: there are no figures yet.");
}

TEST_CASE("periods are said in words", "[pledges]") {
  auto quarter = Publish("period,held,on_time\n2023-Q2,100,93\n", Percent(""), "quarter");
  CHECK(PeriodWords(*quarter->dataset, "2023-Q2") == "April to June 2023");
  auto year = Publish("period,held,on_time\n2022-23,100,93\n", Percent(""), "financial-year");
  CHECK(PeriodWords(*year->dataset, "2022-23") == "2022 to 2023");
  CHECK(Sentence(*year, "pct") ==
        "Percentage of reviews on time: 93% in 2022 to 2023. There is no target for this "
        "measure.");
}
