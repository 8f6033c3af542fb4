// SiteModel + Theme -> RenderedFiles: every page in every reading version, the 404 page,
// feeds, the sitemap, robots.txt and the fingerprinted assets. Pure: returns bytes and
// paths, and output/ writes them. Pages render in parallel on all cores; the result is
// ordered by path, so two builds of one input are byte-identical.
#pragma once

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

struct RenderOptions {
  unsigned threads = 0;  // 0: all cores
};

std::vector<RenderedFile> RenderSite(const SiteModel& model, const Theme& theme,
                                     const RenderOptions& options, Diagnostics& diagnostics);

// Escapes text for XML content and attributes (sitemap and Atom feed).
std::string XmlEscape(const std::string& text);

}  // namespace hearth
