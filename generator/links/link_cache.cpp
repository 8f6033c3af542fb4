#include "links/link_cache.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace hearth {
namespace {

constexpr int kVersion = 1;

std::string Reason(int error) { return std::strerror(error); }

}  // namespace

std::optional<LinkCache> LinkCache::FromJson(const std::string& text) {
  auto root = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!root.is_object() || root.value("version", 0) != kVersion || !root.contains("entries") ||
      !root["entries"].is_object()) {
    return std::nullopt;
  }
  LinkCache cache;
  try {
    for (const auto& [url, e] : root["entries"].items()) {
      ExternalLinkResult r;
      r.url = url;
      r.checked_at = e.at("checked").get<int64_t>();
      if (!ParseOutcomeName(e.at("outcome").get<std::string>(), r.outcome) ||
          !ParseFailureName(e.value("failure", std::string("none")), r.failure)) {
        return std::nullopt;
      }
      r.status = e.value("status", 0);
      r.final_url = e.value("final_url", url);
      r.detail = e.value("detail", std::string());
      r.attempts = e.value("attempts", 0);
      for (const auto& hop : e.value("redirects", nlohmann::json::array())) {
        r.redirects.push_back({hop.at("url").get<std::string>(), hop.at("status").get<int>()});
      }
      cache.entries_[url] = std::move(r);
    }
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;  // a field of the wrong type: not a cache we wrote
  }
  return cache;
}

std::string LinkCache::ToJson() const {
  nlohmann::json entries = nlohmann::json::object();
  for (const auto& [url, r] : entries_) {
    nlohmann::json redirects = nlohmann::json::array();
    for (const auto& hop : r.redirects)
      redirects.push_back({{"url", hop.url}, {"status", hop.status}});
    entries[url] = {{"checked", r.checked_at}, {"outcome", OutcomeName(r.outcome)},
                    {"status", r.status},      {"final_url", r.final_url},
                    {"redirects", redirects},  {"failure", FailureName(r.failure)},
                    {"detail", r.detail},      {"attempts", r.attempts}};
  }
  nlohmann::json root = {{"version", kVersion}, {"entries", entries}};
  return root.dump(1) + "\n";
}

LinkCache LinkCache::Load(const std::string& path, std::string& problem) {
  problem.clear();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return {};
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in && !in.eof()) {
    problem = "the link cache could not be read, so every link is checked again";
    return {};
  }
  auto cache = FromJson(text.str());
  if (!cache) {
    problem = "the link cache is not in the form hearth writes, so every link is checked again";
    return {};
  }
  return *cache;
}

std::optional<ExternalLinkResult> LinkCache::Reusable(const std::string& url, int64_t now,
                                                      int64_t ttl_s) const {
  auto it = entries_.find(url);
  if (it == entries_.end()) return std::nullopt;
  const ExternalLinkResult& stored = it->second;
  if (stored.outcome != LinkOutcome::kOk && stored.outcome != LinkOutcome::kRedirected) {
    return std::nullopt;
  }
  int64_t age = now - stored.checked_at;
  if (age < 0 || age >= ttl_s) return std::nullopt;
  ExternalLinkResult result = stored;
  // The wording of a working result does not depend on the options.
  ClassifyLinkResult(result, ExternalLinkOptions{});
  result.from_cache = true;
  return result;
}

void LinkCache::Put(const ExternalLinkResult& result) {
  ExternalLinkResult stored = result;
  stored.from_cache = false;
  stored.message.clear();
  entries_[result.url] = std::move(stored);
}

void LinkCache::DropExpired(int64_t now, int64_t ttl_s) {
  std::erase_if(entries_, [&](const auto& entry) {
    int64_t age = now - entry.second.checked_at;
    return age < 0 || age >= ttl_s;
  });
}

bool LinkCache::Save(const std::string& path, std::string& problem) const {
  namespace fs = std::filesystem;
  problem.clear();
  fs::path target(path);
  std::error_code ec;
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  // A unique name beside the target: rename() is atomic only within one file system, and
  // two checks running at once must not write into each other's temporary file.
  std::string temp = path + ".tmp-XXXXXX";
  int fd = mkstemp(temp.data());
  if (fd < 0) {
    problem = "the link cache could not be written: " + Reason(errno);
    return false;
  }
  std::string text = ToJson();
  const char* data = text.data();
  size_t left = text.size();
  bool ok = true;
  while (left > 0) {
    ssize_t n = write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ok = false;
      break;
    }
    data += n;
    left -= static_cast<size_t>(n);
  }
  int error = errno;
  // mkstemp makes the file private (0600); the cache holds nothing secret.
  if (ok) ok = fchmod(fd, 0644) == 0 && fsync(fd) == 0;
  if (!ok) error = errno;
  if (close(fd) != 0 && ok) {
    ok = false;
    error = errno;
  }
  if (ok && std::rename(temp.c_str(), path.c_str()) != 0) {
    ok = false;
    error = errno;
  }
  if (!ok) {
    unlink(temp.c_str());
    problem = "the link cache could not be written: " + Reason(error);
  }
  return ok;
}

}  // namespace hearth
