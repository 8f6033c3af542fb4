#include "output/write_site.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
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

// Plain POSIX calls: tens of thousands of small files make stream set-up costs count.
// `dir` is an open folder that a relative `path` is taken from (AT_FDCWD: the current one).
bool WriteFile(const fs::path& path, const std::string& bytes, int dir = AT_FDCWD) {
  int fd = ::openat(dir, path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      ::close(fd);
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return ::close(fd) == 0;
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

StagedOutput::StagedOutput(fs::path out, Diagnostics& diagnostics)
    : out_(Resolve(out)), shown_(out.string()), diags_(diagnostics) {
  staging_ = out_.parent_path() / (out_.filename().string() + ".tmp-" + std::to_string(getpid()));
}

StagedOutput::~StagedOutput() {
  if (begun_ && !committed_) Abort();
  if (staging_fd_ >= 0) ::close(staging_fd_);
}

bool StagedOutput::Begin() {
  std::error_code ec;
  fs::create_directories(out_.parent_path(), ec);
  fs::remove_all(staging_, ec);
  if (!fs::create_directory(staging_, ec)) {
    diags_.Error({shown_, 0, 0}, "could not create " + staging_.string() + ": " + ec.message());
    return false;
  }
  staging_fd_ = ::open(staging_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (staging_fd_ < 0) {
    diags_.Error({shown_, 0, 0},
                 "could not open " + staging_.string() + ": " + std::strerror(errno));
    return false;
  }
  begun_ = true;
  return true;
}

void StagedOutput::Write(const std::string& path, std::string bytes) {
  size_t slash = path.rfind('/');
  if (slash != std::string::npos) {
    std::string folder = path.substr(0, slash);
    std::lock_guard<std::mutex> lock(mutex_);
    if (!folders_.count(folder)) {
      // Most folders' parents exist already: one mkdir, and the full walk only if not.
      if (::mkdirat(staging_fd_, folder.c_str(), 0755) != 0 && errno != EEXIST) {
        std::error_code ec;
        fs::create_directories(staging_ / folder, ec);
        if (ec) failed_ = true;
      }
      folders_.insert(folder);
    }
  }
  if (!WriteFile(path, bytes, staging_fd_)) failed_ = true;
}

void StagedOutput::Abort() {
  std::error_code ignored;
  fs::remove_all(staging_, ignored);
}

bool StagedOutput::Commit() {
  auto fail = [&](const std::string& message) {
    diags_.Error({shown_, 0, 0}, message);
    Abort();
    committed_ = true;  // nothing left to clean up
    return false;
  };
  if (failed_ ||
      !WriteFile(staging_ / kOutputMarker, "Made by hearth build; replaced by the next build.\n")) {
    return fail("could not write the site into " + staging_.string());
  }
  std::error_code ec;
  committed_ = true;
  if (!fs::exists(out_, ec)) {
    fs::rename(staging_, out_, ec);
    if (ec) return fail("could not move the new site into place: " + ec.message());
    return true;
  }
  // Swap the folders in one step where the file system allows, else in two renames.
  fs::path previous = staging_;
  if (renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, out_.c_str(), RENAME_EXCHANGE) != 0) {
    fs::path old =
        out_.parent_path() / (out_.filename().string() + ".old-" + std::to_string(getpid()));
    fs::rename(out_, old, ec);
    if (ec) return fail("could not move the old site aside: " + ec.message());
    fs::rename(staging_, out_, ec);
    if (ec) {
      std::error_code ignored;
      fs::rename(old, out_, ignored);
      return fail("could not move the new site into place: " + ec.message());
    }
    previous = old;
  }
  fs::remove_all(previous, ec);  // now the previous site
  return true;
}

bool WriteSite(const std::vector<RenderedFile>& files, const fs::path& out_folder,
               Diagnostics& diags) {
  StagedOutput output(out_folder, diags);
  if (!output.Begin()) return false;
  ParallelFor(files.size(), [&](size_t i) { output.Write(files[i].path, files[i].bytes); });
  return output.Commit();
}

bool WriteNewFile(const fs::path& site_root, const std::string& relative, const std::string& bytes,
                  Diagnostics& diags) {
  fs::path target = site_root / relative;
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    if (errno == EEXIST) {
      diags.Error({relative, 0, 0},
                  relative + " already exists; hearth new never writes over a page",
                  "choose another name, or edit the page that is there");
    } else {
      diags.Error({relative, 0, 0}, "could not make " + relative + ": " + std::strerror(errno));
    }
    return false;
  }
  ::close(fd);
  if (!WriteFile(target, bytes)) {
    diags.Error({relative, 0, 0}, "could not write " + relative + ": " + std::strerror(errno));
    return false;
  }
  return true;
}

}  // namespace hearth
