// SiteModel + Theme -> RenderedFiles: every page in every reading version, the 404 page,
// feeds, the sitemap, robots.txt and the fingerprinted assets. Pure: returns bytes and
// paths, and output/ writes them. Pages render in parallel on all cores; the result is
// ordered by path, so two builds of one input are byte-identical.
#pragma once

#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "render/theme.h"
#include "site/site_model.h"

namespace hearth {

struct RenderedFile {
  std::string path;  // relative to the output folder: "local-offer/index.html"
  std::string bytes;
};

class DownloadMaker;

struct RenderOptions {
  unsigned threads = 0;  // 0: all cores
  // Makes the download files (PDF, Braille) of the pages that have them; they are written
  // beside the page and listed in its downloads box. nullptr: no downloads.
  DownloadMaker* downloads = nullptr;
};

// Where rendered files go as soon as each is ready. Write is called from several
// threads at once; the order of calls is not fixed, the bytes of each file are.
class OutputSink {
 public:
  virtual ~OutputSink() = default;
  virtual void Write(const std::string& path, std::string bytes) = 0;
};

// Keeps files in memory, for tests and checks.
class MemorySink : public OutputSink {
 public:
  void Write(const std::string& path, std::string bytes) override;
  // The files sorted by path.
  std::vector<RenderedFile> Files() const;

 private:
  mutable std::mutex mutex_;
  std::vector<RenderedFile> files_;
};

// Renders every file into the sink.
void RenderSite(const SiteModel& model, const Theme& theme, const RenderOptions& options,
                OutputSink& sink, Diagnostics& diagnostics);

// Renders every file into memory, sorted by path.
std::vector<RenderedFile> RenderSite(const SiteModel& model, const Theme& theme,
                                     const RenderOptions& options, Diagnostics& diagnostics);

// Escapes text for XML content and attributes (sitemap and Atom feed).
std::string XmlEscape(const std::string& text);

}  // namespace hearth
