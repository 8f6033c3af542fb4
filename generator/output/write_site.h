// The only code that writes files. Writes a rendered site into a new folder beside the
// output folder and then swaps the two, so readers (and a failed build) never see a half
// written site, and removes the old one. Refuses output folders where a swap would
// destroy sources: the site folder itself, a folder above it, content/, assets/, the
// theme, or /, and any existing folder that an earlier build did not make.
#pragma once

#include <atomic>
#include <filesystem>
#include <mutex>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/diagnostic.h"
#include "render/render_site.h"

namespace hearth {

// The marker an output folder carries, so a later build knows it may replace it.
inline constexpr char kOutputMarker[] = ".hearth-output";

// Checks that `out` may be replaced by a build of the site in `site_root`. Reports why not.
bool CheckOutputFolder(const std::filesystem::path& site_root, const std::filesystem::path& out,
                       Diagnostics& diagnostics);

// Writes files into a new folder beside `out` as they are rendered (from any thread), then
// swaps it in with Commit(). Without a successful Commit() the new folder is removed and
// the previous output is left untouched.
class StagedOutput : public OutputSink {
 public:
  StagedOutput(std::filesystem::path out, Diagnostics& diagnostics);
  ~StagedOutput() override;
  // Makes the staging folder; reports and returns false if it cannot.
  bool Begin();
  void Write(const std::string& path, std::string bytes) override;
  // Marks the new folder as hearth's and swaps it in. Reports and returns false on failure.
  bool Commit();

 private:
  void Abort();
  std::filesystem::path out_;
  std::filesystem::path staging_;
  std::string shown_;
  Diagnostics& diags_;
  std::mutex mutex_;
  std::unordered_set<std::string> folders_;  // made so far, relative to the staging folder
  // The staging folder, open: files are made relative to it, so the kernel does not walk
  // the whole path for each of tens of thousands of files.
  int staging_fd_ = -1;
  std::atomic<bool> failed_{false};
  bool begun_ = false;
  bool committed_ = false;
};

// Writes every file, then swaps the new folder in. On failure reports and leaves the
// previous output untouched.
bool WriteSite(const std::vector<RenderedFile>& files, const std::filesystem::path& out,
               Diagnostics& diagnostics);

// Writes a new source file (`hearth new`) at `relative` inside the site folder, making its
// folders; never over an existing file (reported instead).
bool WriteNewFile(const std::filesystem::path& site_root, const std::string& relative,
                  const std::string& bytes, Diagnostics& diagnostics);

}  // namespace hearth
