#include "language/dictionary.h"

#include <algorithm>
#include <cctype>

#include "config/yaml.h"
#include "core/text.h"

namespace hearth {
namespace {

bool HasCapital(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
}

bool IsVowelLetter(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The regular inflections of one word. Irregular ones (child, children) are written in
// the dictionary as terms of their own.
std::vector<std::string> Inflect(const std::string& word, TermForms forms) {
  std::vector<std::string> out{word};
  if (forms == TermForms::kExact || word.empty()) return out;
  char last = word.back();
  bool consonant_y = last == 'y' && word.size() > 1 && !IsVowelLetter(word[word.size() - 2]);
  std::string stem = word.substr(0, word.size() - 1);
  // -s form: plural of a noun, or "he utilises".
  if (consonant_y) {
    out.push_back(stem + "ies");
  } else if (EndsWith(word, "s") || EndsWith(word, "x") || EndsWith(word, "z") ||
             EndsWith(word, "ch") || EndsWith(word, "sh")) {
    out.push_back(word + "es");
  } else {
    out.push_back(word + "s");
  }
  if (forms == TermForms::kVerb) {
    if (last == 'e') {
      out.push_back(word + "d");
      out.push_back(EndsWith(word, "ee") ? word + "ing" : stem + "ing");
    } else if (consonant_y) {
      out.push_back(stem + "ied");
      out.push_back(word + "ing");
    } else {
      out.push_back(word + "ed");
      out.push_back(word + "ing");
    }
  }
  return out;
}

// A term's words as the segmenter sees them, so they compare with the text's words.
std::vector<std::string> WordsOf(std::string_view term, Segmenter& segmenter) {
  std::vector<std::string> out;
  for (const WordSpan& w : segmenter.Words(term)) {
    out.emplace_back(term.substr(w.begin, w.end - w.begin));
  }
  return out;
}

// A word as it is compared: without a possessive 's (or ’s).
std::string_view Unpossessive(std::string_view word) {
  for (std::string_view suffix : {std::string_view("'s"), std::string_view("\u2019s")}) {
    if (word.size() > suffix.size() && EndsWith(word, suffix)) {
      return word.substr(0, word.size() - suffix.size());
    }
  }
  return word;
}

// Spaces and hyphens may separate a phrase's words; nothing else may.
bool JoinsPhrase(std::string_view gap) {
  if (gap.empty()) return false;
  return std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '-'; });
}

struct EntryReader {
  const YamlSource& src;
  Segmenter& segmenter;
  Diagnostics& diags;

  std::optional<LanguageTerm> Read(const YAML::Node& item, TermList list) {
    const char* section = list == TermList::kCareLanguage ? "care_language" : "words_to_avoid";
    if (!item.IsMap()) {
      diags.Error(LocationOf(item, src),
                  "each entry of '" + std::string(section) + "' should be a map with a term",
                  "for example: - {term: placement, better: home, why: ...}");
      return std::nullopt;
    }
    size_t errors = diags.ErrorCount();
    CheckKeys(item, {"term", "better", "why", "advice", "match", "forms", "except"}, src,
              "entry field", diags);
    LanguageTerm term;
    term.list = list;
    term.location = LocationOf(item, src);
    term.terms = ReadStringList(item, "term", src, diags).value_or(std::vector<std::string>{});
    term.better = ReadStringList(item, "better", src, diags).value_or(std::vector<std::string>{});
    term.why = ReadString(item, "why", src, diags).value_or("");
    term.advice = ReadString(item, "advice", src, diags).value_or("");
    term.except = ReadStringList(item, "except", src, diags).value_or(std::vector<std::string>{});
    std::string match = ReadString(item, "match", src, diags).value_or("");
    std::string forms_name = ReadString(item, "forms", src, diags).value_or("plural");
    if (term.terms.empty()) {
      diags.Error(term.location, "this entry has no 'term'",
                  "write the word or phrase to look for: term: placement");
    }
    if (term.better.empty() && term.advice.empty()) {
      diags.Error(term.location, "this entry says neither what to write instead nor what to do",
                  "add better: (the words to use) or advice: (what to do instead)");
    }
    if (list == TermList::kCareLanguage && term.why.empty()) {
      diags.Error(term.location, "this entry does not say why the words hurt",
                  "add why:, as in why: can make a child feel like a case file");
    }
    TermForms& forms = term.inflection;
    if (forms_name == "verb") {
      forms = TermForms::kVerb;
    } else if (forms_name == "exact") {
      forms = TermForms::kExact;
    } else if (forms_name != "plural") {
      diags.Error(LocationOf(item["forms"], src), "unknown forms '" + forms_name + "'",
                  "choose from: plural, verb, exact");
    }
    if (!match.empty() && match != "whole-word" && match != "phrase") {
      diags.Error(LocationOf(item["match"], src), "unknown match '" + match + "'",
                  "choose from: whole-word, phrase");
      match.clear();
    }
    for (const std::string& written : term.terms) {
      std::vector<std::string> words = WordsOf(written, segmenter);
      if (words.empty()) {
        diags.Error(LocationOf(item["term"], src), "the term '" + written + "' has no words");
      } else if (match == "whole-word" && words.size() > 1) {
        diags.Error(LocationOf(item["match"], src),
                    "'" + written + "' is " + std::to_string(words.size()) +
                        " words, so it cannot match as a whole word",
                    "write match: phrase, or leave match out");
      } else if (match == "phrase" && words.size() == 1) {
        diags.Error(LocationOf(item["match"], src),
                    "'" + written + "' is one word, so it is not a phrase",
                    "write match: whole-word, or leave match out");
      }
    }
    if (diags.ErrorCount() > errors) return std::nullopt;
    term.forms = TermMatcher::AllForms(term, segmenter);
    return term;
  }
};

}  // namespace

std::vector<TermForm> FormsOf(std::string_view term, TermForms forms, Segmenter& segmenter) {
  std::vector<std::string> words = WordsOf(term, segmenter);
  std::vector<TermForm> out;
  if (words.empty()) return out;
  bool exact_case = HasCapital(term);
  if (!exact_case) {
    for (std::string& w : words) w = ToLower(w);
  }
  for (const std::string& last : Inflect(words.back(), forms)) {
    TermForm form{words, exact_case};
    form.words.back() = last;
    out.push_back(std::move(form));
  }
  return out;
}

LanguageDictionary ParseLanguageDictionary(const std::string& text, const std::string& file,
                                           Segmenter& segmenter, Diagnostics& diags) {
  LanguageDictionary dictionary;
  YamlSource src{file, 1};
  auto root = ParseYaml(text, src, diags);
  if (!root || root->IsNull()) return dictionary;
  if (!root->IsMap()) {
    diags.Error({file, 1, 1},
                "the care-language dictionary should be a map with care_language, "
                "words_to_avoid and known_abbreviations");
    return dictionary;
  }
  CheckKeys(*root, {"care_language", "words_to_avoid", "known_abbreviations"}, src, "list", diags);
  EntryReader reader{src, segmenter, diags};
  for (auto [key, list] : {std::pair{"care_language", TermList::kCareLanguage},
                           std::pair{"words_to_avoid", TermList::kWordsToAvoid}}) {
    YAML::Node entries = (*root)[key];
    if (!entries || entries.IsNull()) continue;
    if (!entries.IsSequence()) {
      diags.Error(LocationOf(entries, src), "'" + std::string(key) + "' should be a list",
                  "start each entry on its own line with '- term: '");
      continue;
    }
    for (const YAML::Node& item : entries) {
      if (auto term = reader.Read(item, list)) dictionary.terms.push_back(std::move(*term));
    }
  }
  dictionary.known_abbreviations =
      ReadStringList(*root, "known_abbreviations", src, diags).value_or(std::vector<std::string>{});
  return dictionary;
}

std::vector<TermForm> TermMatcher::AllForms(const LanguageTerm& term, Segmenter& segmenter) {
  std::vector<TermForm> out;
  for (const std::string& written : term.terms) {
    for (TermForm& form : FormsOf(written, term.inflection, segmenter)) {
      out.push_back(std::move(form));
    }
  }
  for (const std::string& written : term.except) {
    for (TermForm& form : FormsOf(written, term.inflection, segmenter)) {
      form.exception = true;
      out.push_back(std::move(form));
    }
  }
  return out;
}

TermMatcher::TermMatcher(const std::vector<LanguageTerm>& terms) : terms_(terms) {
  for (size_t t = 0; t < terms.size(); ++t) {
    for (const TermForm& form : terms[t].forms) {
      by_first_word_[ToLower(form.words.front())].push_back({t, &form});
    }
  }
}

std::vector<TermHit> TermMatcher::Find(std::string_view text,
                                       const std::vector<WordSpan>& words) const {
  std::vector<TermHit> hits;
  // ASCII lower case keeps every byte where it was, so one copy serves every word.
  std::string lowered = ToLower(text);
  auto word_at = [&](std::string_view in, size_t i, bool possessive_ok) {
    std::string_view word = in.substr(words[i].begin, words[i].end - words[i].begin);
    return possessive_ok ? Unpossessive(word) : word;
  };
  for (size_t i = 0; i < words.size();) {
    auto candidates = by_first_word_.find(word_at(lowered, i, true));
    size_t best_length = 0;
    size_t best_term = 0;
    bool best_is_exception = false;
    if (candidates != by_first_word_.end()) {
      for (const Entry& entry : candidates->second) {
        const std::vector<std::string>& wanted = entry.form->words;
        if (wanted.size() <= best_length || i + wanted.size() > words.size()) continue;
        bool match = true;
        for (size_t k = 0; k < wanted.size() && match; ++k) {
          // A possessive is passed over only at a phrase's end ("care leaver's").
          std::string_view in = entry.form->exact_case ? text : std::string_view(lowered);
          match = word_at(in, i + k, k + 1 == wanted.size()) == wanted[k];
          if (match && k > 0) {
            size_t gap_begin = words[i + k - 1].end;
            match = JoinsPhrase(text.substr(gap_begin, words[i + k].begin - gap_begin));
          }
        }
        if (match) {
          best_length = wanted.size();
          best_term = entry.term;
          best_is_exception = entry.form->exception;
        }
      }
    }
    if (best_length == 0) {
      ++i;
      continue;
    }
    if (!best_is_exception) {
      hits.push_back({best_term, {words[i].begin, words[i + best_length - 1].end}});
    }
    i += best_length;
  }
  return hits;
}

}  // namespace hearth
