#include "pagecheck/contrast.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>

#include "config/yaml.h"
#include "core/text.h"

namespace hearth {
namespace {

const std::map<std::string, Rgba>& NamedColours() {
  static const std::map<std::string, Rgba> kNamed = {
      {"black", {0, 0, 0, 1}},       {"silver", {192, 192, 192, 1}}, {"gray", {128, 128, 128, 1}},
      {"grey", {128, 128, 128, 1}},  {"white", {255, 255, 255, 1}},  {"maroon", {128, 0, 0, 1}},
      {"red", {255, 0, 0, 1}},       {"purple", {128, 0, 128, 1}},   {"fuchsia", {255, 0, 255, 1}},
      {"green", {0, 128, 0, 1}},     {"lime", {0, 255, 0, 1}},       {"olive", {128, 128, 0, 1}},
      {"yellow", {255, 255, 0, 1}},  {"navy", {0, 0, 128, 1}},       {"blue", {0, 0, 255, 1}},
      {"teal", {0, 128, 128, 1}},    {"aqua", {0, 255, 255, 1}},     {"orange", {255, 165, 0, 1}},
      {"transparent", {0, 0, 0, 0}},
  };
  return kNamed;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// A number, or a percentage of `full`.
std::optional<double> Component(const std::string& text, double full) {
  if (text.empty()) return std::nullopt;
  bool percent = text.back() == '%';
  std::string number = percent ? text.substr(0, text.size() - 1) : text;
  if (number.empty()) return std::nullopt;
  size_t used = 0;
  double value;
  try {
    value = std::stod(number, &used);
  } catch (...) {
    return std::nullopt;
  }
  if (used != number.size()) return std::nullopt;
  if (percent) value = value / 100 * full;
  return std::clamp(value, 0.0, full);
}

}  // namespace

std::optional<Rgba> ParseCssColour(std::string_view input) {
  std::string text = ToLower(Trim(input));
  if (StartsWith(text, "#")) {
    std::string hex = text.substr(1);
    if (hex.size() != 3 && hex.size() != 4 && hex.size() != 6 && hex.size() != 8) {
      return std::nullopt;
    }
    std::vector<int> digits;
    for (char c : hex) {
      if (HexDigit(c) < 0) return std::nullopt;
      digits.push_back(HexDigit(c));
    }
    std::vector<double> channels;
    if (hex.size() <= 4) {
      for (int d : digits) channels.push_back(d * 17);
    } else {
      for (size_t i = 0; i < digits.size(); i += 2)
        channels.push_back(digits[i] * 16 + digits[i + 1]);
    }
    return Rgba{channels[0], channels[1], channels[2],
                channels.size() == 4 ? channels[3] / 255 : 1};
  }
  if (auto it = NamedColours().find(text); it != NamedColours().end()) return it->second;
  for (const char* function : {"rgb(", "rgba("}) {
    if (!StartsWith(text, function) || text.back() != ')') continue;
    std::string inside = text.substr(std::string(function).size());
    inside.pop_back();
    // "10, 20, 30, 0.5", "10 20 30 / 50%" and mixes of the two.
    for (char& c : inside) {
      if (c == ',' || c == '/') c = ' ';
    }
    std::vector<std::string> parts;
    for (size_t at = 0; at < inside.size();) {
      size_t end = inside.find(' ', at);
      if (end == std::string::npos) end = inside.size();
      if (end > at) parts.push_back(inside.substr(at, end - at));
      at = end + 1;
    }
    if (parts.size() != 3 && parts.size() != 4) return std::nullopt;
    Rgba out;
    double* channels[] = {&out.r, &out.g, &out.b};
    for (int i = 0; i < 3; ++i) {
      auto value = Component(parts[i], 255);
      if (!value) return std::nullopt;
      *channels[i] = *value;
    }
    if (parts.size() == 4) {
      auto alpha = Component(parts[3], 1);
      if (!alpha) return std::nullopt;
      out.a = *alpha;
    }
    return out;
  }
  return std::nullopt;
}

double RelativeLuminance(const Rgba& colour) {
  auto linear = [](double channel) {
    double c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b);
}

double ContrastRatio(const Rgba& foreground, const Rgba& background) {
  Rgba shown = foreground;
  if (foreground.a < 1) {
    double a = foreground.a;
    shown = {foreground.r * a + background.r * (1 - a), foreground.g * a + background.g * (1 - a),
             foreground.b * a + background.b * (1 - a), 1};
  }
  double l1 = RelativeLuminance(shown), l2 = RelativeLuminance(background);
  if (l1 < l2) std::swap(l1, l2);
  return (l1 + 0.05) / (l2 + 0.05);
}

std::string FormatRatio(double ratio) {
  // The small epsilon keeps 4.5 computed as 4.4999999999 from showing as 4.49.
  double cut = std::floor(ratio * 100 + 1e-9) / 100;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f:1", cut);
  return buffer;
}

void ReadCssTokens(const std::string& file, const std::string& css_in, CssTokens& tokens) {
  // Comments become spaces (newlines kept), so offsets still give lines and columns.
  std::string css = css_in;
  for (size_t at = css.find("/*"); at != std::string::npos; at = css.find("/*", at)) {
    size_t end = css.find("*/", at + 2);
    end = end == std::string::npos ? css.size() : end + 2;
    for (size_t i = at; i < end; ++i) {
      if (css[i] != '\n') css[i] = ' ';
    }
    at = end;
  }
  std::vector<size_t> line_starts = {0};
  for (size_t i = 0; i < css.size(); ++i) {
    if (css[i] == '\n') line_starts.push_back(i + 1);
  }
  auto location = [&](size_t offset) {
    size_t line =
        std::upper_bound(line_starts.begin(), line_starts.end(), offset) - line_starts.begin() - 1;
    size_t end = line + 1 < line_starts.size() ? line_starts[line + 1] : css.size();
    std::string_view text(css_in.data() + line_starts[line], end - line_starts[line]);
    return SourceLocation{file, static_cast<int>(line + 1),
                          ColumnOfByte(text, offset - line_starts[line])};
  };
  // Skips a quoted string starting at `at`; returns the offset after it.
  auto skip_string = [&](size_t at) {
    char quote = css[at];
    for (++at; at < css.size() && css[at] != quote; ++at) {
      if (css[at] == '\\') ++at;
    }
    return std::min(at + 1, css.size());
  };
  // The offset just after the '}' that closes the block whose '{' is at `open`.
  auto block_end = [&](size_t open) {
    int depth = 0;
    for (size_t i = open; i < css.size(); ++i) {
      if (css[i] == '"' || css[i] == '\'') {
        i = skip_string(i) - 1;
      } else if (css[i] == '{') {
        ++depth;
      } else if (css[i] == '}' && --depth == 0) {
        return i + 1;
      }
    }
    return css.size();
  };
  size_t at = 0;
  while (at < css.size()) {
    size_t open = at;
    while (open < css.size() && css[open] != '{' && css[open] != ';') {
      if (css[open] == '"' || css[open] == '\'') {
        open = skip_string(open);
      } else {
        ++open;
      }
    }
    if (open >= css.size()) break;
    std::string prelude = Trim(std::string_view(css).substr(at, open - at));
    if (css[open] == ';') {  // a statement at-rule such as @import
      at = open + 1;
      continue;
    }
    size_t end = block_end(open);
    bool root = false;
    if (!StartsWith(prelude, "@")) {
      size_t from = 0;
      while (from <= prelude.size()) {
        size_t comma = prelude.find(',', from);
        if (comma == std::string::npos) comma = prelude.size();
        std::string selector = Trim(std::string_view(prelude).substr(from, comma - from));
        root |= selector == ":root" || selector == "html";
        from = comma + 1;
      }
    }
    if (root) {
      // Declarations are split at ';' outside brackets and strings.
      size_t start = open + 1, close = end - 1;
      int depth = 0;
      for (size_t i = start; i <= close; ++i) {
        if (i < close && (css[i] == '"' || css[i] == '\'')) {
          i = skip_string(i) - 1;
          continue;
        }
        if (i < close && (css[i] == '(' || css[i] == '[')) ++depth;
        if (i < close && (css[i] == ')' || css[i] == ']')) --depth;
        if (i < close && (css[i] != ';' || depth > 0)) continue;
        std::string_view declaration = std::string_view(css).substr(start, i - start);
        size_t name_at = declaration.find_first_not_of(" \t\r\n");
        size_t colon = declaration.find(':');
        if (name_at != std::string::npos && colon != std::string::npos &&
            declaration.substr(name_at, 2) == "--") {
          std::string name = Trim(declaration.substr(name_at, colon - name_at));
          std::string value = Trim(declaration.substr(colon + 1));
          if (EndsWith(ToLower(value), "!important")) {
            value = Trim(value.substr(0, value.size() - 10));
          }
          tokens[name] = {value, location(start + name_at)};
        }
        start = i + 1;
      }
    }
    at = end;
  }
}

namespace {

std::optional<std::string> Resolve(const CssTokens& tokens, const std::string& value,
                                   std::vector<std::string>& chain, std::string& error,
                                   SourceLocation& where) {
  std::string out;
  size_t at = 0;
  while (true) {
    size_t var = value.find("var(", at);
    if (var == std::string::npos) break;
    out += value.substr(at, var - at);
    // The matching ')'.
    int depth = 0;
    size_t close = var + 3;
    for (; close < value.size(); ++close) {
      if (value[close] == '(') ++depth;
      if (value[close] == ')' && --depth == 0) break;
    }
    if (close >= value.size()) {
      error = "'" + value + "' has a var( that is not closed";
      return std::nullopt;
    }
    std::string inside = value.substr(var + 4, close - var - 4);
    size_t comma = inside.find(',');
    std::string name = Trim(inside.substr(0, comma));
    std::optional<std::string> fallback;
    if (comma != std::string::npos) fallback = Trim(inside.substr(comma + 1));
    auto token = tokens.find(name);
    if (std::find(chain.begin(), chain.end(), name) != chain.end()) {
      chain.push_back(name);
      error = name + " refers to itself through var(): " + Join(chain, " -> ");
      if (token != tokens.end()) where = token->second.location;
      return std::nullopt;
    }
    std::optional<std::string> resolved;
    if (token != tokens.end()) {
      chain.push_back(name);
      SourceLocation inner_where = token->second.location;
      resolved = Resolve(tokens, token->second.value, chain, error, inner_where);
      chain.pop_back();
      if (!resolved) {
        where = inner_where;
        return std::nullopt;
      }
    } else if (fallback) {
      resolved = Resolve(tokens, *fallback, chain, error, where);
      if (!resolved) return std::nullopt;
    } else {
      error = "var(" + name + ") names a colour token that is not set";
      std::vector<std::string> names;
      for (const auto& [known, unused] : tokens) names.push_back(known);
      std::string suggestion = DidYouMean(name, names);
      if (!suggestion.empty()) error += "; did you mean " + suggestion + "?";
      return std::nullopt;
    }
    out += *resolved;
    at = close + 1;
  }
  out += value.substr(at);
  return Trim(out);
}

std::string JoinAnd(const std::vector<std::string>& items) {
  if (items.size() <= 1) return items.empty() ? "" : items[0];
  return Join(std::vector<std::string>(items.begin(), items.end() - 1), ", ") + " and " +
         items.back();
}

// The first layer that has a file, with the file's name for messages.
std::optional<std::pair<std::string, std::string>> ReadThemeFile(
    const std::vector<ThemeLayer>& theme, const std::string& path) {
  for (const ThemeLayer& layer : theme) {
    if (auto text = layer.files->ReadFile(path)) return std::make_pair(layer.prefix + path, *text);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> ResolveVars(const CssTokens& tokens, const std::string& value,
                                       std::string& error, SourceLocation& where) {
  std::vector<std::string> chain;
  return Resolve(tokens, value, chain, error, where);
}

double RequiredRatio(const std::string& kind) { return kind == "text" ? 4.5 : 3.0; }

std::vector<ContrastPair> ReadContrastPairs(const std::string& file, const std::string& text,
                                            Diagnostics& diagnostics) {
  std::vector<ContrastPair> pairs;
  YamlSource source{file, 1};
  auto root = ParseYaml(text, source, diagnostics);
  if (!root) return pairs;
  if (!root->IsMap() || !(*root)["pairs"] || !(*root)["pairs"].IsSequence()) {
    diagnostics.Error({file, 1, 1}, "contrast.yaml should have a list called 'pairs'",
                      "each item: {foreground: --ink, background: --paper, kind: text}");
    return pairs;
  }
  CheckKeys(*root, {"pairs"}, source, "contrast.yaml field", diagnostics);
  const std::vector<std::string> kinds = {"text", "large-text", "focus", "ui"};
  for (const YAML::Node& item : (*root)["pairs"]) {
    SourceLocation at = LocationOf(item, source);
    if (!item.IsMap()) {
      diagnostics.Error(at,
                        "each pair should be a map such as {foreground: --ink, background: "
                        "--paper, kind: text}");
      continue;
    }
    if (!CheckKeys(item, {"foreground", "background", "kind", "where"}, source, "pair field",
                   diagnostics)) {
      continue;
    }
    ContrastPair pair;
    pair.location = at;
    auto foreground = ReadString(item, "foreground", source, diagnostics);
    auto background = ReadString(item, "background", source, diagnostics);
    auto kind = ReadString(item, "kind", source, diagnostics);
    pair.where = ReadString(item, "where", source, diagnostics).value_or("");
    if (!foreground || !background || !kind) {
      diagnostics.Error(at, "a pair needs a foreground, a background and a kind");
      continue;
    }
    if (std::find(kinds.begin(), kinds.end(), *kind) == kinds.end()) {
      diagnostics.Error(LocationOf(item["kind"], source), "unknown kind '" + *kind + "'",
                        "the kinds are: " + Join(kinds, ", "));
      continue;
    }
    pair.foreground = *foreground;
    pair.background = *background;
    pair.kind = *kind;
    pairs.push_back(std::move(pair));
  }
  return pairs;
}

void CheckThemeContrast(const std::vector<ThemeLayer>& theme, const std::vector<Variant>& variants,
                        Diagnostics& diagnostics) {
  auto contrast_file = ReadThemeFile(theme, "contrast.yaml");
  if (!contrast_file) return;
  std::vector<ContrastPair> pairs =
      ReadContrastPairs(contrast_file->first, contrast_file->second, diagnostics);

  // A problem found in several versions is one diagnostic that names them all.
  struct Failure {
    Diagnostic diagnostic;
    std::vector<std::string> versions;
  };
  std::vector<Failure> failures;
  auto report = [&](const Variant& variant, SourceLocation at, std::string message,
                    std::string hint) {
    auto same = std::find_if(failures.begin(), failures.end(), [&](const Failure& f) {
      return f.diagnostic.location.file == at.file && f.diagnostic.location.line == at.line &&
             f.diagnostic.location.column == at.column && f.diagnostic.message == message;
    });
    if (same == failures.end()) {
      failures.push_back({{Severity::kError, std::move(at), std::move(message), std::move(hint)},
                          {variant.label}});
    } else {
      same->versions.push_back(variant.label);
    }
  };
  for (const Variant& variant : variants) {
    CssTokens tokens;
    std::vector<std::string> sheets = {"assets/css/site.css"};
    if (!variant.template_suffix.empty()) {
      sheets.push_back("assets/css/site." + variant.template_suffix + ".css");
    }
    for (const std::string& sheet : sheets) {
      if (auto css = ReadThemeFile(theme, sheet)) ReadCssTokens(css->first, css->second, tokens);
    }
    for (const ContrastPair& pair : pairs) {
      struct Side {
        std::string written;
        std::optional<Rgba> colour;
        std::string value;
        SourceLocation location;
      };
      auto side = [&](const std::string& written, std::optional<Side>& out) {
        Side s{written, std::nullopt, written, {}};
        if (StartsWith(written, "--")) {
          auto token = tokens.find(written);
          if (token == tokens.end()) {
            std::vector<std::string> names;
            for (const auto& [known, unused] : tokens) names.push_back(known);
            std::string suggestion = DidYouMean(written, names);
            report(variant, pair.location,
                   "the colour token " + written + " is not set in the stylesheets" +
                       (suggestion.empty() ? "" : "; did you mean " + suggestion + "?"),
                   "tokens are read from the :root rules of assets/css/site.css and each "
                   "version's own assets/css/site.VERSION.css");
            return;
          }
          s.location = token->second.location;
          std::string error;
          SourceLocation where = s.location;
          auto value = ResolveVars(tokens, token->second.value, error, where);
          if (!value) {
            report(variant, where, error, "contrast.yaml uses " + written);
            return;
          }
          s.value = *value;
        }
        s.colour = ParseCssColour(s.value);
        if (!s.colour) {
          report(variant, StartsWith(written, "--") ? s.location : pair.location,
                 written + " is '" + s.value + "', which is not a colour hearth can check",
                 "write colours as #rrggbb, #rgb or rgb(r g b)");
          return;
        }
        out = s;
      };
      std::optional<Side> fg, bg;
      side(pair.foreground, fg);
      side(pair.background, bg);
      if (!fg || !bg) continue;
      if (bg->colour->a < 1) {
        report(variant, StartsWith(pair.background, "--") ? bg->location : pair.location,
               pair.background + " is see-through (" + bg->value +
                   "), so its contrast depends on what is behind it",
               "pair the colour underneath instead");
        continue;
      }
      double ratio = ContrastRatio(*fg->colour, *bg->colour);
      double needed = RequiredRatio(pair.kind);
      if (ratio >= needed) continue;
      auto describe = [](const Side& s) {
        return StartsWith(s.written, "--") ? s.written + " (" + s.value + ")" : s.written;
      };
      std::string what = pair.kind == "text"         ? "text"
                         : pair.kind == "large-text" ? "large text"
                         : pair.kind == "focus"      ? "a focus indicator"
                                                     : "the edge of a control";
      SourceLocation at = StartsWith(pair.foreground, "--")   ? fg->location
                          : StartsWith(pair.background, "--") ? bg->location
                                                              : pair.location;
      report(variant, at,
             describe(*fg) + " on " + describe(*bg) +
                 (pair.where.empty() ? " has" : ", for " + pair.where + ", has") +
                 " a contrast of " + FormatRatio(ratio) + "; " + what + " needs at least " +
                 FormatRatio(needed),
             "make one of the two colours darker or lighter (" + contrast_file->first + " line " +
                 std::to_string(pair.location.line) + " lists this pair)");
    }
  }
  for (Failure& f : failures) {
    f.diagnostic.message +=
        f.versions.size() == variants.size() && variants.size() > 1
            ? " (in every version)"
            : " (in the " + JoinAnd(f.versions) + " version" + (f.versions.size() > 1 ? "s)" : ")");
    diagnostics.Add(std::move(f.diagnostic));
  }
}

}  // namespace hearth
