// Page checks on the rendered site (issue 7): runs the rules of page_rules.h on every HTML
// page of every reading version as it is rendered, then the checks that need the whole
// site (every title its own; the same link text always going to the same place, within
// each version), then the theme's colour contrast (contrast.h).
//
// Findings are reported against the source, not the output: the Markdown file (or its
// easy-read text) a page was made from, at the line of the heading, link or picture when
// the finding can be traced to one, else line 0; the message names the page and version.
// The same finding on many pages (a theme problem, such as one in the header) is reported
// once, saying on how many pages it is.
//
// Pipeline: RunPipeline wraps its OutputSink in a PageCheckSink when
// PipelineOptions::check_pages is set (hearth check), and calls Finish after rendering.
// Pages are checked on the render threads; only a summary of each is kept, not its HTML.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <tuple>
#include <vector>

#include "core/diagnostic.h"
#include "pagecheck/contrast.h"
#include "pagecheck/page_rules.h"
#include "render/render_site.h"
#include "site/site_model.h"
#include "variants/render_job.h"

namespace hearth {

class PageCheck {
 public:
  // `theme` names the theme folders, for the contrast check and the 404 page's source.
  PageCheck(const SiteModel& model, std::vector<ThemeLayer> theme);

  // Checks one rendered file; files that are not HTML are skipped. Thread-safe.
  void Check(const std::string& path, const std::string& bytes);

  // Runs the checks across pages and the contrast check, and reports everything.
  void Finish(Diagnostics& diagnostics);

  struct Located {
    PageFinding finding;
    SourceLocation location;  // line 0 when the finding could not be traced to a line
  };
  struct FileReport {
    std::string path;
    int page = -1;  // -1 for files that are not a page (the 404 pages)
    size_t variant = 0;
    std::string page_key;  // the page's canonical address ("/404.html" for the 404 page)
    std::string source;    // the file it was made from
    std::vector<Located> findings;
    PageFacts facts;
  };

 private:
  FileReport Inspect(const std::string& path, const std::string& bytes) const;
  SourceLocation Trace(const PageFinding& finding, const RenderJob* job,
                       const std::string& source) const;

  const SiteModel& model_;
  std::vector<ThemeLayer> theme_;
  std::vector<RenderJob> jobs_;
  std::map<std::string, size_t> job_by_path_;
  std::mutex mutex_;
  std::vector<FileReport> reports_;  // with their links taken out into links_

  // Where each link text goes, per version: kept as counts rather than per page, so a
  // large site's check holds one entry per distinct link, not one per link on every page.
  struct LinkUse {
    size_t pages = 0;
    std::tuple<int, size_t, std::string> first;  // page order, version, path of the first
    std::string first_name;                      // the words as written there
    std::string first_page_key;
  };
  std::vector<std::map<std::string, std::map<std::string, LinkUse>>> links_;  // [version][text]
};

// Passes every file on to another sink, checking the HTML pages on the way.
class PageCheckSink : public OutputSink {
 public:
  PageCheckSink(OutputSink& next, PageCheck& check) : next_(next), check_(check) {}
  void Write(const std::string& path, std::string bytes) override;

 private:
  OutputSink& next_;
  PageCheck& check_;
};

// The same checks on files already rendered.
void CheckPages(const SiteModel& model, const std::vector<RenderedFile>& files,
                const std::vector<ThemeLayer>& theme, Diagnostics& diagnostics);

}  // namespace hearth
