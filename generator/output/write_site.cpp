#include "output/write_site.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <system_error>

#include "core/parallel.h"

namespace hearth {
namespace fs = std::filesystem;

namespace {

fs::path Resolve(const fs::path& p) {
  std::error_code ec;
  fs::path absolute = fs::absolute(p, ec).lexically_normal();
  fs::path canonical = fs::weakly_canonical(absolute, ec);
  fs::path out = ec ? absolute : canonical;
  // "public/" names the folder public, not an empty name inside it.
  if (!out.has_filename() && out.has_parent_path() && out != out.root_path()) {
    out = out.parent_path();
  }
  return out;
}

// Whether `inner` is `outer` or lies below it.
bool IsWithin(const fs::path& inner, const fs::path& outer) {
  auto i = inner.begin(), o = outer.begin();
  for (; o != outer.end(); ++o, ++i) {
    if (o->empty()) continue;  // a trailing separator
    if (i == inner.end() || *i != *o) return false;
  }
  return true;
}

bool WriteFile(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

}  // namespace

bool CheckOutputFolder(const fs::path& site_root, const fs::path& out_folder, Diagnostics& diags) {
  fs::path root = Resolve(site_root);
  fs::path out = Resolve(out_folder);
  std::string shown = out_folder.string();
  auto refuse = [&](const std::string& why) {
    diags.Error({shown, 0, 0}, "hearth will not build into " + shown + ": " + why,
                "choose an output folder of its own, such as public");
    return false;
  };
  if (out == out.root_path()) return refuse("it is the top of the file system");
  if (IsWithin(root, out)) {
    return refuse(out == root ? "it is the site folder" : "it holds the site folder");
  }
  for (const char* source : {"content", "assets", "themes", "theme", "generator", "tests"}) {
    if (IsWithin(out, root / source)) {
      return refuse(std::string("it is inside the site's ") + source + " folder");
    }
  }
  std::error_code ec;
  if (fs::exists(out, ec)) {
    if (!fs::is_directory(out, ec)) return refuse("it is a file");
    bool empty = fs::is_empty(out, ec);
    if (!empty && !fs::exists(out / kOutputMarker, ec)) {
      return refuse("it already holds files that hearth did not make");
    }
  }
  return true;
}

bool WriteSite(const std::vector<RenderedFile>& files, const fs::path& out_folder,
               Diagnostics& diags) {
  fs::path out = Resolve(out_folder);
  std::string shown = out_folder.string();
  std::error_code ec;
  fs::path parent = out.parent_path();
  fs::create_directories(parent, ec);
  std::string stem = out.filename().string();
  fs::path staging = parent / (stem + ".tmp-" + std::to_string(getpid()));
  fs::remove_all(staging, ec);
  if (!fs::create_directory(staging, ec)) {
    diags.Error({shown, 0, 0}, "could not create " + staging.string() + ": " + ec.message());
    return false;
  }
  auto fail = [&](const std::string& message) {
    diags.Error({shown, 0, 0}, message);
    std::error_code ignored;
    fs::remove_all(staging, ignored);
    return false;
  };
  std::set<fs::path> folders;
  for (const auto& file : files) {
    fs::path p = fs::path(file.path).parent_path();
    if (!p.empty()) folders.insert(p);
  }
  for (const auto& folder : folders) {
    fs::create_directories(staging / folder, ec);
    if (ec) return fail("could not create folder " + folder.string() + ": " + ec.message());
  }
  std::atomic<bool> ok{true};
  ParallelFor(files.size(), [&](size_t i) {
    if (!WriteFile(staging / files[i].path, files[i].bytes)) ok = false;
  });
  if (!ok ||
      !WriteFile(staging / kOutputMarker, "Made by hearth build; replaced by the next build.\n")) {
    return fail("could not write the site into " + staging.string());
  }
  if (!fs::exists(out, ec)) {
    fs::rename(staging, out, ec);
    if (ec) return fail("could not move the new site into place: " + ec.message());
    return true;
  }
  // Swap the folders in one step where the file system allows, else in two renames.
  if (renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) != 0) {
    fs::path old = parent / (stem + ".old-" + std::to_string(getpid()));
    fs::rename(out, old, ec);
    if (ec) return fail("could not move the old site aside: " + ec.message());
    fs::rename(staging, out, ec);
    if (ec) {
      std::error_code ignored;
      fs::rename(old, out, ignored);
      return fail("could not move the new site into place: " + ec.message());
    }
    staging = old;
  }
  fs::remove_all(staging, ec);  // now the previous site
  return true;
}

}  // namespace hearth
