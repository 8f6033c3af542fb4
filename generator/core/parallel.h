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

// Like ParallelFor, but fn(i, worker) also gets the worker's number in [0, threads), so
// each worker can keep state of its own (such as a word segmenter) without locks.
// Returns the number of workers used.
template <typename Fn>
unsigned ParallelForWorkers(size_t count, unsigned threads, Fn fn) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::max<size_t>(1, std::min<size_t>(threads, count)));
  std::atomic<size_t> next{0};
  auto worker = [&](unsigned w) {
    for (size_t i = next++; i < count; i = next++) fn(i, w);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker, t);
  worker(0);
  for (auto& thread : pool) thread.join();
  return threads;
}

}  // namespace hearth
