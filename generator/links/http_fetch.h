// The network side of the external link check, and the only code that includes libcurl.
// It sends the requests with curl's multi interface under the limits in
// ExternalLinkOptions and reports what each server said; it does not judge the answers
// (ClassifyLinkResult does) and knows nothing of the cache or the skip list.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "links/external_links.h"

namespace hearth {

// Requests every address (each must be http or https) and returns one result per address,
// in the same order, with status, failure, detail, final_url, redirects, attempts and
// checked_at filled in; outcome and message are left for ClassifyLinkResult.
std::vector<ExternalLinkResult> FetchLinks(const std::vector<std::string>& urls,
                                           const ExternalLinkOptions& options,
                                           const WallClock& clock);

// The wait a Retry-After header asks for, in seconds from `now_unix`: either a number of
// seconds or an HTTP date (RFC 9110 section 10.2.3; a date in the past means 0). Nothing
// when the value is neither.
std::optional<int64_t> ParseRetryAfter(std::string_view value, int64_t now_unix);

}  // namespace hearth
