#include "downloads/download_cache.h"

#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

using namespace hearth;
namespace stdfs = std::filesystem;

namespace {

DownloadRecipe Recipe() { return {"brf", "maker 1", "cells 40", "the text"}; }

// The names in a folder, sorted; hidden ones (a partly written file) included.
std::vector<std::string> Names(const stdfs::path& folder) {
  std::vector<std::string> names;
  if (!stdfs::exists(folder)) return names;
  for (const auto& entry : stdfs::directory_iterator(folder)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// A fresh folder below the system's temporary folder, removed afterwards.
struct TemporaryFolder {
  TemporaryFolder() {
    path = stdfs::temp_directory_path() /
           ("hearth-download-cache-" + std::to_string(getpid()) + "-" + std::to_string(++count));
    stdfs::remove_all(path);
  }
  ~TemporaryFolder() { stdfs::remove_all(path); }
  stdfs::path path;
  static inline int count = 0;
};

}  // namespace

TEST_CASE("a cache key is the SHA-256 of the whole recipe, with the format after it",
          "[braille][downloads]") {
  std::string key = DownloadCacheKey(Recipe());
  CHECK(key.size() == 64 + 4);
  CHECK(key.substr(64) == ".brf");
  CHECK(DownloadCacheKey(Recipe()) == key);
}

TEST_CASE("any change to the recipe changes the key", "[braille][downloads]") {
  std::string key = DownloadCacheKey(Recipe());
  DownloadRecipe changed = Recipe();
  SECTION("the source text") { changed.source = "the text."; }
  SECTION("the maker's version") { changed.maker_version = "maker 2"; }
  SECTION("the options") { changed.options = "cells 32"; }
  SECTION("the format") { changed.format = "pdf"; }
  SECTION("a boundary between fields") {
    // The same characters in all, split differently between two fields.
    changed.options = "cells 40the";
    changed.source = " text";
  }
  CHECK(DownloadCacheKey(changed) != key);
}

TEST_CASE("a miss makes and stores the file; a hit returns it without making it",
          "[braille][downloads]") {
  MemoryDownloadCache cache;
  int made = 0;
  auto make = [&]() -> std::optional<std::string> {
    ++made;
    return "BRAILLE " + std::to_string(made);
  };
  auto first = LoadOrMake(cache, Recipe(), make);
  REQUIRE(first);
  CHECK(first->bytes == "BRAILLE 1");
  CHECK_FALSE(first->from_cache);
  CHECK(first->stored);
  CHECK(made == 1);
  auto second = LoadOrMake(cache, Recipe(), make);
  REQUIRE(second);
  CHECK(second->bytes == "BRAILLE 1");
  CHECK(second->from_cache);
  CHECK(made == 1);

  DownloadRecipe edited = Recipe();
  edited.source = "the text, edited";
  auto third = LoadOrMake(cache, edited, make);
  REQUIRE(third);
  CHECK(third->bytes == "BRAILLE 2");
  CHECK_FALSE(third->from_cache);
  CHECK(made == 2);
  CHECK(cache.size() == 2);
}

TEST_CASE("nothing is stored when the file cannot be made", "[braille][downloads]") {
  MemoryDownloadCache cache;
  auto result = LoadOrMake(cache, Recipe(), [] { return std::optional<std::string>(); });
  CHECK_FALSE(result);
  CHECK(cache.size() == 0);
}

TEST_CASE("a folder cache keeps files between builds and leaves no partial files",
          "[braille][downloads]") {
  TemporaryFolder folder;
  std::string key = DownloadCacheKey(Recipe());
  {
    FolderDownloadCache cache(folder.path / ".hearth-cache" / "downloads");
    CHECK_FALSE(cache.Load(key));
    CHECK(cache.Store(key, std::string("A\r\n\fB\0C", 8)));
    CHECK(cache.Store(key, std::string("A\r\n\fB\0D", 8)));  // replaced whole
  }
  FolderDownloadCache again(folder.path / ".hearth-cache" / "downloads");
  CHECK(again.Load(key) == std::optional<std::string>(std::string("A\r\n\fB\0D", 8)));
  CHECK(Names(folder.path / ".hearth-cache" / "downloads") == std::vector<std::string>{key});
}

TEST_CASE("a folder cache refuses keys that are not cache keys", "[braille][downloads]") {
  TemporaryFolder folder;
  FolderDownloadCache cache(folder.path);
  CHECK_FALSE(cache.Store("../escape", "x"));
  CHECK_FALSE(cache.Store(".hidden", "x"));
  CHECK_FALSE(cache.Store("UPPER", "x"));
  CHECK_FALSE(cache.Load("../escape"));
  CHECK(Names(folder.path).empty());
}

TEST_CASE("a folder cache that cannot be written says so and the file is still made",
          "[braille][downloads]") {
  TemporaryFolder folder;
  stdfs::create_directories(folder.path);
  // A file where the cache folder should be: no folder can be made there.
  {
    FILE* f = fopen((folder.path / "blocked").c_str(), "w");
    fclose(f);
  }
  FolderDownloadCache cache(folder.path / "blocked" / "downloads");
  auto result = LoadOrMake(cache, Recipe(), [] { return std::optional<std::string>("BRF"); });
  REQUIRE(result);
  CHECK(result->bytes == "BRF");
  CHECK_FALSE(result->stored);
}

TEST_CASE("threads storing the same key leave one whole file", "[braille][downloads]") {
  TemporaryFolder folder;
  FolderDownloadCache cache(folder.path);
  std::string key = DownloadCacheKey(Recipe());
  std::string bytes(100000, 'Z');
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 10; ++i) cache.Store(key, bytes);
    });
  }
  for (auto& thread : threads) thread.join();
  CHECK(cache.Load(key) == std::optional<std::string>(bytes));
  CHECK(Names(folder.path) == std::vector<std::string>{key});
}

TEST_CASE("a read-through cache reads the kept files and stores only in its own",
          "[downloads][pdf]") {
  TemporaryFolder folder;
  FolderDownloadCache kept(folder.path);
  std::string key = DownloadCacheKey(Recipe());
  REQUIRE(kept.Store(key, "kept bytes"));
  MemoryDownloadCache own;
  ReadThroughDownloadCache cache(kept, own);
  int made = 0;
  auto make = [&] {
    ++made;
    return std::optional<std::string>("made bytes");
  };
  auto hit = LoadOrMake(cache, Recipe(), make);
  REQUIRE(hit);
  CHECK(hit->bytes == "kept bytes");
  CHECK(hit->from_cache);
  CHECK(made == 0);

  DownloadRecipe other = Recipe();
  other.source = "another text";
  auto miss = LoadOrMake(cache, other, make);
  REQUIRE(miss);
  CHECK(miss->bytes == "made bytes");
  CHECK(made == 1);
  // Kept in memory for the rest of the run, never in the folder.
  CHECK(own.size() == 1);
  CHECK(Names(folder.path) == std::vector<std::string>{key});
  CHECK(LoadOrMake(cache, other, make)->from_cache);
  CHECK(made == 1);
  // Its own files are read first: where both have a key, its own bytes win.
  REQUIRE(own.Store(key, "own bytes"));
  CHECK(cache.Load(key) == std::optional<std::string>("own bytes"));
}
