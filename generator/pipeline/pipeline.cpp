#include "pipeline/pipeline.h"

#include "checks/easy_read.h"
#include "checks/language.h"
#include "config/site_config.h"
#include "content/source_page.h"
#include "core/text.h"
#include "data/dataset.h"
#include "data/disclosure.h"
#include "downloads/download_cache.h"
#include "downloads/downloads.h"
#include "pagecheck/check_pages.h"
#include "render/theme.h"

namespace hearth {

namespace {

bool IsWebAddress(const std::string& url) {
  return StartsWith(url, "http://") || StartsWith(url, "https://");
}

std::map<std::string, std::vector<SourceLocation>> ExternalLinks(const SiteModel& model) {
  std::map<std::string, std::vector<SourceLocation>> uses;
  auto add = [&](const PageText& text) {
    if (!text.doc) return;
    for (const MarkdownLink& link : text.doc->links()) {
      if (IsWebAddress(link.url)) uses[link.url].push_back(link.location);
    }
  };
  for (const Page& page : model.pages) {
    add(page.body);
    for (const auto& [infix, text] : page.alternates) add(text);
  }
  return uses;
}

}  // namespace

PipelineResult RunPipeline(const FileSystem& site, const FileSystem& default_theme,
                           const PipelineOptions& options, Diagnostics& diags) {
  MemorySink sink;
  PipelineResult result = RunPipeline(site, default_theme, options, sink, diags);
  if (result.ok) result.files = sink.Files();
  return result;
}

PipelineResult RunPipeline(const FileSystem& site, const FileSystem& default_theme,
                           const PipelineOptions& options, OutputSink& sink, Diagnostics& diags) {
  PipelineResult result;
  result.config = LoadSiteConfig(site, diags);
  const SiteConfig& config = result.config;
  if (diags.HasErrors()) return result;
  SourceTree tree = LoadContent(site, config, diags);
  SubFileSystem site_theme(site, config.theme_dir);
  LayeredFileSystem theme_fs({&site_theme, &default_theme});
  auto theme = Theme::Load(theme_fs, diags);
  if (diags.HasErrors() || !theme) return result;
  std::vector<Dataset> datasets = LoadDatasets(site, diags);
  std::vector<PublishedDataset> published;
  DisclosureRules rules{config.disclosure.suppress_below, config.disclosure.percent_decimals};
  for (const Dataset& d : datasets) published.push_back(ProtectDataset(d, rules, diags));
  for (const auto& p : published) result.audit += FormatAudit(p);
  LanguageRules language = LoadLanguageRules(config, site, default_theme, diags, tree.glossary);
  if (!options.language_warnings) language.settings.Lower(CheckLevel::kWarning, CheckLevel::kOff);
  const LanguageChecks& levels = language.settings;
  const bool check_language = levels.Any(CheckLevel::kWarning) || levels.Any(CheckLevel::kError);
  BuildOptions build = options.build;
  build.prose = check_language;
  SiteModel model = BuildSiteModel(config, tree, published, site, theme_fs, build, diags);
  // Each body has been parsed and rendered into the model: release the source text of
  // large sites early. (The easy-read lint still reads the alternates' text.)
  for (SourcePage& page : tree.pages) std::string().swap(page.body.text);
  // Checks only read the model, and a model with unresolved links is still whole, so
  // they run even after errors: an author sees every problem in one run.
  CheckEasyRead(model, diags);
  if (check_language) CheckLanguage(model, language, diags);
  for (Page& page : model.pages) {
    if (page.body.doc) page.body.doc->ReleaseProse();
    for (auto& [infix, text] : page.alternates) {
      if (text.doc) text.doc->ReleaseProse();
    }
  }
  if (diags.HasErrors()) return result;
  result.page_count = model.pages.size();
  if (options.collect_external_links) result.external_links = ExternalLinks(model);
  RenderOptions render = options.render;
  MemoryDownloadCache memory_cache;
  std::unique_ptr<DownloadMaker> own_maker;
  if (!render.downloads) {
    own_maker = std::make_unique<DownloadMaker>(memory_cache);
    render.downloads = own_maker.get();
  }
  if (options.check_pages) {
    PageCheck check(model,
                    {{config.theme_dir + "/", &site_theme}, {"themes/default/", &default_theme}});
    PageCheckSink checked(sink, check);
    RenderSite(model, *theme, render, checked, diags);
    check.Finish(diags);
  } else {
    RenderSite(model, *theme, render, sink, diags);
  }
  if (diags.HasErrors()) return result;
  result.ok = true;
  return result;
}

LineLookup SiteLineLookup(const FileSystem& site) {
  // Diagnostics come sorted by file, so keeping the last file's lines reads each file once.
  auto last_file = std::make_shared<std::string>();
  auto last_lines = std::make_shared<std::optional<std::vector<std::string>>>();
  return [&site, last_file, last_lines](const std::string& file,
                                        int line) -> std::optional<std::string> {
    if (file != *last_file || !last_lines->has_value()) {
      *last_file = file;
      auto text = site.ReadFile(file);
      *last_lines = text ? std::optional(SplitLines(*text)) : std::nullopt;
    }
    if (!last_lines->has_value()) return std::nullopt;
    const auto& lines = **last_lines;
    if (line < 1 || line > static_cast<int>(lines.size())) return std::nullopt;
    return lines[line - 1];
  };
}

}  // namespace hearth
