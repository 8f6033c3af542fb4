// hearth: the command line. Each command builds the file systems and options, runs the
// pipeline up to the last stage it needs, and prints what happened.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "content/new_page.h"
#include "downloads/download_cache.h"
#include "downloads/downloads.h"
#include "links/external_links.h"
#include "markdown/markdown.h"
#include "output/write_site.h"
#include "pipeline/pipeline.h"

#ifndef HEARTH_DEFAULT_THEME_DIR
#error "HEARTH_DEFAULT_THEME_DIR must name the default theme folder"
#endif

namespace fs = std::filesystem;

namespace {

// The one place hearth reads the clock. SOURCE_DATE_EPOCH (seconds since 1970, the
// reproducible-builds convention) fixes the date for a rebuild of an old release; otherwise
// it is today's date where the build runs.
hearth::Date BuildDate() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    char* end = nullptr;
    long long seconds = std::strtoll(epoch, &end, 10);
    if (end && *end == '\0') return hearth::DateFromEpochSeconds(seconds);
    std::cerr << "warning: SOURCE_DATE_EPOCH is not a number of seconds; using today's date\n";
  }
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

struct CommonFlags {
  std::string site = ".";
  std::string theme = HEARTH_DEFAULT_THEME_DIR;
  bool drafts = false;
  unsigned threads = 0;
};

void AddCommonFlags(CLI::App* command, CommonFlags& flags) {
  command->add_option("--site", flags.site, "the site folder, holding site.yaml (default: .)");
  command->add_option("--theme", flags.theme, "the default theme folder")->capture_default_str();
  command->add_flag("--drafts", flags.drafts, "include pages marked draft: true");
  command->add_option("--threads", flags.threads, "render threads (default: all cores)");
}

int Report(const hearth::Diagnostics& diags, const hearth::FileSystem& site) {
  std::string text = hearth::FormatDiagnostics(diags, hearth::SiteLineLookup(site));
  std::cerr << text;
  return diags.HasErrors() ? 1 : 0;
}

int RunBuild(const CommonFlags& flags, const std::string& out_flag) {
  auto started = std::chrono::steady_clock::now();
  hearth::RealFileSystem site(flags.site);
  hearth::RealFileSystem theme(flags.theme);
  fs::path out = out_flag.empty() ? fs::path(flags.site) / "public" : fs::path(out_flag);
  hearth::Diagnostics diags;
  if (!hearth::CheckOutputFolder(flags.site, out, diags)) return Report(diags, site);
  hearth::PipelineOptions options;
  options.build.include_drafts = flags.drafts;
  options.build.today = BuildDate();
  options.render.threads = flags.threads;
  options.language_warnings = false;  // advice is for `hearth check`
  // Download files are kept between builds, so unchanged leaflets are not made again.
  hearth::FolderDownloadCache cache(fs::path(flags.site) / hearth::kDownloadCacheFolder);
  hearth::DownloadMaker downloads(cache);
  options.render.downloads = &downloads;
  hearth::StagedOutput staged(out, diags);
  if (!staged.Begin()) return Report(diags, site);
  hearth::PipelineResult result = hearth::RunPipeline(site, theme, options, staged, diags);
  if (!result.ok || !staged.Commit()) {
    Report(diags, site);
    std::cerr << "The build stopped; " << out.string() << " was left as it was.\n";
    return 1;
  }
  Report(diags, site);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  started)
                .count();
  std::cout << "Built " << result.page_count << " pages into " << out.string() << " in " << ms
            << " ms.";
  if (downloads.made() + downloads.reused() > 0) {
    std::cout << " Downloads: " << downloads.made() << " made, " << downloads.reused()
              << " unchanged.";
  }
  std::cout << "\n";
  // The language checks' advice (those set to warning) is hearth check's to give.
  if (result.config.language_checks.Any(hearth::CheckLevel::kWarning)) {
    std::cout << "For advice on plain and caring language, and checks of every page as a "
                 "browser reads it, run: hearth check\n";
  }
  std::cout.flush();
  std::cerr.flush();
  // Everything is written; the operating system frees memory faster than destructors.
  std::_Exit(0);
}

class DiscardSink : public hearth::OutputSink {
 public:
  void Write(const std::string&, std::string) override {}
};

const char* SeverityName(hearth::Severity severity) {
  return severity == hearth::Severity::kError ? "error" : "warning";
}

nlohmann::json LocationJson(const hearth::SourceLocation& where) {
  return {{"file", where.file}, {"line", where.line}, {"column", where.column}};
}

// The check's findings for programs (editors, CI annotations): one JSON object on stdout.
std::string CheckJson(const hearth::Diagnostics& diags, const hearth::PipelineResult& result,
                      const std::vector<hearth::ExternalLinkResult>* links) {
  nlohmann::json out;
  out["pages"] = result.page_count;
  out["versions"] = result.config.variants.size();
  out["errors"] = diags.ErrorCount();
  out["warnings"] = diags.WarningCount();
  nlohmann::json list = nlohmann::json::array();
  for (const hearth::Diagnostic& d : diags.Sorted()) {
    nlohmann::json item = LocationJson(d.location);
    item["severity"] = SeverityName(d.severity);
    item["message"] = d.message;
    if (!d.hint.empty()) item["hint"] = d.hint;
    list.push_back(std::move(item));
  }
  out["diagnostics"] = std::move(list);
  if (links) {
    nlohmann::json checked = nlohmann::json::array();
    for (const hearth::ExternalLinkResult& r : *links) {
      nlohmann::json item{{"url", r.url},
                          {"outcome", std::string(hearth::OutcomeName(r.outcome))},
                          {"status", r.status},
                          {"final_url", r.final_url},
                          {"from_cache", r.from_cache},
                          {"message", r.message}};
      nlohmann::json places = nlohmann::json::array();
      auto uses = result.external_links.find(r.url);
      if (uses != result.external_links.end()) {
        for (const auto& where : uses->second) places.push_back(LocationJson(where));
      }
      item["places"] = std::move(places);
      checked.push_back(std::move(item));
    }
    out["external_links"] = std::move(checked);
  }
  out["audit"] = result.audit;
  return out.dump(2) + "\n";
}

int RunCheck(const CommonFlags& flags, bool external, const std::string& format) {
  hearth::RealFileSystem site(flags.site);
  hearth::RealFileSystem theme(flags.theme);
  hearth::Diagnostics diags;
  hearth::PipelineOptions options;
  options.build.include_drafts = flags.drafts;
  options.build.today = BuildDate();
  options.render.threads = flags.threads;
  options.check_pages = true;
  options.collect_external_links = true;
  // The check writes nothing in the site: it reuses the download files the last build
  // kept (so it starts no Chromium for unchanged leaflets) and makes the rest in memory.
  hearth::FolderDownloadCache kept(fs::path(flags.site) / hearth::kDownloadCacheFolder);
  hearth::MemoryDownloadCache made;
  hearth::ReadThroughDownloadCache cache(kept, made);
  hearth::DownloadMaker downloads(cache);
  options.render.downloads = &downloads;
  // The page checks read each page as it is rendered; nothing needs keeping after that.
  DiscardSink discard;
  hearth::PipelineResult result = hearth::RunPipeline(site, theme, options, discard, diags);

  std::vector<hearth::ExternalLinkResult> links;
  const bool checked_links = external && !result.config.base_url.empty();
  if (checked_links) {
    const hearth::LinkCheckConfig& settings = result.config.link_check;
    hearth::ExternalLinkOptions link_options;
    link_options.timeout_ms = settings.timeout_seconds * 1000;
    link_options.cache_ttl_s = static_cast<int64_t>(settings.cache_hours) * 3600;
    link_options.per_host = static_cast<size_t>(settings.per_host);
    link_options.per_host_delay_ms = settings.per_host_delay_ms;
    link_options.skip = settings.skip;
    link_options.severity =
        settings.broken_is_error ? hearth::Severity::kError : hearth::Severity::kWarning;
    link_options.user_agent = hearth::DefaultUserAgent(result.config.base_url);
    link_options.cache_file =
        (fs::path(flags.site) / ".hearth-cache" / "external-links.json").string();
    links = hearth::CheckExternalLinks(result.external_links, link_options,
                                       std::chrono::system_clock::now, diags);
    hearth::ReportExternalLinks(links, result.external_links, link_options, diags);
  }

  const int status = diags.HasErrors() ? 1 : 0;
  if (format == "json") {
    std::cout << CheckJson(diags, result, checked_links ? &links : nullptr);
    return status;
  }
  Report(diags, site);
  if (!result.audit.empty()) {
    std::cout << "Disclosure audit: the range a reader could narrow each hidden count to.\n"
              << result.audit;
  }
  if (checked_links) {
    std::cout << hearth::FormatExternalLinkSummary(links, result.external_links);
  } else if (!result.external_links.empty()) {
    std::cout << result.external_links.size()
              << " links to other sites were not checked; add --external to check them.\n";
  }
  std::cout << "Checked " << result.page_count << " pages in " << result.config.variants.size()
            << " reading versions: " << diags.ErrorCount()
            << (diags.ErrorCount() == 1 ? " error, " : " errors, ") << diags.WarningCount()
            << (diags.WarningCount() == 1 ? " warning.\n" : " warnings.\n");
  return status;
}

// `hearth new TYPE PATH`: a draft page with every field to fill in, dated today.
int RunNew(const std::string& site_dir, const std::string& type, const std::string& path) {
  hearth::RealFileSystem site(site_dir);
  hearth::Diagnostics diags;
  auto text = hearth::NewPageText(type, BuildDate(), diags);
  auto file = hearth::NewPageFile(type, path, diags);
  if (!text || !file || !hearth::WriteNewFile(site_dir, *file, *text, diags)) {
    return Report(diags, site);
  }
  std::cout << "Made " << *file << ", a draft " << (type == "page" ? "" : type + " ")
            << "page. Fill in the words in CAPITALS, then remove the line 'draft: true'.\n";
  // A page in a folder that is not yet a section is not listed anywhere.
  std::string folder = file->substr(0, file->rfind('/'));
  if (type != "section" && folder != "content" && !site.IsFile(folder + "/_index.md")) {
    std::cout << "Note: " << folder << " has no _index.md, so it is not a section yet; make one "
              << "with: hearth new section " << folder.substr(8) << "\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  hearth::RegisterMarkdownExtensions();
  CLI::App app{"hearth: builds the children's services portal from Markdown"};
  app.require_subcommand(1);
  CommonFlags flags;
  std::string out;
  CLI::App* build = app.add_subcommand("build", "build the site into a folder (default: public)");
  AddCommonFlags(build, flags);
  build->add_option("--out", out, "the output folder (default: public in the site folder)");
  CLI::App* check = app.add_subcommand("check", "run every check without writing anything");
  AddCommonFlags(check, flags);
  bool external = false;
  std::string format = "text";
  check->add_flag("--external", external, "also check the links to other sites (needs network)");
  check->add_option("--format", format, "text (default) or json")
      ->check(CLI::IsMember({"text", "json"}));
  CLI::App* create = app.add_subcommand(
      "new",
      "start a page: hearth new TYPE PATH (types: page, local-offer, leaflet, pledge, "
      "meeting, event, news, section)");
  std::string new_type, new_path, new_site = ".";
  create->add_option("type", new_type, "the kind of page")->required();
  create->add_option("path", new_path, "where in content/, such as local-offer/bus-pass")
      ->required();
  create->add_option("--site", new_site, "the site folder, holding site.yaml (default: .)");
  CLI11_PARSE(app, argc, argv);
  if (*create) return RunNew(new_site, new_type, new_path);
  if (*build) return RunBuild(flags, out);
  if (*check) return RunCheck(flags, external, format);
  return 2;
}
