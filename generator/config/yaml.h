// The boundary around yaml-cpp. Converts its 0-based marks into our 1-based
// SourceLocations, its exceptions into Diagnostics in plain words, and offers the checks
// every YAML reader here needs: known keys with "did you mean", typed scalars with places.
// config/ and content/ read YAML only through this header.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/diagnostic.h"

namespace hearth {

// Where a block of YAML sits in its file: front matter starts on line 2, after `---`.
struct YamlSource {
  std::string file;
  int first_line = 1;  // the file line of the YAML text's first line
};

// Parses YAML; on a syntax error adds one diagnostic at the error's place and returns
// nothing. An empty document is returned as a null node.
std::optional<YAML::Node> ParseYaml(const std::string& text, const YamlSource& source,
                                    Diagnostics& diagnostics);

SourceLocation LocationOf(const YAML::Node& node, const YamlSource& source);

// Where `key` itself is written in `map`, or `otherwise` when it is not there. For "has no X"
// errors: an empty value is marked where the next token starts, often on another line.
SourceLocation KeyLocation(const YAML::Node& map, const std::string& key, const YamlSource& source,
                           const SourceLocation& otherwise);

// Reports every key of `map` not in `allowed` (with a suggestion when one is close), and
// returns false if there was any.
bool CheckKeys(const YAML::Node& map, const std::vector<std::string>& allowed,
               const YamlSource& source, std::string_view what, Diagnostics& diagnostics);

// Typed reads. Each returns nothing and reports an error when the value has the wrong
// shape; a missing key is not an error here (callers decide what is required).
std::optional<std::string> ReadString(const YAML::Node& map, const char* key,
                                      const YamlSource& source, Diagnostics& diagnostics);
std::optional<bool> ReadBool(const YAML::Node& map, const char* key, const YamlSource& source,
                             Diagnostics& diagnostics);
std::optional<long> ReadInt(const YAML::Node& map, const char* key, const YamlSource& source,
                            Diagnostics& diagnostics);
std::optional<Date> ReadDate(const YAML::Node& map, const char* key, const YamlSource& source,
                             Diagnostics& diagnostics);
// A list of strings; a single string is accepted as a list of one.
std::optional<std::vector<std::string>> ReadStringList(const YAML::Node& map, const char* key,
                                                       const YamlSource& source,
                                                       Diagnostics& diagnostics);

}  // namespace hearth
