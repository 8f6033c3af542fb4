// The external link cache: each address's last check result with the time it was checked,
// kept in a JSON file between runs of `hearth check --external` so that a second run within
// the time to live sends no requests for links that worked. See external_links.h for which
// results are reused. The file is replaced atomically (a temporary file beside it, then a
// rename), so an interrupted run never leaves half a cache behind.
//
// Format, version 1:
//   {"version": 1, "entries": {"https://x/": {"checked": 1764000000, "outcome": "ok",
//     "status": 200, "final_url": "https://x/", "redirects": [{"url": ..., "status": 301}],
//     "failure": "none", "detail": "", "attempts": 1}}}
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "links/external_links.h"

namespace hearth {

class LinkCache {
 public:
  // Reads the cache file. A missing file is an empty cache; a file that cannot be read or
  // is not a cache gives an empty cache and a plain-English `problem`.
  static LinkCache Load(const std::string& path, std::string& problem);
  static std::optional<LinkCache> FromJson(const std::string& text);
  std::string ToJson() const;

  // The stored result for `url` if it worked (ok or redirected) and was checked less than
  // `ttl_s` seconds before `now`, marked from_cache. Results that did not work, or that
  // claim to come from the future, are never reused.
  std::optional<ExternalLinkResult> Reusable(const std::string& url, int64_t now,
                                             int64_t ttl_s) const;
  void Put(const ExternalLinkResult& result);
  // Forgets entries at least `ttl_s` old, so addresses no longer linked do not pile up.
  void DropExpired(int64_t now, int64_t ttl_s);
  size_t size() const { return entries_.size(); }

  // Writes the file atomically, making its folder if needed. Returns false and sets
  // `problem` when it cannot.
  bool Save(const std::string& path, std::string& problem) const;

 private:
  std::map<std::string, ExternalLinkResult> entries_;
};

}  // namespace hearth
