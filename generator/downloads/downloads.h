// Page -> the files a reader can download beside it. Every leaflet (type: leaflet), and
// any page whose front matter says `downloadable: true`, gets a PDF in standard print, a
// PDF in large print (see PdfLayouts) and a Braille file (BRF, Unified English Braille
// grade 2; see braille/brf.h for the layout).
//
// render/ renders each PDF layout's print document from the page's one parse with the
// theme's print template, then calls DownloadMaker::MakeDownloads, writes the files beside
// the page and describes them in the page's downloads box. The PDFs are printed by
// headless Chromium and finished with libqpdf (pdf/). Files are made again only when what
// they are made from has changed: see download_cache.h.
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
#include "pdf/chromium.h"
#include "pdf/pdf_document.h"
#include "site/site_model.h"

namespace hearth {

struct DownloadFile {
  std::string path;  // from the output root: "leaflets/your-iro/your-iro.brf"
  std::string url;   // the site address of the file: "/leaflets/your-iro/your-iro.brf"
  std::string bytes;
  std::string type;         // "Braille (BRF)", "PDF (standard print)"
  std::string media_type;   // "application/x-brf", "application/pdf"
  std::string purpose;      // "for a braille embosser or a braille display"
  std::string size;         // "3 KB"
  int pages = 0;            // pages in the file (braille pages for BRF, A4 pages for PDF)
  std::string description;  // "Braille (BRF), 3 KB, 6 pages, for a braille embosser or ..."
  bool from_cache = false;  // reused from the download cache, not made in this build
};

// One layout of a page's PDF. The layouts are data, so that render/ treats them alike.
struct PdfLayout {
  std::string id;               // "standard", "large-print": part of the cache recipe
  std::string type;             // for the downloads box: "PDF (large print, 18 point)"
  std::string purpose;          // for the downloads box: "for people who find ..."
  std::string file_suffix;      // the file beside the page: "-large-print.pdf"
  std::string stylesheet;       // the theme asset inlined into the print document
  std::string template_suffix;  // print.SUFFIX.mustache, else print.mustache
  // The reading version whose addresses the PDF's links use ("large-print": a large-print
  // reader follows links to large-print pages); the first version if the site has none.
  std::string version;
};

// The PDF layouts, in the order of the downloads box: standard print, then large print.
const std::vector<PdfLayout>& PdfLayouts();

// A PDF layout's print document for one page, made by render/ with the theme's print
// template: a standalone HTML document (styles and pictures inlined, links absolute).
struct PrintDocument {
  std::string layout;  // a PdfLayout id
  std::string html;
  PdfFinish finish;  // title, language, date, headings and links for pdf/'s finishing
};

// What every print document of `page` shares in its finishing: its title, description
// and date (updated, else date, else none: FinishPdf then uses a fixed date) and its
// headings in reading order (the title, then the headings of the text). render/ adds the
// links, the language and the author.
PdfFinish PdfFinishForPage(const Page& page);

struct DownloadOptions {
  BrailleTables braille_tables;  // default: en-ueb-g2.ctb and en-us-brf.dis where liblouis looks
  BrfLayout brf;                 // default: 40 cells by 25 lines, page numbers top right
  // What prints the PDFs. Default (nullptr): the maker's own ChromiumPrinter, set up by
  // `chromium`. Tests pass a printer that counts what it is asked to do.
  PdfPrinter* pdf_printer = nullptr;
  ChromiumOptions chromium;  // default: HEARTH_CHROMIUM, else chromium on PATH; 120 s
};

// Raise when a change to hearth's own code would change a Braille file made from the same
// text with the same tables and layout, so that cached files are made again.
constexpr char kBrfMakerVersion[] = "hearth brf 1";

// Raise when a change to hearth's own code (pdf/'s finishing, the print document's
// recipe) would change a PDF made from the same print document with the same Chromium
// and qpdf, so that cached files are made again.
constexpr char kPdfMakerVersion[] = "hearth pdf 2";

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

  // The download files for `page` (none for a page without downloads): a PDF for each
  // print document given (in PdfLayouts order), then the Braille file. Problems are
  // reported at the page's source file: a missing Chromium or missing braille tables are
  // an error that says what to install, a Chromium that fails an error with its last
  // words; a cache that cannot be written is a warning.
  std::vector<DownloadFile> MakeDownloads(const Page& page, const std::vector<PrintDocument>& print,
                                          Diagnostics& diagnostics);

  // How many files this maker made, and how many it took from the cache: for the build's
  // summary, and for tests that a cached file was not made again.
  size_t made() const { return made_; }
  size_t reused() const { return reused_; }

 private:
  const BrailleTranslator* Translator(BrailleError& error);
  // "Chromium 156...; qpdf 11.3.0", remembered in the cache by the printer's identity so
  // that a build whose PDFs are all cached starts no Chromium at all.
  std::optional<std::string> PdfMakerVersion(PdfError& error);
  std::optional<DownloadFile> MakePdf(const Page& page, const PdfLayout& layout,
                                      const PrintDocument& print, Diagnostics& diagnostics,
                                      bool& failed);
  std::optional<DownloadFile> MakeBraille(const Page& page, Diagnostics& diagnostics);

  DownloadCache& cache_;
  DownloadOptions options_;
  std::once_flag open_once_;
  std::unique_ptr<BrailleTranslator> translator_;
  BrailleError open_error_;
  std::unique_ptr<ChromiumPrinter> own_printer_;
  PdfPrinter* printer_ = nullptr;
  std::once_flag version_once_;
  std::optional<std::string> pdf_version_;
  PdfError version_error_;
  std::atomic<size_t> made_{0};
  std::atomic<size_t> reused_{0};
};

}  // namespace hearth
