// The whole pipeline in one call, for the commands and the whole-site tests:
// SiteConfig -> SourceTree -> SiteModel -> RenderedFiles. Each stage adds to one
// Diagnostics; the pipeline stops at the end of the first stage that found an error.
// Writing is left to the caller (output/), so tests build sites entirely in memory.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "core/diagnostic.h"
#include "fs/file_system.h"
#include "render/render_site.h"
#include "site/site_model.h"

namespace hearth {

struct PipelineOptions {
  BuildOptions build;
  RenderOptions render;
  // Check every rendered page and the theme's colour contrast (pagecheck/); for
  // `hearth check`. Default: false.
  bool check_pages = false;
  // Collect every http(s) link with its places (PipelineResult::external_links), for
  // `hearth check`. Default: false.
  bool collect_external_links = false;
  // Run the language checks that site.yaml sets to warning as well as those set to error
  // (`hearth check`, and tests). `hearth build` runs only those set to error, which can
  // stop a publication, and leaves the advice to `hearth check`.
  bool language_warnings = true;
};

struct PipelineResult {
  std::vector<RenderedFile> files;  // empty when there were errors
  size_t page_count = 0;            // pages before versions
  std::string audit;                // the disclosure audit of every dataset, for check
  // Every http(s) address the pages link to, with each place it is written (every
  // version's text), for the external link check; only with collect_external_links.
  std::map<std::string, std::vector<SourceLocation>> external_links;
  SiteConfig config;  // site.yaml as read (empty when it could not be)
  bool ok = false;
};

// `site` reads the site folder; `default_theme` the default theme folder. The site's own
// theme folder (site.yaml `theme`, default "theme") is laid over the default theme.
// Rendered files go to `sink` as they are made; if the result is not ok, what the sink
// received must be thrown away. Download files (PDF and Braille) are made through
// options.render.downloads; when that is not set, through a cache kept in memory for this
// run only.
PipelineResult RunPipeline(const FileSystem& site, const FileSystem& default_theme,
                           const PipelineOptions& options, OutputSink& sink,
                           Diagnostics& diagnostics);

// The same, keeping the files in memory (PipelineResult::files, sorted by path).
PipelineResult RunPipeline(const FileSystem& site, const FileSystem& default_theme,
                           const PipelineOptions& options, Diagnostics& diagnostics);

// Reads lines for diagnostics from the site's files.
LineLookup SiteLineLookup(const FileSystem& site);

}  // namespace hearth
