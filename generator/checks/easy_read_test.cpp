#include "checks/easy_read.h"

#include <catch2/catch.hpp>

namespace hearth {
namespace {

std::string Lint(const std::string& text, EasyReadRules rules = {}) {
  Diagnostics diags;
  PageText page;
  page.file = "content/p.easy.md";
  page.doc = MarkdownDocument::Parse(page.file, text, 1, MarkdownOptions{}, diags);
  LintEasyRead(page, text, 1, rules, diags);
  std::string out;
  for (const auto& d : diags.Sorted()) out += FormatDiagnostic(d, nullptr);
  return out;
}

}  // namespace

TEST_CASE("sentences end at a full stop, question or exclamation mark followed by a space") {
  CHECK(SplitSentences("You can ask. Is it free? Yes!") ==
        std::vector<std::string>{"You can ask.", "Is it free?", "Yes!"});
  CHECK(SplitSentences("It costs £3.50 a week. That is all.") ==
        std::vector<std::string>{"It costs £3.50 a week.", "That is all."});
  CHECK(SplitSentences("No full stop at the end") ==
        std::vector<std::string>{"No full stop at the end"});
  CHECK(SplitSentences("  ").empty());
}

TEST_CASE("words are counted by spaces, ignoring lone punctuation") {
  auto [text, words] = GENERATE(table<std::string, size_t>({
      {"You get £3,000.", 3},
      {"16 to 19 bursary", 4},
      {"Ask - we can help", 4},
      {"", 0},
      {"brothers-and-sisters", 1},
  }));
  CAPTURE(text);
  CHECK(CountWords(text) == words);
}

TEST_CASE("a sentence over the warning length is a warning and over the error length an error") {
  std::string eleven =
      "![Help](picture:help) One two three four five six seven eight nine ten eleven.\n";
  CHECK(Lint(eleven) ==
        "content/p.easy.md:1:23: warning: this sentence has 11 words; easy read sentences are "
        "best with 10 or fewer\n    hint: try splitting it into two sentences\n");
  EasyReadRules strict;
  strict.sentence_words_error = 5;
  strict.sentence_words_warning = 3;
  CHECK(Lint("![Help](picture:help) Ask us. You can ask us any time you like.\n", strict) ==
        "content/p.easy.md:1:31: error: this sentence has 8 words; easy read sentences have at "
        "most 5\n    hint: split it into shorter sentences of 3 words or fewer\n");
}

TEST_CASE("ten words or fewer per sentence in picture blocks pass the lint") {
  CHECK(Lint("## A heading\n\n![Help](picture:help) You can ask us. We will help you.\n").empty());
}

TEST_CASE("an abbreviation explained the first time passes, in any of the usual forms") {
  auto text =
      GENERATE(std::string("IRO means Independent Reviewing Officer. Your IRO helps."),
               std::string("Your Independent Reviewing Officer (IRO) helps. The IRO is kind."),
               std::string("We call them your IRO for short. The IRO helps."),
               std::string("Your IRO (Independent Reviewing Officer) helps."));
  CAPTURE(text);
  CHECK(Lint("![Help](picture:help) " + text + "\n").empty());
}

TEST_CASE("an abbreviation used before it is explained is reported once, where first used") {
  CHECK(Lint("![Help](picture:help) Your PA helps.\n\n![Help](picture:help) PA means personal "
             "adviser. Your PA helps.\n") ==
        "content/p.easy.md:1:28: error: the abbreviation 'PA' is not explained\n"
        "    hint: the first time you use it, say what it means: \"PA means ...\"\n");
}

TEST_CASE("lists and tables in easy read are blocks without a picture") {
  CHECK(Lint("- one\n- two\n") ==
        "content/p.easy.md:1:1: error: this easy-read block has no picture\n"
        "    hint: start the paragraph with a picture: ![Money](picture:money) Then the words.\n");
}

TEST_CASE("a picture in the middle of a block is not its picture") {
  CHECK(Lint("You can ask. ![Help](picture:help)\n") ==
        "content/p.easy.md:1:1: error: an easy-read block should start with its picture\n"
        "    hint: start the paragraph with a picture: ![Money](picture:money) Then the words.\n");
}

}  // namespace hearth
