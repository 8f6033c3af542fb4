// The care-language dictionary and the words to avoid: which words and phrases the
// language check (checks/language.h) looks for, what to say instead, and why. The default
// theme ships one at language/care-language.yaml; a site's own theme replaces it by
// putting a file at the same path, and site.yaml adds words to avoid and allows terms.
//
//   care_language:
//     - term: placement              # or a list: [looked after child, looked-after child]
//       better: home                 # or a list; or `advice:` where no word fits
//       why: can make a child feel like a case file
//       match: whole-word            # optional: whole-word (one word) or phrase (several)
//       forms: plural                # optional: plural (default), verb or exact
//       except: [work placement]     # optional: phrases in which the term is fine
//   words_to_avoid:
//     - {term: utilise, better: use, forms: verb}
//   known_abbreviations: [UK, NHS, GP]
//
// A term in lower case matches any capitalisation; a term with a capital letter
// ("LAC") matches only as written. Hyphens and spaces between words are the same
// ("looked-after" is "looked after"), and a possessive 's is ignored.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.h"
#include "language/segmenter.h"

namespace hearth {

enum class TermList { kCareLanguage, kWordsToAvoid };

// How the last word of a term may change.
enum class TermForms {
  kPlural,  // placement, placements; sibling, siblings; family, families
  kVerb,    // utilise, utilises, utilised, utilising
  kExact,   // only as written
};

// One way a term can appear: its words, in lower case unless `exact_case`.
struct TermForm {
  std::vector<std::string> words;
  bool exact_case = false;
  bool exception = false;  // a phrase in which the term is fine ("work placement")
};

struct LanguageTerm {
  TermList list = TermList::kCareLanguage;
  std::vector<std::string> terms;   // as written in the dictionary
  std::vector<std::string> better;  // words to use instead; may be empty if `advice` is set
  std::string why;                  // "can make a child feel like a case file"
  std::string advice;               // what to do where no single word is better
  SourceLocation location;          // where the entry is written
  TermForms inflection = TermForms::kPlural;
  std::vector<std::string> except;  // phrases in which the term is fine
  std::vector<TermForm> forms;      // every form of every term and exception
};

struct LanguageDictionary {
  std::vector<LanguageTerm> terms;
  std::vector<std::string> known_abbreviations;  // need no explaining: UK, NHS, ...
};

// The forms of one term: its words, and the last word inflected as `forms` says.
std::vector<TermForm> FormsOf(std::string_view term, TermForms forms, Segmenter& segmenter);

// Reads a dictionary file's text (`file` names it in diagnostics). Every mistake is
// reported at its path:line:column; entries with mistakes are left out.
LanguageDictionary ParseLanguageDictionary(const std::string& text, const std::string& file,
                                           Segmenter& segmenter, Diagnostics& diagnostics);

// Where a term occurs in a text.
struct TermHit {
  size_t term = 0;  // index into the terms the matcher was made with
  TextSpan span;    // from the first word's start to the last word's end
  bool operator==(const TermHit&) const = default;
};

// Finds terms in text, the longest at each word, left to right without overlaps. Words
// that make up an exception ("work placement") are passed over.
class TermMatcher {
 public:
  explicit TermMatcher(const std::vector<LanguageTerm>& terms);
  // `words` are the text's words (Segmenter::Words). A phrase's words may be separated by
  // spaces and hyphens, not by punctuation or a line break.
  std::vector<TermHit> Find(std::string_view text, const std::vector<WordSpan>& words) const;

  // Every form of `term`: its terms and its exceptions (LanguageTerm::forms).
  static std::vector<TermForm> AllForms(const LanguageTerm& term, Segmenter& segmenter);

 private:
  struct Entry {
    size_t term;
    const TermForm* form;
  };
  // Looks words up by string_view, without making a string of each.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  const std::vector<LanguageTerm>& terms_;
  std::unordered_map<std::string, std::vector<Entry>, Hash, std::equal_to<>>
      by_first_word_;  // lower case
};

}  // namespace hearth
