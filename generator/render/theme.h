// The theme: Mustache templates and assets, read from the site's own theme folder laid
// over the default theme (themes/default), so a site overrides it file by file.
// Templates live in templates/NAME.mustache; a reading version's template is
// NAME.SUFFIX.mustache and falls back to NAME.mustache. Partials in templates/partials/
// are written `{{> name}}` and are inlined when the theme is loaded.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "fs/file_system.h"
#include "render/template.h"

namespace hearth {

class Theme {
 public:
  // Reads and checks every template; reports syntax errors and unknown partials.
  static std::optional<Theme> Load(const FileSystem& theme_fs, Diagnostics& diagnostics);

  // The first of NAME.SUFFIX then NAME, for each name in turn, that exists; or nullptr.
  const Template* Find(const std::vector<std::string>& names, const std::string& suffix) const;
  // Whether any template's text contains `text` (to give templates only the data they use).
  bool Mentions(const std::string& text) const;

 private:
  std::map<std::string, std::string> sources_;  // "page.large-print" -> template text
  std::map<std::string, Template> compiled_;    // the same, compiled
};

}  // namespace hearth
