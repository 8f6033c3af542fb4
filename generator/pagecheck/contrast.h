// Colour contrast of a theme's colour tokens (issue 7): the theme declares, in
// contrast.yaml at its root, which pairs of its CSS custom properties are drawn on each
// other and what for; every pair is checked in every reading version, with the tokens as
// that version's stylesheets set them (site.css, then site.SUFFIX.css), against WCAG 2.2:
// 4.5:1 for text (1.4.3), 3:1 for large text (1.4.3), focus indicators (2.4.13) and the
// edges of controls (1.4.11). Ratios use the WCAG 2.x relative luminance formula and are
// never rounded up: 4.499:1 fails 4.5:1.
//
// contrast.yaml:
//   pairs:
//     - {foreground: --ink, background: --paper, kind: text, where: body text}
//     - {foreground: "#ffffff", background: --brand, kind: text, where: the site name}
// `kind` is text | large-text | focus | ui; `where` (optional) says where the pair is
// seen, for messages. A colour written out (quoted, since # starts a YAML comment) may
// stand in for a token that the stylesheet writes out too.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/site_config.h"
#include "core/diagnostic.h"
#include "fs/file_system.h"

namespace hearth {

struct Rgba {
  double r = 0, g = 0, b = 0;  // 0 to 255
  double a = 1;                // 0 to 1
};

// Reads #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/rgba() (comma or space syntax, numbers or
// percentages) and the CSS named colours of CSS 2.1 plus transparent. Nothing otherwise.
std::optional<Rgba> ParseCssColour(std::string_view text);

// WCAG 2.x relative luminance of an opaque colour, 0 (black) to 1 (white).
double RelativeLuminance(const Rgba& colour);

// WCAG 2.x contrast ratio, 1 to 21. A translucent foreground is laid over the background
// first; the background must be opaque.
double ContrastRatio(const Rgba& foreground, const Rgba& background);

// "4.54:1": two decimals, cut rather than rounded, so a ratio that fails never shows as
// the number it needed.
std::string FormatRatio(double ratio);

// A custom property as the stylesheet sets it.
struct CssToken {
  std::string value;  // as written, trimmed, without !important
  SourceLocation location;
};
using CssTokens = std::map<std::string, CssToken>;  // by name: "--ink"

// Adds to `tokens` the custom properties declared in the stylesheet's top-level `:root`
// and `html` rules, later declarations replacing earlier ones as in the cascade. Rules
// inside @media and other at-rules are conditional and are left out; so are custom
// properties set on other selectors (they apply to part of a page only).
void ReadCssTokens(const std::string& file, const std::string& css, CssTokens& tokens);

// Resolves var(--x) and var(--x, fallback) in a value, recursively. On failure returns
// nothing and sets `error` to a plain-English reason and `where` to the token at fault.
std::optional<std::string> ResolveVars(const CssTokens& tokens, const std::string& value,
                                       std::string& error, SourceLocation& where);

struct ContrastPair {
  std::string foreground;  // "--ink" or a colour such as "#ffffff"
  std::string background;
  std::string kind;   // text | large-text | focus | ui
  std::string where;  // optional words for messages: "body text"
  SourceLocation location;
};

// Reads contrast.yaml (its text and its path for messages).
std::vector<ContrastPair> ReadContrastPairs(const std::string& file, const std::string& text,
                                            Diagnostics& diagnostics);

// The minimum ratio a kind of pair needs: 4.5 for text, 3 for the rest.
double RequiredRatio(const std::string& kind);

// A theme folder and the name its files go by in messages ("theme/" for the site's own
// theme, "themes/default/" for the default one). The first layer with a file wins.
struct ThemeLayer {
  std::string prefix;
  const FileSystem* files = nullptr;
};

// Checks every pair of the theme's contrast.yaml in every reading version. A theme
// without contrast.yaml declares no pairs and is not checked.
void CheckThemeContrast(const std::vector<ThemeLayer>& theme, const std::vector<Variant>& variants,
                        Diagnostics& diagnostics);

}  // namespace hearth
