#include "links/external_links.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include "links/http_fetch.h"
#include "links/link_cache.h"

namespace hearth {
namespace {

using namespace std::chrono_literals;
using SteadyClock = std::chrono::steady_clock;

// 23 November 2026, 10:00:00 UTC: the checks' idea of "now" in these tests.
const std::chrono::system_clock::time_point kNow =
    std::chrono::sys_days{std::chrono::year{2026} / std::chrono::November / 23} + 10h;

std::string HttpDate(std::chrono::system_clock::time_point when) {
  std::time_t t = std::chrono::system_clock::to_time_t(when);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char text[64];
  std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  return text;
}

struct Logged {
  std::string method;
  std::string path;
  SteadyClock::time_point at;
};

struct Reply {
  int status = 200;
  std::string reason = "OK";
  std::vector<std::string> headers;  // "Name: value"
  int delay_ms = 0;
  bool hang_up = false;  // close the connection without answering
};

// A small HTTP/1.1 server on 127.0.0.1 (any free port) with one route per kind of answer a
// link checker meets. Each connection gets its own thread and one request, then is closed.
class TestServer {
 public:
  TestServer() {
    listener_ = socket(AF_INET, SOCK_STREAM, 0);
    int yes = 1;
    setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    REQUIRE(bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    REQUIRE(listen(listener_, 64) == 0);
    socklen_t length = sizeof address;
    getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
    acceptor_ = std::thread([this] { AcceptLoop(); });
  }

  ~TestServer() {
    stop_ = true;
    acceptor_.join();
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto& worker : workers_) worker.join();
    close(listener_);
  }

  std::string Url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }

  std::vector<Logged> Requests(const std::string& path) const {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<Logged> out;
    for (const auto& r : log_) {
      if (r.path == path) out.push_back(r);
    }
    return out;
  }
  size_t RequestCount() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return log_.size();
  }
  int MostAtOnce() const { return most_at_once_; }
  // The Retry-After date that /unavailable-once sends.
  void SetRetryDate(std::string date) { retry_date_ = std::move(date); }

 private:
  Reply Route(const std::string& method, const std::string& path, int seen) {
    auto redirect = [](int status, const char* reason, const std::string& to) {
      return Reply{status, reason, {"Location: " + to}};
    };
    if (path == "/ok") return {};
    if (path == "/old") return redirect(301, "Moved Permanently", "/ok");
    if (path == "/temp") return redirect(302, "Found", "/ok");
    if (path == "/chain") return redirect(301, "Moved Permanently", "/chain-2");
    if (path == "/chain-2") return redirect(308, "Permanent Redirect", "/chain-3");
    if (path == "/chain-3") return redirect(302, "Found", "/ok");
    if (path == "/loop-a") return redirect(302, "Found", "/loop-b");
    if (path == "/loop-b") return redirect(302, "Found", "/loop-a");
    if (path == "/slow") return {200, "OK", {}, 1500};
    if (path.starts_with("/hold")) return {200, "OK", {}, 300};
    if (path == "/missing") return {404, "Not Found", {}};
    if (path == "/gone") return {410, "Gone", {}};
    if (path == "/busy-once") {
      if (seen == 1) return {429, "Too Many Requests", {"Retry-After: 1"}};
      return {};
    }
    if (path == "/busy-always") return {429, "Too Many Requests", {"Retry-After: 1"}};
    if (path == "/busy-long") return {429, "Too Many Requests", {"Retry-After: 3600"}};
    if (path == "/unavailable") return {503, "Service Unavailable", {}};
    if (path == "/unavailable-once") {
      if (seen == 1) return {503, "Service Unavailable", {"Retry-After: " + retry_date_}};
      return {};
    }
    if (path == "/no-head") {
      if (method == "HEAD") return {405, "Method Not Allowed", {"Allow: GET"}};
      return {};
    }
    if (path == "/head-hangs-up") {
      if (method == "HEAD") return {0, "", {}, 0, true};
      return {};
    }
    return {404, "Not Found", {}};
  }

  void AcceptLoop() {
    while (!stop_) {
      pollfd waiting{listener_, POLLIN, 0};
      if (poll(&waiting, 1, 20) <= 0) continue;
      int connection = accept(listener_, nullptr, nullptr);
      if (connection < 0) continue;
      std::lock_guard<std::mutex> lock(mutex_);
      workers_.emplace_back([this, connection] { Serve(connection); });
    }
  }

  void Serve(int connection) {
    std::string request;
    char buffer[4096];
    while (request.find("\r\n\r\n") == std::string::npos) {
      pollfd readable{connection, POLLIN, 0};
      if (stop_ || poll(&readable, 1, 2000) <= 0) break;
      ssize_t n = recv(connection, buffer, sizeof buffer, 0);
      if (n <= 0) break;
      request.append(buffer, static_cast<size_t>(n));
    }
    std::istringstream line(request.substr(0, request.find("\r\n")));
    std::string method, path;
    line >> method >> path;
    if (method.empty()) {
      close(connection);
      return;
    }
    // Counted from reading a request to just before answering it: the client cannot start
    // its next request until it has the answer, so this never overstates what it did.
    int now_serving = ++serving_;
    int most = most_at_once_;
    while (now_serving > most && !most_at_once_.compare_exchange_weak(most, now_serving)) {
    }
    int seen;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      log_.push_back({method, path, SteadyClock::now()});
      seen = ++seen_[path];
    }
    Reply reply = Route(method, path, seen);
    for (int waited = 0; waited < reply.delay_ms && !stop_; waited += 10) {
      std::this_thread::sleep_for(10ms);
    }
    --serving_;
    if (!reply.hang_up) {
      // A body on GET, so the checker has to stop reading it.
      std::string body = method == "HEAD" ? "" : std::string(100000, 'x');
      std::string text =
          "HTTP/1.1 " + std::to_string(reply.status) + " " + reply.reason +
          "\r\nContent-Length: " + std::to_string(method == "HEAD" ? 100000 : body.size()) +
          "\r\nConnection: close\r\n";
      for (const auto& header : reply.headers) text += header + "\r\n";
      text += "\r\n" + body;
      send(connection, text.data(), text.size(), MSG_NOSIGNAL);
    }
    shutdown(connection, SHUT_RDWR);
    close(connection);
  }

  int listener_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::atomic<int> serving_{0};
  std::atomic<int> most_at_once_{0};
  std::string retry_date_;
  mutable std::mutex mutex_;
  std::vector<std::thread> workers_;
  std::vector<Logged> log_;
  std::map<std::string, int> seen_;
  std::thread acceptor_;
};

// Fast settings so the whole [links] run stays within seconds.
ExternalLinkOptions FastOptions() {
  ExternalLinkOptions options;
  options.per_host = 8;
  options.per_host_delay_ms = 0;
  options.timeout_ms = 500;
  options.retry_backoff_ms = 100;
  options.max_retry_after_s = 5;
  return options;
}

WallClock FixedClock(std::chrono::system_clock::time_point when) {
  return [when] { return when; };
}

LinkUses UsesOf(const std::vector<std::string>& urls) {
  LinkUses uses;
  for (const auto& url : urls) uses[url].push_back({"content/index.md", 1, 1});
  return uses;
}

const ExternalLinkResult& Find(const std::vector<ExternalLinkResult>& results,
                               const std::string& url) {
  for (const auto& r : results) {
    if (r.url == url) return r;
  }
  FAIL("no result for " << url);
  return results.front();
}

// A port on 127.0.0.1 that nothing listens on.
int ClosedPort() {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(s, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t length = sizeof address;
  getsockname(s, reinterpret_cast<sockaddr*>(&address), &length);
  close(s);
  return ntohs(address.sin_port);
}

long long MillisBetween(const Logged& a, const Logged& b) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(b.at - a.at).count();
}

struct TempFolder {
  std::filesystem::path path;
  TempFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "hearth-links-XXXXXX").string();
    path = mkdtemp(pattern.data());
  }
  ~TempFolder() { std::filesystem::remove_all(path); }
};

}  // namespace

TEST_CASE("each kind of server answer gets its outcome, status and number of requests", "[links]") {
  TestServer server;
  server.SetRetryDate(HttpDate(kNow + 1s));
  std::string refused = "http://127.0.0.1:" + std::to_string(ClosedPort()) + "/";
  std::vector<std::string> paths = {
      "/ok",      "/old",       "/temp",         "/chain",     "/slow",        "/missing",
      "/gone",    "/busy-once", "/busy-always",  "/busy-long", "/unavailable", "/unavailable-once",
      "/no-head", "/loop-a",    "/head-hangs-up"};
  std::vector<std::string> urls;
  for (const auto& p : paths) urls.push_back(server.Url(p));
  urls.push_back(refused);
  Diagnostics diags;
  auto results = CheckExternalLinks(UsesOf(urls), FastOptions(), FixedClock(kNow), diags);
  REQUIRE(results.size() == urls.size());
  CHECK(diags.Sorted().empty());

  struct Expected {
    std::string path;
    LinkOutcome outcome;
    int status;
    int attempts;
    std::string message;
  };
  std::string ok = server.Url("/ok");
  std::vector<Expected> expected = {
      {"/ok", LinkOutcome::kOk, 200, 1, "the server answered 200 OK"},
      {"/old", LinkOutcome::kRedirected, 200, 2,
       "it redirects to " + ok + ", where the server answered 200 OK"},
      {"/temp", LinkOutcome::kRedirected, 200, 2,
       "it redirects to " + ok + ", where the server answered 200 OK"},
      {"/chain", LinkOutcome::kRedirected, 200, 4,
       "it redirects to " + ok + ", where the server answered 200 OK"},
      {"/slow", LinkOutcome::kTimedOut, 0, 1, "the server did not answer within 0.5 seconds"},
      {"/missing", LinkOutcome::kBroken, 404, 1, "the server answered 404 Not Found"},
      {"/gone", LinkOutcome::kBroken, 410, 1, "the server answered 410 Gone"},
      {"/busy-once", LinkOutcome::kOk, 200, 2, "the server answered 200 OK"},
      {"/busy-always", LinkOutcome::kRateLimited, 429, 3,
       "the server kept answering 429 Too Many Requests: it is limiting how often it may be "
       "asked"},
      {"/busy-long", LinkOutcome::kRateLimited, 429, 1,
       "the server is limiting how often it may be asked, and asked us to wait 3600 seconds "
       "before asking again"},
      {"/unavailable", LinkOutcome::kBroken, 503, 3,
       "the server answered 503 Service Unavailable every time it was asked"},
      {"/unavailable-once", LinkOutcome::kOk, 200, 2, "the server answered 200 OK"},
      {"/no-head", LinkOutcome::kOk, 200, 2, "the server answered 200 OK"},
      {"/loop-a", LinkOutcome::kBroken, 302, 2,
       "it redirects in a loop, back to " + server.Url("/loop-a")},
      {"/head-hangs-up", LinkOutcome::kOk, 200, 2, "the server answered 200 OK"},
  };
  for (const auto& e : expected) {
    INFO(e.path);
    const auto& r = Find(results, server.Url(e.path));
    CHECK(OutcomeName(r.outcome) == OutcomeName(e.outcome));
    CHECK(r.status == e.status);
    CHECK(r.attempts == e.attempts);
    CHECK(r.message == e.message);
    CHECK_FALSE(r.from_cache);
    CHECK(r.checked_at == 1795428000);
  }

  const auto& gone_away = Find(results, refused);
  CHECK(gone_away.outcome == LinkOutcome::kBroken);
  CHECK(gone_away.failure == LinkFailure::kCannotConnect);
  CHECK(gone_away.attempts == 1);
  CHECK(gone_away.message == "the server at 127.0.0.1 could not be reached");

  {  // redirect chains are recorded hop by hop
    const auto& chain = Find(results, server.Url("/chain"));
    REQUIRE(chain.redirects.size() == 3);
    CHECK(chain.redirects[0].url == server.Url("/chain"));
    CHECK(chain.redirects[0].status == 301);
    CHECK(chain.redirects[1].url == server.Url("/chain-2"));
    CHECK(chain.redirects[1].status == 308);
    CHECK(chain.redirects[2].url == server.Url("/chain-3"));
    CHECK(chain.redirects[2].status == 302);
    CHECK(chain.final_url == ok);
    CHECK(PermanentTarget(chain) == server.Url("/chain-3"));
    CHECK(PermanentTarget(Find(results, server.Url("/old"))) == ok);
    CHECK(PermanentTarget(Find(results, server.Url("/temp"))) == "");
    CHECK(Find(results, server.Url("/loop-a")).failure == LinkFailure::kRedirectLoop);
  }

  {  // HEAD comes first and GET follows only when HEAD is refused or fails
    auto methods = [&](const std::string& path) {
      std::vector<std::string> out;
      for (const auto& r : server.Requests(path)) out.push_back(r.method);
      return out;
    };
    CHECK(methods("/ok").size() == 4);  // /ok itself, and the ends of /old, /temp and /chain
    CHECK(methods("/missing") == std::vector<std::string>{"HEAD"});
    CHECK(methods("/no-head") == std::vector<std::string>{"HEAD", "GET"});
    CHECK(methods("/head-hangs-up") == std::vector<std::string>{"HEAD", "GET"});
  }

  {  // 429 and 503 are retried after the wait the server asks for, or the backoff
    auto busy = server.Requests("/busy-once");
    REQUIRE(busy.size() == 2);
    CHECK(MillisBetween(busy[0], busy[1]) >= 950);  // Retry-After: 1
    auto dated = server.Requests("/unavailable-once");
    REQUIRE(dated.size() == 2);
    CHECK(MillisBetween(dated[0], dated[1]) >= 950);  // Retry-After: a date 1 s after kNow
    auto down = server.Requests("/unavailable");
    REQUIRE(down.size() == 3);
    CHECK(MillisBetween(down[0], down[1]) >= 95);   // 100 ms
    CHECK(MillisBetween(down[1], down[2]) >= 195);  // then doubled
    CHECK(server.Requests("/busy-always").size() == 3);
    CHECK(server.Requests("/busy-long").size() == 1);  // 3600 s is past the 5 s cap
    CHECK(Find(results, server.Url("/busy-long")).failure == LinkFailure::kRetryAfterTooLong);
  }
}

TEST_CASE("no more requests go to one host at once than per_host allows", "[links]") {
  TestServer server;
  std::vector<std::string> urls;
  for (int i = 0; i < 8; ++i) urls.push_back(server.Url("/hold" + std::to_string(i)));
  ExternalLinkOptions options = FastOptions();
  options.timeout_ms = 5000;
  options.per_host = 2;
  Diagnostics diags;
  auto results = CheckExternalLinks(UsesOf(urls), options, FixedClock(kNow), diags);
  for (const auto& r : results) CHECK(r.outcome == LinkOutcome::kOk);
  CHECK(server.RequestCount() == 8);
  // Each answer takes 300 ms, so two at once is reached, and a third would show.
  CHECK(server.MostAtOnce() == 2);
}

TEST_CASE("no more requests are in flight than max_connections allows", "[links]") {
  TestServer server;
  std::vector<std::string> urls;
  for (int i = 0; i < 8; ++i) urls.push_back(server.Url("/hold" + std::to_string(i)));
  ExternalLinkOptions options = FastOptions();
  options.timeout_ms = 5000;
  options.max_connections = 3;
  Diagnostics diags;
  auto results = CheckExternalLinks(UsesOf(urls), options, FixedClock(kNow), diags);
  for (const auto& r : results) CHECK(r.outcome == LinkOutcome::kOk);
  CHECK(server.MostAtOnce() == 3);
}

TEST_CASE("requests to one host start at least per_host_delay_ms apart", "[links]") {
  TestServer server;
  ExternalLinkOptions options = FastOptions();
  options.per_host_delay_ms = 200;
  std::vector<std::string> urls = {server.Url("/ok"), server.Url("/ok?2"), server.Url("/ok?3")};
  Diagnostics diags;
  CheckExternalLinks(UsesOf(urls), options, FixedClock(kNow), diags);
  auto requests = server.Requests("/ok");
  auto more = server.Requests("/ok?2");
  auto last = server.Requests("/ok?3");
  requests.insert(requests.end(), more.begin(), more.end());
  requests.insert(requests.end(), last.begin(), last.end());
  REQUIRE(requests.size() == 3);
  std::sort(requests.begin(), requests.end(),
            [](const Logged& a, const Logged& b) { return a.at < b.at; });
  // The server sees each request a little after it starts, so allow for that jitter.
  CHECK(MillisBetween(requests[0], requests[1]) >= 150);
  CHECK(MillisBetween(requests[1], requests[2]) >= 150);
}

TEST_CASE("the cache answers within its time to live and not after it", "[links]") {
  TestServer server;
  TempFolder folder;
  ExternalLinkOptions options = FastOptions();
  options.cache_file = (folder.path / "cache" / "links.json").string();
  std::vector<std::string> urls = {server.Url("/ok"), server.Url("/old"), server.Url("/missing")};
  LinkUses uses = UsesOf(urls);
  Diagnostics diags;

  auto first = CheckExternalLinks(uses, options, FixedClock(kNow), diags);
  CHECK(server.Requests("/ok").size() == 2);  // /ok, and the end of /old's redirect
  CHECK(server.Requests("/missing").size() == 1);
  REQUIRE(std::filesystem::exists(options.cache_file));
  // Written by rename: nothing but the cache itself is left in its folder.
  CHECK(std::distance(std::filesystem::directory_iterator(folder.path / "cache"),
                      std::filesystem::directory_iterator()) == 1);

  SECTION("within the time to live, working links are not asked again; broken ones are") {
    auto second = CheckExternalLinks(uses, options, FixedClock(kNow + 3h + 59min), diags);
    CHECK(server.Requests("/ok").size() == 2);
    CHECK(server.Requests("/old").size() == 1);
    CHECK(server.Requests("/missing").size() == 2);
    const auto& cached = Find(second, server.Url("/old"));
    CHECK(cached.from_cache);
    CHECK(cached.outcome == LinkOutcome::kRedirected);
    CHECK(cached.checked_at == 1795428000);
    CHECK(cached.message ==
          "it redirects to " + server.Url("/ok") + ", where the server answered 200 OK");
    CHECK(PermanentTarget(cached) == server.Url("/ok"));
    CHECK(Find(second, server.Url("/ok")).from_cache);
    CHECK_FALSE(Find(second, server.Url("/missing")).from_cache);
    CHECK(Find(second, server.Url("/missing")).outcome == LinkOutcome::kBroken);
    CHECK(diags.Sorted().empty());
  }

  SECTION("once the time to live has passed, every link is asked again") {
    auto later = CheckExternalLinks(uses, options, FixedClock(kNow + 4h), diags);
    CHECK(server.Requests("/ok").size() == 4);
    CHECK(server.Requests("/old").size() == 2);
    for (const auto& r : later) CHECK_FALSE(r.from_cache);
    CHECK(Find(later, server.Url("/ok")).checked_at == 1795428000 + 4 * 3600);
  }

  SECTION("a cache checked by a clock that is now behind is not trusted") {
    CheckExternalLinks(uses, options, FixedClock(kNow - 1min), diags);
    CHECK(server.Requests("/ok").size() == 4);
  }
}

TEST_CASE("the cache file keeps every result and reads back what it wrote", "[links]") {
  ExternalLinkResult moved;
  moved.url = "https://a.example/old";
  moved.outcome = LinkOutcome::kRedirected;
  moved.status = 200;
  moved.final_url = "https://a.example/new";
  moved.redirects = {{"https://a.example/old", 301}};
  moved.attempts = 2;
  moved.checked_at = 1795428000;
  ExternalLinkResult down;
  down.url = "https://b.example/";
  down.outcome = LinkOutcome::kBroken;
  down.failure = LinkFailure::kNoSuchHost;
  down.final_url = down.url;
  down.attempts = 1;
  down.checked_at = 1795428000;

  LinkCache cache;
  cache.Put(moved);
  cache.Put(down);
  std::string json = cache.ToJson();
  CHECK(json ==
        "{\n"
        " \"entries\": {\n"
        "  \"https://a.example/old\": {\n"
        "   \"attempts\": 2,\n"
        "   \"checked\": 1795428000,\n"
        "   \"detail\": \"\",\n"
        "   \"failure\": \"none\",\n"
        "   \"final_url\": \"https://a.example/new\",\n"
        "   \"outcome\": \"redirected\",\n"
        "   \"redirects\": [\n"
        "    {\n"
        "     \"status\": 301,\n"
        "     \"url\": \"https://a.example/old\"\n"
        "    }\n"
        "   ],\n"
        "   \"status\": 200\n"
        "  },\n"
        "  \"https://b.example/\": {\n"
        "   \"attempts\": 1,\n"
        "   \"checked\": 1795428000,\n"
        "   \"detail\": \"\",\n"
        "   \"failure\": \"no-such-host\",\n"
        "   \"final_url\": \"https://b.example/\",\n"
        "   \"outcome\": \"broken\",\n"
        "   \"redirects\": [],\n"
        "   \"status\": 0\n"
        "  }\n"
        " },\n"
        " \"version\": 1\n"
        "}\n");
  auto back = LinkCache::FromJson(json);
  REQUIRE(back);
  CHECK(back->ToJson() == json);
  auto reused = back->Reusable("https://a.example/old", 1795428000 + 60, 3600);
  REQUIRE(reused);
  CHECK(reused->from_cache);
  CHECK(reused->redirects.size() == 1);
  CHECK(reused->message ==
        "it redirects to https://a.example/new, where the server answered 200 OK");
  CHECK_FALSE(back->Reusable("https://b.example/", 1795428000 + 60, 3600));  // broken
  CHECK_FALSE(back->Reusable("https://a.example/old", 1795428000 + 3600, 3600));
  back->DropExpired(1795428000 + 3600, 3600);
  CHECK(back->size() == 0);

  CHECK_FALSE(LinkCache::FromJson("[1, 2]"));
  CHECK_FALSE(LinkCache::FromJson("{\"version\": 2, \"entries\": {}}"));
  CHECK_FALSE(LinkCache::FromJson(
      "{\"version\": 1, \"entries\": {\"https://x/\": {\"checked\": 1, \"outcome\": \"fine\"}}}"));
  CHECK_FALSE(LinkCache::FromJson(
      "{\"version\": 1, \"entries\": {\"https://x/\": {\"checked\": \"today\"}}}"));
}

TEST_CASE("a damaged cache file is reported, ignored and written afresh", "[links]") {
  TestServer server;
  TempFolder folder;
  ExternalLinkOptions options = FastOptions();
  options.cache_file = (folder.path / "links.json").string();
  std::ofstream(options.cache_file) << "{ not json";
  Diagnostics diags;
  auto results = CheckExternalLinks(UsesOf({server.Url("/ok")}), options, FixedClock(kNow), diags);
  CHECK(results[0].outcome == LinkOutcome::kOk);
  auto d = diags.Sorted();
  REQUIRE(d.size() == 1);
  CHECK(d[0].severity == Severity::kWarning);
  CHECK(d[0].location.file == options.cache_file);
  CHECK(d[0].location.line == 0);
  CHECK(d[0].message ==
        "the link cache is not in the form hearth writes, so every link is checked again");
  CHECK(d[0].hint ==
        "it is written again at the end of this check; if this keeps happening, delete the file");
  std::string problem;
  CHECK(LinkCache::Load(options.cache_file, problem).size() == 1);
  CHECK(problem.empty());
}

TEST_CASE("skipped addresses and addresses that are not web addresses get no request", "[links]") {
  TestServer server;
  ExternalLinkOptions options = FastOptions();
  options.skip = {server.Url("/missing"), "https://*.facebook.com/*"};
  LinkUses uses =
      UsesOf({server.Url("/missing/page"), "https://www.facebook.com/hearthshire",
              "mailto:leaving.care@hearthshire.example", "tel:+441234567890", server.Url("/ok")});
  Diagnostics diags;
  auto results = CheckExternalLinks(uses, options, FixedClock(kNow), diags);
  CHECK(server.RequestCount() == 1);
  const auto& skipped = Find(results, server.Url("/missing/page"));
  CHECK(skipped.outcome == LinkOutcome::kSkipped);
  CHECK(skipped.attempts == 0);
  CHECK(skipped.message == "it matches the skip list entry '" + server.Url("/missing") + "'");
  CHECK(Find(results, "https://www.facebook.com/hearthshire").message ==
        "it matches the skip list entry 'https://*.facebook.com/*'");
  CHECK(Find(results, "mailto:leaving.care@hearthshire.example").message ==
        "only web addresses (http and https) are checked");
  CHECK(Find(results, "tel:+441234567890").outcome == LinkOutcome::kSkipped);
  CHECK(Find(results, server.Url("/ok")).outcome == LinkOutcome::kOk);
  ReportExternalLinks(results, uses, options, diags);
  CHECK(diags.Sorted().empty());
}

TEST_CASE("skip list entries are prefixes, or patterns where * stands for anything", "[links]") {
  auto [url, entry, expected] = GENERATE(table<std::string, std::string, bool>({
      {"https://intranet.example/a", "https://intranet.example/", true},
      {"https://intranet.example.org/a", "https://intranet.example/", false},
      {"https://www.facebook.com/x", "https://*.facebook.com/*", true},
      {"https://facebook.com/x", "https://*.facebook.com/*", false},
      {"https://www.facebook.com", "https://*.facebook.com/*", false},
      {"http://a.example/x.pdf", "*.pdf", true},
      {"http://a.example/x.pdf?v=1", "*.pdf", false},
      {"http://a.example/x", "*", true},
      {"http://a.example/x", "", false},
  }));
  INFO(url << " against '" << entry << "'");
  CHECK((MatchSkipList(url, {entry}) == entry && !entry.empty()) == expected);
}

TEST_CASE("Retry-After is read as seconds or as any HTTP date", "[links]") {
  const int64_t now = 784111777 - 60;  // a minute before Sun, 06 Nov 1994 08:49:37 GMT
  CHECK(ParseRetryAfter("120", now) == 120);
  CHECK(ParseRetryAfter(" 7 ", now) == 7);
  CHECK(ParseRetryAfter("0", now) == 0);
  CHECK(ParseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now) == 60);
  CHECK(ParseRetryAfter("Sunday, 06-Nov-94 08:49:37 GMT", now) == 60);
  CHECK(ParseRetryAfter("Sun Nov  6 08:49:37 1994", now) == 60);
  CHECK(ParseRetryAfter("Sun, 06 Nov 1994 08:00:00 GMT", now) == 0);  // already past
  CHECK_FALSE(ParseRetryAfter("", now));
  CHECK_FALSE(ParseRetryAfter("-5", now));
  CHECK_FALSE(ParseRetryAfter("1.5", now));
  CHECK_FALSE(ParseRetryAfter("soon", now));
}

TEST_CASE("broken links are reported at every place they appear, in plain words", "[links]") {
  TestServer server;
  std::string missing = server.Url("/missing");
  std::string old = server.Url("/old");
  std::string slow = server.Url("/slow");
  std::string busy = server.Url("/busy-long");
  std::string temp = server.Url("/temp");
  LinkUses uses;
  uses[missing] = {{"content/local-offer/money.md", 12, 5}, {"content/news/2026-11.md", 3, 18}};
  uses[old] = {{"content/_index.md", 8, 1}};
  uses[slow] = {{"content/help.md", 4, 9}};
  uses[busy] = {{"content/help.md", 6, 2}};
  uses[temp] = {{"content/help.md", 9, 2}};
  uses["mailto:iro@hearthshire.example"] = {{"content/help.md", 10, 2}};
  ExternalLinkOptions options = FastOptions();
  options.severity = Severity::kError;
  Diagnostics diags;
  auto results = CheckExternalLinks(uses, options, FixedClock(kNow), diags);
  ReportExternalLinks(results, uses, options, diags);

  std::string text = FormatDiagnostics(diags, nullptr);
  CHECK(text ==
        "content/_index.md:8:1: warning: the link to " + old + " has moved permanently to " +
            server.Url("/ok") + "\n    hint: change the link to " + server.Url("/ok") +
            "\n"
            "content/help.md:4:9: error: the link to " +
            slow +
            " could not be checked: the server did not answer within 0.5 seconds\n"
            "    hint: the site may be slow or down: open the link in a browser, and if it "
            "does not load, remove or change it\n"
            "content/help.md:6:2: warning: the link to " +
            busy +
            " could not be checked: the server is limiting how often it may be asked, and "
            "asked us to wait 3600 seconds before asking again\n"
            "    hint: open the link in a browser to check it yourself, or add it to the skip "
            "list\n"
            "content/local-offer/money.md:12:5: error: the link to " +
            missing +
            " is broken: the server answered 404 Not Found\n"
            "    hint: check the address for typing mistakes; if the page has moved, find its "
            "new address and link to that\n"
            "content/news/2026-11.md:3:18: error: the link to " +
            missing +
            " is broken: the server answered 404 Not Found\n"
            "    hint: check the address for typing mistakes; if the page has moved, find its "
            "new address and link to that\n"
            "3 errors, 2 warnings\n");

  CHECK(FormatExternalLinkSummary(results, uses) ==
        "Checked 6 external links: 1 work, 1 moved permanently, 1 broken, 2 could not be "
        "checked, 1 skipped.\n"
        "\n"
        "Broken links (1):\n"
        "\n" +
            missing +
            "\n"
            "  the server answered 404 Not Found\n"
            "  - content/local-offer/money.md:12:5\n"
            "  - content/news/2026-11.md:3:18\n"
            "\n"
            "Links that could not be checked (2):\n"
            "\n" +
            busy +
            "\n"
            "  the server is limiting how often it may be asked, and asked us to wait 3600 "
            "seconds before asking again\n"
            "  - content/help.md:6:2\n"
            "\n" +
            slow +
            "\n"
            "  the server did not answer within 0.5 seconds\n"
            "  - content/help.md:4:9\n");
}

TEST_CASE("each kind of failure has its own words and hint", "[links]") {
  ExternalLinkOptions options;
  auto report = [&](ExternalLinkResult r) {
    r.url = "https://x.example/a";
    if (r.final_url.empty()) r.final_url = r.url;
    ClassifyLinkResult(r, options);
    LinkUses uses{{r.url, {{"content/a.md", 2, 3}}}};
    Diagnostics diags;
    ReportExternalLinks({r}, uses, options, diags);
    auto d = diags.Sorted();
    REQUIRE(d.size() == 1);
    CHECK(d[0].severity == Severity::kWarning);
    return d[0].message + "\n" + d[0].hint;
  };
  ExternalLinkResult r;
  r.failure = LinkFailure::kNoSuchHost;
  CHECK(report(r) ==
        "the link to https://x.example/a is broken: there is no web site called x.example\n"
        "check the spelling of the web site's name, or remove the link if the site has closed");
  r = {};
  r.status = 410;
  CHECK(report(r) ==
        "the link to https://x.example/a is broken: the server answered 410 Gone\n"
        "the page has been removed on purpose: remove the link, or link to a page that "
        "replaces it");
  r = {};
  r.status = 403;
  CHECK(report(r) ==
        "the link to https://x.example/a is broken: the server answered 403 Forbidden\n"
        "the page may need a login, or the site may turn away link checkers: open it in a "
        "browser, and if it works, add it to the skip list");
  r = {};
  r.failure = LinkFailure::kCertificate;
  CHECK(report(r) ==
        "the link to https://x.example/a is broken: the web site's security certificate is "
        "not valid\n"
        "readers will see a security warning: link to another site, or tell the site's owner");
  r = {};
  r.failure = LinkFailure::kCannotConnect;
  r.redirects = {{"https://x.example/a", 301}};
  r.final_url = "https://y.example:8443/b";
  CHECK(report(r) ==
        "the link to https://x.example/a is broken: it redirects to https://y.example:8443/b, "
        "but the server at y.example could not be reached\n"
        "the site may be down for a while; check again later, and if it stays broken, remove "
        "or change the link");
  r = {};
  r.failure = LinkFailure::kTooManyRedirects;
  r.status = 302;
  r.redirects.assign(11, {"https://x.example/a", 302});
  CHECK(report(r) ==
        "the link to https://x.example/a is broken: it redirects more than 10 times\n"
        "open the link in a browser; if the page does not load, remove or change the link");
  r = {};
  r.failure = LinkFailure::kNetwork;
  r.detail = "Recv failure: Connection reset by peer";
  CHECK(report(r) ==
        "the link to https://x.example/a is broken: the connection failed (Recv failure: "
        "Connection reset by peer)\n"
        "the site may be down for a while; check again later, and if it stays broken, remove "
        "or change the link");
}

TEST_CASE("status codes are shown with their standard reason", "[links]") {
  CHECK(StatusText(404) == "404 Not Found");
  CHECK(StatusText(308) == "308 Permanent Redirect");
  CHECK(StatusText(999) == "999");
  CHECK(DefaultUserAgent("https://portal.example.org/") ==
        "hearth-link-check/1 (+https://portal.example.org/)");
  CHECK(DefaultUserAgent("") == "hearth-link-check/1");
}

TEST_CASE("a site with no external links is summarised in one line", "[links]") {
  CHECK(FormatExternalLinkSummary({}, {}) == "There are no external links to check.\n");
}

TEST_CASE("when no site at all can be reached, the computer is said to be offline", "[links]") {
  std::string first = "http://127.0.0.1:" + std::to_string(ClosedPort()) + "/a";
  LinkUses uses = UsesOf({first, "http://offline.invalid/b", "mailto:iro@hearthshire.example"});
  ExternalLinkOptions options = FastOptions();
  Diagnostics diags;
  auto results = CheckExternalLinks(uses, options, FixedClock(kNow), diags);
  CHECK(LooksOffline(results));
  ReportExternalLinks(results, uses, options, diags);
  CHECK(FormatDiagnostics(diags, nullptr) ==
        "content: warning: none of the 2 external links could be reached, so this computer is "
        "probably not connected to the internet; the links were not checked\n"
        "    hint: connect to the internet, then run the check again\n"
        "0 errors, 1 warning\n");
  CHECK(FormatExternalLinkSummary(results, uses) ==
        "None of the 2 external links could be reached, so this computer is probably not "
        "connected to the internet; the links were not checked.\n");

  TestServer server;
  results =
      CheckExternalLinks(UsesOf({first, server.Url("/ok")}), options, FixedClock(kNow), diags);
  CHECK_FALSE(LooksOffline(results));
}

}  // namespace hearth
