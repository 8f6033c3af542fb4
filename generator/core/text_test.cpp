#include "core/text.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace hearth;

TEST_CASE("Slugify lowercases words and joins them with single hyphens") {
  auto [text, slug] = GENERATE(table<std::string, std::string>({
      {"Who can get it?", "who-can-get-it"},
      {"How to apply", "how-to-apply"},
      {"  Leading and trailing marks!  ", "leading-and-trailing-marks"},
      {"16-25 year olds", "16-25-year-olds"},
      {"Costs -- and -- grants", "costs-and-grants"},
      {"CAPITALS", "capitals"},
      {"one/two.three_four", "one-two-three-four"},
      {"???", ""},
      {"", ""},
  }));
  CAPTURE(text);
  CHECK(Slugify(text) == slug);
}

TEST_CASE("Slugify drops apostrophes instead of splitting the word") {
  auto [text, slug] = GENERATE(table<std::string, std::string>({
      {"Young person's guide", "young-persons-guide"},
      {"Don't panic", "dont-panic"},
      {"'Quoted'", "quoted"},
  }));
  CAPTURE(text);
  CHECK(Slugify(text) == slug);
}

TEST_CASE("Slugify keeps non-ASCII letters as they are") {
  auto [text, slug] = GENERATE(table<std::string, std::string>({
      {"Café für Jugendliche", "café-für-jugendliche"},
      {"Gwybodaeth i'r teulu", "gwybodaeth-ir-teulu"},
      {"Ärzte", "Ärzte"},  // only ASCII letters are lowered
      {"żółć & więcej", "żółć-więcej"},
  }));
  CAPTURE(text);
  CHECK(Slugify(text) == slug);
}

// Text pasted from word processors carries typographic apostrophes and dashes. They are
// punctuation, not letters, so by the rule above they should vanish or separate words.
TEST_CASE("Slugify treats typographic apostrophes and dashes like their ASCII forms") {
  auto [text, slug] = GENERATE(table<std::string, std::string>({
      {"Young person\u2019s guide", "young-persons-guide"},
      {"Ages 16\u201325", "ages-16-25"},
      {"Help\u00a0now", "help-now"},  // a no-break space
  }));
  CAPTURE(text);
  CHECK(Slugify(text) == slug);
}

TEST_CASE("HtmlEscape escapes all five special characters and nothing else") {
  CHECK(HtmlEscape("<a href=\"x\">Tom & Jerry's</a>") ==
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  CHECK(HtmlEscape("&amp;") == "&amp;amp;");
  CHECK(HtmlEscape("plain text, £5 and é") == "plain text, £5 and é");
  CHECK(HtmlEscape("") == "");
}

TEST_CASE("Trim removes spaces, tabs and line ends at both ends only") {
  CHECK(Trim("  a b \t\r\n") == "a b");
  CHECK(Trim("\t\n") == "");
  CHECK(Trim("word") == "word");
}

TEST_CASE("SplitLines splits on LF and CRLF and drops the final line end") {
  using Lines = std::vector<std::string>;
  auto [text, lines] = GENERATE(table<std::string, Lines>({
      {"a\nb\n", Lines{"a", "b"}},
      {"a\r\nb\r\n", Lines{"a", "b"}},
      {"a\r\nb", Lines{"a", "b"}},
      {"a\n\nb", Lines{"a", "", "b"}},
      {"no line end", Lines{"no line end"}},
      {"\n", Lines{""}},
      {"", Lines{}},
      {"keeps\rlone CR", Lines{"keeps\rlone CR"}},
  }));
  CAPTURE(text);
  CHECK(SplitLines(text) == lines);
}

TEST_CASE("StartsWith, EndsWith, ToLower and Join behave as their names say") {
  CHECK(StartsWith("content/a.md", "content/"));
  CHECK_FALSE(StartsWith("con", "content/"));
  CHECK(StartsWith("x", ""));
  CHECK(EndsWith("page.easy.md", ".easy.md"));
  CHECK_FALSE(EndsWith("md", ".md"));
  CHECK(ToLower("MiXeD 123 É") == "mixed 123 É");
  CHECK(Join({"a", "b", "c"}, ", ") == "a, b, c");
  CHECK(Join({"only"}, ", ") == "only");
  CHECK(Join({}, ", ") == "");
}

TEST_CASE("ColumnOfByte counts characters, not bytes, so UTF-8 text gets true columns") {
  // "£" is two bytes and "é" is two bytes; "€" is three.
  auto [text, byte, column] = GENERATE(table<std::string, size_t, int>({
      {"abc", 0, 1},
      {"abc", 2, 3},
      {"£5 grant", 2, 2},      // the "5"
      {"£5 grant", 3, 3},      // the space
      {"Café au lait", 6, 6},  // the "a" of "au"
      {"é€x", 5, 3},           // the "x"
      {"abc", 10, 4},          // past the end: one past the last character
  }));
  CAPTURE(text, byte);
  CHECK(ColumnOfByte(text, byte) == column);
}

TEST_CASE("Plural adds an s except for exactly one") {
  CHECK(Plural(0, "error") == "0 errors");
  CHECK(Plural(1, "error") == "1 error");
  CHECK(Plural(2, "warning") == "2 warnings");
}

TEST_CASE("EditDistance is the Levenshtein distance") {
  auto [a, b, distance] = GENERATE(table<std::string, std::string, size_t>({
      {"kitten", "sitting", 3},
      {"", "abc", 3},
      {"abc", "", 3},
      {"same", "same", 0},
      {"flaw", "lawn", 2},
      {"titel", "title", 2},
      {"ages", "agez", 1},
  }));
  CAPTURE(a, b);
  CHECK(EditDistance(a, b) == distance);
  CHECK(EditDistance(b, a) == distance);
}

TEST_CASE("DidYouMean suggests a candidate within about one mistake in three letters") {
  const std::vector<std::string> fields = {"title", "description", "date", "updated", "review_by",
                                           "draft", "weight",      "tags", "type",    "audience"};
  auto [word, suggestion] = GENERATE(table<std::string, std::string>({
      {"titel", "title"},  // 5 letters allow 2 edits
      {"TITLE", "title"},  // the word is compared in lower case
      {"descripton", "description"},
      {"wieght", "weight"},
      {"tag", "tags"},
      {"agez", ""},  // nearest is 3 edits away; 4 letters allow 2
      {"colour", ""},
      {"x", ""},
  }));
  CAPTURE(word);
  CHECK(DidYouMean(word, fields) == suggestion);
}

TEST_CASE("DidYouMean allows one edit for short words and grows with length") {
  auto [word, candidate, suggested] = GENERATE(table<std::string, std::string, bool>({
      {"ab", "abc", true},        // 2 letters: 1 edit allowed
      {"abc", "a", false},        // 3 letters: still 1 edit; this needs 2
      {"abcd", "ab", true},       // 4 letters: 2 edits allowed
      {"abcd", "a", false},       // 3 edits
      {"abcdefg", "abcd", true},  // 7 letters: 3 edits allowed
      {"abcdefg", "abc", false},  // 4 edits
  }));
  CAPTURE(word, candidate);
  CHECK(DidYouMean(word, {candidate}) == (suggested ? candidate : ""));
}

TEST_CASE("DidYouMean prefers the first of equally close candidates and needs candidates") {
  CHECK(DidYouMean("cat", {"bat", "hat"}) == "bat");
  CHECK(DidYouMean("cat", {"hat", "bat"}) == "hat");
  CHECK(DidYouMean("cat", {"dog", "cats"}) == "cats");
  CHECK(DidYouMean("cat", {}) == "");
}

TEST_CASE("TelHref keeps only the digits and a plus of a phone number", "[text]") {
  CHECK(TelHref("01234 567 891") == "tel:01234567891");
  CHECK(TelHref("+44 (0)1234-567891") == "tel:+4401234567891");
  CHECK(TelHref("") == "tel:");
}
