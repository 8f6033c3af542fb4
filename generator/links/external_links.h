// External links: checks that the web addresses a site links to still answer, for
// `hearth check --external`. It sits beside the checks, after the site model: the caller
// collects every http(s) link with the places it appears (LinkUses), CheckExternalLinks()
// asks each server once, and ReportExternalLinks() turns the answers into diagnostics at
// those places. Only this module touches the network (through libcurl, in http_fetch.cpp).
//
// How a link is checked:
//   - Addresses that match the skip list, and addresses that are not http or https
//     (mailto:, tel:), are skipped without a request.
//   - A HEAD request first; a GET (whose body is abandoned after the headers) when HEAD is
//     answered 403, 405 or 501 or the server breaks the connection, since some servers do
//     not implement HEAD. Later redirect hops keep using GET.
//   - Redirects are followed here, not by libcurl, so every hop is recorded with its status,
//     loops are caught, and each hop obeys the limits of its own host.
//   - 429 and 503 are retried up to `retries` times. The wait is the server's Retry-After
//     (seconds or an HTTP date) when it sends one, else `retry_backoff_ms` doubling each time.
//     A Retry-After longer than `max_retry_after_s` ends the tries rather than being cut
//     short, because asking again sooner than the server allowed is what it asked us not to do.
//     Timeouts are not retried: a slow server would otherwise cost three timeouts.
//   - At most `max_connections` requests are in flight, at most `per_host` to one host, and
//     two requests to one host start at least `per_host_delay_ms` apart.
//
// The cache (`cache_file`, JSON) keeps each address's last result with the time it was
// checked. A result that worked (ok or redirected) younger than `cache_ttl_s` is reused
// without a request. Results that did not work are written too, so the file is a record of
// the last check, but they are always checked again: a writer who has just fixed a link, or
// a site that was down for an hour, must not be told it is still broken.
//
// Example:
//   ExternalLinkOptions options;
//   options.cache_file = ".hearth/external-links.json";
//   options.user_agent = DefaultUserAgent(config.base_url);
//   auto results = CheckExternalLinks(uses, options, std::chrono::system_clock::now, diags);
//   ReportExternalLinks(results, uses, options, diags);
//   std::cout << FormatExternalLinkSummary(results, uses);
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace hearth {

// Every external address the site links to, with each place it appears.
using LinkUses = std::map<std::string, std::vector<SourceLocation>>;

// The time of day, injected so tests can age the cache without sleeping.
using WallClock = std::function<std::chrono::system_clock::time_point()>;

struct ExternalLinkOptions {
  size_t max_connections = 8;      // requests in flight at once, over all hosts
  size_t per_host = 2;             // requests in flight at once to one host
  int per_host_delay_ms = 250;     // least time between the starts of two requests to one host
  int timeout_ms = 10000;          // for one request, connecting included
  int retries = 2;                 // further tries after a 429 or 503 answer
  int retry_backoff_ms = 1000;     // first wait when a 429/503 has no Retry-After; doubles
  int max_retry_after_s = 30;      // the longest Retry-After we wait for
  int max_redirects = 10;          // more hops than this is reported as broken
  std::string cache_file;          // JSON cache of results; empty = no cache
  int64_t cache_ttl_s = 4 * 3600;  // how long a working result is reused (4 hours)
  // Addresses not to check: a prefix ("https://intranet.example/"), or a pattern in which
  // '*' stands for any run of characters, matched against the whole address
  // ("https://*.facebook.com/*").
  std::vector<std::string> skip;
  std::string user_agent = "hearth-link-check/1";  // see DefaultUserAgent()
  // How broken and unreachable links are reported. Warning by default: a far-away site
  // going down is not the writer's mistake, and should not stop a publication by itself.
  Severity severity = Severity::kWarning;
};

// "hearth-link-check/1 (+https://portal.example.org/)", so a site owner who sees our
// requests in their logs can find out whose they are.
std::string DefaultUserAgent(std::string_view site_base_url);

enum class LinkOutcome {
  kOk,           // the final answer was 2xx (or another non-error status), no redirect
  kRedirected,   // it worked after one or more redirects
  kBroken,       // an error status, no such host, refused, bad certificate, redirect loop...
  kTimedOut,     // no answer within timeout_ms
  kRateLimited,  // still 429 Too Many Requests after every retry, or asked to wait too long
  kSkipped,      // on the skip list, or not an http(s) address
};

// Why there was no usable answer, when there was not.
enum class LinkFailure {
  kNone,
  kBadAddress,     // not a well-formed http(s) address
  kNoSuchHost,     // the host name does not resolve
  kCannotConnect,  // refused or unreachable
  kCertificate,    // TLS failed
  kTimedOut,
  kRedirectLoop,  // detail: the address that came round again
  kTooManyRedirects,
  kRetryAfterTooLong,  // detail: the seconds the server asked for
  kNetwork,            // any other transfer error; detail: libcurl's description
};

struct RedirectHop {
  std::string url;  // the address that answered with a redirect
  int status = 0;   // 301, 302, 303, 307 or 308
};

struct ExternalLinkResult {
  std::string url;  // as written in the content
  LinkOutcome outcome = LinkOutcome::kBroken;
  LinkFailure failure = LinkFailure::kNone;
  std::string detail;                  // see LinkFailure
  int status = 0;                      // the last HTTP status received; 0 if none
  std::string final_url;               // where the redirects ended (url if none)
  std::vector<RedirectHop> redirects;  // in the order followed
  // Requests sent: a GET after a HEAD, each retry and each redirect hop count one each.
  int attempts = 0;
  bool from_cache = false;  // reused from the cache file; no request was sent
  int64_t checked_at = 0;   // when the requests were made, in Unix seconds
  // Plain English, without the address: "the server answered 404 Not Found".
  std::string message;
};

// Checks every address in `uses` and returns one result per address, in address order.
// Problems with the cache file itself are added to `diagnostics` as warnings; link
// problems are not (see ReportExternalLinks).
std::vector<ExternalLinkResult> CheckExternalLinks(const LinkUses& uses,
                                                   const ExternalLinkOptions& options,
                                                   const WallClock& clock,
                                                   Diagnostics& diagnostics);

// One diagnostic per place a broken, timed-out or rate-limited link appears (severity from
// the options; rate limiting is always a warning, since the link may well work), and a
// warning per place a permanently moved link appears, with its new address in the hint.
// Temporary redirects (302, 303, 307) are not reported: the old address is still the one
// to use.
void ReportExternalLinks(const std::vector<ExternalLinkResult>& results, const LinkUses& uses,
                         const ExternalLinkOptions& options, Diagnostics& diagnostics);

// Whether this computer looks offline: every link asked about in this run (not skipped,
// not from the cache), on at least two different hosts, failed to resolve, connect or
// answer. Then ReportExternalLinks gives one diagnostic at "content" saying so instead of
// calling every link broken, and the summary says the same.
bool LooksOffline(const std::vector<ExternalLinkResult>& results);

// A summary for the end of `hearth check --external`: the counts, then each broken link
// once with its reason and the places it appears under it, then the links that could not
// be checked in the same form.
std::string FormatExternalLinkSummary(const std::vector<ExternalLinkResult>& results,
                                      const LinkUses& uses);

// The address a permanently moved link should be changed to: the target of the last
// permanent redirect (301, 308) in the unbroken run of them at the start of the chain.
// Empty when the first redirect is temporary or there is none.
std::string PermanentTarget(const ExternalLinkResult& result);

// The skip-list entry that `url` matches, or "" when none does.
std::string MatchSkipList(std::string_view url, const std::vector<std::string>& skip);

// "404 Not Found": the status with its standard reason phrase (RFC 9110), or just the
// number for a status without one.
std::string StatusText(int status);

// Names used in the cache file: "ok", "redirected", "broken", "timed-out",
// "rate-limited", "skipped"; and "none", "bad-address", "no-such-host", ... for failures.
std::string_view OutcomeName(LinkOutcome outcome);
std::string_view FailureName(LinkFailure failure);
bool ParseOutcomeName(std::string_view name, LinkOutcome& outcome);
bool ParseFailureName(std::string_view name, LinkFailure& failure);

// Sets outcome and message from status, failure and redirects (used by the checker and
// when reading the cache).
void ClassifyLinkResult(ExternalLinkResult& result, const ExternalLinkOptions& options);

}  // namespace hearth
