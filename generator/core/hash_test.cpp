#include "core/hash.h"

#include <catch2/catch.hpp>
#include <string>

using namespace hearth;

TEST_CASE("Sha256Hex gives the standard SHA-256 digest in lowercase hex") {
  auto [bytes, digest] = GENERATE(table<std::string, std::string>({
      {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
      {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
  }));
  CHECK(Sha256Hex(bytes) == digest);
}

TEST_CASE("Sha256Hex hashes every byte, including NUL bytes") {
  std::string with_nul("a\0b", 3);
  CHECK(Sha256Hex(with_nul) != Sha256Hex("a"));
  CHECK(Sha256Hex(with_nul) != Sha256Hex(std::string("a\0c", 3)));
  CHECK(Sha256Hex(with_nul).size() == 64);
}
