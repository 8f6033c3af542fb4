// Content hashes for fingerprinted asset names and the download cache. Wraps OpenSSL's
// SHA-256 at this one boundary.
#pragma once

#include <string>
#include <string_view>

namespace hearth {

// Lowercase hex SHA-256 of the bytes.
std::string Sha256Hex(std::string_view bytes);

}  // namespace hearth
