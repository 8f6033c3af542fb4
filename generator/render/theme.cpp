#include "render/theme.h"

#include "core/text.h"

namespace hearth {
namespace {

const char kTemplates[] = "templates/";
const char kPartials[] = "templates/partials/";

// Replaces each {{> name}} with the partial's text, recursively up to a depth that only
// a partial including itself reaches.
bool InlinePartials(std::string& text, const std::map<std::string, std::string>& partials,
                    const std::string& file, Diagnostics& diags, int depth = 0) {
  if (depth > 10) {
    diags.Error({file, 0, 0}, "a partial includes itself");
    return false;
  }
  std::string out;
  size_t pos = 0;
  bool ok = true;
  for (size_t open; (open = text.find("{{>", pos)) != std::string::npos;) {
    size_t close = text.find("}}", open);
    if (close == std::string::npos) break;
    std::string name = Trim(text.substr(open + 3, close - open - 3));
    out.append(text, pos, open - pos);
    auto it = partials.find(name);
    if (it == partials.end()) {
      diags.Error({file, 0, 0}, "the template uses a partial '" + name + "' that does not exist",
                  "partials live in templates/partials/NAME.mustache");
      ok = false;
    } else {
      std::string inner = it->second;
      ok = InlinePartials(inner, partials, file, diags, depth + 1) && ok;
      out += inner;
    }
    pos = close + 2;
  }
  out.append(text, pos, std::string::npos);
  text = std::move(out);
  return ok;
}

}  // namespace

std::optional<Theme> Theme::Load(const FileSystem& fs, Diagnostics& diags) {
  Theme theme;
  std::map<std::string, std::string> partials;
  std::vector<std::pair<std::string, std::string>> templates;  // file, key
  for (const auto& file : fs.ListFiles("templates")) {
    if (!EndsWith(file, ".mustache")) continue;
    auto text = fs.ReadFile(file);
    if (!text) continue;
    if (StartsWith(file, kPartials)) {
      std::string name = file.substr(sizeof(kPartials) - 1);
      partials[name.substr(0, name.size() - 9)] = *text;
    } else {
      std::string key = file.substr(sizeof(kTemplates) - 1);
      key = key.substr(0, key.size() - 9);
      theme.sources_[key] = *text;
      templates.emplace_back(file, key);
    }
  }
  if (theme.sources_.empty()) {
    diags.Error({"templates", 0, 0}, "the theme has no templates",
                "the default theme lives in themes/default/templates");
    return std::nullopt;
  }
  bool ok = true;
  for (const auto& [file, key] : templates) {
    std::string& text = theme.sources_[key];
    if (!InlinePartials(text, partials, file, diags)) {
      ok = false;
      continue;
    }
    // Partials are inlined, so a mistake's line is only exact in a template without them.
    auto compiled = Template::Compile(text, file, diags);
    if (!compiled) {
      ok = false;
      continue;
    }
    theme.compiled_.emplace(key, std::move(*compiled));
  }
  if (!ok) return std::nullopt;
  return theme;
}

bool Theme::Mentions(const std::string& text) const {
  for (const auto& [key, source] : sources_) {
    if (source.find(text) != std::string::npos) return true;
  }
  return false;
}

const Template* Theme::Find(const std::vector<std::string>& names,
                            const std::string& suffix) const {
  for (const auto& name : names) {
    if (!suffix.empty()) {
      auto it = compiled_.find(name + "." + suffix);
      if (it != compiled_.end()) return &it->second;
    }
    auto it = compiled_.find(name);
    if (it != compiled_.end()) return &it->second;
  }
  return nullptr;
}

}  // namespace hearth
