// The easy-read picture library: assets/easy-read/NAME.svg with default alt texts in
// assets/easy-read/pictures.yaml. Easy-read text names a picture as `picture:NAME`.
#pragma once

#include <map>
#include <string>

#include "core/diagnostic.h"
#include "fs/file_system.h"

namespace hearth {

struct Picture {
  std::string asset_path;  // assets/easy-read/money.svg
  std::string alt;         // default alt text; may be empty if the library gives none
};

// Reads the library from the site's assets, then the theme's (the site's win). Reports a
// malformed pictures.yaml or a listed picture with no SVG.
std::map<std::string, Picture> LoadPictureLibrary(const FileSystem& site, const FileSystem& theme,
                                                  Diagnostics& diagnostics);

}  // namespace hearth
