// Plain and caring language: read-only checks of the words of every page, in its own
// text and in every text written for a reading version (large print shares the page's
// own words, so it is checked once). Four checks, each off, a warning or an error as
// site.yaml `language_checks` says:
//  - care language: words that label children in care ("placement", "LAC", "contact"
//    with family), from the theme's care-language dictionary, each with better words;
//  - words to avoid: long or empty words ("utilise", "in order to", "click here"), from
//    the dictionary and site.yaml `avoid`;
//  - abbreviations that are neither known (dictionary, site.yaml, the glossary)
//    nor spelt out where first used;
//  - readability: the reading age of each text against the target for its audience.
// Code, link addresses and heading ids are not words a reader reads, and are not checked.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "core/diagnostic.h"
#include "fs/file_system.h"
#include "language/dictionary.h"
#include "site/site_model.h"

namespace hearth {

// Where a theme keeps its care-language dictionary.
inline constexpr char kCareLanguageFile[] = "language/care-language.yaml";

struct LanguageRules {
  LanguageChecks settings;
  std::vector<LanguageTerm> terms;  // care language and words to avoid, less those allowed
  std::set<std::string> known_abbreviations;
};

// The rules for a site: the dictionary from the site's own theme folder if it has one,
// else from the default theme (a site's file replaces the default one whole, as theme
// files do); then site.yaml's words to avoid, allowed terms and known abbreviations.
// The glossary's abbreviations are known too: its page explains them, and each page links
// its first use of one there. Reports mistakes in the dictionary and allowed terms that are
// in no list.
LanguageRules LoadLanguageRules(const SiteConfig& config, const FileSystem& site,
                                const FileSystem& default_theme, Diagnostics& diagnostics,
                                const std::vector<GlossaryEntry>& glossary = {});

// Checks every page of the site.
void CheckLanguage(const SiteModel& model, const LanguageRules& rules, Diagnostics& diagnostics);

}  // namespace hearth
