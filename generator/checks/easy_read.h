// Easy-read lint: read-only checks of the text written for a reading version whose
// site.yaml entry says `lint: easy-read`. Easy read is laid out in blocks, each a picture
// and one to three short sentences; hard words and abbreviations are explained; there is
// no italic text. Thresholds come from site.yaml `easy_read`.
#pragma once

#include <string>
#include <vector>

#include "config/site_config.h"
#include "core/diagnostic.h"
#include "site/site_model.h"

namespace hearth {

// Splits plain text into sentences at '.', '!' or '?' followed by a space or the end.
std::vector<std::string> SplitSentences(const std::string& text);

// Words are runs of characters separated by spaces that hold a letter or a digit.
size_t CountWords(const std::string& sentence);

// Checks one easy-read text (exposed for tests).
void LintEasyRead(const PageText& text, const std::string& source, int first_line,
                  const EasyReadRules& rules, Diagnostics& diagnostics);

// Checks every easy-read text in the site.
void CheckEasyRead(const SiteModel& model, Diagnostics& diagnostics);

}  // namespace hearth
