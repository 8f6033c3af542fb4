#include "config/yaml.h"

#include <catch2/catch.hpp>
#include <string>

#include "fs/file_system.h"
#include "pipeline/pipeline.h"

using namespace hearth;
using Catch::Matchers::Contains;

namespace {

// Parses `text` as the file `file` (whose YAML starts on `first_line`), keeping the text
// so diagnostics can be printed with their source lines.
struct Yaml {
  Yaml(std::string text, int first_line = 1) : source{"f.yaml", first_line} {
    std::string file_text;
    for (int i = 1; i < first_line; ++i) file_text += "---\n";
    fs.Write(source.file, file_text + text);
    node = ParseYaml(text, source, diagnostics).value_or(YAML::Node());
  }
  std::string Report() const { return FormatDiagnostics(diagnostics, SiteLineLookup(fs)); }

  YamlSource source;
  MemoryFileSystem fs;
  Diagnostics diagnostics;
  YAML::Node node;
};

}  // namespace

TEST_CASE("a value with an unquoted ': ' is reported at the colon in plain words") {
  Yaml y("title: Help\ndescription: Help: for families\n");
  CHECK(y.Report() ==
        "f.yaml:2:18: error: this is not valid YAML: this line has a colon where YAML does not "
        "expect one\n"
        "    description: Help: for families\n"
        "                     ^\n"
        "    hint: if a value contains ': ', put the whole value in double quotes\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("YAML syntax errors are translated into plain words at their place") {
  auto [text, line, column, message, hint] =
      GENERATE(table<std::string, int, int, std::string, std::string>({
          {"a: [1, 2\n", 2, 1, "a list in square brackets is not closed",
           "check that every '[' has a matching ']'"},
          {"a: {b: 1\n", 2, 1, "a map in curly brackets is not closed",
           "check that every '{' has a matching '}'"},
          {"a: \"\\q\"\n", 1, 7, "a backslash in double quotes starts an unknown escape",
           "write '\\\\' for a backslash, or use single quotes"},
          {"a: 1\n  b: 2\n", 2, 4, "this line has a colon where YAML does not expect one",
           "if a value contains ': ', put the whole value in double quotes"},
          {"key: value\n\tother: 1\n", 2, 1, "this line is indented with a tab",
           "indent YAML with spaces, not tabs"},
      }));
  CAPTURE(text);
  Yaml y(text);
  auto all = y.diagnostics.Sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].severity == Severity::kError);
  CHECK(all[0].location.file == "f.yaml");
  CHECK(all[0].location.line == line);
  CHECK(all[0].location.column == column);
  CHECK(all[0].message == "this is not valid YAML: " + message);
  CHECK(all[0].hint == hint);
}

TEST_CASE("a yaml-cpp message with no translation is passed on as it is") {
  Yaml y("a: [1, 2]]\n");
  auto all = y.diagnostics.Sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].message == "this is not valid YAML: illegal flow end");
  CHECK(all[0].hint == "");
  CHECK(all[0].location.line == 1);
  CHECK(all[0].location.column == 10);
}

// yaml-cpp says "end of map not found" for a block map interrupted by a list item; the
// translation speaks of brackets, which the author never wrote.
TEST_CASE("a list item inside a map is not described as an unclosed bracket") {
  Yaml y("title: Bursary\n- ages 16 to 25\n");
  auto all = y.diagnostics.Sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].location.line == 2);
  CHECK_THAT(all[0].message, !Contains("bracket"));
}

TEST_CASE("front matter YAML reports syntax errors at the line of the file, not of the YAML") {
  Yaml y("title: Bursary\nsummary: Money: for college\n", 2);
  CHECK(y.Report() ==
        "f.yaml:3:15: error: this is not valid YAML: this line has a colon where YAML does not "
        "expect one\n"
        "    summary: Money: for college\n"
        "                  ^\n"
        "    hint: if a value contains ': ', put the whole value in double quotes\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("an empty or comment-only document is a null node, not an error") {
  auto text = GENERATE(as<std::string>{}, "", "\n", "# only a comment\n");
  CAPTURE(text);
  Diagnostics diagnostics;
  auto node = ParseYaml(text, {"f.yaml", 1}, diagnostics);
  REQUIRE(node.has_value());
  CHECK(node->IsNull());
  CHECK(diagnostics.Sorted().empty());
}

TEST_CASE("LocationOf turns yaml-cpp's 0-based marks into 1-based file positions") {
  Yaml y("a:\n  b: [x, y]\n", 5);
  REQUIRE(y.diagnostics.Sorted().empty());
  SourceLocation where = LocationOf(y.node["a"]["b"][1], y.source);
  CHECK(where.file == "f.yaml");
  CHECK(where.line == 6);
  CHECK(where.column == 10);
  SourceLocation missing = LocationOf(y.node["nothing"], y.source);
  CHECK(missing.line == 0);
  CHECK(missing.column == 0);
}

TEST_CASE("CheckKeys reports an unknown key with the closest known key") {
  Yaml y("title: T\ntitel: T\n");
  CHECK_FALSE(CheckKeys(y.node, {"title", "date"}, y.source, "field", y.diagnostics));
  CHECK(y.Report() ==
        "f.yaml:2:1: error: unknown field 'titel'; did you mean 'title'?\n"
        "    titel: T\n"
        "    ^\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("CheckKeys lists the known keys when none is close") {
  Yaml y("  agez: 16-25\n");
  CHECK_FALSE(CheckKeys(y.node, {"title", "date"}, y.source, "field", y.diagnostics));
  CHECK(y.Report() ==
        "f.yaml:1:3: error: unknown field 'agez'\n"
        "      agez: 16-25\n"
        "      ^\n"
        "    hint: the fields you can use are: title, date\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("CheckKeys accepts a map of known keys") {
  Yaml y("title: T\ndate: 2023-10-04\n");
  CHECK(CheckKeys(y.node, {"title", "date"}, y.source, "field", y.diagnostics));
  CHECK(y.diagnostics.Sorted().empty());
}

TEST_CASE("ReadString reads text and treats a missing or empty key as absent") {
  Yaml y("title: Setting up home\nnumber: 42\nempty:\n");
  CHECK(ReadString(y.node, "title", y.source, y.diagnostics) ==
        std::optional<std::string>("Setting up home"));
  CHECK(ReadString(y.node, "number", y.source, y.diagnostics) == std::optional<std::string>("42"));
  CHECK_FALSE(ReadString(y.node, "empty", y.source, y.diagnostics).has_value());
  CHECK_FALSE(ReadString(y.node, "missing", y.source, y.diagnostics).has_value());
  CHECK(y.diagnostics.Sorted().empty());
}

TEST_CASE("ReadString refuses a list or a map, naming the shape it found") {
  Yaml y("title: [a, b]\ndescription:\n  long: x\n");
  CHECK_FALSE(ReadString(y.node, "title", y.source, y.diagnostics).has_value());
  CHECK_FALSE(ReadString(y.node, "description", y.source, y.diagnostics).has_value());
  CHECK(y.Report() ==
        "f.yaml:1:8: error: 'title' should be text, not a list\n"
        "    title: [a, b]\n"
        "           ^\n"
        "f.yaml:3:3: error: 'description' should be text, not a map\n"
        "      long: x\n"
        "      ^\n"
        "2 errors, 0 warnings\n");
}

TEST_CASE("ReadBool accepts true, false, yes and no in any case") {
  auto [value, expected] = GENERATE(table<std::string, bool>({
      {"true", true},
      {"True", true},
      {"yes", true},
      {"YES", true},
      {"false", false},
      {"FALSE", false},
      {"no", false},
      {"No", false},
  }));
  Yaml y("draft: " + value + "\n");
  CHECK(ReadBool(y.node, "draft", y.source, y.diagnostics) == std::optional<bool>(expected));
  CHECK(y.diagnostics.Sorted().empty());
}

TEST_CASE("ReadBool refuses other words at the value") {
  Yaml y("draft: maybe\n");
  CHECK_FALSE(ReadBool(y.node, "draft", y.source, y.diagnostics).has_value());
  CHECK(y.Report() ==
        "f.yaml:1:8: error: 'draft' should be true or false, not 'maybe'\n"
        "    draft: maybe\n"
        "           ^\n"
        "1 error, 0 warnings\n");
}

TEST_CASE("ReadInt reads whole numbers with an optional sign") {
  auto [value, expected] = GENERATE(table<std::string, long>({
      {"5", 5},
      {"-3", -3},
      {"+7", 7},
      {"0", 0},
      {"12345678901", 12345678901L},
  }));
  Yaml y("weight: " + value + "\n");
  CHECK(ReadInt(y.node, "weight", y.source, y.diagnostics) == std::optional<long>(expected));
  CHECK(y.diagnostics.Sorted().empty());
}

TEST_CASE("ReadInt refuses anything but a short whole number") {
  auto [value, shown] = GENERATE(table<std::string, std::string>({
      {"3.5", "'3.5'"},
      {"heavy", "'heavy'"},
      {"+", "'+'"},
      {"123456789012", "'123456789012'"},  // too long to be a weight
      {"\"\"", "''"},
      {"[1]", "a list"},
  }));
  Yaml y("weight: " + value + "\n");
  CHECK_FALSE(ReadInt(y.node, "weight", y.source, y.diagnostics).has_value());
  auto all = y.diagnostics.Sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].message == "'weight' should be a whole number, not " + shown);
  CHECK(all[0].location.line == 1);
  CHECK(all[0].location.column == 9);
}

TEST_CASE("ReadDate reads YYYY-MM-DD and explains the form when it cannot") {
  Yaml y("date: 2023-10-04\nupdated: 2023-02-30\nreview_by: next Tuesday\n");
  CHECK(ReadDate(y.node, "date", y.source, y.diagnostics) ==
        std::optional<Date>(Date{2023, 10, 4}));
  CHECK_FALSE(ReadDate(y.node, "updated", y.source, y.diagnostics).has_value());
  CHECK_FALSE(ReadDate(y.node, "review_by", y.source, y.diagnostics).has_value());
  CHECK(y.Report() ==
        "f.yaml:2:10: error: 'updated' should be a date written as YYYY-MM-DD, not "
        "'2023-02-30'\n"
        "    updated: 2023-02-30\n"
        "             ^\n"
        "    hint: for example 2023-10-04 for 4 October 2023\n"
        "f.yaml:3:12: error: 'review_by' should be a date written as YYYY-MM-DD, not "
        "'next Tuesday'\n"
        "    review_by: next Tuesday\n"
        "               ^\n"
        "    hint: for example 2023-10-04 for 4 October 2023\n"
        "2 errors, 0 warnings\n");
}

TEST_CASE("ReadStringList takes a list, or a single string as a list of one") {
  Yaml y("tags: money\naudience: [carers, public]\n");
  using List = std::vector<std::string>;
  CHECK(ReadStringList(y.node, "tags", y.source, y.diagnostics) == std::optional<List>({"money"}));
  CHECK(ReadStringList(y.node, "audience", y.source, y.diagnostics) ==
        std::optional<List>({"carers", "public"}));
  CHECK_FALSE(ReadStringList(y.node, "missing", y.source, y.diagnostics).has_value());
  CHECK(y.diagnostics.Sorted().empty());
}

TEST_CASE("ReadStringList reports items that are not text and values that are maps") {
  Yaml y("tags:\n  - money\n  - {a: b}\naudience:\n  carers: yes\n");
  CHECK_FALSE(ReadStringList(y.node, "tags", y.source, y.diagnostics).has_value());
  CHECK_FALSE(ReadStringList(y.node, "audience", y.source, y.diagnostics).has_value());
  CHECK(y.Report() ==
        "f.yaml:3:5: error: each item of 'tags' should be text, not a map\n"
        "      - {a: b}\n"
        "        ^\n"
        "f.yaml:5:3: error: 'audience' should be a list, not a map\n"
        "      carers: yes\n"
        "      ^\n"
        "    hint: write a list as [first, second]\n"
        "2 errors, 0 warnings\n");
}
