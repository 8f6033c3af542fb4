#include "content/pictures.h"

#include "config/yaml.h"
#include "core/text.h"

namespace hearth {
namespace {

const char kFolder[] = "assets/easy-read";

void LoadFrom(const FileSystem& fs, std::map<std::string, Picture>& out, Diagnostics& diags) {
  for (const auto& file : fs.ListFiles(kFolder)) {
    if (!EndsWith(file, ".svg")) continue;
    std::string name = file.substr(sizeof(kFolder), file.size() - sizeof(kFolder) - 4);
    out[name].asset_path = file;
  }
  std::string index = std::string(kFolder) + "/pictures.yaml";
  auto text = fs.ReadFile(index);
  if (!text) return;
  YamlSource src{index, 1};
  auto root = ParseYaml(*text, src, diags);
  if (!root || root->IsNull()) return;
  if (!root->IsMap()) {
    diags.Error({index, 1, 1}, "pictures.yaml should map each picture's name to its alt text");
    return;
  }
  for (auto it = root->begin(); it != root->end(); ++it) {
    std::string name = it->first.Scalar();
    if (!it->second.IsMap()) {
      diags.Error(LocationOf(it->second, src), "picture '" + name + "' should have an 'alt' field");
      continue;
    }
    CheckKeys(it->second, {"alt"}, src, "picture field", diags);
    auto alt = ReadString(it->second, "alt", src, diags);
    auto found = out.find(name);
    if (found == out.end() || found->second.asset_path.empty()) {
      diags.Error(LocationOf(it->first, src), "there is no picture file for '" + name + "'",
                  "add " + std::string(kFolder) + "/" + name + ".svg");
      continue;
    }
    if (alt) found->second.alt = *alt;
  }
}

}  // namespace

std::map<std::string, Picture> LoadPictureLibrary(const FileSystem& site, const FileSystem& theme,
                                                  Diagnostics& diags) {
  std::map<std::string, Picture> pictures;
  LoadFrom(theme, pictures, diags);
  LoadFrom(site, pictures, diags);
  return pictures;
}

}  // namespace hearth
