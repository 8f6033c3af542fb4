// Small text utilities shared by every stage: escaping for HTML and XML, slugs for ids and
// URLs, UTF-8 aware columns, and "did you mean" suggestions. No dependencies beyond the
// standard library.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hearth {

// Escapes &, <, >, " and ' so the result is safe in element content and quoted attributes.
std::string HtmlEscape(std::string_view text);

// Lowercase ASCII letters and digits, every other run of characters becomes one hyphen,
// no leading or trailing hyphen: "Who can get it?" -> "who-can-get-it". Non-ASCII letters
// are kept as they are, so headings in other languages still get readable ids.
std::string Slugify(std::string_view text);

std::string Trim(std::string_view text);
std::vector<std::string> SplitLines(std::string_view text);
bool StartsWith(std::string_view text, std::string_view prefix);
bool EndsWith(std::string_view text, std::string_view suffix);
std::string ToLower(std::string_view text);

// Number of UTF-8 code points in the first `bytes` bytes of `text`, plus one: the 1-based
// column of the character that starts at that byte offset.
int ColumnOfByte(std::string_view text, size_t bytes);

// "1 error", "2 errors".
std::string Plural(size_t n, std::string_view noun);

// A tel: link for a phone number written for people: "01234 567 891" -> "tel:01234567891",
// "+44 (0)1234 567891" keeps its +; spaces, brackets and dashes go.
std::string TelHref(std::string_view phone);

// Levenshtein distance, for suggestions.
size_t EditDistance(std::string_view a, std::string_view b);

// The candidate closest to `word` if it is close enough to be a likely typo, else "".
std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates);

// Joins with a separator.
std::string Join(const std::vector<std::string>& parts, std::string_view separator);

}  // namespace hearth
