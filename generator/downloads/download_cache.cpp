#include "downloads/download_cache.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <system_error>

#include "core/hash.h"
#include "fs/file_system.h"

namespace hearth {
namespace {

// Keys name files: only what DownloadCacheKey makes is accepted, so a key can never
// reach outside the cache folder.
bool IsKey(const std::string& key) {
  if (key.empty() || key.size() > 200 || key[0] == '.') return false;
  for (char c : key) {
    bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '.' || c == '-';
    if (!ok) return false;
  }
  return true;
}

void AddField(std::string& out, const std::string& field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

bool WriteAll(int fd, const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

std::string DownloadCacheKey(const DownloadRecipe& recipe) {
  std::string all = "hearth download recipe 1\n";
  AddField(all, recipe.format);
  AddField(all, recipe.maker_version);
  AddField(all, recipe.options);
  AddField(all, recipe.source);
  return Sha256Hex(all) + "." + recipe.format;
}

FolderDownloadCache::FolderDownloadCache(std::filesystem::path folder)
    : folder_(std::move(folder)) {}

std::optional<std::string> FolderDownloadCache::Load(const std::string& key) const {
  if (!IsKey(key)) return std::nullopt;
  return RealFileSystem(folder_).ReadFile(key);
}

bool FolderDownloadCache::Store(const std::string& key, const std::string& bytes) {
  if (!IsKey(key)) return false;
  std::error_code ec;
  std::filesystem::create_directories(folder_, ec);
  if (ec) return false;
  // A unique name beside the final one, renamed over it once complete: a reader (another
  // build, another thread storing the same key) sees the old file or the whole new one.
  std::string temporary = (folder_ / ("." + key + ".XXXXXX")).string();
  int fd = mkstemp(temporary.data());
  if (fd < 0) return false;
  bool ok = WriteAll(fd, bytes);
  ok = close(fd) == 0 && ok;
  if (ok) ok = rename(temporary.c_str(), (folder_ / key).c_str()) == 0;
  if (!ok) unlink(temporary.c_str());
  return ok;
}

std::optional<std::string> MemoryDownloadCache::Load(const std::string& key) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = files_.find(key);
  if (it == files_.end()) return std::nullopt;
  return it->second;
}

bool MemoryDownloadCache::Store(const std::string& key, const std::string& bytes) {
  std::lock_guard<std::mutex> lock(mutex_);
  files_[key] = bytes;
  return true;
}

size_t MemoryDownloadCache::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return files_.size();
}

std::optional<std::string> ReadThroughDownloadCache::Load(const std::string& key) const {
  if (auto bytes = own_.Load(key)) return bytes;
  return shelf_.Load(key);
}

bool ReadThroughDownloadCache::Store(const std::string& key, const std::string& bytes) {
  return own_.Store(key, bytes);
}

std::optional<CachedFile> LoadOrMake(DownloadCache& cache, const DownloadRecipe& recipe,
                                     const std::function<std::optional<std::string>()>& make) {
  std::string key = DownloadCacheKey(recipe);
  if (auto bytes = cache.Load(key)) return CachedFile{std::move(*bytes), true, true};
  std::optional<std::string> made = make();
  if (!made) return std::nullopt;
  CachedFile file{std::move(*made), false, true};
  file.stored = cache.Store(key, file.bytes);
  return file;
}

}  // namespace hearth
