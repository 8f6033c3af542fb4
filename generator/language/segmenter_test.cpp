#include "language/segmenter.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace hearth {
namespace {

std::vector<std::string> SentencesOf(const std::string& text) {
  Segmenter segmenter;
  std::vector<std::string> out;
  for (const TextSpan& s : segmenter.Sentences(text)) {
    out.push_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

std::vector<std::string> WordsOf(const std::string& text) {
  Segmenter segmenter;
  std::vector<std::string> out;
  for (const WordSpan& w : segmenter.Words(text)) {
    out.push_back(text.substr(w.begin, w.end - w.begin) + (w.is_number ? "#" : ""));
  }
  return out;
}

}  // namespace

TEST_CASE("sentences end at full stops, questions and exclamations, keeping their spaces",
          "[language]") {
  CHECK(SentencesOf("You can ask. Is it free? Yes!") ==
        std::vector<std::string>{"You can ask. ", "Is it free? ", "Yes!"});
}

TEST_CASE("money, titles and e.g. do not end a sentence", "[language]") {
  CHECK(SentencesOf("It costs £3.50 a week. Mr. Patel will call you, e.g. on Monday.") ==
        std::vector<std::string>{"It costs £3.50 a week. ",
                                 "Mr. Patel will call you, e.g. on Monday."});
}

TEST_CASE("a line break ends a sentence, so list items stand alone", "[language]") {
  CHECK(SentencesOf("Help with travel\nA laptop\n") ==
        std::vector<std::string>{"Help with travel\n", "A laptop\n"});
  CHECK(SentencesOf("").empty());
}

TEST_CASE("words are letters or numbers; punctuation, symbols and spaces are not", "[language]") {
  CHECK(WordsOf("You get £3,000 - don't wait!") ==
        std::vector<std::string>{"You", "get", "3,000#", "don't", "wait"});
  CHECK(WordsOf("care-experienced 16-25 year-olds") ==
        std::vector<std::string>{"care", "experienced", "16#", "25#", "year", "olds"});
  CHECK(WordsOf("your IRO’s report, e.g. this") ==
        std::vector<std::string>{"your", "IRO’s", "report", "e.g", "this"});
}

TEST_CASE("word and sentence places are byte offsets into UTF-8 text", "[language]") {
  Segmenter segmenter;
  std::string text = "Café – open. Now";
  CHECK(segmenter.Words(text) ==
        std::vector<WordSpan>{{0, 5, false}, {10, 14, false}, {16, 19, false}});
  CHECK(segmenter.Sentences(text) == std::vector<TextSpan>{{0, 16}, {16, 19}});
}

TEST_CASE("a cloned segmenter works on its own", "[language]") {
  Segmenter first;
  Segmenter copy = first.Clone();
  CHECK(copy.Words("one two").size() == 2);
  CHECK(first.Sentences("One. Two.").size() == 2);
}

}  // namespace hearth
