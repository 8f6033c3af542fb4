#include "pagecheck/contrast.h"

#include <catch2/catch.hpp>

using namespace hearth;

namespace {

std::string Ratio(const char* foreground, const char* background) {
  auto fg = ParseCssColour(foreground);
  auto bg = ParseCssColour(background);
  REQUIRE(fg);
  REQUIRE(bg);
  return FormatRatio(ContrastRatio(*fg, *bg));
}

std::string Report(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics.Sorted()) {
    out += FormatDiagnostic(d, nullptr);
  }
  return out;
}

std::string Where(const SourceLocation& at) {
  return at.file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

}  // namespace

TEST_CASE("contrast ratios match the WCAG 2.x formula's known values", "[pagecheck]") {
  CHECK(Ratio("#767676", "#ffffff") == "4.54:1");  // the lightest grey that passes on white
  CHECK(Ratio("#777777", "#fff") == "4.47:1");     // 4.478: cut, never rounded up to 4.48
  CHECK(Ratio("#000", "white") == "21.00:1");
  CHECK(Ratio("white", "#000000") == "21.00:1");  // the order does not matter
  CHECK(Ratio("#fff", "#fff") == "1.00:1");
  CHECK(Ratio("#949494", "#fff") == "3.03:1");
  CHECK(Ratio("#595959", "#fff") == "7.00:1");
  CHECK(Ratio("red", "white") == "3.99:1");
  CHECK(Ratio("#1e1a17", "#fffcf5") == "16.86:1");  // the default theme's body text
  // A half-transparent foreground is laid over the background first.
  CHECK(Ratio("rgb(0 0 0 / 50%)", "#fff") == "3.97:1");
  CHECK(RelativeLuminance(*ParseCssColour("#fff")) == Approx(1.0));
  CHECK(RelativeLuminance(*ParseCssColour("#000")) == Approx(0.0));
  CHECK(FormatRatio(4.5) == "4.50:1");
  CHECK(FormatRatio(4.4999) == "4.49:1");
  CHECK(RequiredRatio("text") == 4.5);
  CHECK(RequiredRatio("large-text") == 3.0);
  CHECK(RequiredRatio("focus") == 3.0);
  CHECK(RequiredRatio("ui") == 3.0);
}

TEST_CASE("CSS colours are read in the forms a theme writes them", "[pagecheck]") {
  auto check = [](const char* text, double r, double g, double b, double a) {
    CAPTURE(text);
    auto c = ParseCssColour(text);
    REQUIRE(c);
    CHECK(c->r == Approx(r));
    CHECK(c->g == Approx(g));
    CHECK(c->b == Approx(b));
    CHECK(c->a == Approx(a));
  };
  check("#1e1a17", 30, 26, 23, 1);
  check("#ABC", 170, 187, 204, 1);
  check("#abcd", 170, 187, 204, 221.0 / 255);
  check("#11223380", 17, 34, 51, 128.0 / 255);
  check("rgb(10, 20, 30)", 10, 20, 30, 1);
  check("rgba(10,20,30,0.5)", 10, 20, 30, 0.5);
  check("rgb(255 252 245 / 0.35)", 255, 252, 245, 0.35);
  check("rgb(100% 50% 0%)", 255, 127.5, 0, 1);
  check(" White ", 255, 255, 255, 1);
  check("transparent", 0, 0, 0, 0);
  for (const char* bad : {"#12", "#12345", "#ggg", "rgb(1, 2)", "rgb(a b c)", "hsl(0 0% 0%)",
                          "var(--ink)", "", "bluish"}) {
    CAPTURE(bad);
    CHECK_FALSE(ParseCssColour(bad));
  }
}

TEST_CASE("colour tokens are read from the stylesheet's :root rules with their places",
          "[pagecheck]") {
  CssTokens tokens;
  ReadCssTokens("assets/css/site.css",
                "/* Colours: --not-this: #000; */\n"
                ":root {\n"
                "  --ink: #1e1a17;          /* text */\n"
                "  --paper:#fffcf5; --font: \"A; B\", sans-serif;\n"
                "  --focus-ring: var(--ink) !important;\n"
                "}\n"
                "@media (prefers-color-scheme: dark) { :root { --ink: #fff; } }\n"
                ".site-header { --focus-ring: var(--focus); }\n"
                "html, body { --card: #ffffff }\n"
                "@import url(\"x.css\");\n"
                ":root { --ink: #141210; }\n",
                tokens);
  REQUIRE(tokens.size() == 5);
  CHECK(tokens["--ink"].value == "#141210");
  CHECK(Where(tokens["--ink"].location) == "assets/css/site.css:11:9");
  CHECK(tokens["--paper"].value == "#fffcf5");
  CHECK(Where(tokens["--paper"].location) == "assets/css/site.css:4:3");
  CHECK(tokens["--font"].value == "\"A; B\", sans-serif");
  CHECK(Where(tokens["--font"].location) == "assets/css/site.css:4:20");
  CHECK(tokens["--focus-ring"].value == "var(--ink)");
  CHECK(tokens["--card"].value == "#ffffff");
  CHECK(Where(tokens["--card"].location) == "assets/css/site.css:9:14");
  CHECK(tokens.count("--not-this") == 0);
}

TEST_CASE("var() references resolve through tokens and fallbacks", "[pagecheck]") {
  CssTokens tokens;
  ReadCssTokens("site.css",
                ":root {\n"
                "  --ink: #111111;\n"
                "  --text: var(--ink);\n"
                "  --ring: var(--text);\n"
                "  --soft: var(--missing, var(--ink));\n"
                "  --loop-a: var(--loop-b);\n"
                "  --loop-b: var(--loop-a);\n"
                "  --broken: var(--inc);\n"
                "}\n",
                tokens);
  std::string error;
  SourceLocation where;
  CHECK(ResolveVars(tokens, "var(--ring)", error, where) == "#111111");
  CHECK(ResolveVars(tokens, "var(--soft)", error, where) == "#111111");
  CHECK(ResolveVars(tokens, "1px solid var(--ink)", error, where) == "1px solid #111111");
  CHECK(error.empty());
  CHECK_FALSE(ResolveVars(tokens, "var(--loop-a)", error, where));
  CHECK(error == "--loop-a refers to itself through var(): --loop-a -> --loop-b -> --loop-a");
  CHECK(Where(where) == "site.css:6:3");
  error.clear();
  where = {};
  CHECK_FALSE(ResolveVars(tokens, "var(--broken)", error, where));
  CHECK(error == "var(--inc) names a colour token that is not set; did you mean --ink?");
  CHECK(Where(where) == "site.css:8:3");
}

TEST_CASE("contrast.yaml mistakes are reported at their place", "[pagecheck]") {
  Diagnostics diagnostics;
  auto pairs = ReadContrastPairs("themes/t/contrast.yaml",
                                 "pairs:\n"
                                 "  - {foreground: --ink, background: --paper, kind: text}\n"
                                 "  - {foreground: --ink, background: --paper, kind: txt}\n"
                                 "  - {foreground: --ink, kind: text}\n"
                                 "  - {foreground: --ink, background: --paper, knd: text}\n"
                                 "  - {foreground: '#ffffff', background: --brand, kind: ui, "
                                 "where: the header}\n",
                                 diagnostics);
  REQUIRE(pairs.size() == 2);
  CHECK(pairs[0].foreground == "--ink");
  CHECK(pairs[0].background == "--paper");
  CHECK(pairs[0].kind == "text");
  CHECK(Where(pairs[0].location) == "themes/t/contrast.yaml:2:5");
  CHECK(pairs[1].foreground == "#ffffff");
  CHECK(pairs[1].where == "the header");
  CHECK(Report(diagnostics) ==
        "themes/t/contrast.yaml:3:52: error: unknown kind 'txt'\n"
        "    hint: the kinds are: text, large-text, focus, ui\n"
        "themes/t/contrast.yaml:4:5: error: a pair needs a foreground, a background and a "
        "kind\n"
        "themes/t/contrast.yaml:5:46: error: unknown pair field 'knd'; did you mean 'kind'?\n");
  Diagnostics not_a_list;
  ReadContrastPairs("contrast.yaml", "pair: []\n", not_a_list);
  CHECK(Report(not_a_list) ==
        "contrast.yaml:1:1: error: contrast.yaml should have a list called 'pairs'\n"
        "    hint: each item: {foreground: --ink, background: --paper, kind: text}\n");
}

TEST_CASE("theme colour pairs are checked in every version with its own stylesheets",
          "[pagecheck]") {
  MemoryFileSystem theme(std::map<std::string, std::string>{
      {"contrast.yaml",
       "pairs:\n"
       "  - {foreground: --ink, background: --paper, kind: text, where: body text}\n"
       "  - {foreground: --muted, background: --paper, kind: text, where: dates}\n"
       "  - {foreground: --ring, background: --paper, kind: focus}\n"
       "  - {foreground: '#ffffff', background: --brand, kind: large-text}\n"
       "  - {foreground: --inc, background: --paper, kind: ui}\n"},
      {"assets/css/site.css",
       ":root {\n"
       "  --ink: #767676;\n"
       "  --muted: #777777;\n"
       "  --paper: #ffffff;\n"
       "  --ring: var(--line);\n"
       "  --line: #cccccc;\n"
       "  --brand: #949494;\n"
       "}\n"},
      {"assets/css/site.large-print.css", ":root {\n  --muted: #000000;\n}\n"},
  });
  std::vector<Variant> variants = DefaultVariants();
  Diagnostics diagnostics;
  CheckThemeContrast({{"themes/t/", &theme}}, variants, diagnostics);
  CHECK(Report(diagnostics) ==
        "themes/t/assets/css/site.css:3:3: error: --muted (#777777) on --paper (#ffffff), for "
        "dates, has a contrast of 4.47:1; text needs at least 4.50:1 (in the Standard and Easy "
        "read versions)\n"
        "    hint: make one of the two colours darker or lighter (themes/t/contrast.yaml line 3 "
        "lists this pair)\n"
        "themes/t/assets/css/site.css:5:3: error: --ring (#cccccc) on --paper (#ffffff) has a "
        "contrast of 1.60:1; a focus indicator needs at least 3.00:1 (in every version)\n"
        "    hint: make one of the two colours darker or lighter (themes/t/contrast.yaml line 4 "
        "lists this pair)\n"
        "themes/t/contrast.yaml:6:5: error: the colour token --inc is not set in the "
        "stylesheets; did you mean --ink? (in every version)\n"
        "    hint: tokens are read from the :root rules of assets/css/site.css and each "
        "version's own assets/css/site.VERSION.css\n");
}

TEST_CASE("a site's theme overrides the default theme's stylesheet", "[pagecheck]") {
  MemoryFileSystem defaults(std::map<std::string, std::string>{
      {"contrast.yaml", "pairs:\n  - {foreground: --ink, background: --paper, kind: text}\n"},
      {"assets/css/site.css", ":root { --ink: #000000; --paper: #ffffff; }\n"},
  });
  MemoryFileSystem site_theme(std::map<std::string, std::string>{
      {"assets/css/site.css", ":root {\n  --ink: #aaaaaa;\n  --paper: #ffffff;\n}\n"}});
  std::vector<Variant> variants = {DefaultVariants()[0]};
  Diagnostics diagnostics;
  CheckThemeContrast({{"theme/", &site_theme}, {"themes/default/", &defaults}}, variants,
                     diagnostics);
  CHECK(Report(diagnostics) ==
        "theme/assets/css/site.css:2:3: error: --ink (#aaaaaa) on --paper (#ffffff) has a "
        "contrast of 2.32:1; text needs at least 4.50:1 (in the Standard version)\n"
        "    hint: make one of the two colours darker or lighter (themes/default/contrast.yaml "
        "line 2 lists this pair)\n");
  Diagnostics none;
  CheckThemeContrast({{"themes/default/", &defaults}}, variants, none);
  CHECK(Report(none) == "");
}

TEST_CASE("the default theme's colour pairs all pass", "[pagecheck]") {
  RealFileSystem theme(HEARTH_DEFAULT_THEME_DIR);
  Diagnostics diagnostics;
  CheckThemeContrast({{"themes/default/", &theme}}, DefaultVariants(), diagnostics);
  CHECK(Report(diagnostics) == "");
  Diagnostics read;
  auto pairs = ReadContrastPairs("contrast.yaml", *theme.ReadFile("contrast.yaml"), read);
  CHECK(pairs.size() >= 20);
}
