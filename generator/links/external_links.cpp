#include "links/external_links.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>
#include <utility>

#include "core/text.h"
#include "links/http_fetch.h"
#include "links/link_cache.h"

namespace hearth {
namespace {

constexpr std::pair<LinkOutcome, std::string_view> kOutcomeNames[] = {
    {LinkOutcome::kOk, "ok"},
    {LinkOutcome::kRedirected, "redirected"},
    {LinkOutcome::kBroken, "broken"},
    {LinkOutcome::kTimedOut, "timed-out"},
    {LinkOutcome::kRateLimited, "rate-limited"},
    {LinkOutcome::kSkipped, "skipped"},
};

constexpr std::pair<LinkFailure, std::string_view> kFailureNames[] = {
    {LinkFailure::kNone, "none"},
    {LinkFailure::kBadAddress, "bad-address"},
    {LinkFailure::kNoSuchHost, "no-such-host"},
    {LinkFailure::kCannotConnect, "cannot-connect"},
    {LinkFailure::kCertificate, "certificate"},
    {LinkFailure::kTimedOut, "timed-out"},
    {LinkFailure::kRedirectLoop, "redirect-loop"},
    {LinkFailure::kTooManyRedirects, "too-many-redirects"},
    {LinkFailure::kRetryAfterTooLong, "retry-after-too-long"},
    {LinkFailure::kNetwork, "network"},
};

int64_t UnixSeconds(const WallClock& clock) {
  return std::chrono::duration_cast<std::chrono::seconds>(clock().time_since_epoch()).count();
}

// '*' matches any run of characters, including none; everything else matches itself.
bool GlobMatch(std::string_view pattern, std::string_view text) {
  size_t p = 0, t = 0, star = std::string_view::npos, resume = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = t;
    } else if (p < pattern.size() && pattern[p] == text[t]) {
      ++p;
      ++t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

bool IsWebAddress(std::string_view url) {
  std::string lower = ToLower(url.substr(0, 8));
  return StartsWith(lower, "http://") || StartsWith(lower, "https://");
}

// The host part of an address, for messages: "https://www.x.org:8443/a" -> "www.x.org".
std::string HostOf(std::string_view url) {
  size_t start = url.find("://");
  start = start == std::string_view::npos ? 0 : start + 3;
  size_t end = url.find_first_of("/?#", start);
  std::string_view authority = url.substr(start, end == std::string_view::npos ? end : end - start);
  if (size_t at = authority.rfind('@'); at != std::string_view::npos) {
    authority.remove_prefix(at + 1);
  }
  if (!authority.empty() && authority.front() == '[') {
    return std::string(authority.substr(0, authority.find(']') + 1));
  }
  return std::string(authority.substr(0, authority.find(':')));
}

std::string Seconds(int ms) {
  if (ms % 1000 == 0) return Plural(static_cast<size_t>(ms / 1000), "second");
  char text[32];
  std::snprintf(text, sizeof text, "%.1f seconds", ms / 1000.0);
  return text;
}

bool IsPermanent(int status) { return status == 301 || status == 308; }

std::string FailureText(const ExternalLinkResult& r, const ExternalLinkOptions& options) {
  switch (r.failure) {
    case LinkFailure::kNone:
      return "";
    case LinkFailure::kBadAddress:
      return "the address is not written correctly";
    case LinkFailure::kNoSuchHost:
      return "there is no web site called " + HostOf(r.final_url);
    case LinkFailure::kCannotConnect:
      return "the server at " + HostOf(r.final_url) + " could not be reached";
    case LinkFailure::kCertificate:
      return "the web site's security certificate is not valid";
    case LinkFailure::kTimedOut:
      return "the server did not answer within " + Seconds(options.timeout_ms);
    case LinkFailure::kRedirectLoop:
      return "it redirects in a loop, back to " + r.detail;
    case LinkFailure::kTooManyRedirects:
      return "it redirects more than " + Plural(static_cast<size_t>(options.max_redirects), "time");
    case LinkFailure::kRetryAfterTooLong:
      return (r.status == 429 ? std::string("the server is limiting how often it may be asked")
                              : "the server answered " + StatusText(r.status)) +
             ", and asked us to wait " + r.detail + " seconds before asking again";
    case LinkFailure::kNetwork:
      return "the connection failed (" + r.detail + ")";
  }
  return "";
}

std::string Message(const ExternalLinkResult& r, const ExternalLinkOptions& options) {
  bool moved = !r.redirects.empty() && r.failure != LinkFailure::kRedirectLoop &&
               r.failure != LinkFailure::kTooManyRedirects;
  if (r.failure != LinkFailure::kNone) {
    std::string text = FailureText(r, options);
    return moved ? "it redirects to " + r.final_url + ", but " + text : text;
  }
  std::string text;
  if (r.status == 429) {
    text = "the server kept answering " + StatusText(r.status) +
           ": it is limiting how often it may be asked";
  } else {
    text = "the server answered " + StatusText(r.status);
    if (r.status == 503 && options.retries > 0) text += " every time it was asked";
  }
  return moved ? "it redirects to " + r.final_url + ", where " + text : text;
}

std::string BrokenHint(const ExternalLinkResult& r) {
  switch (r.failure) {
    case LinkFailure::kBadAddress:
      return "check the address for typing mistakes";
    case LinkFailure::kNoSuchHost:
      return "check the spelling of the web site's name, or remove the link if the site has "
             "closed";
    case LinkFailure::kCertificate:
      return "readers will see a security warning: link to another site, or tell the site's "
             "owner";
    case LinkFailure::kRedirectLoop:
    case LinkFailure::kTooManyRedirects:
      return "open the link in a browser; if the page does not load, remove or change the link";
    case LinkFailure::kCannotConnect:
    case LinkFailure::kNetwork:
      return "the site may be down for a while; check again later, and if it stays broken, "
             "remove or change the link";
    default:
      break;
  }
  if (r.status == 404) {
    return "check the address for typing mistakes; if the page has moved, find its new "
           "address and link to that";
  }
  if (r.status == 410) {
    return "the page has been removed on purpose: remove the link, or link to a page that "
           "replaces it";
  }
  if (r.status == 401 || r.status == 403) {
    return "the page may need a login, or the site may turn away link checkers: open it in a "
           "browser, and if it works, add it to the skip list";
  }
  if (r.status >= 500) {
    return "the site may be down for a while; check again later, and if it stays broken, "
           "remove or change the link";
  }
  return "open the link in a browser to see what is wrong, then change or remove it";
}

std::string UncheckedHint(const ExternalLinkResult& r) {
  if (r.outcome == LinkOutcome::kTimedOut) {
    return "the site may be slow or down: open the link in a browser, and if it does not load, "
           "remove or change it";
  }
  return "open the link in a browser to check it yourself, or add it to the skip list";
}

bool IsProblem(LinkOutcome outcome) {
  return outcome == LinkOutcome::kBroken || outcome == LinkOutcome::kTimedOut ||
         outcome == LinkOutcome::kRateLimited;
}

bool IsUnreachable(const ExternalLinkResult& r) {
  return r.failure == LinkFailure::kNoSuchHost || r.failure == LinkFailure::kCannotConnect ||
         r.failure == LinkFailure::kTimedOut;
}

std::string OfflineMessage(const std::vector<ExternalLinkResult>& results) {
  size_t asked = std::count_if(results.begin(), results.end(), [](const auto& r) {
    return !r.from_cache && r.outcome != LinkOutcome::kSkipped;
  });
  return "none of the " + std::to_string(asked) +
         " external links could be reached, so this computer is probably not connected to "
         "the internet; the links were not checked";
}

}  // namespace

bool LooksOffline(const std::vector<ExternalLinkResult>& results) {
  std::set<std::string> hosts;
  for (const auto& r : results) {
    if (r.from_cache || r.outcome == LinkOutcome::kSkipped) continue;
    if (!IsUnreachable(r) || !r.redirects.empty()) return false;
    hosts.insert(HostOf(r.url));
  }
  return hosts.size() >= 2;
}

std::string DefaultUserAgent(std::string_view site_base_url) {
  std::string agent = "hearth-link-check/1";
  if (!site_base_url.empty()) agent += " (+" + std::string(site_base_url) + ")";
  return agent;
}

std::string_view OutcomeName(LinkOutcome outcome) {
  for (const auto& [value, name] : kOutcomeNames) {
    if (value == outcome) return name;
  }
  return "broken";
}

std::string_view FailureName(LinkFailure failure) {
  for (const auto& [value, name] : kFailureNames) {
    if (value == failure) return name;
  }
  return "network";
}

bool ParseOutcomeName(std::string_view name, LinkOutcome& outcome) {
  for (const auto& [value, text] : kOutcomeNames) {
    if (text == name) {
      outcome = value;
      return true;
    }
  }
  return false;
}

bool ParseFailureName(std::string_view name, LinkFailure& failure) {
  for (const auto& [value, text] : kFailureNames) {
    if (text == name) {
      failure = value;
      return true;
    }
  }
  return false;
}

std::string StatusText(int status) {
  static const std::pair<int, const char*> kReasons[] = {
      {200, "OK"},
      {201, "Created"},
      {202, "Accepted"},
      {203, "Non-Authoritative Information"},
      {204, "No Content"},
      {206, "Partial Content"},
      {300, "Multiple Choices"},
      {301, "Moved Permanently"},
      {302, "Found"},
      {303, "See Other"},
      {304, "Not Modified"},
      {307, "Temporary Redirect"},
      {308, "Permanent Redirect"},
      {400, "Bad Request"},
      {401, "Unauthorized"},
      {402, "Payment Required"},
      {403, "Forbidden"},
      {404, "Not Found"},
      {405, "Method Not Allowed"},
      {406, "Not Acceptable"},
      {407, "Proxy Authentication Required"},
      {408, "Request Timeout"},
      {409, "Conflict"},
      {410, "Gone"},
      {411, "Length Required"},
      {412, "Precondition Failed"},
      {413, "Content Too Large"},
      {414, "URI Too Long"},
      {415, "Unsupported Media Type"},
      {416, "Range Not Satisfiable"},
      {417, "Expectation Failed"},
      {421, "Misdirected Request"},
      {422, "Unprocessable Content"},
      {425, "Too Early"},
      {426, "Upgrade Required"},
      {428, "Precondition Required"},
      {429, "Too Many Requests"},
      {431, "Request Header Fields Too Large"},
      {451, "Unavailable For Legal Reasons"},
      {500, "Internal Server Error"},
      {501, "Not Implemented"},
      {502, "Bad Gateway"},
      {503, "Service Unavailable"},
      {504, "Gateway Timeout"},
      {505, "HTTP Version Not Supported"},
      {511, "Network Authentication Required"},
  };
  for (const auto& [code, reason] : kReasons) {
    if (code == status) return std::to_string(status) + " " + reason;
  }
  return std::to_string(status);
}

std::string MatchSkipList(std::string_view url, const std::vector<std::string>& skip) {
  for (const auto& entry : skip) {
    if (entry.empty()) continue;
    bool glob = entry.find('*') != std::string::npos;
    if (glob ? GlobMatch(entry, url) : StartsWith(url, entry)) return entry;
  }
  return "";
}

void ClassifyLinkResult(ExternalLinkResult& r, const ExternalLinkOptions& options) {
  if (r.outcome == LinkOutcome::kSkipped) return;
  if (r.failure == LinkFailure::kTimedOut) {
    r.outcome = LinkOutcome::kTimedOut;
  } else if (r.status == 429) {
    r.outcome = LinkOutcome::kRateLimited;
  } else if (r.failure != LinkFailure::kNone || r.status == 0 || r.status >= 400) {
    r.outcome = LinkOutcome::kBroken;
  } else {
    r.outcome = r.redirects.empty() ? LinkOutcome::kOk : LinkOutcome::kRedirected;
  }
  r.message = Message(r, options);
}

std::string PermanentTarget(const ExternalLinkResult& r) {
  size_t i = 0;
  while (i < r.redirects.size() && IsPermanent(r.redirects[i].status)) ++i;
  if (i == 0) return "";
  return i < r.redirects.size() ? r.redirects[i].url : r.final_url;
}

std::vector<ExternalLinkResult> CheckExternalLinks(const LinkUses& uses,
                                                   const ExternalLinkOptions& options,
                                                   const WallClock& clock,
                                                   Diagnostics& diagnostics) {
  int64_t now = UnixSeconds(clock);
  SourceLocation cache_place{options.cache_file, 0, 0};
  LinkCache cache;
  if (!options.cache_file.empty()) {
    std::string problem;
    cache = LinkCache::Load(options.cache_file, problem);
    if (!problem.empty()) {
      diagnostics.Warning(cache_place, problem,
                          "it is written again at the end of this check; if this keeps "
                          "happening, delete the file");
    }
  }

  std::vector<ExternalLinkResult> results;
  std::vector<std::string> to_fetch;
  std::vector<size_t> fetch_index;
  for (const auto& [url, places] : uses) {
    ExternalLinkResult r;
    r.url = url;
    r.final_url = url;
    r.checked_at = now;
    if (std::string entry = MatchSkipList(url, options.skip); !entry.empty()) {
      r.outcome = LinkOutcome::kSkipped;
      r.message = "it matches the skip list entry '" + entry + "'";
    } else if (!IsWebAddress(url)) {
      r.outcome = LinkOutcome::kSkipped;
      r.message = "only web addresses (http and https) are checked";
    } else if (auto cached = cache.Reusable(url, now, options.cache_ttl_s)) {
      r = std::move(*cached);
    } else {
      to_fetch.push_back(url);
      fetch_index.push_back(results.size());
    }
    results.push_back(std::move(r));
  }

  auto fetched = FetchLinks(to_fetch, options, clock);
  for (size_t i = 0; i < fetched.size(); ++i) {
    ClassifyLinkResult(fetched[i], options);
    cache.Put(fetched[i]);
    results[fetch_index[i]] = std::move(fetched[i]);
  }

  if (!options.cache_file.empty()) {
    cache.DropExpired(now, options.cache_ttl_s);
    std::string problem;
    if (!cache.Save(options.cache_file, problem)) {
      diagnostics.Warning(cache_place, problem,
                          "the next check will ask every server again; check that the folder "
                          "can be written to");
    }
  }
  return results;
}

void ReportExternalLinks(const std::vector<ExternalLinkResult>& results, const LinkUses& uses,
                         const ExternalLinkOptions& options, Diagnostics& diagnostics) {
  bool offline = LooksOffline(results);
  if (offline) {
    SourceLocation content{"content", 0, 0};
    std::string message = OfflineMessage(results);
    std::string hint = "connect to the internet, then run the check again";
    if (options.severity == Severity::kError) {
      diagnostics.Error(content, message, hint);
    } else {
      diagnostics.Warning(content, message, hint);
    }
  }
  for (const auto& r : results) {
    auto found = uses.find(r.url);
    if (found == uses.end()) continue;
    if (offline && !r.from_cache && IsUnreachable(r)) continue;
    Severity severity = options.severity;
    std::string message, hint;
    if (r.outcome == LinkOutcome::kBroken) {
      message = "the link to " + r.url + " is broken: " + r.message;
      hint = BrokenHint(r);
    } else if (r.outcome == LinkOutcome::kTimedOut || r.outcome == LinkOutcome::kRateLimited) {
      message = "the link to " + r.url + " could not be checked: " + r.message;
      hint = UncheckedHint(r);
      // A server that limits us says nothing about the link itself.
      if (r.outcome == LinkOutcome::kRateLimited) severity = Severity::kWarning;
    } else if (r.outcome == LinkOutcome::kRedirected) {
      std::string target = PermanentTarget(r);
      if (target.empty()) continue;
      message = "the link to " + r.url + " has moved permanently to " + target;
      hint = "change the link to " + target;
      severity = Severity::kWarning;
    } else {
      continue;
    }
    for (const auto& place : found->second) diagnostics.Add({severity, place, message, hint});
  }
}

std::string FormatExternalLinkSummary(const std::vector<ExternalLinkResult>& results,
                                      const LinkUses& uses) {
  if (results.empty()) return "There are no external links to check.\n";
  if (LooksOffline(results)) {
    std::string text = OfflineMessage(results);
    text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text + ".\n";
  }
  size_t work = 0, moved = 0, broken = 0, unchecked = 0, skipped = 0, cached = 0;
  for (const auto& r : results) {
    if (r.from_cache) ++cached;
    switch (r.outcome) {
      case LinkOutcome::kOk:
        ++work;
        break;
      case LinkOutcome::kRedirected:
        ++(PermanentTarget(r).empty() ? work : moved);
        break;
      case LinkOutcome::kBroken:
        ++broken;
        break;
      case LinkOutcome::kTimedOut:
      case LinkOutcome::kRateLimited:
        ++unchecked;
        break;
      case LinkOutcome::kSkipped:
        ++skipped;
        break;
    }
  }
  std::vector<std::string> parts;
  parts.push_back(std::to_string(work) + " work");
  if (moved) parts.push_back(std::to_string(moved) + " moved permanently");
  if (broken) parts.push_back(std::to_string(broken) + " broken");
  if (unchecked) parts.push_back(std::to_string(unchecked) + " could not be checked");
  if (skipped) parts.push_back(std::to_string(skipped) + " skipped");
  std::string out =
      "Checked " + Plural(results.size(), "external link") + ": " + Join(parts, ", ") + ".";
  if (cached) {
    out += " " + std::to_string(cached) + (cached == 1 ? " answer" : " answers") +
           " came from the cache.";
  }
  out += "\n";

  auto section = [&](const std::string& title, auto wanted) {
    std::vector<const ExternalLinkResult*> listed;
    for (const auto& r : results) {
      if (wanted(r)) listed.push_back(&r);
    }
    if (listed.empty()) return;
    out += "\n" + title + " (" + std::to_string(listed.size()) + "):\n";
    for (const auto* r : listed) {
      out += "\n" + r->url + "\n  " + r->message + "\n";
      auto found = uses.find(r->url);
      if (found == uses.end()) continue;
      for (const auto& place : found->second) {
        out += "  - " + place.file;
        if (place.line > 0) out += ":" + std::to_string(place.line);
        if (place.line > 0 && place.column > 0) out += ":" + std::to_string(place.column);
        out += "\n";
      }
    }
  };
  section("Broken links",
          [](const ExternalLinkResult& r) { return r.outcome == LinkOutcome::kBroken; });
  section("Links that could not be checked", [](const ExternalLinkResult& r) {
    return IsProblem(r.outcome) && r.outcome != LinkOutcome::kBroken;
  });
  return out;
}

}  // namespace hearth
