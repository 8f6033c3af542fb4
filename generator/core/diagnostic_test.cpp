#include "core/diagnostic.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <thread>
#include <vector>

using namespace hearth;

namespace {

// A LineLookup over files held in a map, one string per line.
LineLookup LinesOf(std::map<std::string, std::vector<std::string>> files) {
  return
      [files = std::move(files)](const std::string& file, int line) -> std::optional<std::string> {
        auto it = files.find(file);
        if (it == files.end() || line < 1 || line > static_cast<int>(it->second.size())) {
          return std::nullopt;
        }
        return it->second[line - 1];
      };
}

const LineLookup kBursary =
    LinesOf({{"content/local-offer/bursary.md",
              {"---", "title: Bursary", "ages: 16-25", "agez: 16-25", "---"}}});

// Built field by field: GCC 12 warns (wrongly) that a nested aggregate initialiser of
// Diagnostic may leave the file name uninitialised.
Diagnostic Make(Severity severity, SourceLocation location, std::string message, std::string hint) {
  Diagnostic d;
  d.severity = severity;
  d.location = std::move(location);
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

}  // namespace

TEST_CASE("a diagnostic prints like a compiler, with the source line and a caret") {
  Diagnostic d = Make(Severity::kError, {"content/local-offer/bursary.md", 4, 1},
                      "unknown field 'agez'; did you mean 'ages'?", "");
  CHECK(FormatDiagnostic(d, kBursary) ==
        "content/local-offer/bursary.md:4:1: error: unknown field 'agez'; did you mean 'ages'?\n"
        "    agez: 16-25\n"
        "    ^\n");
}

TEST_CASE("the caret stands under the column and the hint follows on its own line") {
  Diagnostic d = Make(Severity::kWarning, {"content/local-offer/bursary.md", 3, 7},
                      "this is a warning", "do something about it");
  CHECK(FormatDiagnostic(d, kBursary) ==
        "content/local-offer/bursary.md:3:7: warning: this is a warning\n"
        "    ages: 16-25\n"
        "          ^\n"
        "    hint: do something about it\n");
}

TEST_CASE("a column counted in characters puts the caret under the right character") {
  // Column 11 is the "€": "£" and "é" before it are one character each.
  auto lookup = LinesOf({{"p.md", {"Cost: £5 é€"}}});
  Diagnostic d = Make(Severity::kError, {"p.md", 1, 11}, "m", "");
  CHECK(FormatDiagnostic(d, lookup) ==
        "p.md:1:11: error: m\n"
        "    Cost: £5 é€\n"
        "              ^\n");
}

TEST_CASE("tabs in the source line are shown as single spaces so the caret lines up") {
  auto lookup = LinesOf({{"p.md", {"\tx:\ty"}}});
  Diagnostic d = Make(Severity::kError, {"p.md", 1, 5}, "m", "");
  CHECK(FormatDiagnostic(d, lookup) ==
        "p.md:1:5: error: m\n"
        "     x: y\n"
        "        ^\n");
}

TEST_CASE("a diagnostic about a whole file has no line, column or source line") {
  Diagnostic d = Make(Severity::kError, {"site.yaml", 0, 0}, "there is no site.yaml", "add one");
  CHECK(FormatDiagnostic(d, kBursary) ==
        "site.yaml: error: there is no site.yaml\n"
        "    hint: add one\n");
}

TEST_CASE("a diagnostic with a line but no column shows the line without a caret") {
  Diagnostic d = Make(Severity::kError, {"content/local-offer/bursary.md", 2, 0}, "m", "");
  CHECK(FormatDiagnostic(d, kBursary) ==
        "content/local-offer/bursary.md:2: error: m\n"
        "    title: Bursary\n");
}

TEST_CASE("a line the lookup cannot find is left out, and so is a missing lookup") {
  Diagnostic d = Make(Severity::kError, {"content/other.md", 9, 3}, "m", "h");
  const std::string expected = "content/other.md:9:3: error: m\n    hint: h\n";
  CHECK(FormatDiagnostic(d, kBursary) == expected);
  CHECK(FormatDiagnostic(d, LineLookup{}) == expected);
}

TEST_CASE("the summary counts errors and warnings with plurals") {
  Diagnostics diagnostics;
  diagnostics.Error({"site.yaml", 0, 0}, "first");
  CHECK(FormatDiagnostics(diagnostics, {}) ==
        "site.yaml: error: first\n"
        "1 error, 0 warnings\n");
  diagnostics.Warning({"site.yaml", 0, 0}, "second");
  diagnostics.Error({"site.yaml", 0, 0}, "third");
  CHECK(FormatDiagnostics(diagnostics, {}) ==
        "site.yaml: error: first\n"
        "site.yaml: warning: second\n"
        "site.yaml: error: third\n"
        "2 errors, 1 warning\n");
}

TEST_CASE("no diagnostics print nothing at all, not even a summary") {
  Diagnostics diagnostics;
  CHECK(FormatDiagnostics(diagnostics, kBursary) == "");
  CHECK_FALSE(diagnostics.HasErrors());
}

TEST_CASE("the same problem reported twice is shown and counted once") {
  Diagnostics diagnostics;
  for (int i = 0; i < 3; ++i) {
    diagnostics.Error({"content/a.md", 4, 2}, "there is no page at /x/", "did you mean /y/?");
  }
  diagnostics.Error({"content/a.md", 4, 3}, "there is no page at /x/");  // another place
  CHECK(diagnostics.Sorted().size() == 2);
  CHECK(diagnostics.ErrorCount() == 2);
  CHECK(FormatDiagnostics(diagnostics, {}) ==
        "content/a.md:4:2: error: there is no page at /x/\n"
        "    hint: did you mean /y/?\n"
        "content/a.md:4:3: error: there is no page at /x/\n"
        "2 errors, 0 warnings\n");
}

TEST_CASE("diagnostics are sorted by file, line, column, then message") {
  Diagnostics diagnostics;
  diagnostics.Error({"content/b.md", 1, 1}, "b1");
  diagnostics.Error({"content/a.md", 10, 1}, "a10");
  diagnostics.Error({"content/a.md", 2, 5}, "a2-5");
  diagnostics.Error({"content/a.md", 2, 3}, "z");
  diagnostics.Error({"content/a.md", 2, 3}, "y");
  diagnostics.Warning({"content/a.md", 0, 0}, "whole file");
  std::vector<std::string> messages;
  for (const auto& d : diagnostics.Sorted()) messages.push_back(d.message);
  CHECK(messages == std::vector<std::string>{"whole file", "y", "z", "a2-5", "a10", "b1"});
}

TEST_CASE("warnings alone are not errors") {
  Diagnostics diagnostics;
  diagnostics.Warning({"content/a.md", 3, 1}, "raw HTML is shown as text");
  CHECK_FALSE(diagnostics.HasErrors());
  CHECK(diagnostics.ErrorCount() == 0);
  CHECK(diagnostics.WarningCount() == 1);
  diagnostics.Error({"content/a.md", 3, 1}, "raw HTML is shown as text");
  CHECK(diagnostics.HasErrors());
  CHECK(diagnostics.ErrorCount() == 1);
  CHECK(diagnostics.WarningCount() == 1);
}

TEST_CASE("Append copies every diagnostic of another collection once") {
  Diagnostics first, second;
  first.Error({"a.md", 1, 1}, "one");
  second.Warning({"b.md", 2, 2}, "two", "hint two");
  second.Warning({"b.md", 2, 2}, "two", "hint two");
  first.Append(second);
  auto all = first.Sorted();
  REQUIRE(all.size() == 2);
  CHECK(all[1].location.file == "b.md");
  CHECK(all[1].severity == Severity::kWarning);
  CHECK(all[1].hint == "hint two");
}

TEST_CASE("diagnostics added from many threads are all kept") {
  Diagnostics diagnostics;
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&diagnostics, t] {
      for (int i = 0; i < 100; ++i) {
        diagnostics.Error({"f" + std::to_string(t), i + 1, 1}, "m");
      }
    });
  }
  for (auto& thread : threads) thread.join();
  CHECK(diagnostics.ErrorCount() == 800);
}
