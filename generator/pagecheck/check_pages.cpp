#include "pagecheck/check_pages.h"

#include <algorithm>
#include <climits>
#include <set>
#include <tuple>

#include "core/text.h"
#include "pagecheck/html_document.h"

namespace hearth {
namespace {

std::string JoinAnd(const std::vector<std::string>& items) {
  if (items.size() <= 1) return items.empty() ? "" : items[0];
  return Join(std::vector<std::string>(items.begin(), items.end() - 1), ", ") + " and " +
         items.back();
}

// The version a file that is not a page belongs to: the longest prefix that matches.
size_t VariantOfPath(const std::vector<Variant>& variants, const std::string& path) {
  size_t best = 0, best_length = 0;
  bool found = false;
  for (size_t i = 0; i < variants.size(); ++i) {
    const std::string& prefix = variants[i].path_prefix;
    if ((prefix.empty() && !found) ||
        (!prefix.empty() && StartsWith("/" + path, prefix + "/") && prefix.size() >= best_length)) {
      best = i;
      best_length = prefix.size();
      found = true;
    }
  }
  return best;
}

}  // namespace

PageCheck::PageCheck(const SiteModel& model, std::vector<ThemeLayer> theme)
    : model_(model), theme_(std::move(theme)), jobs_(PlanRenderJobs(model)) {
  for (size_t i = 0; i < jobs_.size(); ++i) job_by_path_[jobs_[i].output_path] = i;
  links_.resize(model.config->variants.size());
}

void PageCheck::Check(const std::string& path, const std::string& bytes) {
  if (!EndsWith(path, ".html")) return;
  FileReport report = Inspect(path, bytes);
  auto order = std::make_tuple(report.page < 0 ? INT_MAX : report.page, report.variant, path);
  std::lock_guard<std::mutex> lock(mutex_);
  // Links about the page they are on (in-page anchors, its other versions) mean something
  // else on every page, so they are compared only within the page (page_rules.cpp).
  std::set<std::pair<std::string, std::string>> counted;
  for (const PageLink& link : report.facts.links) {
    if (link.about_this_page) continue;
    std::string key = ToLower(link.name);
    if (!counted.emplace(key, link.destination).second) continue;
    LinkUse& use = links_[report.variant][key][link.destination];
    if (use.pages++ == 0 || order < use.first) {
      use.first = order;
      use.first_name = link.name;
      use.first_page_key = report.page_key;
    }
  }
  report.facts.links = {};
  reports_.push_back(std::move(report));
}

PageCheck::FileReport PageCheck::Inspect(const std::string& path, const std::string& bytes) const {
  const auto& variants = model_.config->variants;
  FileReport report;
  report.path = path;
  PageContext context;
  const RenderJob* job = nullptr;
  if (auto it = job_by_path_.find(path); it != job_by_path_.end()) {
    job = &jobs_[it->second];
    const Page& page = model_.pages[job->page];
    report.page = job->page;
    report.variant = job->variant;
    report.page_key = page.path;
    report.source = job->text ? job->text->file : page.source->file;
    context.url = job->url;
    for (const Variant& v : variants) context.self_urls.push_back(VariantUrl(v, page.path));
  } else {
    // The 404 page of each version, made from the theme alone.
    report.variant = VariantOfPath(variants, path);
    context.url = "/" + path;
    std::string name = path.substr(path.rfind('/') + 1);
    report.page_key = "/" + name;
    context.self_urls.push_back(context.url);
    std::string templ = "templates/" + name.substr(0, name.rfind('.')) + ".mustache";
    report.source = templ;
    for (const ThemeLayer& layer : theme_) {
      if (layer.files->IsFile(templ)) {
        report.source = layer.prefix + templ;
        break;
      }
    }
  }
  context.path_prefix = variants[report.variant].path_prefix;
  HtmlDocument doc = ParseHtml(bytes);
  for (PageFinding& finding : CheckPage(doc, context, report.facts)) {
    SourceLocation location = Trace(finding, job, report.source);
    report.findings.push_back({std::move(finding), std::move(location)});
  }
  return report;
}

// The place in the Markdown source a finding comes from, when it comes from the page's
// words rather than from the theme.
SourceLocation PageCheck::Trace(const PageFinding& finding, const RenderJob* job,
                                const std::string& source) const {
  SourceLocation none{source, 0, 0};
  if (!job || !job->text || !job->text->doc) return none;
  const PageText& text = *job->text;
  const Variant& variant = model_.config->variants[job->variant];
  switch (finding.origin) {
    case PageFinding::Origin::kNone:
      return none;
    case PageFinding::Origin::kHeading:
      for (const MarkdownHeading& heading : text.doc->headings()) {
        if (!finding.origin_key.empty() && heading.id == finding.origin_key) {
          return heading.location;
        }
      }
      return none;
    case PageFinding::Origin::kLink:
    case PageFinding::Origin::kImage: {
      auto kind = finding.origin == PageFinding::Origin::kLink ? MarkdownLink::Kind::kLink
                                                               : MarkdownLink::Kind::kImage;
      const auto& links = text.doc->links();
      std::optional<SourceLocation> by_href;
      size_t by_href_count = 0;
      for (size_t i = 0; i < links.size() && i < text.links.size(); ++i) {
        if (links[i].kind != kind) continue;
        if (LinkHref(model_, text.links[i], variant) != finding.origin_key) continue;
        if (kind == MarkdownLink::Kind::kLink && Trim(links[i].text) == finding.origin_text) {
          return links[i].location;
        }
        if (!by_href) by_href = links[i].location;
        ++by_href_count;
      }
      // Link text in Markdown may hold formatting the page's text does not; an address
      // used once is still a safe match.
      if (by_href && (by_href_count == 1 || kind == MarkdownLink::Kind::kImage)) return *by_href;
      return none;
    }
  }
  return none;
}

void PageCheck::Finish(Diagnostics& diagnostics) {
  const auto& variants = model_.config->variants;
  std::lock_guard<std::mutex> lock(mutex_);
  // Page order, then version order, so "first" means the same in every run.
  std::sort(reports_.begin(), reports_.end(), [](const FileReport& a, const FileReport& b) {
    int pa = a.page < 0 ? INT_MAX : a.page, pb = b.page < 0 ? INT_MAX : b.page;
    return std::tie(pa, a.variant, a.path) < std::tie(pb, b.variant, b.path);
  });

  // Every page's title is its own.
  std::map<std::string, size_t> first_with_title;
  for (size_t i = 0; i < reports_.size(); ++i) {
    FileReport& report = reports_[i];
    if (!report.facts.title || report.facts.title->empty()) continue;
    auto [it, fresh] = first_with_title.emplace(*report.facts.title, i);
    if (fresh) continue;
    PageFinding finding;
    finding.message = "another page, " + reports_[it->second].page_key + ", has the same title '" +
                      *report.facts.title + "'";
    finding.hint =
        "every page needs its own title, so people can tell pages apart in tabs, "
        "bookmarks and search results";
    report.findings.push_back({finding, {report.source, 0, 0}});
  }
  // Within each version, a link's words always go to the same place.
  std::map<std::string, size_t> report_of_path;
  for (size_t i = 0; i < reports_.size(); ++i) report_of_path[reports_[i].path] = i;
  for (size_t v = 0; v < variants.size(); ++v) {
    const std::string& prefix = variants[v].path_prefix;
    for (const auto& [key, destinations] : links_[v]) {
      if (destinations.size() < 2) continue;
      // The destination most pages use is taken as the right one; each other one is
      // reported once, where it is first used.
      auto main = destinations.begin();
      for (auto it = destinations.begin(); it != destinations.end(); ++it) {
        if (it->second.pages > main->second.pages ||
            (it->second.pages == main->second.pages && it->second.first < main->second.first)) {
          main = it;
        }
      }
      for (auto it = destinations.begin(); it != destinations.end(); ++it) {
        if (it == main) continue;
        FileReport& report = reports_[report_of_path.at(std::get<2>(it->second.first))];
        PageFinding finding;
        finding.message = "the link text '" + it->second.first_name + "' goes to " +
                          CanonicalAddress(it->first, prefix) + " here, but to " +
                          CanonicalAddress(main->first, prefix) + " on " +
                          Plural(main->second.pages, "other page") + ", such as " +
                          main->second.first_page_key;
        finding.hint =
            "the same link words should always go to the same place; change the words of one "
            "of them to say where it goes";
        finding.origin = PageFinding::Origin::kLink;
        // The href as written on the page is not kept; the resolved one matches it for
        // the site-root addresses every page uses.
        finding.origin_key = it->first;
        finding.origin_text = it->second.first_name;
        const RenderJob* job = nullptr;
        if (auto j = job_by_path_.find(report.path); j != job_by_path_.end()) {
          job = &jobs_[j->second];
        }
        report.findings.push_back({finding, Trace(finding, job, report.source)});
      }
    }
  }

  // One diagnostic per distinct finding: traced findings by their place, the rest by
  // their words alone, so a theme problem on every page is reported once.
  struct Group {
    SourceLocation location;
    const PageFinding* finding = nullptr;
    std::vector<size_t> reports;
    std::set<std::string> sources;
  };
  std::map<std::tuple<std::string, int, int, std::string, std::string>, size_t> group_of;
  std::vector<Group> groups;
  for (size_t i = 0; i < reports_.size(); ++i) {
    for (const Located& located : reports_[i].findings) {
      const SourceLocation& at = located.location;
      bool traced = at.line > 0;
      auto key =
          std::make_tuple(traced ? at.file : "", traced ? at.line : 0, traced ? at.column : 0,
                          located.finding.message, located.finding.hint);
      auto [it, fresh] = group_of.emplace(key, groups.size());
      if (fresh) groups.push_back({at, &located.finding, {}, {}});
      Group& group = groups[it->second];
      if (group.reports.empty() || group.reports.back() != i) group.reports.push_back(i);
      group.sources.insert(reports_[i].source);
    }
  }
  for (const Group& group : groups) {
    std::vector<std::string> pages;
    std::set<size_t> versions;
    for (size_t r : group.reports) {
      if (std::find(pages.begin(), pages.end(), reports_[r].page_key) == pages.end()) {
        pages.push_back(reports_[r].page_key);
      }
      versions.insert(reports_[r].variant);
    }
    std::string in_versions;
    if (versions.size() == variants.size() && variants.size() > 1) {
      in_versions = "in every version";
    } else {
      std::vector<std::string> labels;
      for (size_t v : versions) labels.push_back(variants[v].label);
      in_versions = "in the " + JoinAnd(labels) + " version" + (labels.size() > 1 ? "s" : "");
    }
    std::string where = pages.size() == 1 ? "on " + pages[0] + ", " + in_versions
                                          : "on " + std::to_string(pages.size()) +
                                                " pages, such as " + pages[0] + ", " + in_versions;
    Diagnostic d;
    d.location = group.location;
    d.message = group.finding->message + " (" + where + ")";
    d.hint = group.finding->hint;
    if (group.sources.size() > 1) {
      d.hint += d.hint.empty() ? "" : "; ";
      d.hint +=
          "it is on pages made from different files, so it most likely comes from the "
          "theme's templates";
    }
    diagnostics.Add(std::move(d));
  }
  CheckThemeContrast(theme_, variants, diagnostics);
}

void PageCheckSink::Write(const std::string& path, std::string bytes) {
  check_.Check(path, bytes);
  next_.Write(path, std::move(bytes));
}

void CheckPages(const SiteModel& model, const std::vector<RenderedFile>& files,
                const std::vector<ThemeLayer>& theme, Diagnostics& diagnostics) {
  PageCheck check(model, theme);
  for (const RenderedFile& file : files) check.Check(file.path, file.bytes);
  check.Finish(diagnostics);
}

}  // namespace hearth
