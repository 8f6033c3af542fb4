#include "downloads/downloads.h"

#include <algorithm>
#include <cstdio>

#include "core/text.h"

namespace hearth {
namespace {

void AddField(std::string& out, const std::string& field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
  out += '\n';
}

// The document written out in one fixed way: the source part of the cache recipe.
std::string Serialise(const BrailleDocument& document) {
  std::string out;
  AddField(out, document.title);
  for (const BrailleBlock& block : document.blocks) {
    AddField(out, std::to_string(static_cast<int>(block.kind)) + " " + std::to_string(block.level));
    AddField(out, block.text);
  }
  return out;
}

std::string SerialiseOptions(const DownloadOptions& options) {
  const BrfLayout& brf = options.brf;
  return "cells " + std::to_string(brf.cells_per_line) + "; lines " +
         std::to_string(brf.lines_per_page) + "; page numbers " + (brf.page_numbers ? "yes" : "no");
}

std::string Pages(int n) { return std::to_string(n) + (n == 1 ? " page" : " pages"); }

}  // namespace

bool HasDownloads(const Page& page) { return page.source && page.source->front.HasDownloads(); }

BrailleDocument BrailleDocumentForPage(const Page& page) {
  BrailleDocument document;
  if (!page.source) return document;
  document.title = page.source->front.title;
  using Kind = BrailleBlock::Kind;
  if (!page.source->front.description.empty()) {
    document.blocks.push_back({Kind::kParagraph, 1, page.source->front.description});
  }
  if (!page.body.doc) return document;
  for (const MarkdownBlock& block : page.body.doc->blocks()) {
    switch (block.kind) {
      case MarkdownBlock::Kind::kHeading:
        // Dataset views are blocks of this kind too, with no level and no text.
        if (block.level > 0) document.blocks.push_back({Kind::kHeading, block.level, block.text});
        break;
      case MarkdownBlock::Kind::kParagraph:
      case MarkdownBlock::Kind::kCode:
        document.blocks.push_back({Kind::kParagraph, 1, block.text});
        break;
      case MarkdownBlock::Kind::kQuote:
        // A callout keeps its title ("Warning: ..."), which says what kind of notice it is.
        document.blocks.push_back(
            {Kind::kQuote, 1,
             block.callout_title.empty() ? block.text : block.callout_title + ": " + block.text});
        break;
      case MarkdownBlock::Kind::kList:
        for (const MarkdownListItem& item : block.items) {
          std::string marker = item.marker.empty() ? "\u2022" : item.marker;
          document.blocks.push_back({Kind::kListItem, item.depth, marker + " " + item.text});
        }
        break;
      case MarkdownBlock::Kind::kTable: {
        if (block.rows.empty()) break;
        const std::vector<std::string>& headings = block.rows.front();
        for (size_t r = 1; r < block.rows.size(); ++r) {
          std::vector<std::string> pairs;
          for (size_t c = 0; c < block.rows[r].size(); ++c) {
            const std::string& cell = block.rows[r][c];
            std::string heading = c < headings.size() ? headings[c] : "";
            pairs.push_back(heading.empty() ? cell : heading + ": " + cell);
          }
          document.blocks.push_back({Kind::kListItem, 1, Join(pairs, "; ")});
        }
        break;
      }
      case MarkdownBlock::Kind::kOther:
        break;  // thematic breaks, and HTML the site allows
    }
  }
  return document;
}

std::string DescribeSize(size_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  if (bytes < 1024 * 1024) return std::to_string((bytes + 1023) / 1024) + " KB";
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return text;
}

const std::vector<PdfLayout>& PdfLayouts() {
  static const std::vector<PdfLayout> layouts = {
      {"standard", "PDF (standard print)", "to print on A4 paper or read on screen", ".pdf",
       "/assets/css/print.css", "", "standard"},
      {"large-print", "PDF (large print, 18 point)",
       "for people who find standard print hard to read, on A4 paper", "-large-print.pdf",
       "/assets/css/print.large-print.css", "large-print", "large-print"},
  };
  return layouts;
}

PdfFinish PdfFinishForPage(const Page& page) {
  PdfFinish finish;
  if (!page.source) return finish;
  const FrontMatter& front = page.source->front;
  finish.title = front.title;
  finish.description = front.description;
  if (front.updated) {
    finish.date = front.updated->Iso();
  } else if (front.date) {
    finish.date = front.date->Iso();
  }
  finish.headings.push_back(front.title);
  if (page.body.doc) {
    for (const MarkdownBlock& block : page.body.doc->blocks()) {
      // Dataset views are heading blocks too, with no level and no text.
      if (block.kind == MarkdownBlock::Kind::kHeading && block.level > 0) {
        finish.headings.push_back(block.text);
      }
    }
  }
  return finish;
}

DownloadMaker::DownloadMaker(DownloadCache& cache, DownloadOptions options)
    : cache_(cache), options_(std::move(options)) {
  printer_ = options_.pdf_printer;
  if (!printer_) {
    own_printer_ = std::make_unique<ChromiumPrinter>(options_.chromium);
    printer_ = own_printer_.get();
  }
}

DownloadMaker::~DownloadMaker() = default;

const BrailleTranslator* DownloadMaker::Translator(BrailleError& error) {
  std::call_once(open_once_, [this] {
    translator_ = BrailleTranslator::Open(options_.braille_tables, open_error_);
  });
  error = open_error_;
  return translator_.get();
}

std::optional<std::string> DownloadMaker::PdfMakerVersion(PdfError& error) {
  std::call_once(version_once_, [this] {
    auto identity = printer_->Identity(version_error_);
    if (!identity) return;
    // Asking Chromium its version means starting it; the answer is kept in the cache
    // under what identifies the installed program, so an unchanged one is asked once.
    DownloadRecipe recipe{"version", "hearth printer version 1", "", *identity};
    auto version = LoadOrMake(cache_, recipe, [&]() { return printer_->Version(version_error_); });
    if (!version) return;
    pdf_version_ = std::string(kPdfMakerVersion) + "; " + version->bytes + "; " + QpdfVersion();
  });
  if (!pdf_version_) error = version_error_;
  return pdf_version_;
}

std::optional<DownloadFile> DownloadMaker::MakePdf(const Page& page, const PdfLayout& layout,
                                                   const PrintDocument& print,
                                                   Diagnostics& diagnostics, bool& failed) {
  SourceLocation where{page.source->file, 0, 0};
  PdfError error;
  auto version = PdfMakerVersion(error);
  if (!version) {
    diagnostics.Error(where, error.message, error.hint);
    failed = true;
    return std::nullopt;
  }
  DownloadRecipe recipe;
  recipe.format = "pdf";
  recipe.maker_version = *version;
  recipe.options = "layout " + layout.id;
  const PdfFinish& finish = print.finish;
  AddField(recipe.source, print.html);
  for (const std::string* field :
       {&finish.title, &finish.description, &finish.author, &finish.language, &finish.date}) {
    AddField(recipe.source, *field);
  }
  for (const std::string& heading : finish.headings) AddField(recipe.source, "h " + heading);
  for (const PdfLink& link : finish.links)
    AddField(recipe.source, "a " + link.url + " " + link.text);
  auto made = LoadOrMake(cache_, recipe, [&]() -> std::optional<std::string> {
    PdfError print_error;
    auto raw = printer_->Print(print.html, print_error);
    if (!raw) {
      diagnostics.Error(where, print_error.message, print_error.hint);
      return std::nullopt;
    }
    std::string why;
    auto finished = FinishPdf(*raw, finish, why);
    if (!finished) {
      diagnostics.Error(
          where, "cannot make the PDF files: the PDF Chromium made cannot be read: " + why,
          "check that Chromium works: run chromium --headless --print-to-pdf=test.pdf about:blank");
      return std::nullopt;
    }
    return std::move(finished->bytes);
  });
  if (!made) {
    failed = true;
    return std::nullopt;
  }
  ++(made->from_cache ? reused_ : made_);
  if (!made->stored) {
    diagnostics.Warning(where,
                        "the " + layout.type +
                            " file for this page could not be kept in the folder " +
                            std::string(kDownloadCacheFolder) + ", so it will be made again",
                        "check that the site folder can be written to");
  }
  DownloadFile file;
  file.url = FileBesidePage(page.path, layout.file_suffix);
  file.path = file.url.substr(1);
  file.bytes = std::move(made->bytes);
  file.type = layout.type;
  file.media_type = "application/pdf";
  file.purpose = layout.purpose;
  file.size = DescribeSize(file.bytes.size());
  file.pages = CountPdfPages(file.bytes);
  file.description = file.type + ", " + file.size + ", " + Pages(file.pages) + ", " + file.purpose;
  file.from_cache = made->from_cache;
  return file;
}

std::vector<DownloadFile> DownloadMaker::MakeDownloads(const Page& page,
                                                       const std::vector<PrintDocument>& print,
                                                       Diagnostics& diagnostics) {
  std::vector<DownloadFile> files;
  if (!HasDownloads(page)) return files;
  bool failed = false;
  for (const PdfLayout& layout : PdfLayouts()) {
    auto document = std::find_if(print.begin(), print.end(),
                                 [&](const PrintDocument& d) { return d.layout == layout.id; });
    if (document == print.end()) continue;
    auto file = MakePdf(page, layout, *document, diagnostics, failed);
    if (file) files.push_back(std::move(*file));
    // One error for the page: the next layout would fail in the same way.
    if (failed) break;
  }
  if (auto file = MakeBraille(page, diagnostics)) files.push_back(std::move(*file));
  return files;
}

std::optional<DownloadFile> DownloadMaker::MakeBraille(const Page& page, Diagnostics& diagnostics) {
  SourceLocation where{page.source->file, 0, 0};
  BrailleDocument document = BrailleDocumentForPage(page);
  DownloadRecipe recipe;
  recipe.format = "brf";
  recipe.maker_version =
      std::string(kBrfMakerVersion) + "; " + BrailleFingerprint(options_.braille_tables);
  recipe.options = SerialiseOptions(options_);
  recipe.source = Serialise(document);
  auto made = LoadOrMake(cache_, recipe, [&]() -> std::optional<std::string> {
    BrailleError error;
    const BrailleTranslator* translator = Translator(error);
    if (!translator) {
      diagnostics.Error(where, error.message, error.hint);
      return std::nullopt;
    }
    return MakeBrf(document, *translator, options_.brf).bytes;
  });
  if (!made) return std::nullopt;
  ++(made->from_cache ? reused_ : made_);
  if (!made->stored) {
    diagnostics.Warning(where,
                        "the Braille file for this page could not be kept in the folder " +
                            std::string(kDownloadCacheFolder) + ", so it will be made again",
                        "check that the site folder can be written to");
  }

  // Beside the page: /leaflets/your-iro/ -> leaflets/your-iro/your-iro.brf.
  DownloadFile file;
  file.url = FileBesidePage(page.path, ".brf");
  file.path = file.url.substr(1);
  file.bytes = std::move(made->bytes);
  file.type = "Braille (BRF)";
  file.media_type = "application/x-brf";
  file.purpose = "for a braille embosser or a braille display";
  file.size = DescribeSize(file.bytes.size());
  file.pages = CountBrfPages(file.bytes);
  file.description = file.type + ", " + file.size + ", " + Pages(file.pages) + ", " + file.purpose;
  file.from_cache = made->from_cache;
  return file;
}

}  // namespace hearth
