#include "data/disclosure.h"

#include <catch2/catch.hpp>

#include "fs/file_system.h"

namespace hearth {
namespace {

struct Fixture {
  Diagnostics diags;
  std::optional<Dataset> dataset;
  PublishedDataset published;
};

std::unique_ptr<Fixture> Protect(const std::string& csv, const std::string& yaml,
                                 DisclosureRules rules = {}) {
  auto f = std::make_unique<Fixture>();
  MemoryFileSystem fs({{"content/data/t.csv", csv}, {"content/data/t.yaml", yaml}});
  f->dataset = LoadDataset(fs, "content/data/t.csv", "content/data/t.yaml", f->diags);
  REQUIRE(f->dataset);
  f->published = ProtectDataset(*f->dataset, rules, f->diags);
  return f;
}

const char kTwoWay[] = R"(title: Plans
source: Test
period: 2023
filters:
  - {column: district, label: District, total: Total}
  - {column: category, label: Category, total: Total}
indicators:
  - {column: children, label: Children, unit: count}
)";

std::string Shown(const Fixture& f, const std::string& district, const std::string& category) {
  const Dataset& d = *f.dataset;
  for (size_t r = 0; r < d.labels.size(); ++r) {
    if (d.labels[r][0] == district && d.labels[r][1] == category) {
      return CellText(f.published.cells[r][0], d.indicators[0], DisclosureRules{});
    }
  }
  return "missing";
}

// Every hidden count's range must be wider than one value.
void RequireProtected(const Fixture& f) {
  INFO(FormatAudit(f.published));
  REQUIRE_FALSE(f.diags.HasErrors());
  REQUIRE_FALSE(f.published.audit.empty());
  for (const AuditEntry& e : f.published.audit) CHECK(e.high - e.low >= 1.0);
}

}  // namespace

TEST_CASE("a lone small count that its row total would reveal is protected by more hiding") {
  auto f = Protect(
      "district,category,children\n"
      "North,Neglect,40\nNorth,Emotional,3\nNorth,Total,43\n"
      "South,Neglect,50\nSouth,Emotional,25\nSouth,Total,75\n"
      "Total,Neglect,90\nTotal,Emotional,28\nTotal,Total,118\n",
      kTwoWay);
  RequireProtected(*f);
  CHECK(Shown(*f, "North", "Emotional") == "[c]");
  CHECK(f->published.CountHidden(PublishedCell::Reason::kPrimary) == 1);
  // One more in its row and one more in its column, and the cell that closes the square.
  CHECK(f->published.CountHidden(PublishedCell::Reason::kSecondary) == 3);
  CHECK(Shown(*f, "Total", "Total") == "118");
}

TEST_CASE("a pair of small counts in one row that the column totals reveal is protected") {
  auto f = Protect(
      "district,category,children\n"
      "North,Neglect,4\nNorth,Emotional,6\nNorth,Total,10\n"
      "South,Neglect,50\nSouth,Emotional,25\nSouth,Total,75\n"
      "Total,Neglect,54\nTotal,Emotional,31\nTotal,Total,85\n",
      kTwoWay);
  RequireProtected(*f);
  CHECK(Shown(*f, "North", "Neglect") == "[c]");
  CHECK(Shown(*f, "North", "Emotional") == "[c]");
  // The column totals minus South would give both away, so South is hidden too.
  CHECK(Shown(*f, "South", "Neglect") == "[c]");
  CHECK(Shown(*f, "South", "Emotional") == "[c]");
}

TEST_CASE("a numerator that a published percentage of a published denominator reveals is hidden") {
  auto f = Protect("month,in_touch,care_leavers\n2023-01,7,40\n2023-02,38,40\n",
                   "title: T\nsource: S\nperiod: P\ntime: {column: month, format: month}\n"
                   "indicators:\n"
                   "  - {column: in_touch, label: In touch, unit: count}\n"
                   "  - {column: care_leavers, label: Care leavers, unit: count}\n"
                   "  - {column: pct, label: Share in touch, unit: percent, numerator: in_touch, "
                   "denominator: care_leavers}\n");
  RequireProtected(*f);
  const auto& row = f->published.cells[0];
  CHECK(row[0].shown == PublishedCell::Shown::kConfidential);
  CHECK(row[2].shown == PublishedCell::Shown::kConfidential);
  CHECK(row[2].reason == PublishedCell::Reason::kDerived);
  CHECK(f->published.cells[1][2].shown == PublishedCell::Shown::kValue);
  CHECK(f->published.cells[1][2].value == 95);
}

TEST_CASE("a month that a year-to-date total reveals is protected") {
  auto f = Protect("month,reviews,reviews_ytd\n2022-04,30,30\n2022-05,4,34\n2022-06,40,74\n",
                   "title: T\nsource: S\nperiod: P\ntime: {column: month, format: month}\n"
                   "indicators:\n"
                   "  - {column: reviews, label: Reviews, unit: count}\n"
                   "  - {column: reviews_ytd, label: Reviews so far this year, unit: count, "
                   "cumulative_of: reviews}\n");
  RequireProtected(*f);
  CHECK(f->published.cells[1][0].shown == PublishedCell::Shown::kConfidential);
  // 34 - 30 would give May away: something around it must be hidden too.
  CHECK(f->published.CountHidden(PublishedCell::Reason::kSecondary) >= 1);
}

TEST_CASE("a table with no small numbers hides nothing, and true zeros are shown") {
  auto f = Protect(
      "district,category,children\n"
      "North,Neglect,40\nNorth,Emotional,0\nNorth,Total,40\n"
      "South,Neglect,50\nSouth,Emotional,25\nSouth,Total,75\n"
      "Total,Neglect,90\nTotal,Emotional,25\nTotal,Total,115\n",
      kTwoWay);
  CHECK_FALSE(f->diags.HasErrors());
  CHECK(f->published.audit.empty());
  CHECK(Shown(*f, "North", "Emotional") == "0");
}

TEST_CASE("small counts that their totals cannot reveal are not over-suppressed") {
  // Two small counts in different rows and columns of a 3x3 body, each already masked by
  // the other in a closed rectangle with two large counts: exactly 4 hidden.
  auto f = Protect(
      "district,category,children\n"
      "North,Neglect,3\nNorth,Emotional,20\nNorth,Physical,30\nNorth,Total,53\n"
      "South,Neglect,20\nSouth,Emotional,5\nSouth,Physical,30\nSouth,Total,55\n"
      "East,Neglect,30\nEast,Emotional,30\nEast,Physical,30\nEast,Total,90\n"
      "Total,Neglect,53\nTotal,Emotional,55\nTotal,Physical,90\nTotal,Total,198\n",
      kTwoWay);
  INFO(FormatAudit(f->published));
  RequireProtected(*f);
  CHECK(f->published.CountHidden(PublishedCell::Reason::kPrimary) == 2);
  CHECK(f->published.CountHidden(PublishedCell::Reason::kSecondary) == 2);
}

TEST_CASE("a non-zero percentage that rounds to 0 is shown as [low]") {
  auto f = Protect("month,a,b\n2023-01,10,4000\n",
                   "title: T\nsource: S\nperiod: P\ntime: {column: month, format: month}\n"
                   "indicators:\n  - {column: a, label: A, unit: count}\n"
                   "  - {column: b, label: B, unit: count}\n"
                   "  - {column: p, label: P, unit: percent, numerator: a, denominator: b}\n");
  CHECK(CellText(f->published.cells[0][2], f->dataset->indicators[2], DisclosureRules{}) ==
        "[low]");
  CHECK(CellWords(f->published.cells[0][2]) == "more than 0 but too small to show");
}

TEST_CASE("the threshold comes from the rules") {
  DisclosureRules rules;
  rules.suppress_below = 5;
  auto f = Protect("month,a\n2023-01,7\n2023-02,4\n",
                   "title: T\nsource: S\nperiod: P\ntime: {column: month, format: month}\n"
                   "indicators:\n  - {column: a, label: A, unit: count}\n",
                   rules);
  CHECK(f->published.cells[0][0].shown == PublishedCell::Shown::kValue);
  CHECK(f->published.cells[1][0].shown == PublishedCell::Shown::kConfidential);
}

}  // namespace hearth

namespace hearth {

TEST_CASE("a flow that the change in a published stock reveals is protected") {
  // 100 + started - 20 = 84 would give February's 4 starts away.
  auto f = Protect(
      "month,in_care,started,ceased\n2023-01,100,30,25\n2023-02,84,4,20\n2023-03,90,26,20\n",
      "title: T\nsource: S\nperiod: P\ntime: {column: month, format: month}\n"
      "indicators:\n"
      "  - {column: in_care, label: Children in care, unit: count, flow_in: started, "
      "flow_out: ceased}\n"
      "  - {column: started, label: Started, unit: count}\n"
      "  - {column: ceased, label: Ceased, unit: count}\n");
  RequireProtected(*f);
  CHECK(f->published.cells[1][1].shown == PublishedCell::Shown::kConfidential);
  CHECK(f->published.CountHidden(PublishedCell::Reason::kSecondary) >= 1);
}

TEST_CASE("a stock that does not follow from its flows is reported where it goes wrong") {
  Diagnostics diags;
  MemoryFileSystem fs({{"content/t.csv",
                        "month,in_care,started,ceased\n2023-01,100,30,25\n"
                        "2023-02,90,4,20\n"},
                       {"content/t.yaml",
                        "title: T\nsource: S\nperiod: P\ntime: {column: month, format: month}\n"
                        "indicators:\n"
                        "  - {column: in_care, label: In care, unit: count, flow_in: started, "
                        "flow_out: ceased}\n"
                        "  - {column: started, label: Started, unit: count}\n"
                        "  - {column: ceased, label: Ceased, unit: count}\n"}});
  CHECK_FALSE(LoadDataset(fs, "content/t.csv", "content/t.yaml", diags));
  CHECK(FormatDiagnostics(diags, nullptr) ==
        "content/t.csv:3:9: error: 'in_care' should be 84 here (100 + 4 - 20), not 90\n"
        "    hint: a stock is the one before, plus 'started', less 'ceased'\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("a rate is worked out per its base and hidden with its numerator") {
  auto f = Protect("month,children,population\n2023-01,70,10000\n2023-02,8,10000\n",
                   "title: T\nsource: S\nperiod: P\ntime: {column: month, format: month}\n"
                   "indicators:\n"
                   "  - {column: children, label: Children, unit: count}\n"
                   "  - {column: population, label: Population, unit: count}\n"
                   "  - {column: rate, label: Rate, unit: rate, per: 10000, numerator: children, "
                   "denominator: population}\n");
  CHECK(CellText(f->published.cells[0][2], f->dataset->indicators[2], DisclosureRules{}) == "70");
  CHECK(f->published.cells[1][2].shown == PublishedCell::Shown::kConfidential);
  CHECK(f->published.cells[1][2].reason == PublishedCell::Reason::kDerived);
}

}  // namespace hearth
