// hearth: the command line. Each command builds the file systems and options, runs the
// pipeline up to the last stage it needs, and prints what happened.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "markdown/markdown.h"
#include "output/write_site.h"
#include "pipeline/pipeline.h"

#ifndef HEARTH_DEFAULT_THEME_DIR
#error "HEARTH_DEFAULT_THEME_DIR must name the default theme folder"
#endif

namespace fs = std::filesystem;

namespace {

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
  options.render.threads = flags.threads;
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
            << " ms.\n";
  std::cout.flush();
  std::cerr.flush();
  // Everything is written; the operating system frees memory faster than destructors.
  std::_Exit(0);
}

int RunCheck(const CommonFlags& flags) {
  hearth::RealFileSystem site(flags.site);
  hearth::RealFileSystem theme(flags.theme);
  hearth::Diagnostics diags;
  hearth::PipelineOptions options;
  options.build.include_drafts = flags.drafts;
  options.render.threads = flags.threads;
  hearth::PipelineResult result = hearth::RunPipeline(site, theme, options, diags);
  int status = Report(diags, site);
  if (!result.audit.empty()) {
    std::cout << "Disclosure audit: the range a reader could narrow each hidden count to.\n"
              << result.audit;
  }
  if (result.ok) {
    std::cout << "Checked " << result.page_count
              << " pages: " << (status == 0 ? "no errors" : "errors found") << ".\n";
  }
  return status;
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
  CLI11_PARSE(app, argc, argv);
  if (*build) return RunBuild(flags, out);
  if (*check) return RunCheck(flags);
  return 2;
}
