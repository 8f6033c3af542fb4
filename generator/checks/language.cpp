#include "checks/language.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <thread>

#include "core/parallel.h"
#include "core/text.h"
#include "language/readability.h"
#include "language/segmenter.h"

namespace hearth {
namespace {

std::string InQuotes(const std::vector<std::string>& words) {
  std::vector<std::string> quoted;
  for (const std::string& w : words) quoted.push_back("'" + w + "'");
  return Join(quoted, " or ");
}

void Report(CheckLevel level, Diagnostics& diags, SourceLocation where, std::string message,
            std::string hint) {
  if (level == CheckLevel::kError) {
    diags.Error(std::move(where), std::move(message), std::move(hint));
  } else if (level == CheckLevel::kWarning) {
    diags.Warning(std::move(where), std::move(message), std::move(hint));
  }
}

// A block's prose as one string, with where each run starts in it.
struct Prose {
  std::string text;
  std::vector<size_t> starts;  // parallel to runs
  const std::vector<MarkdownTextRun>* runs = nullptr;
  SourceLocation fallback;

  explicit Prose(const MarkdownBlock& block) : runs(&block.prose), fallback(block.location) {
    for (const MarkdownTextRun& run : block.prose) {
      starts.push_back(text.size());
      text += run.text;
    }
  }
  // The place in the source of the character at byte `at` of text.
  SourceLocation At(size_t at) const {
    auto next = std::upper_bound(starts.begin(), starts.end(), at);
    if (next == starts.begin()) return fallback;
    size_t r = static_cast<size_t>(next - starts.begin()) - 1;
    const MarkdownTextRun& run = (*runs)[r];
    if (run.line == 0) return fallback;
    return {fallback.file, run.line, run.column + ColumnOfByte(run.text, at - starts[r]) - 1};
  }
};

// "IRO", "UASC", "IROs", "IRO's": two or more capital letters, with an optional plural or
// possessive s. Codes with digits (HS1 1AA, HC2) are names, not abbreviations. Returns the
// abbreviation without its s, or "".
std::string AbbreviationIn(std::string_view word) {
  for (std::string_view s : {"'s", "\u2019s", "s"}) {
    if (word.size() > s.size() + 1 && EndsWith(word, s)) {
      word.remove_suffix(s.size());
      break;
    }
  }
  bool capitals = word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char c) {
                    return std::isupper(static_cast<unsigned char>(c));
                  });
  return capitals ? std::string(word) : "";
}

// "Independent Reviewing Officer (IRO)", "IRO (Independent ...)", "IRO means ...",
// "IRO stands for ...", "IRO is short for ...", "your IRO for short", and a word's
// explanation after the next word: "a QR code (a square code ...)".
bool SpeltOutAt(std::string_view text, size_t begin, size_t end) {
  std::string_view after = text.substr(end, 16);
  for (std::string_view lead : {" (", " means", " stands for", " is short for", " for short"}) {
    if (StartsWith(after, lead)) return true;
  }
  if (begin > 0 && text[begin - 1] == '(' && StartsWith(after, ")")) return true;
  size_t next = end + 1;
  while (next < text.size() && std::isalpha(static_cast<unsigned char>(text[next]))) ++next;
  return end < text.size() && text[end] == ' ' && next > end + 1 &&
         StartsWith(text.substr(next), " (");
}

// Words in quotation marks are talked about, not used: we say "home", not "placement".
bool Quoted(std::string_view text, const TextSpan& span) {
  auto opens = [&](std::string_view mark) {
    return span.begin >= mark.size() && text.substr(span.begin - mark.size(), mark.size()) == mark;
  };
  auto closes = [&](std::string_view mark) { return StartsWith(text.substr(span.end), mark); };
  return (opens("\"") && closes("\"")) || (opens("'") && closes("'")) ||
         (opens("\u201C") && closes("\u201D")) || (opens("\u2018") && closes("\u2019"));
}

// What one text of one page is checked as.
struct Text {
  const Page* page = nullptr;
  const PageText* words = nullptr;
  bool check_title = false;         // the page's own text: its title is checked too
  bool check_abbreviations = true;  // not where the easy-read lint already does
  std::string name;                 // "this page", "this easy read text"
};

class TextChecker {
 public:
  TextChecker(const LanguageRules& rules, const TermMatcher& matcher, Segmenter& segmenter,
              Diagnostics& diags)
      : rules_(rules), matcher_(matcher), segmenter_(segmenter), diags_(diags) {}

  void Check(const Text& text) {
    const LanguageChecks& settings = rules_.settings;
    // Each abbreviation's first use, and whether the text spells it out anywhere.
    std::map<std::string, std::pair<SourceLocation, bool>> abbreviations;
    TextCounts counts;
    size_t longest_words = 0;
    SourceLocation longest_at, first_prose;
    if (text.check_title) {
      const FrontMatter& front = text.page->source->front;
      std::vector<WordSpan> words = segmenter_.Words(front.title);
      for (const TermHit& hit : matcher_.Find(front.title, words)) {
        ReportTerm(hit, front.title, front.title_location);
      }
    }
    for (const MarkdownBlock& block : text.words->doc->blocks()) {
      if (block.prose.empty()) continue;
      Prose prose(block);
      if (first_prose.line == 0) first_prose = prose.At(0);
      std::vector<WordSpan> words = segmenter_.Words(prose.text);
      std::vector<TermHit> hits = matcher_.Find(prose.text, words);
      for (const TermHit& hit : hits) ReportTerm(hit, prose.text, prose.At(hit.span.begin));
      // A term the dictionary already speaks to ("LAC") is not asked about again.
      auto in_hit = [&](const WordSpan& w) {
        return std::any_of(hits.begin(), hits.end(), [&](const TermHit& hit) {
          return w.begin >= hit.span.begin && w.end <= hit.span.end;
        });
      };
      if (text.check_abbreviations && settings.abbreviations != CheckLevel::kOff) {
        for (const WordSpan& w : words) {
          std::string_view word(prose.text.data() + w.begin, w.end - w.begin);
          std::string abbreviation = AbbreviationIn(word);
          if (abbreviation.empty() || rules_.known_abbreviations.count(abbreviation) || in_hit(w)) {
            continue;
          }
          auto [it, first] = abbreviations.try_emplace(abbreviation, prose.At(w.begin), false);
          if (SpeltOutAt(prose.text, w.begin, w.end)) it->second.second = true;
        }
      }
      bool scored = block.kind == MarkdownBlock::Kind::kParagraph ||
                    block.kind == MarkdownBlock::Kind::kList ||
                    block.kind == MarkdownBlock::Kind::kQuote;
      if (!scored) continue;
      for (const SentenceCounts& sentence : CountSentences(prose.text, words, segmenter_)) {
        counts.Add(sentence);
        if (sentence.words > longest_words) {
          longest_words = sentence.words;
          longest_at = prose.At(sentence.span.begin);
        }
      }
    }
    for (const auto& [abbreviation, use] : abbreviations) {
      if (use.second) continue;
      Report(settings.abbreviations, diags_, use.first,
             "'" + abbreviation + "' is not in the glossary and is not spelt out here",
             "spell it out where it is first used, as in \"Independent Reviewing Officer "
             "(IRO)\", or add it to the glossary");
    }
    if (settings.readability == CheckLevel::kOff ||
        counts.words < static_cast<size_t>(settings.min_words)) {
      return;
    }
    auto [target, audience] = Target(text.page->source->front.audience);
    Readability score = Score(counts);
    long age = std::lround(score.reading_age);
    if (age <= target) return;
    SourceLocation where = text.check_title ? text.page->source->front.title_location : first_prose;
    std::string for_whom = audience.empty() ? "" : "for " + audience + ", ";
    long average = std::lround(static_cast<double>(counts.words) / counts.sentences);
    Report(settings.readability, diags_, where,
           text.name + " has a reading age of about " + std::to_string(age) + "; " + for_whom +
               "aim for " + std::to_string(target) + " or under",
           "its sentences have " + std::to_string(average) +
               " words on average, and the longest (line " + std::to_string(longest_at.line) +
               ") has " + std::to_string(longest_words) +
               "; shorter sentences and everyday words bring the reading age down");
  }

 private:
  void ReportTerm(const TermHit& hit, const std::string& text, SourceLocation where) {
    const LanguageTerm& term = rules_.terms[hit.term];
    bool care = term.list == TermList::kCareLanguage;
    CheckLevel level = care ? rules_.settings.care_language : rules_.settings.words_to_avoid;
    if (level == CheckLevel::kOff || Quoted(text, hit.span)) return;
    std::string written = text.substr(hit.span.begin, hit.span.end - hit.span.begin);
    std::string why = term.why.empty() ? "is harder to read than it needs to be" : term.why;
    std::string hint;
    if (!term.better.empty()) hint = "say " + InQuotes(term.better) + " instead";
    if (!term.advice.empty()) hint += (hint.empty() ? "" : "; ") + term.advice;
    if (hint.empty()) hint = "use a plainer word or phrase";
    Report(level, diags_, std::move(where), "'" + written + "' " + why, hint);
  }

  // The reading age a page should keep to, and for whom ("young people"), from its
  // audiences: the lowest of their targets.
  std::pair<int, std::string> Target(const std::vector<std::string>& audiences) const {
    const auto& ages = rules_.settings.reading_age;
    auto fallback = ages.find("default");
    std::pair<int, std::string> best{fallback != ages.end() ? fallback->second : 12, ""};
    bool found = false;
    for (const std::string& audience : audiences) {
      auto it = ages.find(audience);
      if (it == ages.end() || (found && it->second >= best.first)) continue;
      std::string words = audience == "public" ? "the public" : audience;
      std::replace(words.begin(), words.end(), '-', ' ');
      best = {it->second, words};
      found = true;
    }
    return best;
  }

  const LanguageRules& rules_;
  const TermMatcher& matcher_;
  Segmenter& segmenter_;
  Diagnostics& diags_;
};

}  // namespace

LanguageRules LoadLanguageRules(const SiteConfig& config, const FileSystem& site,
                                const FileSystem& default_theme, Diagnostics& diags,
                                const std::vector<GlossaryEntry>& glossary) {
  LanguageRules rules;
  rules.settings = config.language_checks;
  Segmenter segmenter;
  SubFileSystem site_theme(site, config.theme_dir);
  std::optional<std::string> text = site_theme.ReadFile(kCareLanguageFile);
  std::string file = config.theme_dir + "/" + kCareLanguageFile;
  if (!text) {
    text = default_theme.ReadFile(kCareLanguageFile);
    file = std::string("themes/default/") + kCareLanguageFile;
  }
  LanguageDictionary dictionary;
  if (text) dictionary = ParseLanguageDictionary(*text, file, segmenter, diags);
  for (const AvoidWord& extra : config.language_checks.avoid) {
    LanguageTerm term;
    term.list = TermList::kWordsToAvoid;
    term.terms = {extra.term};
    term.better = extra.better;
    term.location = extra.location;
    term.inflection = TermForms::kVerb;  // "leverage": leverages, leveraged, leveraging
    term.forms = TermMatcher::AllForms(term, segmenter);
    dictionary.terms.push_back(std::move(term));
  }
  // Allowed terms leave their entries; an entry with no terms left goes.
  std::set<std::string> allowed, used;
  for (const auto& [term, where] : config.language_checks.allow) allowed.insert(ToLower(term));
  for (LanguageTerm& term : dictionary.terms) {
    std::vector<std::string> kept;
    for (const std::string& t : term.terms) {
      if (allowed.count(ToLower(t))) {
        used.insert(ToLower(t));
      } else {
        kept.push_back(t);
      }
    }
    if (kept.size() == term.terms.size()) {
      rules.terms.push_back(std::move(term));
      continue;
    }
    if (kept.empty()) continue;
    term.terms = kept;
    term.forms = TermMatcher::AllForms(term, segmenter);
    rules.terms.push_back(std::move(term));
  }
  for (const auto& [term, where] : config.language_checks.allow) {
    if (!used.count(ToLower(term))) {
      diags.Warning(where,
                    "'" + term + "' is not a term in " + file + ", so allowing it does nothing",
                    "write it exactly as the dictionary's 'term' does");
    }
  }
  rules.known_abbreviations.insert(dictionary.known_abbreviations.begin(),
                                   dictionary.known_abbreviations.end());
  rules.known_abbreviations.insert(config.language_checks.known_abbreviations.begin(),
                                   config.language_checks.known_abbreviations.end());
  for (const GlossaryEntry& entry : glossary) {
    if (!entry.abbreviation.empty()) rules.known_abbreviations.insert(entry.abbreviation);
  }
  return rules;
}

void CheckLanguage(const SiteModel& model, const LanguageRules& rules, Diagnostics& diags) {
  const LanguageChecks& s = rules.settings;
  if (s.care_language == CheckLevel::kOff && s.words_to_avoid == CheckLevel::kOff &&
      s.abbreviations == CheckLevel::kOff && s.readability == CheckLevel::kOff) {
    return;
  }
  // Which texts are read in which version: each alternate once, by the first version's
  // label that uses it; the easy-read lint already asks for abbreviations to be explained.
  std::map<std::string, const Variant*> alternates;
  for (const Variant& v : model.config->variants) {
    if (!v.alternate_infix.empty()) alternates.emplace(v.alternate_infix, &v);
  }
  std::vector<Text> texts;
  for (const Page& page : model.pages) {
    if (!page.source || page.source->generated) continue;
    if (page.body.doc) texts.push_back({&page, &page.body, true, true, "this page"});
    for (const auto& [infix, words] : page.alternates) {
      if (!words.doc) continue;
      auto variant = alternates.find(infix);
      bool linted = variant != alternates.end() && variant->second->lint == "easy-read";
      std::string label = variant != alternates.end() ? ToLower(variant->second->label) : infix;
      texts.push_back({&page, &words, false, !linted, "this " + label + " text"});
    }
  }
  TermMatcher matcher(rules.terms);
  unsigned threads = std::max(1u, std::min(std::thread::hardware_concurrency(), 8u));
  Segmenter first;
  std::vector<Segmenter> segmenters;
  for (unsigned t = 0; t < threads; ++t) segmenters.push_back(first.Clone());
  ParallelForWorkers(texts.size(), threads, [&](size_t i, unsigned worker) {
    TextChecker(rules, matcher, segmenters[worker], diags).Check(texts[i]);
  });
}

}  // namespace hearth
