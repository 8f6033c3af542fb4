// The Chromium runner, with small shell scripts standing in for Chromium: finding it,
// its version, its failures, its timeout and concurrent calls. (pdf_downloads_test.cpp
// in downloads/ prints with the real Chromium.)
#include "pdf/chromium.h"

#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace hearth;
namespace stdfs = std::filesystem;

namespace {

// A folder of fake programs, removed at the end of the test.
class FakePrograms {
 public:
  FakePrograms() {
    folder_ = stdfs::temp_directory_path() / ("hearth-fake-chromium-" + std::to_string(getpid()));
    stdfs::remove_all(folder_);
    stdfs::create_directories(folder_);
  }
  ~FakePrograms() { stdfs::remove_all(folder_); }

  // Writes an executable shell script named `name`; returns its path.
  std::string Add(const std::string& name, const std::string& body) {
    stdfs::path path = folder_ / name;
    std::ofstream(path) << "#!/bin/sh\n" << body;
    chmod(path.c_str(), 0755);
    return path.string();
  }
  const stdfs::path& folder() const { return folder_; }

 private:
  stdfs::path folder_;
};

// Prints like Chromium: "%PDF-" and then the input document, into --print-to-pdf's file.
const char kEchoPrinter[] =
    "for a in \"$@\"; do\n"
    "  case \"$a\" in\n"
    "    --version) echo 'Fake Chromium 1.2.3'; exit 0 ;;\n"
    "    --print-to-pdf=*) out=\"${a#--print-to-pdf=}\" ;;\n"
    "  esac\n"
    "  last=\"$a\"\n"
    "done\n"
    "{ printf '%%PDF-'; cat \"${last#file://}\"; } > \"$out\"\n";

// Restores an environment variable when the test ends.
class EnvironmentVariable {
 public:
  EnvironmentVariable(const char* name, const std::string& value) : name_(name) {
    const char* old = std::getenv(name);
    if (old) old_ = old;
    had_ = old != nullptr;
    setenv(name, value.c_str(), 1);
  }
  ~EnvironmentVariable() {
    if (had_) {
      setenv(name_, old_.c_str(), 1);
    } else {
      unsetenv(name_);
    }
  }

 private:
  const char* name_;
  std::string old_;
  bool had_ = false;
};

}  // namespace

TEST_CASE("Chromium is found as options, HEARTH_CHROMIUM or PATH say", "[pdf]") {
  FakePrograms fakes;
  std::string named = fakes.Add("my-chromium", kEchoPrinter);
  std::string on_path = fakes.Add("chromium-browser", kEchoPrinter);
  ChromiumOptions options;
  options.executable = named;
  CHECK(FindChromium(options) == named);
  {
    EnvironmentVariable env("HEARTH_CHROMIUM", named);
    CHECK(FindChromium({}) == named);
  }
  {
    // chromium-browser is the second name looked for; the folder holds no `chromium`.
    EnvironmentVariable path("PATH", fakes.folder().string());
    EnvironmentVariable env("HEARTH_CHROMIUM", "");
    CHECK(FindChromium({}) == on_path);
  }
  {
    EnvironmentVariable path("PATH", (fakes.folder() / "nothing-here").string());
    EnvironmentVariable env("HEARTH_CHROMIUM", "");
    CHECK(FindChromium({}) == std::nullopt);
  }
  options.executable = (fakes.folder() / "not-there").string();
  CHECK(FindChromium(options) == std::nullopt);
}

TEST_CASE("a missing Chromium says what to install", "[pdf]") {
  ChromiumOptions options;
  options.executable = "/nonexistent/chromium";
  ChromiumPrinter printer(options);
  PdfError error;
  CHECK(printer.Identity(error) == std::nullopt);
  CHECK(error.message == "cannot make the PDF files: Chromium is not installed");
  CHECK(error.hint == "install it with: apt-get install chromium (or set HEARTH_CHROMIUM)");
  error = {};
  CHECK(printer.Print("<p>Hello</p>", error) == std::nullopt);
  CHECK(error.message == "cannot make the PDF files: Chromium is not installed");
  CHECK(printer.spawns() == 0);
}

TEST_CASE("Chromium's version is asked once and its identity names the program", "[pdf]") {
  FakePrograms fakes;
  ChromiumOptions options;
  options.executable = fakes.Add("chromium", kEchoPrinter);
  ChromiumPrinter printer(options);
  PdfError error;
  CHECK(printer.Version(error) == "Fake Chromium 1.2.3");
  CHECK(printer.Version(error) == "Fake Chromium 1.2.3");
  CHECK(printer.spawns() == 1);
  auto identity = printer.Identity(error);
  REQUIRE(identity);
  CHECK(identity->rfind(options.executable + "; ", 0) == 0);
  CHECK(printer.spawns() == 1);  // the identity is read from the file, not by running it
}

TEST_CASE("Chromium gets the print document and the flags, without a shell", "[pdf]") {
  FakePrograms fakes;
  stdfs::path args = fakes.folder() / "args.txt";
  ChromiumOptions options;
  options.executable = fakes.Add("chromium", "for a in \"$@\"; do echo \"$a\"; done > '" +
                                                 args.string() + "'\n" + kEchoPrinter);
  ChromiumPrinter printer(options);
  PdfError error;
  // Quotes and a dollar sign reach the document as they are: nothing passes a shell.
  auto pdf = printer.Print("<p>Tom's \"$HOME\"</p>", error);
  REQUIRE(pdf);
  CHECK(*pdf == "%PDF-<p>Tom's \"$HOME\"</p>");
  std::ifstream in(args);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  REQUIRE(lines.size() == (geteuid() == 0 ? 9u : 8u));
  std::vector<std::string> expected = {"--headless"};
  if (geteuid() == 0) expected.push_back("--no-sandbox");
  for (const char* flag : {"--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
                           "--generate-pdf-document-outline"}) {
    expected.push_back(flag);
  }
  CHECK(std::vector<std::string>(lines.begin(), lines.begin() + expected.size()) == expected);
  // A private profile, the PDF and the document, all in one temporary folder.
  const std::string profile = lines[expected.size()];
  const std::string output = lines[expected.size() + 1];
  const std::string input = lines[expected.size() + 2];
  REQUIRE(profile.rfind("--user-data-dir=", 0) == 0);
  stdfs::path folder = stdfs::path(profile.substr(16)).parent_path();
  CHECK(stdfs::path(profile.substr(16)).filename() == "profile");
  CHECK(output == "--print-to-pdf=" + (folder / "print.pdf").string());
  CHECK(input == "file://" + (folder / "print.html").string());
  CHECK(folder.filename().string().rfind("hearth-pdf-", 0) == 0);
  // The folder is gone once the PDF has been read.
  CHECK_FALSE(stdfs::exists(folder));
}

TEST_CASE("a Chromium that fails is reported with the last line it wrote", "[pdf]") {
  FakePrograms fakes;
  ChromiumOptions options;
  options.executable = fakes.Add(
      "chromium",
      "echo '[12:34:1122/140906.391541:ERROR:dbus/bus.cc(405)] Failed to connect to the bus' >&2\n"
      "echo '[12:34:1122/140906.397663:ERROR:gpu_init.cc(9)] the GPU process crashed' >&2\n"
      "echo >&2\n"
      "exit 3\n");
  ChromiumPrinter printer(options);
  PdfError error;
  CHECK(printer.Print("<p>Hello</p>", error) == std::nullopt);
  CHECK(error.message ==
        "cannot make the PDF files: Chromium failed (exit status 3): the GPU process crashed");
  CHECK(error.hint == "check that Chromium works: run " + options.executable +
                          " --headless --print-to-pdf=test.pdf about:blank");

  options.executable = fakes.Add("quiet", "exit 0\n");
  ChromiumPrinter quiet(options);
  CHECK(quiet.Print("<p>Hello</p>", error) == std::nullopt);
  CHECK(error.message == "cannot make the PDF files: Chromium failed (it wrote no PDF)");
}

TEST_CASE("a Chromium that does not finish is stopped with the processes it started", "[pdf]") {
  FakePrograms fakes;
  stdfs::path child_pid = fakes.folder() / "child.pid";
  ChromiumOptions options;
  options.timeout_seconds = 1;
  // A helper process in the background, as Chromium starts them, then the browser hangs.
  options.executable = fakes.Add("chromium", "sleep 60 &\necho $! > '" + child_pid.string() +
                                                 "'\necho 'still loading' >&2\nsleep 60\n");
  ChromiumPrinter printer(options);
  PdfError error;
  CHECK(printer.Print("<p>Hello</p>", error) == std::nullopt);
  CHECK(error.message ==
        "cannot make the PDF files: Chromium did not finish within 1 second: still loading");
  std::ifstream in(child_pid);
  pid_t pid = 0;
  in >> pid;
  REQUIRE(pid > 0);
  // The helper was killed with the group: gone, or a zombie waiting for init to reap it.
  // (A signal is delivered a moment after kill() returns, so look a few times.)
  auto state = [pid] {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string field, value;
    if (stat) stat >> field >> field >> value;
    return value;
  };
  for (int tries = 0; tries < 100 && !(state().empty() || state() == "Z"); ++tries) {
    usleep(50 * 1000);
  }
  CHECK((state().empty() || state() == "Z"));
}

TEST_CASE("several threads can print at once, each getting its own file", "[pdf]") {
  FakePrograms fakes;
  ChromiumOptions options;
  options.executable = fakes.Add("chromium", kEchoPrinter);
  ChromiumPrinter printer(options);
  constexpr int kThreads = 6;
  std::vector<std::optional<std::string>> results(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      PdfError error;
      results[t] = printer.Print("<p>document " + std::to_string(t) + "</p>", error);
    });
  }
  for (auto& thread : threads) thread.join();
  for (int t = 0; t < kThreads; ++t) {
    CAPTURE(t);
    CHECK(results[t] == "%PDF-<p>document " + std::to_string(t) + "</p>");
  }
  CHECK(printer.spawns() == kThreads);
}
