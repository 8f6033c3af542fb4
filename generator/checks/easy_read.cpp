#include "checks/easy_read.h"

#include <cctype>
#include <map>
#include <set>

#include "core/text.h"

namespace hearth {
namespace {

bool IsWordChar(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// Finds `word` in the source text at or after (line, column), to report a place for a
// sentence found in the plain text. Returns the place and moves the cursor past it.
struct Cursor {
  const std::vector<std::string>& lines;
  int line;  // 0-based index into lines
  size_t byte = 0;

  std::optional<std::pair<int, int>> Find(const std::string& word) {
    for (int l = line; l < static_cast<int>(lines.size()); ++l) {
      size_t from = l == line ? byte : 0;
      for (size_t at; (at = lines[l].find(word, from)) != std::string::npos; from = at + 1) {
        bool starts = at == 0 || !IsWordChar(lines[l][at - 1]);
        if (!starts) continue;
        line = l;
        byte = at + word.size();
        return std::make_pair(l, ColumnOfByte(lines[l], at));
      }
    }
    return std::nullopt;
  }
};

std::string FirstWord(const std::string& sentence) {
  size_t start = 0;
  while (start < sentence.size() && !IsWordChar(sentence[start])) ++start;
  size_t end = start;
  while (end < sentence.size() && IsWordChar(sentence[end])) ++end;
  return sentence.substr(start, end - start);
}

// Abbreviations: words of two or more capital letters (digits allowed after the first).
std::vector<std::pair<std::string, size_t>> Abbreviations(const std::string& text) {
  std::vector<std::pair<std::string, size_t>> out;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsWordChar(text[i])) {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < text.size() && (IsWordChar(text[i]) || text[i] == '-')) ++i;
    std::string word = text.substr(start, i - start);
    size_t capitals = 0;
    bool all = std::isupper(static_cast<unsigned char>(word[0]));
    for (char c : word) {
      if (std::isupper(static_cast<unsigned char>(c)))
        ++capitals;
      else if (!std::isdigit(static_cast<unsigned char>(c)))
        all = false;
    }
    if (all && capitals >= 2) out.emplace_back(word, start);
  }
  return out;
}

// An abbreviation is explained where the text says "IRO means ...", "IRO (Independent
// ...)", "... (IRO)", or "IRO stands for ...".
bool IsExplainedAt(const std::string& text, const std::string& abbreviation, size_t at) {
  std::string after = text.substr(at + abbreviation.size(), 16);
  if (StartsWith(after, " means") || StartsWith(after, " stands for") ||
      StartsWith(after, " is short for") || StartsWith(after, " for short") ||
      StartsWith(after, " (")) {
    return true;
  }
  return at > 0 && text[at - 1] == '(' && StartsWith(after, ")");
}

}  // namespace

std::vector<std::string> SplitSentences(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  for (size_t i = 0; i < text.size(); ++i) {
    current += text[i];
    bool end_mark = text[i] == '.' || text[i] == '!' || text[i] == '?';
    bool at_break = i + 1 == text.size() || std::isspace(static_cast<unsigned char>(text[i + 1]));
    // "£3.50" and "e.g." do not end sentences: a mark must be followed by a space.
    if (end_mark && at_break) {
      std::string sentence = Trim(current);
      if (!sentence.empty()) out.push_back(sentence);
      current.clear();
    }
  }
  std::string rest = Trim(current);
  if (!rest.empty()) out.push_back(rest);
  return out;
}

size_t CountWords(const std::string& sentence) {
  size_t words = 0;
  bool in_word = false, has_content = false;
  for (unsigned char c : sentence) {
    if (std::isspace(c)) {
      if (in_word && has_content) ++words;
      in_word = has_content = false;
    } else {
      in_word = true;
      if (IsWordChar(c)) has_content = true;
    }
  }
  if (in_word && has_content) ++words;
  return words;
}

void LintEasyRead(const PageText& text, const std::string& source, int first_line,
                  const EasyReadRules& rules, Diagnostics& diags) {
  std::vector<std::string> lines = SplitLines(source);
  std::set<std::string> explained;
  const auto& links = text.doc->links();
  for (const MarkdownBlock& block : text.doc->blocks()) {
    for (const SourceLocation& where : block.emphasis) {
      diags.Error(where, "easy read does not use italics",
                  "italic text is hard to read; use bold for a word that matters, or none");
    }
    if (block.kind == MarkdownBlock::Kind::kHeading) continue;
    if (!block.starts_with_picture) {
      bool has_image = !block.images.empty();
      diags.Error(block.location,
                  has_image ? "an easy-read block should start with its picture"
                            : "this easy-read block has no picture",
                  "start the paragraph with a picture: ![Money](picture:money) Then the words.");
    }
    for (size_t index : block.images) {
      if (Trim(links[index].text).empty()) {
        diags.Error(links[index].location, "this picture has no alt text",
                    "say what the picture shows in the square brackets");
      }
    }
    std::vector<std::string> sentences = SplitSentences(block.text);
    if (static_cast<int>(sentences.size()) > rules.max_sentences_per_block) {
      diags.Error(block.location,
                  "this block has " + std::to_string(sentences.size()) +
                      " sentences; easy read uses at most " +
                      std::to_string(rules.max_sentences_per_block),
                  "split it into two blocks, each with its own picture");
    }
    Cursor cursor{lines, block.location.line - first_line, 0};
    for (const std::string& sentence : sentences) {
      size_t words = CountWords(sentence);
      SourceLocation where = block.location;
      if (auto found = cursor.Find(FirstWord(sentence))) {
        where.line = found->first + first_line;
        where.column = found->second;
      }
      std::string count = std::to_string(words) + " words";
      if (static_cast<int>(words) > rules.sentence_words_error) {
        diags.Error(where,
                    "this sentence has " + count + "; easy read sentences have at most " +
                        std::to_string(rules.sentence_words_error),
                    "split it into shorter sentences of " +
                        std::to_string(rules.sentence_words_warning) + " words or fewer");
      } else if (static_cast<int>(words) > rules.sentence_words_warning) {
        diags.Warning(where,
                      "this sentence has " + count + "; easy read sentences are best with " +
                          std::to_string(rules.sentence_words_warning) + " or fewer",
                      "try splitting it into two sentences");
      }
    }
    for (const auto& [abbreviation, at] : Abbreviations(block.text)) {
      if (explained.count(abbreviation)) continue;
      if (IsExplainedAt(block.text, abbreviation, at)) {
        explained.insert(abbreviation);
        continue;
      }
      SourceLocation where = block.location;
      Cursor finder{lines, block.location.line - first_line, 0};
      if (auto found = finder.Find(abbreviation)) {
        where.line = found->first + first_line;
        where.column = found->second;
      }
      diags.Error(
          where, "the abbreviation '" + abbreviation + "' is not explained",
          "the first time you use it, say what it means: \"" + abbreviation + " means ...\"");
      explained.insert(abbreviation);  // report each abbreviation once per text
    }
  }
}

void CheckEasyRead(const SiteModel& model, Diagnostics& diags) {
  for (const Variant& variant : model.config->variants) {
    if (variant.lint != "easy-read" || variant.alternate_infix.empty()) continue;
    for (const Page& page : model.pages) {
      auto text = page.alternates.find(variant.alternate_infix);
      if (text == page.alternates.end()) continue;
      const AlternateText& alt = page.source->alternates.at(variant.alternate_infix);
      LintEasyRead(text->second, alt.body.text, alt.body.first_line, model.config->easy_read,
                   diags);
    }
  }
}

}  // namespace hearth
