// The accessibility statement: a page made from site.yaml's `accessibility` section, with the
// sections the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility
// Regulations 2018 ask for and the GOV.UK sample statement lays out: how accessible the site
// is, what to do if you cannot use it, reporting a problem, the enforcement procedure, the
// compliance status, non-accessible content (non-compliance, disproportionate burden, out of
// scope), what is being done, and how and when the statement was prepared and the site tested.
//
// The page is Markdown like any other, so every reading version, the page checks and the
// language checks treat it as they treat the rest of the site.
#pragma once

#include <optional>
#include <string>

#include "config/site_config.h"
#include "content/source_page.h"

namespace hearth {

// Where the statement is published.
inline constexpr char kAccessibilityStatementPath[] = "/accessibility/";

// The statement's Markdown text.
std::string AccessibilityStatementMarkdown(const SiteConfig& config);

// The statement as a page of the site (its source file is site.yaml), or nothing when
// site.yaml has no `accessibility` section.
std::optional<SourcePage> AccessibilityStatementPage(const SiteConfig& config);

}  // namespace hearth
