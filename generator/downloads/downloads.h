// Page -> the files a reader can download beside it. Every leaflet (type: leaflet), and
// any page whose front matter says `downloadable: true`, gets a Braille file (BRF, Unified
// English Braille grade 2; see braille/brf.h for the layout). The PDF files in standard
// and large print are to join it here, through the same DownloadCache.
//
// render/ calls DownloadMaker::MakeDownloads for each page it renders, writes the files
// beside the page and describes them in the page's downloads box. Files are made again
// only when what they are made from has changed: see download_cache.h.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "braille/brf.h"
#include "braille/translator.h"
#include "core/diagnostic.h"
#include "downloads/download_cache.h"
#include "site/site_model.h"

namespace hearth {

struct DownloadFile {
  std::string path;  // from the output root: "leaflets/your-iro/your-iro.brf"
  std::string url;   // the site address of the file: "/leaflets/your-iro/your-iro.brf"
  std::string bytes;
  std::string type;         // "Braille (BRF)"
  std::string media_type;   // "application/x-brf"
  std::string purpose;      // "for a braille embosser or a braille display"
  std::string size;         // "3 KB"
  int pages = 0;            // pages in the file (braille pages for BRF)
  std::string description;  // "Braille (BRF), 3 KB, 6 pages, for a braille embosser or ..."
  bool from_cache = false;  // reused from the download cache, not made in this build
};

struct DownloadOptions {
  BrailleTables braille_tables;  // default: en-ueb-g2.ctb and en-us-brf.dis where liblouis looks
  BrfLayout brf;                 // default: 40 cells by 25 lines, page numbers top right
};

// Raise when a change to hearth's own code would change a Braille file made from the same
// text with the same tables and layout, so that cached files are made again.
constexpr char kBrfMakerVersion[] = "hearth brf 1";

// True for pages that get download files: leaflets, and pages marked `downloadable: true`.
bool HasDownloads(const Page& page);

// What a page's Braille file is made from: its title, its description as the first
// paragraph, then its text block by block. Headings keep their levels; list items start
// with a bullet or their number; each row of a table becomes a line of "heading: value"
// pairs; code blocks are paragraphs. Pictures are left out (their alt text is not part of
// the text), and so are dataset views.
BrailleDocument BrailleDocumentForPage(const Page& page);

// "512 bytes", "3 KB", "1.2 MB" (1 KB = 1,024 bytes; kilobytes are rounded up).
std::string DescribeSize(size_t bytes);

// Makes pages' download files through a cache. One maker serves a whole build and may be
// used from many threads at once. It loads the braille tables the first time a Braille file
// has to be made (not when every file comes from the cache).
class DownloadMaker {
 public:
  explicit DownloadMaker(DownloadCache& cache, DownloadOptions options = {});
  ~DownloadMaker();

  // The download files for `page` (none for a page without downloads). Problems are
  // reported at the page's source file: missing braille tables are an error that says
  // what to install; a cache that cannot be written is a warning.
  std::vector<DownloadFile> MakeDownloads(const Page& page, Diagnostics& diagnostics);

  // How many files this maker made, and how many it took from the cache: for the build's
  // summary, and for tests that a cached file was not made again.
  size_t made() const { return made_; }
  size_t reused() const { return reused_; }

 private:
  const BrailleTranslator* Translator(BrailleError& error);

  DownloadCache& cache_;
  DownloadOptions options_;
  std::once_flag open_once_;
  std::unique_ptr<BrailleTranslator> translator_;
  BrailleError open_error_;
  std::atomic<size_t> made_{0};
  std::atomic<size_t> reused_{0};
};

}  // namespace hearth
