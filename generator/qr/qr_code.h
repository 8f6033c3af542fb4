// QR codes for printed pages (the pledge prompt card): text -> a module matrix, through
// libqrencode (the only code that includes qrencode.h is qr_code.cpp), -> inline SVG that a
// screen reader announces by its accessible name. Used by render/; depends only on core/.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace hearth {

// How much of the code can be damaged and still read: about 7%, 15%, 25% or 30%. A card
// carried in a pocket gets creased, so callers should not go below kMedium.
enum class QrLevel { kLow, kMedium, kQuartile, kHigh };

struct QrCode {
  int version = 0;  // 1 to 40; the code is 17 + 4 * version modules across
  int size = 0;     // modules across (and down)
  QrLevel level = QrLevel::kMedium;
  std::vector<bool> dark;  // [row * size + column]: true for a dark module

  bool Dark(int row, int column) const { return dark[row * size + column]; }
};

// The smallest QR code for `text` (8-bit bytes, case kept) at `level`, or nothing when the
// text is too long for any version.
std::optional<QrCode> EncodeQr(const std::string& text, QrLevel level = QrLevel::kMedium);

// The code as an inline SVG element with a light quiet zone of `quiet_zone` modules on every
// side (the standard asks for 4), dark modules drawn as one path, role="img" and
// `accessible_name` as its aria-label and <title>. It scales to the width CSS gives it.
std::string QrSvg(const QrCode& code, const std::string& accessible_name, int quiet_zone = 4);

}  // namespace hearth
