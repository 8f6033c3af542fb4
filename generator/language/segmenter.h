// Where sentences and words begin and end in English text, for the language checks
// (checks/language.h) and the readability scores (language/readability.h). This is the
// only code that includes ICU: its BreakIterator follows Unicode's segmentation rules
// (UAX #29) for en-GB, with ICU's list of abbreviations such as "Mr." and "e.g." that do
// not end a sentence.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace hearth {

// A stretch of UTF-8 text: bytes [begin, end).
struct TextSpan {
  size_t begin = 0;
  size_t end = 0;
  bool operator==(const TextSpan&) const = default;
};

struct WordSpan {
  size_t begin = 0;
  size_t end = 0;
  bool is_number = false;  // "3,000", "16"; otherwise the word holds letters
  bool operator==(const WordSpan&) const = default;
};

// Holds ICU break iterators, which are costly to make and not thread-safe: make one per
// thread (Clone) and reuse it for every text.
class Segmenter {
 public:
  Segmenter();  // en-GB; throws std::runtime_error if ICU's data cannot be loaded
  ~Segmenter();
  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;
  Segmenter Clone() const;

  // Sentences, each with the spaces after it; a line break ends a sentence too, so list
  // items and headings are sentences of their own.
  std::vector<TextSpan> Sentences(std::string_view text);

  // Words: runs of letters (with inner apostrophes and full stops: "don't", "e.g") or of
  // digits (with inner commas and points: "3,000", "3.50"). Spaces, punctuation and
  // symbols ("£", "-") are not words: "care-experienced" is two words.
  std::vector<WordSpan> Words(std::string_view text);

 private:
  struct Impl;
  explicit Segmenter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace hearth
