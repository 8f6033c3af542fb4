#include "language/dictionary.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "fs/file_system.h"
#include "pipeline/pipeline.h"

namespace hearth {
namespace {

const char kFile[] = "theme/language/care-language.yaml";

struct Parsed {
  explicit Parsed(const std::string& text) {
    fs.Write(kFile, text);
    dictionary = ParseLanguageDictionary(text, kFile, segmenter, diagnostics);
  }
  std::string Report() const { return FormatDiagnostics(diagnostics, SiteLineLookup(fs)); }

  // Every hit in `text` as "written=term[0]".
  std::vector<std::string> Hits(const std::string& text) {
    TermMatcher matcher(dictionary.terms);
    std::vector<std::string> out;
    for (const TermHit& hit : matcher.Find(text, segmenter.Words(text))) {
      out.push_back(text.substr(hit.span.begin, hit.span.end - hit.span.begin) + "=" +
                    dictionary.terms[hit.term].terms[0]);
    }
    return out;
  }

  MemoryFileSystem fs;
  Segmenter segmenter;
  Diagnostics diagnostics;
  LanguageDictionary dictionary;
};

std::vector<std::string> Forms(const std::string& term, TermForms forms) {
  Segmenter segmenter;
  std::vector<std::string> out;
  for (const TermForm& form : FormsOf(term, forms, segmenter)) {
    std::string words;
    for (const auto& w : form.words) words += (words.empty() ? "" : " ") + w;
    out.push_back(words + (form.exact_case ? " (as written)" : ""));
  }
  return out;
}

const std::string kDictionary =
    "care_language:\n"
    "  - term: placement\n"
    "    better: [home, where you live]\n"
    "    why: can make a child feel like a case file\n"
    "    except: [work placement]\n"
    "  - term: [LAC, looked after child, looked after children]\n"
    "    better: children in care\n"
    "    why: is a label from paperwork\n"
    "  - term: abscond\n"
    "    better: went missing\n"
    "    forms: verb\n"
    "    why: sounds like a crime\n"
    "  - term: leaving care\n"
    "    better: moving on\n"
    "    why: sounds like being pushed out\n"
    "words_to_avoid:\n"
    "  - {term: utilise, better: use, forms: verb}\n"
    "  - {term: in order to, better: to, forms: exact}\n"
    "known_abbreviations: [UK, NHS]\n";

}  // namespace

TEST_CASE("a term's last word takes the forms its entry asks for", "[language]") {
  CHECK(Forms("placement", TermForms::kPlural) ==
        std::vector<std::string>{"placement", "placements"});
  CHECK(Forms("family", TermForms::kPlural) == std::vector<std::string>{"family", "families"});
  CHECK(Forms("match", TermForms::kPlural) == std::vector<std::string>{"match", "matches"});
  CHECK(Forms("utilise", TermForms::kVerb) ==
        std::vector<std::string>{"utilise", "utilises", "utilised", "utilising"});
  CHECK(Forms("abscond", TermForms::kVerb) ==
        std::vector<std::string>{"abscond", "absconds", "absconded", "absconding"});
  CHECK(Forms("Care Plan", TermForms::kExact) ==
        std::vector<std::string>{"Care Plan (as written)"});
  CHECK(Forms("looked-after child", TermForms::kPlural) ==
        std::vector<std::string>{"looked after child", "looked after childs"});
}

TEST_CASE("the dictionary reads terms, better words, reasons and known abbreviations",
          "[language]") {
  Parsed p(kDictionary);
  CHECK(p.Report() == "");
  REQUIRE(p.dictionary.terms.size() == 6);
  const LanguageTerm& placement = p.dictionary.terms[0];
  CHECK(placement.list == TermList::kCareLanguage);
  CHECK(placement.better == std::vector<std::string>{"home", "where you live"});
  CHECK(placement.why == "can make a child feel like a case file");
  CHECK(placement.location.line == 2);
  CHECK(placement.location.column == 5);
  CHECK(p.dictionary.terms[4].list == TermList::kWordsToAvoid);
  CHECK(p.dictionary.known_abbreviations == std::vector<std::string>{"UK", "NHS"});
}

TEST_CASE("terms are found whole, in any capitals, with their forms and possessives",
          "[language]") {
  Parsed p(kDictionary);
  CHECK(p.Hits("Your Placement ended. Two placements, the placement's rules.") ==
        std::vector<std::string>{"Placement=placement", "placements=placement",
                                 "placement's=placement"});
  CHECK(p.Hits("Replacements and placementss are other words.").empty());
  CHECK(p.Hits("He absconded; they abscond; absconding.") ==
        std::vector<std::string>{"absconded=abscond", "abscond=abscond", "absconding=abscond"});
  CHECK(p.Hits("We utilised it in order to help.") ==
        std::vector<std::string>{"utilised=utilise", "in order to=in order to"});
}

TEST_CASE("a term with capitals matches only as written", "[language]") {
  Parsed p(kDictionary);
  CHECK(p.Hits("LAC and lac and Lac") == std::vector<std::string>{"LAC=LAC"});
}

TEST_CASE("a phrase spans spaces, hyphens and line wraps but not punctuation", "[language]") {
  Parsed p(kDictionary);
  CHECK(p.Hits("a looked-after child, looked after  children; Leaving Care") ==
        std::vector<std::string>{"looked-after child=LAC", "looked after  children=LAC",
                                 "Leaving Care=leaving care"});
  CHECK(p.Hits("after leaving. Care is\nleaving\ncare").empty());
}

TEST_CASE("words inside an exception are passed over", "[language]") {
  Parsed p(kDictionary);
  CHECK(p.Hits("A work placement, then a placement.") ==
        std::vector<std::string>{"placement=placement"});
}

TEST_CASE("mistakes in the dictionary are reported at their place, in plain words", "[language]") {
  Parsed p(
      "care_language:\n"
      "  - term: placement\n"  // 2: no better words, no reason
      "  - {term: sibling, better: brothers and sisters, why: formal, forms: plurals}\n"
      "  - {term: respite care, better: short break, why: burden, match: whole-word}\n"
      "  - {terms: unit, better: home, why: institution}\n"
      "  - just a string\n"
      "words_to_avoid: utilise\n"
      "abbreviations: [UK]\n");
  CHECK(p.Report() ==
        "theme/language/care-language.yaml:2:5: error: this entry does not say why the words "
        "hurt\n"
        "      - term: placement\n"
        "        ^\n"
        "    hint: add why:, as in why: can make a child feel like a case file\n"
        "theme/language/care-language.yaml:2:5: error: this entry says neither what to write "
        "instead nor what to do\n"
        "      - term: placement\n"
        "        ^\n"
        "    hint: add better: (the words to use) or advice: (what to do instead)\n"
        "theme/language/care-language.yaml:3:71: error: unknown forms 'plurals'\n"
        "      - {term: sibling, better: brothers and sisters, why: formal, forms: plurals}\n"
        "                                                                          ^\n"
        "    hint: choose from: plural, verb, exact\n"
        "theme/language/care-language.yaml:4:67: error: 'respite care' is 2 words, so it "
        "cannot match as a whole word\n"
        "      - {term: respite care, better: short break, why: burden, match: whole-word}\n"
        "                                                                      ^\n"
        "    hint: write match: phrase, or leave match out\n"
        "theme/language/care-language.yaml:5:5: error: this entry has no 'term'\n"
        "      - {terms: unit, better: home, why: institution}\n"
        "        ^\n"
        "    hint: write the word or phrase to look for: term: placement\n"
        "theme/language/care-language.yaml:5:6: error: unknown entry field 'terms'; did you "
        "mean 'term'?\n"
        "      - {terms: unit, better: home, why: institution}\n"
        "         ^\n"
        "theme/language/care-language.yaml:6:5: error: each entry of 'care_language' should be "
        "a map with a term\n"
        "      - just a string\n"
        "        ^\n"
        "    hint: for example: - {term: placement, better: home, why: ...}\n"
        "theme/language/care-language.yaml:7:17: error: 'words_to_avoid' should be a list\n"
        "    words_to_avoid: utilise\n"
        "                    ^\n"
        "    hint: start each entry on its own line with '- term: '\n"
        "theme/language/care-language.yaml:8:1: error: unknown list 'abbreviations'\n"
        "    abbreviations: [UK]\n"
        "    ^\n"
        "    hint: the fields you can use are: care_language, words_to_avoid, "
        "known_abbreviations\n"
        "9 errors, 0 warnings\n");
  CHECK(p.dictionary.terms.empty());
}

TEST_CASE("a YAML mistake in the dictionary is reported at its line", "[language]") {
  Parsed p("care_language:\n  - term: [placement\n");
  CHECK(p.Report() ==
        "theme/language/care-language.yaml:3:1: error: this is not valid YAML: a list in "
        "square brackets is not closed\n"
        "    hint: check that every '[' has a matching ']'\n"
        "1 error, 0 warnings\n");
}

}  // namespace hearth
