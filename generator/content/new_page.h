// `hearth new TYPE PATH`: the text of a new page of one of the portal's types, with every
// front matter field it uses filled with a placeholder and a comment saying what to write,
// and the headings its readers expect. The page starts as a draft, so a half-written page
// is never published by accident.
#pragma once

#include <optional>
#include <string>

#include "core/date.h"
#include "core/diagnostic.h"

namespace hearth {

// The page's text for `type` (a KnownPageTypes() name, or "section" for a section's
// _index.md), dated `today` where the type has a date. An unknown type is an error with a
// did-you-mean; the result is then nothing.
std::optional<std::string> NewPageText(const std::string& type, const Date& today,
                                       Diagnostics& diagnostics);

// The file a new page at `path` goes in: "local-offer/bus-pass" -> "content/local-offer/
// bus-pass.md"; for a section, "content/local-offer/_index.md". A path that is empty,
// absolute, leaves content/ (..), or is not lower-case words joined by hyphens is an error.
std::optional<std::string> NewPageFile(const std::string& type, const std::string& path,
                                       Diagnostics& diagnostics);

}  // namespace hearth
