#include "downloads/downloads.h"

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

DownloadMaker::DownloadMaker(DownloadCache& cache, DownloadOptions options)
    : cache_(cache), options_(std::move(options)) {}

DownloadMaker::~DownloadMaker() = default;

const BrailleTranslator* DownloadMaker::Translator(BrailleError& error) {
  std::call_once(open_once_, [this] {
    translator_ = BrailleTranslator::Open(options_.braille_tables, open_error_);
  });
  error = open_error_;
  return translator_.get();
}

std::vector<DownloadFile> DownloadMaker::MakeDownloads(const Page& page, Diagnostics& diagnostics) {
  std::vector<DownloadFile> files;
  if (!HasDownloads(page)) return files;
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
  if (!made) return files;
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
  files.push_back(std::move(file));
  return files;
}

}  // namespace hearth
