// SourceTree -> SiteModel: gives every page its address and place in the tree, parses
// every Markdown body once, resolves every link and image against the pages and assets,
// fingerprints the assets and resolves the menus. Everything after this stage reads the
// model and never changes it.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "content/pictures.h"
#include "content/source_page.h"
#include "core/diagnostic.h"
#include "data/disclosure.h"
#include "fs/file_system.h"
#include "markdown/markdown.h"

namespace hearth {

// Where a link in Markdown goes once resolved. A link to a page follows the reading
// version it is read in; anything else (assets, other sites, mail) is fixed.
struct ResolvedLink {
  int target_page = -1;  // >= 0: a page of this site, found at `path` in each version
  std::string path;      // the page's canonical path (/local-offer/), or the fixed href
  std::string fragment;  // "#who-can-get-it" or ""
};

// A ```dataset block, resolved: which dataset, which view, which part of it.
struct ResolvedEmbed {
  int dataset = -1;            // index into SiteModel::datasets; -1 if it did not resolve
  std::string view = "table";  // table | chart | summary | all
  DataSelection selection;
};

// One parse of one Markdown source (a page's body or its text for one version).
struct PageText {
  std::string file;
  std::unique_ptr<MarkdownDocument> doc;
  std::vector<ResolvedLink> links;    // parallel to doc->links()
  std::set<std::string> ids;          // anchors a link may point at
  std::vector<ResolvedEmbed> embeds;  // parallel to doc->embeds()
};

struct Page {
  enum class Kind { kHome, kSection, kPage };
  Kind kind = Kind::kPage;
  const SourcePage* source = nullptr;
  std::string path;           // canonical address: "/", "/local-offer/", "/local-offer/bursary/"
  int parent = -1;            // the section it is listed in; -1 for the home page
  std::vector<int> children;  // pages and sections listed on it, in display order
  PageText body;
  std::map<std::string, PageText> alternates;  // by infix ("easy")
  int dataset = -1;  // a dataset's own page: index into SiteModel::datasets
  // Links written in front matter fields, resolved like links in the body: a meeting's
  // agenda reports, one per agenda item (an empty link for an item without a report).
  std::vector<ResolvedLink> field_links;
};

struct Asset {
  std::string source_path;  // assets/css/site.css
  std::string url;          // /assets/css/site.5d41402a.css
  std::string bytes;
};

struct ResolvedMenuItem {
  std::string label;
  int target_page = -1;  // a page of the site, or -1 for an outside address in `url`
  std::string url;
};

struct SiteModel {
  const SiteConfig* config = nullptr;
  std::vector<Page> pages;  // pages[0] is the home page; the rest in content order
  std::map<std::string, int> by_path;
  // Files published beside pages, which links may name: each dataset page's figures
  // ("/data/survey/survey.csv" and ".json") and each downloadable page's PDFs and Braille
  // file ("/leaflets/your-iro/your-iro.pdf", "your-iro-large-print.pdf", "your-iro.brf").
  std::set<std::string> files_beside_pages;
  std::map<std::string, Asset> assets;  // by logical path: "/assets/css/site.css"
  std::map<std::string, Picture> pictures;
  std::map<std::string, std::vector<ResolvedMenuItem>> menus;
  std::vector<int> feed;  // dated pages for the Atom feed, newest first
  const std::vector<PublishedDataset>* datasets = nullptr;  // as published, after control
  // The source records made for pages that have no Markdown file (dataset pages).
  std::vector<std::unique_ptr<SourcePage>> generated_sources;
  // The build date (BuildOptions::today), for what renders differently as time passes:
  // meetings still to come, overdue actions.
  std::optional<Date> today;
};

struct BuildOptions {
  bool include_drafts = false;
  // Keep each block's prose runs (MarkdownBlock::prose) for the language checks; a build
  // that runs none leaves them out, which saves a large site time and memory.
  bool prose = true;
  // The build date, for what depends on it: which meetings are still to come, and which
  // local offer entries have not been checked for a year. main.cpp sets it from
  // SOURCE_DATE_EPOCH when that is set, else from the clock; tests set it. Unset, nothing
  // is reported as overdue and no meeting counts as still to come.
  std::optional<Date> today;
};

// The address of a download file made from a page, beside it and named after it:
// ("/leaflets/your-iro/", ".brf") -> "/leaflets/your-iro/your-iro.brf"; the home page's
// files are named "home".
std::string FileBesidePage(const std::string& page_path, const std::string& extension);

// The address of a dataset's published figures beside its page, named after the dataset:
// ("/data/survey/", "survey", ".csv") -> "/data/survey/survey.csv".
std::string DatasetFile(const std::string& page_path, const std::string& dataset_id,
                        const std::string& extension);

// Builds the model. `site` reads the site folder, `theme` the layered theme folders.
// Reports every problem; the caller stops if there were errors.
SiteModel BuildSiteModel(const SiteConfig& config, const SourceTree& tree,
                         const std::vector<PublishedDataset>& datasets, const FileSystem& site,
                         const FileSystem& theme, const BuildOptions& options,
                         Diagnostics& diagnostics);

// The same, for a site without datasets.
SiteModel BuildSiteModel(const SiteConfig& config, const SourceTree& tree, const FileSystem& site,
                         const FileSystem& theme, const BuildOptions& options,
                         Diagnostics& diagnostics);

// The canonical address of a content file: "local-offer/_index.md" -> "/local-offer/".
std::string PathForContent(const std::string& content_path);

}  // namespace hearth
