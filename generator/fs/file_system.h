// Read-only access to a site's files. Every stage reads through this interface, so tests
// describe whole sites in memory and only this module touches the disk for reading.
// Paths are relative to the root the file system was made for, with '/' separators.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hearth {

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // The file's bytes, or nothing if it does not exist or cannot be read.
  virtual std::optional<std::string> ReadFile(const std::string& path) const = 0;
  virtual bool IsFile(const std::string& path) const = 0;
  virtual bool IsDirectory(const std::string& path) const = 0;
  // Every regular file below `dir`, recursively, as paths relative to the root, sorted
  // bytewise so that walks are deterministic. Hidden files and folders (".name") are
  // skipped, as are editor backups ending in '~'.
  virtual std::vector<std::string> ListFiles(const std::string& dir) const = 0;
};

// Reads files below a real folder.
class RealFileSystem : public FileSystem {
 public:
  explicit RealFileSystem(std::filesystem::path root);
  ~RealFileSystem() override;
  RealFileSystem(const RealFileSystem&) = delete;
  RealFileSystem& operator=(const RealFileSystem&) = delete;
  std::optional<std::string> ReadFile(const std::string& path) const override;
  bool IsFile(const std::string& path) const override;
  bool IsDirectory(const std::string& path) const override;
  std::vector<std::string> ListFiles(const std::string& dir) const override;
  const std::filesystem::path& root() const { return root_; }

 private:
  std::filesystem::path root_;
  // The root folder, open, so files are opened relative to it (the kernel then walks only
  // the part of the path below the root); -1 when it could not be opened.
  int root_fd_ = -1;
};

// A site held in memory, for tests.
class MemoryFileSystem : public FileSystem {
 public:
  MemoryFileSystem() = default;
  explicit MemoryFileSystem(std::map<std::string, std::string> files);
  void Write(const std::string& path, std::string bytes);
  std::optional<std::string> ReadFile(const std::string& path) const override;
  bool IsFile(const std::string& path) const override;
  bool IsDirectory(const std::string& path) const override;
  std::vector<std::string> ListFiles(const std::string& dir) const override;

 private:
  std::map<std::string, std::string> files_;
};

// A view of one folder of another file system, as if it were the root.
class SubFileSystem : public FileSystem {
 public:
  SubFileSystem(const FileSystem& base, std::string folder);
  std::optional<std::string> ReadFile(const std::string& path) const override;
  bool IsFile(const std::string& path) const override;
  bool IsDirectory(const std::string& path) const override;
  std::vector<std::string> ListFiles(const std::string& dir) const override;

 private:
  std::string Full(const std::string& path) const;
  const FileSystem& base_;
  std::string folder_;
};

// A file system whose reads go to the first layer that has the file: used to lay a
// site's own theme over the default theme.
class LayeredFileSystem : public FileSystem {
 public:
  explicit LayeredFileSystem(std::vector<const FileSystem*> layers);
  std::optional<std::string> ReadFile(const std::string& path) const override;
  bool IsFile(const std::string& path) const override;
  bool IsDirectory(const std::string& path) const override;
  std::vector<std::string> ListFiles(const std::string& dir) const override;

 private:
  std::vector<const FileSystem*> layers_;
};

}  // namespace hearth
