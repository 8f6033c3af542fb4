#include "pdf/chromium.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/text.h"

extern char** environ;

namespace hearth {
namespace {

namespace stdfs = std::filesystem;

bool IsExecutableFile(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && access(path.c_str(), X_OK) == 0;
}

std::optional<std::string> OnPath(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
  size_t start = 0;
  while (start <= dirs.size()) {
    size_t end = dirs.find(':', start);
    if (end == std::string::npos) end = dirs.size();
    std::string dir = dirs.substr(start, end - start);
    if (dir.empty()) dir = ".";
    std::string candidate = dir + "/" + name;
    if (IsExecutableFile(candidate)) return candidate;
    start = end + 1;
  }
  return std::nullopt;
}

std::string ReadAll(const stdfs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

bool WriteAll(const stdfs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  return static_cast<bool>(out.flush());
}

// The last line of Chromium's stderr that says something, without the
// "[pid:tid:time:ERROR:file.cc:12] " prefix of its log lines.
std::string LastLine(const std::string& text) {
  std::string last;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty()) last = line;
  }
  if (!last.empty() && last[0] == '[') {
    size_t close = last.find("] ");
    if (close != std::string::npos) last = last.substr(close + 2);
  }
  return last;
}

// A folder only this call uses, removed with everything in it when the call ends.
class PrivateFolder {
 public:
  PrivateFolder() {
    std::error_code ec;
    stdfs::path base = stdfs::temp_directory_path(ec);
    if (ec) base = "/tmp";
    std::string pattern = (base / "hearth-pdf-XXXXXX").string();
    if (mkdtemp(pattern.data())) path_ = pattern;
  }
  ~PrivateFolder() {
    std::error_code ec;
    if (!path_.empty()) stdfs::remove_all(path_, ec);
  }
  PrivateFolder(const PrivateFolder&) = delete;
  PrivateFolder& operator=(const PrivateFolder&) = delete;
  bool ok() const { return !path_.empty(); }
  const stdfs::path& path() const { return path_; }

 private:
  stdfs::path path_;
};

struct RunResult {
  bool started = false;
  bool timed_out = false;
  int exit_status = -1;  // the exit status, or -1 when killed by a signal
  int signal = 0;        // the signal that stopped it, or 0
  std::string out;
  std::string err;
};

// Runs `argv` without a shell, in a process group of its own (Chromium starts helper
// processes; on a timeout the whole group is killed), its output captured in files in
// `folder`. Safe from many threads: nothing here is shared between calls.
RunResult Run(const std::vector<std::string>& argv, const stdfs::path& folder, int timeout_s) {
  RunResult result;
  std::string out_path = (folder / "stdout.txt").string();
  std::string err_path = (folder / "stderr.txt").string();
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0600);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0600);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t none, defaults;
  sigemptyset(&none);
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  sigaddset(&defaults, SIGINT);
  sigaddset(&defaults, SIGTERM);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setpgroup(&attr, 0);
  posix_spawnattr_setflags(&attr,
                           POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  int spawned = posix_spawn(&pid, argv[0].c_str(), &actions, &attr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (spawned != 0) {
    result.err = std::strerror(spawned);
    return result;
  }
  result.started = true;

  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_s);
  int status = 0;
  for (;;) {
    pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) break;
    if (std::chrono::steady_clock::now() >= deadline) {
      result.timed_out = true;
      kill(-pid, SIGKILL);
      while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      break;
    }
    timespec pause{0, 10 * 1000 * 1000};  // 10 ms: Chromium takes a second or more
    nanosleep(&pause, nullptr);
  }
  // Helpers that outlive the browser process would hold the profile folder open.
  kill(-pid, SIGKILL);
  if (!result.timed_out && WIFEXITED(status)) result.exit_status = WEXITSTATUS(status);
  if (!result.timed_out && WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  result.out = ReadAll(out_path);
  result.err = ReadAll(err_path);
  return result;
}

}  // namespace

PdfError ChromiumMissing() {
  return {"cannot make the PDF files: Chromium is not installed",
          "install it with: apt-get install chromium (or set HEARTH_CHROMIUM)"};
}

std::optional<std::string> FindChromium(const ChromiumOptions& options) {
  std::string named = options.executable;
  if (named.empty()) {
    const char* env = std::getenv("HEARTH_CHROMIUM");
    if (env && *env) named = env;
  }
  std::optional<std::string> found;
  if (!named.empty()) {
    if (named.find('/') != std::string::npos) {
      if (IsExecutableFile(named)) found = named;
    } else {
      found = OnPath(named);
    }
  } else {
    for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
      if ((found = OnPath(name))) break;
    }
  }
  if (!found) return std::nullopt;
  std::error_code ec;
  stdfs::path absolute = stdfs::absolute(*found, ec);
  return ec ? *found : absolute.string();
}

ChromiumPrinter::ChromiumPrinter(ChromiumOptions options) : options_(std::move(options)) {}

std::optional<std::string> ChromiumPrinter::Executable(PdfError& error) {
  std::call_once(find_once_, [this] { executable_ = FindChromium(options_); });
  if (!executable_) error = ChromiumMissing();
  return executable_;
}

std::optional<std::string> ChromiumPrinter::Identity(PdfError& error) {
  auto executable = Executable(error);
  if (!executable) return std::nullopt;
  // The file the name leads to: an upgrade replaces it, so its size or time changes.
  std::error_code ec;
  stdfs::path real = stdfs::canonical(*executable, ec);
  if (ec) real = *executable;
  struct stat st;
  if (stat(real.c_str(), &st) != 0) {
    error = ChromiumMissing();
    return std::nullopt;
  }
  return real.string() + "; " + std::to_string(st.st_size) + " bytes; modified " +
         std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec);
}

std::optional<std::string> ChromiumPrinter::Version(PdfError& error) {
  std::call_once(version_once_, [this] {
    auto executable = Executable(version_error_);
    if (!executable) return;
    PrivateFolder folder;
    if (!folder.ok()) {
      version_error_ = {"cannot make the PDF files: no temporary folder could be made",
                        "check that the temporary folder (TMPDIR or /tmp) can be written to"};
      return;
    }
    ++spawns_;
    RunResult run = Run({*executable, "--version"}, folder.path(), options_.timeout_seconds);
    std::string line = LastLine(run.out);
    if (!run.started || run.exit_status != 0 || line.empty()) {
      std::string why = LastLine(run.err);
      version_error_ = {"cannot make the PDF files: Chromium (" + *executable +
                            ") did not say its version" + (why.empty() ? "" : ": " + why),
                        "check that Chromium works: run " + *executable + " --version"};
      return;
    }
    version_ = line;
  });
  if (!version_) error = version_error_;
  return version_;
}

std::optional<std::string> ChromiumPrinter::Print(const std::string& html, PdfError& error) {
  auto executable = Executable(error);
  if (!executable) return std::nullopt;
  PrivateFolder folder;
  stdfs::path input = folder.path() / "print.html";
  stdfs::path output = folder.path() / "print.pdf";
  if (!folder.ok() || !WriteAll(input, html)) {
    error = {"cannot make the PDF files: no temporary folder could be made",
             "check that the temporary folder (TMPDIR or /tmp) can be written to"};
    return std::nullopt;
  }
  std::vector<std::string> argv = {*executable, "--headless"};
  // Chromium's sandbox refuses to run as root; as any other user it stays on.
  if (geteuid() == 0) argv.push_back("--no-sandbox");
  for (const char* flag : {"--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
                           "--generate-pdf-document-outline"}) {
    argv.push_back(flag);
  }
  argv.push_back("--user-data-dir=" + (folder.path() / "profile").string());
  argv.push_back("--print-to-pdf=" + output.string());
  argv.push_back("file://" + input.string());
  ++spawns_;
  RunResult run = Run(argv, folder.path(), options_.timeout_seconds);
  std::string why = LastLine(run.err);
  if (!run.started) {
    error = {"cannot make the PDF files: Chromium (" + *executable +
                 ") could not be started: " + run.err,
             "install it with: apt-get install chromium (or set HEARTH_CHROMIUM)"};
    return std::nullopt;
  }
  if (run.timed_out) {
    error = {"cannot make the PDF files: Chromium did not finish within " +
                 Plural(static_cast<size_t>(options_.timeout_seconds), "second") +
                 (why.empty() ? "" : ": " + why),
             "try again; if it happens again, check that Chromium works: run " + *executable +
                 " --headless --print-to-pdf=test.pdf about:blank"};
    return std::nullopt;
  }
  std::string pdf = ReadAll(output);
  if (run.exit_status != 0 || pdf.compare(0, 5, "%PDF-") != 0) {
    std::string how = run.exit_status > 0 ? " (exit status " + std::to_string(run.exit_status) + ")"
                      : run.signal > 0 ? " (stopped by signal " + std::to_string(run.signal) + ")"
                                       : " (it wrote no PDF)";
    error = {"cannot make the PDF files: Chromium failed" + how + (why.empty() ? "" : ": " + why),
             "check that Chromium works: run " + *executable +
                 " --headless --print-to-pdf=test.pdf about:blank"};
    return std::nullopt;
  }
  return pdf;
}

}  // namespace hearth
