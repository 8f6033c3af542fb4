// A content-hash cache for download files (PDF and Braille), so that a build whose
// leaflets have not changed does not make their downloads again. A file is made from a
// recipe: what kind of file, which version of its maker, the options, and the source it
// is made from. The SHA-256 of the recipe is the key; a hit returns the stored bytes
// without making anything. The site's cache lives in `.hearth-cache/downloads/` in the site
// folder: main() makes one FolderDownloadCache and passes it in (no global state).
//
// The cache holds made files, not site output, so it writes its own folder (atomically:
// a new file is written beside its final name and renamed over it) rather than going
// through output/. Reading goes through fs/.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace hearth {

// Everything a download file depends on. Two recipes that are equal make equal bytes.
struct DownloadRecipe {
  std::string format;         // the file's extension: "brf", "pdf"
  std::string maker_version;  // changes whenever the maker would make other bytes from the
                              // same input: hearth's own version of that maker, and the
                              // libraries and tables it uses
  std::string options;        // the options that shape the file, written out in one fixed way
  std::string source;         // what the file is made from: the text, and any template
};

// "<sha-256 hex>.<format>": each part of the recipe is hashed with its length in front,
// so no two different recipes share a key.
std::string DownloadCacheKey(const DownloadRecipe& recipe);

class DownloadCache {
 public:
  virtual ~DownloadCache() = default;
  // The bytes stored under `key`, if any. Safe to call from many threads.
  virtual std::optional<std::string> Load(const std::string& key) const = 0;
  // Stores `bytes` under `key`; false if they could not be kept (the build goes on: the
  // file is made again next time). Safe to call from many threads.
  virtual bool Store(const std::string& key, const std::string& bytes) = 0;
};

// Files in one folder, one file per key, created when the first file is stored.
class FolderDownloadCache : public DownloadCache {
 public:
  explicit FolderDownloadCache(std::filesystem::path folder);
  std::optional<std::string> Load(const std::string& key) const override;
  bool Store(const std::string& key, const std::string& bytes) override;
  const std::filesystem::path& folder() const { return folder_; }

 private:
  std::filesystem::path folder_;
};

// Held in memory: for tests, and for builds that must not touch the site folder.
class MemoryDownloadCache : public DownloadCache {
 public:
  std::optional<std::string> Load(const std::string& key) const override;
  bool Store(const std::string& key, const std::string& bytes) override;
  size_t size() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::string> files_;
};

// Reads `own` and then `shelf`, and stores only in `own`: `hearth check` reuses the
// files the last build kept, and keeps what it has to make in memory, so that it never
// writes in the site folder and is fast after a build. `own` comes first: what this run has
// made is found there without reading the shelf's folder.
class ReadThroughDownloadCache : public DownloadCache {
 public:
  ReadThroughDownloadCache(const DownloadCache& shelf, DownloadCache& own)
      : shelf_(shelf), own_(own) {}
  std::optional<std::string> Load(const std::string& key) const override;
  bool Store(const std::string& key, const std::string& bytes) override;

 private:
  const DownloadCache& shelf_;
  DownloadCache& own_;
};

// Where a site's download cache lives, relative to the site folder.
constexpr char kDownloadCacheFolder[] = ".hearth-cache/downloads";

struct CachedFile {
  std::string bytes;
  bool from_cache = false;  // true when the bytes came from the cache and `make` did not run
  bool stored = true;       // false when newly made bytes could not be stored
};

// The file for `recipe`: from the cache if it is there, else made by `make` and stored.
// When `make` gives nothing (it could not make the file), nothing is stored.
std::optional<CachedFile> LoadOrMake(DownloadCache& cache, const DownloadRecipe& recipe,
                                     const std::function<std::optional<std::string>()>& make);

}  // namespace hearth
