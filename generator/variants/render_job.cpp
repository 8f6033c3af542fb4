#include "variants/render_job.h"

namespace hearth {

std::string VariantUrl(const Variant& variant, const std::string& canonical_path) {
  return variant.path_prefix + canonical_path;
}

std::string OutputPathForUrl(const std::string& url) { return url.substr(1) + "index.html"; }

const PageText* TextFor(const Page& page, const Variant& variant) {
  // A page hearth makes (a dataset's page from its figures, which every version can show;
  // the accessibility statement, which every reader must be able to find) has one text.
  if (variant.alternate_infix.empty() || page.dataset >= 0 ||
      (page.source && page.source->generated)) {
    return &page.body;
  }
  auto it = page.alternates.find(variant.alternate_infix);
  return it == page.alternates.end() ? nullptr : &it->second;
}

std::vector<RenderJob> PlanRenderJobs(const SiteModel& model) {
  std::vector<RenderJob> jobs;
  jobs.reserve(model.pages.size() * model.config->variants.size());
  for (size_t p = 0; p < model.pages.size(); ++p) {
    for (size_t v = 0; v < model.config->variants.size(); ++v) {
      const Variant& variant = model.config->variants[v];
      RenderJob job;
      job.page = static_cast<int>(p);
      job.variant = v;
      job.text = TextFor(model.pages[p], variant);
      job.url = VariantUrl(variant, model.pages[p].path);
      job.output_path = OutputPathForUrl(job.url);
      jobs.push_back(std::move(job));
    }
  }
  return jobs;
}

std::string LinkHref(const SiteModel& model, const ResolvedLink& link, const Variant& variant) {
  if (link.target_page < 0) return link.path + link.fragment;
  const Page& target = model.pages[link.target_page];
  std::string href = VariantUrl(variant, link.path);
  if (!link.fragment.empty()) {
    const PageText* text = TextFor(target, variant);
    if (text && text->ids.count(link.fragment.substr(1))) href += link.fragment;
  }
  return href;
}

}  // namespace hearth
