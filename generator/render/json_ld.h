// schema.org JSON-LD for a page's <head> (local offer entries, meetings). One place makes the
// text safe inside <script>: "</script>" or "<!--" in a title must not end the element.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace hearth {

// `object` as JSON for a <script type="application/ld+json"> element, with '<', '>' and
// '&' written as \u escapes (still the same JSON to a parser).
std::string JsonLdText(const nlohmann::json& object);

}  // namespace hearth
