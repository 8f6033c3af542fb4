#include "config/yaml.h"

#include <algorithm>

#include "core/text.h"

namespace hearth {
namespace {

// yaml-cpp's messages are written for programmers; these say the same in plain words.
struct Translation {
  const char* fragment;
  const char* message;
  const char* hint;
};

const Translation kTranslations[] = {
    {"illegal map value", "this line has a colon where YAML does not expect one",
     "if a value contains ': ', put the whole value in double quotes"},
    {"end of map flow not found", "a map in curly brackets is not closed",
     "check that every '{' has a matching '}'"},
    {"end of map not found", "this line does not fit with the lines above it",
     "check its indentation; a line starting with '- ' must be inside a list"},
    {"end of sequence not found", "a list in square brackets is not closed",
     "check that every '[' has a matching ']'"},
    {"end of sequence flow not found", "a list in square brackets is not closed",
     "check that every '[' has a matching ']'"},
    {"unknown escape character", "a backslash in double quotes starts an unknown escape",
     "write '\\\\' for a backslash, or use single quotes"},
    {"end of string not found", "a quoted value is not closed", "add the closing quote mark"},
    {"bad conversion", "a value has the wrong type", ""},
    {"illegal tab when looking for indentation", "this line is indented with a tab",
     "indent YAML with spaces, not tabs"},
    {"block sequence entries are not allowed in this context",
     "a list item ('- ') appears where a value was expected",
     "start the list on the line after the key, indented"},
    {"bad indentation", "the indentation of this line does not match the lines around it",
     "line up keys of the same map with the same number of spaces"},
};

std::string Describe(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Map:
      return "a map";
    case YAML::NodeType::Null:
      return "empty";
    default:
      return "'" + node.Scalar() + "'";
  }
}

}  // namespace

std::optional<YAML::Node> ParseYaml(const std::string& text, const YamlSource& source,
                                    Diagnostics& diagnostics) {
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& e) {
    std::string message = "this is not valid YAML: " + e.msg;
    std::string hint;
    for (const auto& t : kTranslations) {
      if (e.msg.find(t.fragment) != std::string::npos) {
        message = std::string("this is not valid YAML: ") + t.message;
        hint = t.hint;
        break;
      }
    }
    int line = e.mark.line >= 0 ? e.mark.line + source.first_line : 0;
    int column = e.mark.column >= 0 ? e.mark.column + 1 : 0;
    diagnostics.Error({source.file, line, column}, message, hint);
    return std::nullopt;
  }
}

SourceLocation LocationOf(const YAML::Node& node, const YamlSource& source) {
  YAML::Mark mark = node.Mark();
  if (mark.line < 0) return {source.file, 0, 0};
  return {source.file, mark.line + source.first_line, mark.column + 1};
}

SourceLocation KeyLocation(const YAML::Node& map, const std::string& key, const YamlSource& source,
                           const SourceLocation& otherwise) {
  if (!map.IsMap()) return otherwise;
  for (auto it = map.begin(); it != map.end(); ++it) {
    if (it->first.IsScalar() && it->first.Scalar() == key) return LocationOf(it->first, source);
  }
  return otherwise;
}

bool CheckKeys(const YAML::Node& map, const std::vector<std::string>& allowed,
               const YamlSource& source, std::string_view what, Diagnostics& diagnostics) {
  bool ok = true;
  for (auto it = map.begin(); it != map.end(); ++it) {
    std::string key = it->first.Scalar();
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    ok = false;
    std::string suggestion = DidYouMean(key, allowed);
    std::string message = "unknown " + std::string(what) + " '" + key + "'";
    if (!suggestion.empty()) message += "; did you mean '" + suggestion + "'?";
    diagnostics.Error(
        LocationOf(it->first, source), message,
        suggestion.empty() ? "the fields you can use are: " + Join(allowed, ", ") : "");
  }
  return ok;
}

std::optional<std::string> ReadString(const YAML::Node& map, const char* key,
                                      const YamlSource& source, Diagnostics& diagnostics) {
  YAML::Node node = map[key];
  if (!node.IsDefined() || node.IsNull()) return std::nullopt;
  if (!node.IsScalar()) {
    diagnostics.Error(LocationOf(node, source),
                      "'" + std::string(key) + "' should be text, not " + Describe(node));
    return std::nullopt;
  }
  return node.Scalar();
}

std::optional<bool> ReadBool(const YAML::Node& map, const char* key, const YamlSource& source,
                             Diagnostics& diagnostics) {
  YAML::Node node = map[key];
  if (!node.IsDefined() || node.IsNull()) return std::nullopt;
  std::string v = node.IsScalar() ? ToLower(node.Scalar()) : "";
  if (v == "true" || v == "yes") return true;
  if (v == "false" || v == "no") return false;
  diagnostics.Error(LocationOf(node, source),
                    "'" + std::string(key) + "' should be true or false, not " + Describe(node));
  return std::nullopt;
}

std::optional<long> ReadInt(const YAML::Node& map, const char* key, const YamlSource& source,
                            Diagnostics& diagnostics) {
  YAML::Node node = map[key];
  if (!node.IsDefined() || node.IsNull()) return std::nullopt;
  if (node.IsScalar()) {
    const std::string& s = node.Scalar();
    size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    bool digits = i < s.size() && s.size() < 12 &&
                  std::all_of(s.begin() + i, s.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits) return std::stol(s);
  }
  diagnostics.Error(LocationOf(node, source),
                    "'" + std::string(key) + "' should be a whole number, not " + Describe(node));
  return std::nullopt;
}

std::optional<Date> ReadDate(const YAML::Node& map, const char* key, const YamlSource& source,
                             Diagnostics& diagnostics) {
  YAML::Node node = map[key];
  if (!node.IsDefined() || node.IsNull()) return std::nullopt;
  if (node.IsScalar()) {
    if (auto date = ParseDate(node.Scalar())) return date;
  }
  diagnostics.Error(
      LocationOf(node, source),
      "'" + std::string(key) + "' should be a date written as YYYY-MM-DD, not " + Describe(node),
      "for example 2023-10-04 for 4 October 2023");
  return std::nullopt;
}

std::optional<std::vector<std::string>> ReadStringList(const YAML::Node& map, const char* key,
                                                       const YamlSource& source,
                                                       Diagnostics& diagnostics) {
  YAML::Node node = map[key];
  if (!node.IsDefined() || node.IsNull()) return std::nullopt;
  if (node.IsScalar()) return std::vector<std::string>{node.Scalar()};
  if (node.IsSequence()) {
    std::vector<std::string> out;
    bool ok = true;
    for (const auto& item : node) {
      if (item.IsScalar()) {
        out.push_back(item.Scalar());
      } else {
        diagnostics.Error(LocationOf(item, source), "each item of '" + std::string(key) +
                                                        "' should be text, not " + Describe(item));
        ok = false;
      }
    }
    if (ok) return out;
    return std::nullopt;
  }
  diagnostics.Error(LocationOf(node, source),
                    "'" + std::string(key) + "' should be a list, not " + Describe(node),
                    "write a list as [first, second]");
  return std::nullopt;
}

}  // namespace hearth
