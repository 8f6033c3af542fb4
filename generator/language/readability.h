// Readability of English prose: syllables per word, then the Flesch-Kincaid grade level,
// the reading age (grade + 5, as UK plain-English guidance states it) and the Flesch
// reading ease. The language check (checks/language.h) scores every page with these.
//
// Flesch-Kincaid grade = 0.39 x words per sentence + 11.8 x syllables per word - 15.59
// Flesch reading ease  = 206.835 - 1.015 x words per sentence - 84.6 x syllables per word
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "language/segmenter.h"

namespace hearth {

// The syllables of one English word, by rule rather than by dictionary, so that names,
// new words and misspellings get a sensible count too. The method:
//  1. Fold to lower case; drop apostrophes; count any other letter outside A-Z as a
//     vowel ("café" has two syllables).
//  2. A few words the rules get wrong are looked up in a short list (idea, area, create,
//     business, video, ...).
//  3. Split off a suffix that is a syllable of its own (-ment, -ness, -less, -ful,
//     -fully, -ly) and a leading compound part (some-, home-, care-, life-, time-,
//     house-, whole-, safe-), and count the parts.
//  4. Count groups of vowels (a, e, i, o, u, and y except as a word's first letter).
//  5. Take one off for a silent final e ("home"; not "people", "centre" or "free"),
//     a silent -es ("homes"; not "places", "boxes", "tables") and a silent -ed ("moved";
//     not "wanted", "needed", "disabled").
//  6. Add one where a vowel group is said as two: -ing after a vowel ("being"), -ier and
//     -iest ("easier"), ia and io except in -cia-, -tia-, -tion, -sion and the like
//     ("media", "period"), ua except after q or g ("usual"), and -ism ("autism").
//  7. Every word has at least one syllable.
// On the test list in readability_test.cpp it agrees with the CMU Pronouncing Dictionary;
// known misses are words with a silent e inside them ("apprenticeship") and some vowel
// pairs said as two ("giant", "poetry").
int CountSyllables(std::string_view word);

// One sentence of a text: where it is and how long it is.
struct SentenceCounts {
  TextSpan span;
  size_t words = 0;
  size_t syllables = 0;
};

// The sentences of `text` that hold at least one word. A number counts as a word of
// one syllable.
std::vector<SentenceCounts> CountSentences(std::string_view text, Segmenter& segmenter);
// The same, given the text's words (Segmenter::Words), for a caller that has them already.
std::vector<SentenceCounts> CountSentences(std::string_view text,
                                           const std::vector<WordSpan>& words,
                                           Segmenter& segmenter);

struct TextCounts {
  size_t sentences = 0;
  size_t words = 0;
  size_t syllables = 0;
  void Add(const SentenceCounts& sentence);
};

struct Readability {
  double grade = 0;         // Flesch-Kincaid grade level (US school grade)
  double reading_age = 0;   // grade + 5
  double reading_ease = 0;  // Flesch reading ease: 100 very easy, 0 very hard
};

// The scores of a text; all zero for a text without words.
Readability Score(const TextCounts& counts);

}  // namespace hearth
