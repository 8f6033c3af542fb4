#include "language/readability.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_map>

namespace hearth {
namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}
bool IsConsonant(char c) { return c >= 'a' && c <= 'z' && !IsVowel(c); }
bool Ends(const std::string& w, std::string_view suffix) {
  return w.size() >= suffix.size() &&
         w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
}
// The letter `from_end` places before the end (1 is the last), or '\0'.
char Back(const std::string& w, size_t from_end) {
  return w.size() >= from_end ? w[w.size() - from_end] : '\0';
}

// Words the rules count wrongly, with their syllables in the CMU Pronouncing Dictionary.
const std::unordered_map<std::string, int>& Exceptions() {
  static const std::unordered_map<std::string, int> kWords = {
      {"idea", 3},        {"ideas", 3},      {"area", 3},       {"areas", 3},    {"create", 2},
      {"creates", 2},     {"created", 3},    {"creating", 3},   {"creative", 3}, {"maybe", 2},
      {"recipe", 3},      {"recipes", 3},    {"video", 3},      {"videos", 3},   {"business", 2},
      {"businesses", 3},  {"therefore", 2},  {"theatre", 3},    {"theatres", 3}, {"poem", 2},
      {"poems", 2},       {"poet", 2},       {"quiet", 2},      {"science", 2},  {"society", 4},
      {"anxiety", 4},     {"variety", 4},    {"reality", 4},    {"realise", 3},  {"realised", 3},
      {"wednesday", 2},   {"february", 4},   {"diabetes", 4},   {"naive", 2},    {"cooperate", 4},
      {"cooperation", 5}, {"something", 2},  {"everywhere", 3}, {"wherever", 3}, {"however", 3},
      {"whatever", 3},    {"whenever", 3},   {"forever", 3},    {"poetry", 3},   {"museum", 3},
      {"museums", 3},     {"beforehand", 3},
  };
  return kWords;
}

// Suffixes that are a syllable of their own, with the shortest stem they may follow.
struct Suffix {
  std::string_view text;
  int syllables;
  size_t min_stem;
};
constexpr std::array<Suffix, 7> kSuffixes = {{
    {"fully", 2, 3},
    {"ments", 1, 4},
    {"ment", 1, 4},
    {"ness", 1, 3},
    {"less", 1, 3},
    {"ful", 1, 3},
    {"ly", 1, 3},
}};
// Leading parts of compounds, with their syllables: "somewhere", "homework", "everyone".
struct Prefix {
  std::string_view text;
  int syllables;
};
constexpr std::array<Prefix, 9> kPrefixes = {{{"some", 1},
                                              {"home", 1},
                                              {"care", 1},
                                              {"life", 1},
                                              {"time", 1},
                                              {"house", 1},
                                              {"whole", 1},
                                              {"safe", 1},
                                              {"every", 2}}};

int VowelGroups(const std::string& w) {
  int groups = 0;
  bool in_group = false;
  for (size_t i = 0; i < w.size(); ++i) {
    bool vowel = IsVowel(w[i]) && !(i == 0 && w[i] == 'y');
    if (vowel && !in_group) ++groups;
    in_group = vowel;
    // A y before another vowel ends its group (any-one, be-yond, play-er), unless that
    // vowel is a silent final e, -es or -ed (bye, eyes, played).
    bool silent_e_next =
        i + 1 < w.size() && w[i + 1] == 'e' &&
        (i + 2 == w.size() || (i + 3 == w.size() && (w[i + 2] == 's' || w[i + 2] == 'd')));
    if (w[i] == 'y' && i > 0 && i + 1 < w.size() && IsVowel(w[i + 1]) && !silent_e_next) {
      in_group = false;
    }
  }
  return groups;
}

// Adds one for each vowel group the rules know is said as two syllables.
int SplitGroups(const std::string& w) {
  int extra = 0;
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    char before = w[i - 1];
    if (w[i] == 'i' && w[i + 1] == 'a' && before != 'c' && before != 't' && before != 's' &&
        before != 'g') {
      ++extra;  // media, trial; not social, initial, Asia
    }
    if (w[i] == 'i' && w[i + 1] == 'o' && before != 'c' && before != 't' && before != 's' &&
        before != 'x' && before != 'g' && before != 'n' &&
        !(before == 'l' && i >= 2 && w[i - 2] == 'l')) {
      ++extra;  // period, radio, curious; not nation, region, union, million
    }
    if (w[i] == 'u' && w[i + 1] == 'a' && before != 'q' && before != 'g') {
      ++extra;  // usual, individual; not equal, language
    }
    if (w[i] == 'i' && w[i + 1] == 'a' && (before == 'c' || before == 't') && i + 2 < w.size() &&
        w[i + 2] == 't') {
      ++extra;  // association, appreciate
    }
    bool friend_like = before == 'r' && i >= 2 && w[i - 2] == 'f';
    if (w[i] == 'i' && w[i + 1] == 'e' && i + 2 < w.size() && w[i + 2] == 'n' && before != 'c' &&
        before != 't' && !friend_like) {
      ++extra;  // audience, experience, client; not ancient, patient, friend
    }
  }
  // A consonant then -ling: the le of "struggle" is still said in "struggling".
  if (Ends(w, "ling") && w.size() > 5 && IsConsonant(Back(w, 5)) && Back(w, 5) != 'l') ++extra;
  // being, doing; a y before -ing already ends its group (saying).
  if (Ends(w, "ing") && w.size() > 4 && IsVowel(Back(w, 4)) && Back(w, 4) != 'y') ++extra;
  if ((Ends(w, "ier") && IsConsonant(Back(w, 4))) || (Ends(w, "iest") && IsConsonant(Back(w, 5))))
    ++extra;                   // easier, happiest
  if (Ends(w, "sm")) ++extra;  // autism
  return extra;
}

// Silent endings: a final e, -es and -ed that add no syllable.
int SilentEndings(const std::string& w, int groups) {
  if (groups <= 1) return 0;
  // Consonant + le or re keeps its syllable: table, people, centre.
  auto keeps_ending = [&](size_t letter_before_l_or_r) {
    char c = Back(w, letter_before_l_or_r);
    return IsConsonant(c) && c != 'r' && c != 'l';
  };
  if (Ends(w, "e") && IsConsonant(Back(w, 2))) {
    if ((Back(w, 2) == 'l' || Back(w, 2) == 'r') && keeps_ending(3)) return 0;
    return 1;
  }
  if (Ends(w, "es") && IsConsonant(Back(w, 3))) {
    char c = Back(w, 3);
    if (c == 's' || c == 'x' || c == 'z' || c == 'c' || c == 'g') return 0;  // places, ages
    if (Ends(w, "ches") || Ends(w, "shes")) return 0;
    if ((c == 'l' || c == 'r') && keeps_ending(4)) return 0;  // tables, centres
    return 1;
  }
  if (Ends(w, "ed") && IsConsonant(Back(w, 3))) {
    char c = Back(w, 3);
    if (c == 't' || c == 'd') return 0;                       // wanted, needed
    if ((c == 'l' || c == 'r') && keeps_ending(4)) return 0;  // disabled, centred
    return 1;
  }
  return 0;
}

int CountLowered(const std::string& w) {
  if (w.empty()) return 0;
  auto known = Exceptions().find(w);
  if (known != Exceptions().end()) return known->second;
  for (const Suffix& s : kSuffixes) {
    if (Ends(w, s.text) && w.size() >= s.text.size() + s.min_stem) {
      return CountLowered(w.substr(0, w.size() - s.text.size())) + s.syllables;
    }
  }
  for (const Prefix& prefix : kPrefixes) {
    // The rest must be a word part with a vowel: "carer" is not care + r.
    if (w.size() >= prefix.text.size() + 2 && w.compare(0, prefix.text.size(), prefix.text) == 0 &&
        VowelGroups(w.substr(prefix.text.size())) > 0) {
      return prefix.syllables + CountLowered(w.substr(prefix.text.size()));
    }
  }
  int groups = VowelGroups(w);
  groups -= SilentEndings(w, groups);
  groups += SplitGroups(w);
  return std::max(groups, 1);
}

}  // namespace

int CountSyllables(std::string_view word) {
  // An abbreviation of two to five capitals is read letter by letter: UK, IRO, NHS.
  bool capitals =
      word.size() >= 2 && word.size() <= 5 &&
      std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (capitals) return static_cast<int>(word.size());
  std::string w;
  bool digits_only = !word.empty();
  for (size_t i = 0; i < word.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c >= 0x80) {
      digits_only = false;
      // One vowel for each character outside ASCII (its lead byte), but not for a
      // curly apostrophe (U+2019: E2 80 99).
      bool apostrophe = c == 0xE2 && i + 2 < word.size() &&
                        static_cast<unsigned char>(word[i + 1]) == 0x80 &&
                        static_cast<unsigned char>(word[i + 2]) == 0x99;
      if (apostrophe) {
        i += 2;
      } else if ((c & 0xC0) == 0xC0) {
        w += 'a';
      }
      continue;
    }
    if (std::isalpha(c)) {
      w += static_cast<char>(std::tolower(c));
      digits_only = false;
    } else if (!std::isdigit(c)) {
      if (c != '\'' && c != '.' && c != ',') digits_only = false;
    }
  }
  if (digits_only || w.empty()) return 1;  // numbers: one syllable each (see CountSentences)
  return CountLowered(w);
}

std::vector<SentenceCounts> CountSentences(std::string_view text, Segmenter& segmenter) {
  return CountSentences(text, segmenter.Words(text), segmenter);
}

std::vector<SentenceCounts> CountSentences(std::string_view text,
                                           const std::vector<WordSpan>& words,
                                           Segmenter& segmenter) {
  std::vector<SentenceCounts> out;
  size_t w = 0;
  for (const TextSpan& span : segmenter.Sentences(text)) {
    SentenceCounts sentence{span, 0, 0};
    for (; w < words.size() && words[w].begin < span.end; ++w) {
      ++sentence.words;
      sentence.syllables +=
          words[w].is_number
              ? 1
              : CountSyllables(text.substr(words[w].begin, words[w].end - words[w].begin));
    }
    if (sentence.words > 0) out.push_back(sentence);
  }
  return out;
}

void TextCounts::Add(const SentenceCounts& sentence) {
  ++sentences;
  words += sentence.words;
  syllables += sentence.syllables;
}

Readability Score(const TextCounts& counts) {
  if (counts.words == 0 || counts.sentences == 0) return {};
  double words_per_sentence = static_cast<double>(counts.words) / counts.sentences;
  double syllables_per_word = static_cast<double>(counts.syllables) / counts.words;
  Readability r;
  r.grade = 0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59;
  r.reading_age = r.grade + 5;
  r.reading_ease = 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word;
  return r;
}

}  // namespace hearth
