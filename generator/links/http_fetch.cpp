#include "links/http_fetch.h"

#include <curl/curl.h>
#include <strings.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <list>
#include <map>
#include <memory>
#include <set>

namespace hearth {
namespace {

using SteadyClock = std::chrono::steady_clock;
using Millis = std::chrono::milliseconds;

// One address being checked, across all of its requests (GET fallback, retries, hops).
struct Job {
  ExternalLinkResult* result = nullptr;
  std::string current;  // where the next request goes
  std::string host;     // the host of `current`: the unit of the per-host limits
  bool use_get = false;
  int retries_used = 0;  // on the current hop
  std::set<std::string> seen;
  SteadyClock::time_point ready_at;
};

// One request in flight.
struct Transfer {
  Job* job = nullptr;
  CURL* easy = nullptr;
  bool body_started = false;
  std::string retry_after;
  char error[CURL_ERROR_SIZE] = {};
};

struct HostState {
  size_t active = 0;
  SteadyClock::time_point next_start;
};

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
    s.remove_suffix(1);
  }
  return s;
}

size_t OnHeader(char* data, size_t size, size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  std::string_view line(data, size * count);
  constexpr std::string_view kRetryAfter = "retry-after:";
  if (line.starts_with("HTTP/")) {
    // A new status line begins a new response (after a 100 Continue): forget the last one's.
    transfer->retry_after.clear();
  } else if (line.size() > kRetryAfter.size() &&
             strncasecmp(line.data(), kRetryAfter.data(), kRetryAfter.size()) == 0) {
    transfer->retry_after = std::string(TrimSpace(line.substr(kRetryAfter.size())));
  }
  return size * count;
}

// The status and headers are all a check needs, so a GET stops at the first byte of the
// body instead of downloading a whole page or file. libcurl then reports CURLE_WRITE_ERROR,
// which OnDone recognises by `body_started`.
size_t OnBody(char*, size_t, size_t, void* user) {
  static_cast<Transfer*>(user)->body_started = true;
  return 0;
}

// The lower-case host of an http or https address, or nothing for any other address.
std::optional<std::string> HttpHost(const std::string& url) {
  std::optional<std::string> host;
  CURLU* parsed = curl_url();
  if (!parsed) return host;
  if (curl_url_set(parsed, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK) {
    char* scheme = nullptr;
    char* name = nullptr;
    if (curl_url_get(parsed, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
        curl_url_get(parsed, CURLUPART_HOST, &name, 0) == CURLUE_OK) {
      std::string s = scheme;
      if (s == "http" || s == "https") {
        host = name;
        std::transform(host->begin(), host->end(), host->begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      }
    }
    curl_free(scheme);
    curl_free(name);
  }
  curl_url_cleanup(parsed);
  return host;
}

// Transfer errors after which a GET may still work: servers that mishandle HEAD tend to
// close the connection or send something malformed rather than answer 405.
bool HeadMayHaveFailed(CURLcode code) {
  switch (code) {
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      return true;
    default:
      return false;
  }
}

LinkFailure FailureOf(CURLcode code) {
  switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
      return LinkFailure::kTimedOut;
    case CURLE_COULDNT_RESOLVE_HOST:
      return LinkFailure::kNoSuchHost;
    case CURLE_COULDNT_CONNECT:
      return LinkFailure::kCannotConnect;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
      return LinkFailure::kCertificate;
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
      return LinkFailure::kBadAddress;
    default:
      return LinkFailure::kNetwork;
  }
}

int64_t UnixNow(const WallClock& clock) {
  return std::chrono::duration_cast<std::chrono::seconds>(clock().time_since_epoch()).count();
}

class Fetcher {
 public:
  Fetcher(const ExternalLinkOptions& options, const WallClock& clock)
      : options_(options),
        clock_(clock),
        max_connections_(std::max<size_t>(1, options.max_connections)),
        per_host_(std::max<size_t>(1, options.per_host)) {
    multi_ = curl_multi_init();
    // Our own scheduler keeps within the limits; this keeps curl's idle connections within
    // them too.
    curl_multi_setopt(multi_, CURLMOPT_MAXCONNECTS, static_cast<long>(max_connections_));
  }
  ~Fetcher() {
    for (auto& t : in_flight_) {
      curl_multi_remove_handle(multi_, t->easy);
      curl_easy_cleanup(t->easy);
    }
    curl_multi_cleanup(multi_);
  }

  void Run(std::vector<ExternalLinkResult>& results) {
    jobs_.resize(results.size());
    auto start = SteadyClock::now();
    for (size_t i = 0; i < results.size(); ++i) {
      Job& job = jobs_[i];
      job.result = &results[i];
      job.current = results[i].url;
      job.seen.insert(job.current);
      job.ready_at = start;
      auto host = HttpHost(job.current);
      if (!multi_ || !host) {
        Finish(job, 0, multi_ ? LinkFailure::kBadAddress : LinkFailure::kNetwork,
               multi_ ? "" : "libcurl could not start");
        continue;
      }
      job.host = *host;
      waiting_.push_back(&job);
    }
    while (!waiting_.empty() || !in_flight_.empty()) {
      auto wake = StartReady();
      int running = 0;
      curl_multi_perform(multi_, &running);
      if (CollectDone()) continue;  // a finished request may let another start at once
      auto now = SteadyClock::now();
      long wait_ms = 1000;
      if (wake) {
        wait_ms = std::clamp<long>(std::chrono::duration_cast<Millis>(*wake - now).count() + 1, 0,
                                   wait_ms);
      }
      curl_multi_poll(multi_, nullptr, 0, static_cast<int>(wait_ms), nullptr);
    }
  }

 private:
  // Starts every waiting job the limits allow, in order. Returns when the next blocked
  // job may become startable by time alone (a retry's wait or a host's delay).
  std::optional<SteadyClock::time_point> StartReady() {
    std::optional<SteadyClock::time_point> wake;
    auto earliest = [&](SteadyClock::time_point t) { wake = wake ? std::min(*wake, t) : t; };
    auto now = SteadyClock::now();
    for (auto it = waiting_.begin(); it != waiting_.end();) {
      if (in_flight_.size() >= max_connections_) break;
      Job* job = *it;
      HostState& host = hosts_[job->host];
      if (job->ready_at > now) {
        earliest(job->ready_at);
      } else if (host.active >= per_host_) {
        // Woken by that host's next finished request, not by time.
      } else if (host.next_start > now) {
        earliest(host.next_start);
      } else if (Start(*job)) {
        host.active++;
        host.next_start = now + Millis(options_.per_host_delay_ms);
        it = waiting_.erase(it);
        continue;
      } else {
        it = waiting_.erase(it);
        continue;
      }
      ++it;
    }
    return wake;
  }

  bool Start(Job& job) {
    auto transfer = std::make_unique<Transfer>();
    transfer->job = &job;
    CURL* easy = curl_easy_init();
    if (!easy) {
      Finish(job, 0, LinkFailure::kNetwork, "libcurl could not start a request");
      return false;
    }
    transfer->easy = easy;
    curl_easy_setopt(easy, CURLOPT_URL, job.current.c_str());
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    if (job.use_get) {
      curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
    } else {
      curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    }
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.timeout_ms));
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options_.timeout_ms));
    curl_easy_setopt(easy, CURLOPT_USERAGENT, options_.user_agent.c_str());
    // Signals cannot interrupt name lookups safely when a caller runs other threads.
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, OnHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, transfer.get());
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, OnBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, transfer.get());
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, transfer->error);
    curl_easy_setopt(easy, CURLOPT_PRIVATE, transfer.get());
    if (curl_multi_add_handle(multi_, easy) != CURLM_OK) {
      curl_easy_cleanup(easy);
      Finish(job, 0, LinkFailure::kNetwork, "libcurl could not start a request");
      return false;
    }
    job.result->attempts++;
    in_flight_.push_back(std::move(transfer));
    return true;
  }

  // Handles every finished request. Returns whether there was one.
  bool CollectDone() {
    bool any = false;
    int queued = 0;
    while (CURLMsg* message = curl_multi_info_read(multi_, &queued)) {
      if (message->msg != CURLMSG_DONE) continue;
      any = true;
      CURL* easy = message->easy_handle;
      CURLcode code = message->data.result;
      Transfer* raw = nullptr;
      curl_easy_getinfo(easy, CURLINFO_PRIVATE, &raw);
      auto it = std::find_if(in_flight_.begin(), in_flight_.end(),
                             [&](const auto& t) { return t.get() == raw; });
      std::unique_ptr<Transfer> transfer = std::move(*it);
      in_flight_.erase(it);
      hosts_[transfer->job->host].active--;
      OnDone(*transfer, code);
      curl_multi_remove_handle(multi_, easy);
      curl_easy_cleanup(easy);
    }
    return any;
  }

  void OnDone(Transfer& transfer, CURLcode code) {
    Job& job = *transfer.job;
    if (code == CURLE_WRITE_ERROR && transfer.body_started) code = CURLE_OK;
    if (code != CURLE_OK) {
      if (!job.use_get && HeadMayHaveFailed(code)) {
        RequeueWithGet(job);
        return;
      }
      std::string detail = transfer.error[0] ? transfer.error : curl_easy_strerror(code);
      LinkFailure failure = FailureOf(code);
      Finish(job, 0, failure, failure == LinkFailure::kNetwork ? detail : "");
      return;
    }
    long status = 0;
    curl_easy_getinfo(transfer.easy, CURLINFO_RESPONSE_CODE, &status);
    if (!job.use_get && (status == 403 || status == 405 || status == 501)) {
      RequeueWithGet(job);
      return;
    }
    if (status == 429 || status == 503) {
      if (job.retries_used < options_.retries) {
        Millis wait(static_cast<int64_t>(options_.retry_backoff_ms) << job.retries_used);
        if (auto asked = ParseRetryAfter(transfer.retry_after, UnixNow(clock_))) {
          if (*asked > options_.max_retry_after_s) {
            Finish(job, static_cast<int>(status), LinkFailure::kRetryAfterTooLong,
                   std::to_string(*asked));
            return;
          }
          wait = std::chrono::seconds(*asked);
        }
        job.retries_used++;
        job.ready_at = SteadyClock::now() + wait;
        waiting_.push_back(&job);
        return;
      }
      Finish(job, static_cast<int>(status), LinkFailure::kNone, "");
      return;
    }
    char* location = nullptr;
    curl_easy_getinfo(transfer.easy, CURLINFO_REDIRECT_URL, &location);
    if (status >= 300 && status < 400 && location) {
      Follow(job, static_cast<int>(status), location);
      return;
    }
    Finish(job, static_cast<int>(status), LinkFailure::kNone, "");
  }

  void Follow(Job& job, int status, const std::string& next) {
    job.result->redirects.push_back({job.current, status});
    if (static_cast<int>(job.result->redirects.size()) > options_.max_redirects) {
      Finish(job, status, LinkFailure::kTooManyRedirects, "");
      return;
    }
    if (job.seen.count(next)) {
      Finish(job, status, LinkFailure::kRedirectLoop, next);
      return;
    }
    auto host = HttpHost(next);
    job.current = next;
    if (!host) {
      // A redirect to mailto: or similar: nothing more to ask over HTTP.
      Finish(job, status, LinkFailure::kNone, "");
      return;
    }
    job.seen.insert(next);
    job.host = *host;
    job.retries_used = 0;
    job.ready_at = SteadyClock::now();
    waiting_.push_back(&job);
  }

  void RequeueWithGet(Job& job) {
    job.use_get = true;
    job.ready_at = SteadyClock::now();
    waiting_.push_back(&job);
  }

  void Finish(Job& job, int status, LinkFailure failure, std::string detail) {
    job.result->status = status;
    job.result->failure = failure;
    job.result->detail = std::move(detail);
    job.result->final_url = job.current;
  }

  const ExternalLinkOptions& options_;
  const WallClock& clock_;
  size_t max_connections_;
  size_t per_host_;
  CURLM* multi_ = nullptr;
  std::vector<Job> jobs_;
  std::list<Job*> waiting_;
  std::vector<std::unique_ptr<Transfer>> in_flight_;
  std::map<std::string, HostState> hosts_;
};

}  // namespace

std::optional<int64_t> ParseRetryAfter(std::string_view value, int64_t now_unix) {
  value = TrimSpace(value);
  if (value.empty()) return std::nullopt;
  if (std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    // Anything longer than a day's worth of digits is past every cap anyway.
    if (value.size() > 9) return int64_t{999999999};
    return std::stoll(std::string(value));
  }
  // Every HTTP date form starts with the day's name; curl_getdate would read "-5" as a date.
  if (!std::isalpha(static_cast<unsigned char>(value.front()))) return std::nullopt;
  // curl_getdate reads the three date forms RFC 9110 allows (IMF-fixdate, RFC 850, asctime).
  time_t when = curl_getdate(std::string(value).c_str(), nullptr);
  if (when == -1) return std::nullopt;
  return std::max<int64_t>(0, static_cast<int64_t>(when) - now_unix);
}

std::vector<ExternalLinkResult> FetchLinks(const std::vector<std::string>& urls,
                                           const ExternalLinkOptions& options,
                                           const WallClock& clock) {
  int64_t now = UnixNow(clock);
  std::vector<ExternalLinkResult> results(urls.size());
  for (size_t i = 0; i < urls.size(); ++i) {
    results[i].url = urls[i];
    results[i].final_url = urls[i];
    results[i].checked_at = now;
  }
  if (!urls.empty()) Fetcher(options, clock).Run(results);
  return results;
}

}  // namespace hearth
