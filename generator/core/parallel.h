// Runs independent work items on all cores: loading content, parsing Markdown and rendering
// pages (one item is one page, whose reading versions are rendered together from one parse).
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace hearth {

// Calls fn(i) for every i in [0, count) using up to `threads` threads (0 = all cores).
// Items are handed out one at a time from a shared counter, so slow pages do not stall
// a whole slice. fn must not throw.
template <typename Fn>
void ParallelFor(size_t count, Fn fn, unsigned threads = 0) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, count));
  if (threads <= 1) {
    for (size_t i = 0; i < count; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < count; i = next++) fn(i);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& thread : pool) thread.join();
}

}  // namespace hearth
