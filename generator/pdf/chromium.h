// HTML -> PDF through headless Chromium: the layout stage of the PDF downloads. Chromium
// lays out and tags a print document that render/ made from the page (headings, lists,
// tables, figures with alt text, links, bookmarks from the headings); pdf_document.h
// then finishes the file with libqpdf. downloads/ calls both through a DownloadCache,
// so an unchanged leaflet never starts Chromium.
//
// Chromium runs as a child process (posix_spawn, no shell) in its own process group with
// a private, temporary profile folder; the print document and the PDF pass through
// that folder, which is removed afterwards. This is the one place hearth writes outside
// output/ and the download cache: files only Chromium reads, gone when it returns.
#pragma once

#include <atomic>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace hearth {

// Why a PDF could not be made, in words for the person running the build.
struct PdfError {
  std::string message;  // "cannot make the PDF files: Chromium is not installed"
  std::string hint;     // "install it with: apt-get install chromium (or set HEARTH_CHROMIUM)"
};

// Turns a standalone HTML document into a PDF. Implementations must be safe to call from
// many render threads at once.
class PdfPrinter {
 public:
  virtual ~PdfPrinter() = default;
  // What identifies the printer without running it (for Chromium: its path, size and
  // modification time), so that its version can be remembered in the download cache;
  // nothing, with `error` set, when it is not installed.
  virtual std::optional<std::string> Identity(PdfError& error) = 0;
  // The printer's version ("Chromium 156.0.8078.79 ..."), part of every PDF's cache key.
  virtual std::optional<std::string> Version(PdfError& error) = 0;
  // The PDF of `html`, a complete document that needs nothing outside itself (styles and
  // pictures inlined).
  virtual std::optional<std::string> Print(const std::string& html, PdfError& error) = 0;
};

struct ChromiumOptions {
  // The program to run. Default (empty): the environment variable HEARTH_CHROMIUM, else
  // the first of chromium, chromium-browser and google-chrome found on PATH.
  std::string executable;
  int timeout_seconds = 120;  // default 120: a stuck Chromium is killed with its children
};

// The Chromium that `options` names, as an absolute path; nothing if none is installed.
std::optional<std::string> FindChromium(const ChromiumOptions& options);

class ChromiumPrinter : public PdfPrinter {
 public:
  explicit ChromiumPrinter(ChromiumOptions options = {});
  std::optional<std::string> Identity(PdfError& error) override;
  std::optional<std::string> Version(PdfError& error) override;
  std::optional<std::string> Print(const std::string& html, PdfError& error) override;

  // How many times Chromium was started (to print or to say its version).
  size_t spawns() const { return spawns_; }

 private:
  std::optional<std::string> Executable(PdfError& error);

  ChromiumOptions options_;
  std::once_flag find_once_;
  std::optional<std::string> executable_;
  std::once_flag version_once_;
  std::optional<std::string> version_;
  PdfError version_error_;
  std::atomic<size_t> spawns_{0};
};

// The message and hint when no Chromium can be found.
PdfError ChromiumMissing();

}  // namespace hearth
