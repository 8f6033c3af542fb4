#include "language/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <stdexcept>
#include <string>

namespace hearth {

struct Segmenter::Impl {
  std::unique_ptr<icu::BreakIterator> sentences;
  std::unique_ptr<icu::BreakIterator> words;
};

namespace {

// ICU reads the UTF-8 in place through a UText, so its boundaries are byte offsets.
class Utf8Text {
 public:
  explicit Utf8Text(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    text_ = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU could not read the text");
  }
  ~Utf8Text() { utext_close(text_); }
  Utf8Text(const Utf8Text&) = delete;
  Utf8Text& operator=(const Utf8Text&) = delete;
  UText* get() { return text_; }

 private:
  UText* text_ = nullptr;
};

void Check(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU could not make a ") + what +
                             " break iterator: " + u_errorName(status));
  }
}

}  // namespace

Segmenter::Segmenter() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  // "ss=standard" turns on ICU's sentence-break suppressions: "Mr. Smith" is one sentence.
  icu::Locale sentence_locale("en_GB@ss=standard");
  impl_->sentences.reset(icu::BreakIterator::createSentenceInstance(sentence_locale, status));
  Check(status, "sentence");
  impl_->words.reset(icu::BreakIterator::createWordInstance(icu::Locale("en_GB"), status));
  Check(status, "word");
}

Segmenter::Segmenter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;

Segmenter Segmenter::Clone() const {
  auto impl = std::make_unique<Impl>();
  impl->sentences.reset(impl_->sentences->clone());
  impl->words.reset(impl_->words->clone());
  if (!impl->sentences || !impl->words) throw std::runtime_error("ICU could not copy a segmenter");
  return Segmenter(std::move(impl));
}

std::vector<TextSpan> Segmenter::Sentences(std::string_view text) {
  std::vector<TextSpan> out;
  if (text.empty()) return out;
  Utf8Text utext(text);
  UErrorCode status = U_ZERO_ERROR;
  icu::BreakIterator& it = *impl_->sentences;
  it.setText(utext.get(), status);
  Check(status, "sentence");
  int32_t start = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
    out.push_back({static_cast<size_t>(start), static_cast<size_t>(end)});
  }
  // The iterator keeps a pointer to the UText, which is about to close.
  it.setText(icu::UnicodeString());
  return out;
}

std::vector<WordSpan> Segmenter::Words(std::string_view text) {
  std::vector<WordSpan> out;
  if (text.empty()) return out;
  Utf8Text utext(text);
  UErrorCode status = U_ZERO_ERROR;
  icu::BreakIterator& it = *impl_->words;
  it.setText(utext.get(), status);
  Check(status, "word");
  int32_t start = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
    // The rule status says what the piece before this boundary is: spaces and
    // punctuation are UBRK_WORD_NONE; numbers, letters, kana and ideographs follow.
    int32_t status_of_piece = it.getRuleStatus();
    if (status_of_piece < UBRK_WORD_NUMBER_LIMIT && status_of_piece >= UBRK_WORD_NUMBER) {
      out.push_back({static_cast<size_t>(start), static_cast<size_t>(end), true});
    } else if (status_of_piece >= UBRK_WORD_LETTER) {
      out.push_back({static_cast<size_t>(start), static_cast<size_t>(end), false});
    }
  }
  it.setText(icu::UnicodeString());
  return out;
}

}  // namespace hearth
