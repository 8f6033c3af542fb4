// Page x reading version -> RenderJob. Reading versions are values from site.yaml (STYLE.md:
// variants are data, not branches): this module says where each version of each page is
// published, which parse of its words it shows, and where its links go.
#pragma once

#include <string>
#include <vector>

#include "config/site_config.h"
#include "site/site_model.h"

namespace hearth {

struct RenderJob {
  int page = -1;
  size_t variant = 0;  // index into config.variants
  // The words shown: the page's body, or its text written for this version. Null when
  // the version wants its own text and none has been written yet.
  const PageText* text = nullptr;
  std::string url;          // "/large-print/local-offer/"
  std::string output_path;  // "large-print/local-offer/index.html"
};

// The address of a canonical path in a version: "/local-offer/" -> "/easy-read/local-offer/".
std::string VariantUrl(const Variant& variant, const std::string& canonical_path);

// "/large-print/local-offer/" -> "large-print/local-offer/index.html".
std::string OutputPathForUrl(const std::string& url);

// The words a page shows in a version (see RenderJob::text).
const PageText* TextFor(const Page& page, const Variant& variant);

// Every page in every version, in page order then version order.
std::vector<RenderJob> PlanRenderJobs(const SiteModel& model);

// The href of a resolved link when read in `variant`. A link to a page stays in the
// version; its #anchor is kept only if the target shows that heading in the version.
std::string LinkHref(const SiteModel& model, const ResolvedLink& link, const Variant& variant);

}  // namespace hearth
