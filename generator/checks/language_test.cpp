#include "checks/language.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "content/source_page.h"
#include "fs/file_system.h"
#include "pipeline/pipeline.h"

namespace hearth {
namespace {

using Files = std::map<std::string, std::string>;

const std::string kSiteYaml =
    "title: Local Offer\n"
    "base_url: https://portal.example.org/\n"
    "organisation:\n"
    "  name: Example Council\n";

const std::string kDictionary =
    "care_language:\n"
    "  - term: placement\n"
    "    better: [home, where you live]\n"
    "    why: can make a child feel like a case file\n"
    "    except: [work placement]\n"
    "  - term: challenging behaviour\n"
    "    advice: describe what happened and what the child needed\n"
    "    why: puts the problem in the child\n"
    "  - term: [LAC, looked after child]\n"
    "    better: children in care\n"
    "    why: is a label from paperwork\n"
    "words_to_avoid:\n"
    "  - {term: utilise, better: use, forms: verb}\n"
    "  - term: click here\n"
    "    why: does not say where the link goes\n"
    "    advice: make the link's words say where it goes\n"
    "known_abbreviations: [UK]\n";

// A whole site in memory, with a default theme that holds only the dictionary, checked
// by CheckLanguage alone.
struct Site {
  explicit Site(const Files& files, const std::string& settings = "",
                const std::string& dictionary = kDictionary) {
    site_fs.Write("site.yaml", kSiteYaml + settings);
    for (const auto& [path, bytes] : files) site_fs.Write(path, bytes);
    theme_fs.Write(kCareLanguageFile, dictionary);
    config = LoadSiteConfig(site_fs, diagnostics);
    tree = LoadContent(site_fs, config, diagnostics);
    model = BuildSiteModel(config, tree, site_fs, theme_fs, BuildOptions{}, diagnostics);
    REQUIRE(Report() == "");
    rules = LoadLanguageRules(config, site_fs, theme_fs, diagnostics, tree.glossary);
    CheckLanguage(model, rules, diagnostics);
  }
  Site(const Site&) = delete;
  std::string Report() const { return FormatDiagnostics(diagnostics, SiteLineLookup(site_fs)); }

  MemoryFileSystem site_fs, theme_fs;
  Diagnostics diagnostics;
  SiteConfig config;
  SourceTree tree;
  SiteModel model;
  LanguageRules rules;
};

// "---\ntitle: TITLE\n---\nBODY": the body starts on line 4 (line 5 with `more`).
std::string PageFile(const std::string& title, const std::string& body,
                     const std::string& more = "") {
  return "---\ntitle: " + title + "\n" + more + "---\n" + body;
}

const std::string kHome = PageFile("Home", "Welcome.\n");

// A sentence of 9 words and 9 syllables, and one of 10 words and 23 syllables.
const std::string kEasy = "We can help you find a new home. ";
const std::string kHard =
    "Independent reviewing officers scrutinise individual accommodation arrangements "
    "comprehensively and communicate recommendations. ";

std::string Repeat(const std::string& text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

}  // namespace

TEST_CASE("care language is reported at the word with why it hurts and what to say", "[language]") {
  Site site({{"content/_index.md", kHome},
             {"content/a.md", PageFile("A",
                                       "Your new placement starts soon.\n\n"
                                       "- We talk about Challenging\n"
                                       "  behaviour with LAC.\n")}});
  CHECK(site.Report() ==
        "content/a.md:4:10: warning: 'placement' can make a child feel like a case file\n"
        "    Your new placement starts soon.\n"
        "             ^\n"
        "    hint: say 'home' or 'where you live' instead\n"
        "content/a.md:6:17: warning: 'Challenging behaviour' puts the problem in the child\n"
        "    - We talk about Challenging\n"
        "                    ^\n"
        "    hint: describe what happened and what the child needed\n"
        "content/a.md:7:18: warning: 'LAC' is a label from paperwork\n"
        "      behaviour with LAC.\n"
        "                     ^\n"
        "    hint: say 'children in care' instead\n"
        "0 errors, 3 warnings\n");
}

TEST_CASE("words to avoid are found in headings, lists, tables, link text and titles",
          "[language]") {
  Site site({{"content/_index.md", kHome},
             {"content/a.md", PageFile("We utilise it",
                                       "## Utilising help\n"
                                       "\n"
                                       "[Click here](/) to see.\n"
                                       "\n"
                                       "| We utilised it |\n"
                                       "|---|\n")}});
  CHECK(site.Report() ==
        "content/a.md:2:8: warning: 'utilise' is harder to read than it needs to be\n"
        "    title: We utilise it\n"
        "           ^\n"
        "    hint: say 'use' instead\n"
        "content/a.md:4:4: warning: 'Utilising' is harder to read than it needs to be\n"
        "    ## Utilising help\n"
        "       ^\n"
        "    hint: say 'use' instead\n"
        "content/a.md:6:2: warning: 'Click here' does not say where the link goes\n"
        "    [Click here](/) to see.\n"
        "     ^\n"
        "    hint: make the link's words say where it goes\n"
        "content/a.md:8:6: warning: 'utilised' is harder to read than it needs to be\n"
        "    | We utilised it |\n"
        "         ^\n"
        "    hint: say 'use' instead\n"
        "0 errors, 4 warnings\n");
}

TEST_CASE("code, link addresses, autolinks, picture alt text and exceptions are not checked",
          "[language]") {
  Site site(
      {{"content/_index.md", kHome},
       {"content/a.md",
        PageFile(
            "A",
            "Type `placement` or see [help](/placement/) and <https://x.org/utilise>\n"
            "or www.example.org/placement ![A placement](/assets/p.png) for a work placement.\n"
            "\n"
            "```\n"
            "placement\n"
            "```\n")},
       {"content/placement.md", PageFile("B", "Text.\n")},
       {"assets/p.png", "not really a picture"}});
  CHECK(site.Report() == "");
}

TEST_CASE("a word after an escape, an entity or an indented line keeps its exact column",
          "[language]") {
  Site site({{"content/_index.md", kHome},
             {"content/a.md", PageFile("A",
                                       "> Q&amp;A \\*about your\n"
                                       ">    placement\\* and LAC\n")}});
  CHECK(site.Report() ==
        "content/a.md:5:6: warning: 'placement' can make a child feel like a case file\n"
        "    >    placement\\* and LAC\n"
        "         ^\n"
        "    hint: say 'home' or 'where you live' instead\n"
        "content/a.md:5:22: warning: 'LAC' is a label from paperwork\n"
        "    >    placement\\* and LAC\n"
        "                         ^\n"
        "    hint: say 'children in care' instead\n"
        "0 errors, 2 warnings\n");
}

TEST_CASE(
    "an abbreviation that is neither known nor spelt out is reported once, where first "
    "used",
    "[language]") {
  Site site({{"content/_index.md", kHome},
             {"content/a.md", PageFile("A",
                                       "Your IRO and PA help. Ask your IRO.\n"
                                       "\n"
                                       "The UK has an NHS (National Health Service) and a "
                                       "Local Authority Designated Officer (LADO). IROs "
                                       "help. Ask CAMHS at HS1 1AA for a HC2 form. CAMHS "
                                       "means Child and Adolescent Mental Health Services. "
                                       "Scan the QR code (a square picture).\n")}},
            "language_checks:\n  known_abbreviations: [PA]\n");
  CHECK(site.Report() ==
        "content/a.md:4:6: warning: 'IRO' is not in the glossary and is not spelt out here\n"
        "    Your IRO and PA help. Ask your IRO.\n"
        "         ^\n"
        "    hint: spell it out where it is first used, as in \"Independent Reviewing Officer "
        "(IRO)\", or add it to the glossary\n"
        "0 errors, 1 warning\n");
}

TEST_CASE("the glossary's abbreviations are known to the abbreviation check",
          "[language][glossary]") {
  Site site({{"content/_index.md", kHome},
             {"content/glossary.yaml",
              "- term: Independent Reviewing Officer\n"
              "  abbreviation: IRO\n"
              "  meaning: Chairs your reviews.\n"},
             {"content/a.md", PageFile("A", "Your IRO and PA help. Ask your IRO.\n")}});
  CHECK(site.Report() ==
        "content/a.md:4:14: warning: 'PA' is not in the glossary and is not spelt out here\n"
        "    Your IRO and PA help. Ask your IRO.\n"
        "                 ^\n"
        "    hint: spell it out where it is first used, as in \"Independent Reviewing Officer "
        "(IRO)\", or add it to the glossary\n"
        "0 errors, 1 warning\n");
}

TEST_CASE("words in quotation marks are talked about, not used", "[language]") {
  Site site({{"content/_index.md", kHome},
             {"content/a.md", PageFile("A",
                                       "We say \"home\", not \"placement\" or "
                                       "\u2018LAC\u2019; 'utilise' is a long word.\n")}});
  CHECK(site.Report() == "");
}

TEST_CASE(
    "the easy-read text is checked for care language but leaves abbreviations to the "
    "easy-read lint",
    "[language]") {
  Site site({{"content/_index.md", kHome},
             {"content/a.md", PageFile("A", "Text.\n")},
             {"content/a.easy.md", "Your IRO talks about your placement.\n"}});
  CHECK(site.Report() ==
        "content/a.easy.md:1:27: warning: 'placement' can make a child feel like a case file\n"
        "    Your IRO talks about your placement.\n"
        "                              ^\n"
        "    hint: say 'home' or 'where you live' instead\n"
        "0 errors, 1 warning\n");
}

namespace {

// 22 words of one syllable: reading age 0.39 x 22 + 11.8 - 15.59 + 5 = 9.79, about 10.
const std::string kLong =
    "We can help you find a good place to live and we will be there to talk when you need "
    "us now.\n";
// 21 words of one syllable: reading age 9.4, about 9.
const std::string kShort =
    "We can help you find a good place to live and we will be there to talk when you need "
    "us.\n";

}  // namespace

TEST_CASE("a page above its audience's reading age is reported at its title", "[language]") {
  Site site(
      {{"content/_index.md", kHome},
       {"content/a.md", PageFile("For you", Repeat(kLong, 5), "audience: [young-people]\n")},
       {"content/b.md", PageFile("Fine", Repeat(kShort, 5), "audience: [young-people]\n")},
       {"content/c.md", PageFile("Carers", Repeat(kLong, 5), "audience: [carers]\n")},
       {"content/d.md", PageFile("Nobody", Repeat(kLong, 5))},
       {"content/e.md", PageFile("Both", Repeat(kLong, 5), "audience: [carers, young-people]\n")},
       {"content/f.md", PageFile("Short", Repeat(kLong, 4), "audience: [young-people]\n")}});
  std::string hint =
      "    hint: its sentences have 22 words on average, and the longest (line 5) has 22; "
      "shorter sentences and everyday words bring the reading age down\n";
  CHECK(site.Report() ==
        "content/a.md:2:8: warning: this page has a reading age of about 10; for young people, "
        "aim for 9 or under\n"
        "    title: For you\n"
        "           ^\n" +
            hint +
            "content/e.md:2:8: warning: this page has a reading age of about 10; for young "
            "people, aim for 9 or under\n"
            "    title: Both\n"
            "           ^\n" +
            hint + "0 errors, 2 warnings\n");
}

TEST_CASE("reading-age targets, the shortest text scored and severities come from site.yaml",
          "[language]") {
  Site site({{"content/_index.md", kHome},
             {"content/a.md", PageFile("Carers", Repeat(kLong, 3), "audience: [carers]\n")},
             {"content/b.md", PageFile("B", "Our placement. Your IRO.\n")}},
            "language_checks:\n"
            "  reading_age: {carers: 9}\n"
            "  min_words: 60\n"
            "  care_language: error\n"
            "  abbreviations: off\n");
  CHECK(site.Report() ==
        "content/a.md:2:8: warning: this page has a reading age of about 10; for carers, aim "
        "for 9 or under\n"
        "    title: Carers\n"
        "           ^\n"
        "    hint: its sentences have 22 words on average, and the longest (line 5) has 22; "
        "shorter sentences and everyday words bring the reading age down\n"
        "content/b.md:4:5: error: 'placement' can make a child feel like a case file\n"
        "    Our placement. Your IRO.\n"
        "        ^\n"
        "    hint: say 'home' or 'where you live' instead\n"
        "1 error, 1 warning\n");
}

TEST_CASE("an easy-read text is scored too, and reported at its first words", "[language]") {
  Site site({{"content/_index.md", kHome},
             {"content/a.md", PageFile("A", "Text.\n", "audience: [young-people]\n")},
             {"content/a.easy.md", "---\ntitle: Easy\n---\n\n" + Repeat(kLong, 5)}});
  CHECK(site.Report() ==
        "content/a.easy.md:5:1: warning: this easy read text has a reading age of about 10; "
        "for young people, aim for 9 or under\n"
        "    We can help you find a good place to live and we will be there to talk when you "
        "need us now.\n"
        "    ^\n"
        "    hint: its sentences have 22 words on average, and the longest (line 5) has 22; "
        "shorter sentences and everyday words bring the reading age down\n"
        "0 errors, 1 warning\n");
}

TEST_CASE("a site's own dictionary replaces the theme's, and site.yaml adds and allows words",
          "[language]") {
  Files files{{"content/_index.md", kHome},
              {"content/a.md", PageFile("A", "Leverage your placement to utilise LAC.\n")},
              {"theme/language/care-language.yaml",
               "care_language:\n"
               "  - {term: LAC, better: children in care, why: is a label}\n"
               "  - {term: placement, better: home, why: is a case-file word}\n"}};
  Site site(files,
            "language_checks:\n"
            "  avoid: [{term: leverage, better: use}]\n"
            "  allow: [placement, respite]\n");
  CHECK(site.Report() ==
        "content/a.md:4:1: warning: 'Leverage' is harder to read than it needs to be\n"
        "    Leverage your placement to utilise LAC.\n"
        "    ^\n"
        "    hint: say 'use' instead\n"
        "content/a.md:4:36: warning: 'LAC' is a label\n"
        "    Leverage your placement to utilise LAC.\n"
        "                                       ^\n"
        "    hint: say 'children in care' instead\n"
        "site.yaml:7:22: warning: 'respite' is not a term in "
        "theme/language/care-language.yaml, so allowing it does nothing\n"
        "      allow: [placement, respite]\n"
        "                         ^\n"
        "    hint: write it exactly as the dictionary's 'term' does\n"
        "0 errors, 3 warnings\n");
}

TEST_CASE("every check can be turned off", "[language]") {
  Site site({{"content/_index.md", kHome},
             {"content/a.md", PageFile("A", Repeat(kLong, 5) + "\nYour IRO utilises a placement.\n",
                                       "audience: [young-people]\n")}},
            "language_checks:\n"
            "  care_language: off\n"
            "  words_to_avoid: off\n"
            "  abbreviations: off\n"
            "  readability: off\n");
  CHECK(site.Report() == "");
}

TEST_CASE("the reading-age audiences in site.yaml are the audiences a page can have",
          "[language]") {
  std::vector<std::string> expected = KnownAudiences();
  expected.push_back("default");
  CHECK(ReadingAgeAudiences() == expected);
}

TEST_CASE("the default theme's dictionary loads without mistakes and finds its own examples",
          "[language]") {
  RealFileSystem theme(HEARTH_DEFAULT_THEME_DIR);
  MemoryFileSystem site;
  site.Write("site.yaml", kSiteYaml);
  Diagnostics diags;
  SiteConfig config = LoadSiteConfig(site, diags);
  LanguageRules rules = LoadLanguageRules(config, site, theme, diags);
  CHECK(FormatDiagnostics(diags, nullptr) == "");
  CHECK(rules.terms.size() > 60);
  CHECK(rules.known_abbreviations.count("NHS"));
  Segmenter segmenter;
  TermMatcher matcher(rules.terms);
  std::string text =
      "Siblings in a foster placement had contact with their parents at the contact centre; "
      "respite was arranged after a placement breakdown, and she absconded. We will "
      "facilitate a work placement for care leavers. Contact us in order to ask.";
  std::vector<std::string> found;
  for (const TermHit& hit : matcher.Find(text, segmenter.Words(text))) {
    found.push_back(text.substr(hit.span.begin, hit.span.end - hit.span.begin));
  }
  CHECK(found == std::vector<std::string>{
                     "Siblings", "foster placement", "contact with their parents", "contact centre",
                     "respite", "placement breakdown", "absconded", "facilitate", "in order to"});
}

}  // namespace hearth
