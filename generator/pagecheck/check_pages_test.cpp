#include "pagecheck/check_pages.h"

#include <catch2/catch.hpp>

#include "pipeline/pipeline.h"

using namespace hearth;

namespace {

std::string Report(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics.Sorted()) {
    out += FormatDiagnostic(d, nullptr);
    out += "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("the sample portal has no page-check problems in any version", "[pagecheck]") {
  RealFileSystem site(HEARTH_SOURCE_DIR);
  RealFileSystem theme(HEARTH_DEFAULT_THEME_DIR);
  PipelineOptions options;
  options.check_pages = true;
  Diagnostics diagnostics;
  PipelineResult result = RunPipeline(site, theme, options, diagnostics);
  INFO(Report(diagnostics));
  CHECK(diagnostics.ErrorCount() == 0);
  CHECK(result.ok);
  CHECK(result.files.size() > 150);
}
