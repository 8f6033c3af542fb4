#include "fs/file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <set>
#include <system_error>

namespace hearth {
namespace {

bool EndsWith(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool IsSkipped(const std::string& name) {
  return name.empty() || name[0] == '.' || name.back() == '~';
}

std::string JoinPath(const std::string& dir, const std::string& rest) {
  if (dir.empty() || dir == ".") return rest;
  return dir + "/" + rest;
}

}  // namespace

RealFileSystem::RealFileSystem(std::filesystem::path root)
    : root_(std::move(root)),
      root_fd_(::open(root_.empty() ? "." : root_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {}

RealFileSystem::~RealFileSystem() {
  if (root_fd_ >= 0) ::close(root_fd_);
}

std::optional<std::string> RealFileSystem::ReadFile(const std::string& path) const {
  // POSIX calls rather than iostreams: a large site reads tens of thousands of files, and
  // each stream sets up a locale.
  const bool relative = root_fd_ >= 0 && !path.empty() && path[0] != '/';
  const std::string full = relative ? path : (root_ / path).string();
  int fd = ::openat(relative ? root_fd_ : AT_FDCWD, full.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat info;
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    return std::nullopt;
  }
  std::string bytes;
  bytes.resize(static_cast<size_t>(info.st_size));
  size_t filled = 0;
  while (true) {
    if (filled == bytes.size()) bytes.resize(bytes.size() + 4096);  // the file grew
    ssize_t n = ::read(fd, bytes.data() + filled, bytes.size() - filled);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ::close(fd);
      return std::nullopt;
    }
    if (n == 0) break;
    filled += static_cast<size_t>(n);
  }
  ::close(fd);
  bytes.resize(filled);
  return bytes;
}

bool RealFileSystem::IsFile(const std::string& path) const {
  std::error_code ec;
  return std::filesystem::is_regular_file(root_ / path, ec);
}

bool RealFileSystem::IsDirectory(const std::string& path) const {
  std::error_code ec;
  return std::filesystem::is_directory(root_ / path, ec);
}

std::vector<std::string> RealFileSystem::ListFiles(const std::string& dir) const {
  std::vector<std::string> out;
  std::error_code ec;
  std::filesystem::path base = root_ / dir;
  if (!std::filesystem::is_directory(base, ec)) return out;
  // Paths are made relative by cutting the prefix: std::filesystem::relative would ask
  // the kernel about every component of every path.
  const std::string prefix =
      base.generic_string() + (EndsWith(base.generic_string(), "/") ? "" : "/");
  std::filesystem::recursive_directory_iterator it(base, ec), end;
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    const std::string name = it->path().filename().string();
    if (IsSkipped(name)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    out.push_back(JoinPath(dir, it->path().generic_string().substr(prefix.size())));
  }
  std::sort(out.begin(), out.end());
  return out;
}

MemoryFileSystem::MemoryFileSystem(std::map<std::string, std::string> files)
    : files_(std::move(files)) {}

void MemoryFileSystem::Write(const std::string& path, std::string bytes) {
  files_[path] = std::move(bytes);
}

std::optional<std::string> MemoryFileSystem::ReadFile(const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) return std::nullopt;
  return it->second;
}

bool MemoryFileSystem::IsFile(const std::string& path) const { return files_.count(path) > 0; }

bool MemoryFileSystem::IsDirectory(const std::string& path) const {
  if (path.empty() || path == ".") return true;
  std::string prefix = path + "/";
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

std::vector<std::string> MemoryFileSystem::ListFiles(const std::string& dir) const {
  std::vector<std::string> out;
  std::string prefix = (dir.empty() || dir == ".") ? "" : dir + "/";
  for (auto it = files_.lower_bound(prefix); it != files_.end(); ++it) {
    if (it->first.compare(0, prefix.size(), prefix) != 0) break;
    std::string rest = it->first.substr(prefix.size());
    bool skipped = false;
    size_t start = 0;
    while (start <= rest.size()) {
      size_t slash = rest.find('/', start);
      std::string part =
          rest.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
      if (IsSkipped(part)) skipped = true;
      if (slash == std::string::npos) break;
      start = slash + 1;
    }
    if (!skipped) out.push_back(it->first);
  }
  return out;
}

SubFileSystem::SubFileSystem(const FileSystem& base, std::string folder)
    : base_(base), folder_(std::move(folder)) {}

std::string SubFileSystem::Full(const std::string& path) const {
  return path.empty() || path == "." ? folder_ : folder_ + "/" + path;
}

std::optional<std::string> SubFileSystem::ReadFile(const std::string& path) const {
  return base_.ReadFile(Full(path));
}

bool SubFileSystem::IsFile(const std::string& path) const { return base_.IsFile(Full(path)); }

bool SubFileSystem::IsDirectory(const std::string& path) const {
  return base_.IsDirectory(Full(path));
}

std::vector<std::string> SubFileSystem::ListFiles(const std::string& dir) const {
  std::vector<std::string> out;
  for (auto& file : base_.ListFiles(Full(dir))) out.push_back(file.substr(folder_.size() + 1));
  return out;
}

LayeredFileSystem::LayeredFileSystem(std::vector<const FileSystem*> layers)
    : layers_(std::move(layers)) {}

std::optional<std::string> LayeredFileSystem::ReadFile(const std::string& path) const {
  for (const FileSystem* layer : layers_) {
    if (auto bytes = layer->ReadFile(path)) return bytes;
  }
  return std::nullopt;
}

bool LayeredFileSystem::IsFile(const std::string& path) const {
  return std::any_of(layers_.begin(), layers_.end(),
                     [&](const FileSystem* l) { return l->IsFile(path); });
}

bool LayeredFileSystem::IsDirectory(const std::string& path) const {
  return std::any_of(layers_.begin(), layers_.end(),
                     [&](const FileSystem* l) { return l->IsDirectory(path); });
}

std::vector<std::string> LayeredFileSystem::ListFiles(const std::string& dir) const {
  std::set<std::string> all;
  for (const FileSystem* layer : layers_) {
    for (auto& f : layer->ListFiles(dir)) all.insert(f);
  }
  return {all.begin(), all.end()};
}

}  // namespace hearth
