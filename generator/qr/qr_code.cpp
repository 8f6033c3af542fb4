#include "qr/qr_code.h"

#include <qrencode.h>

#include <memory>

#include "core/text.h"

namespace hearth {
namespace {

QRecLevel LibraryLevel(QrLevel level) {
  switch (level) {
    case QrLevel::kLow:
      return QR_ECLEVEL_L;
    case QrLevel::kMedium:
      return QR_ECLEVEL_M;
    case QrLevel::kQuartile:
      return QR_ECLEVEL_Q;
    case QrLevel::kHigh:
      return QR_ECLEVEL_H;
  }
  return QR_ECLEVEL_M;
}

}  // namespace

std::optional<QrCode> EncodeQr(const std::string& text, QrLevel level) {
  // Version 0 asks for the smallest version that holds the text; 8-bit mode with case kept
  // is what the qrencode command does by default, so its output can check ours.
  std::unique_ptr<QRcode, void (*)(QRcode*)> raw(
      QRcode_encodeString(text.c_str(), 0, LibraryLevel(level), QR_MODE_8, 1), QRcode_free);
  if (!raw) return std::nullopt;
  QrCode code;
  code.version = raw->version;
  code.size = raw->width;
  code.level = level;
  code.dark.resize(static_cast<size_t>(code.size) * code.size);
  // Each byte's lowest bit is the module's colour; the other bits are libqrencode's own marks.
  for (size_t i = 0; i < code.dark.size(); ++i) code.dark[i] = (raw->data[i] & 1) != 0;
  return code;
}

std::string QrSvg(const QrCode& code, const std::string& accessible_name, int quiet_zone) {
  const int across = code.size + 2 * quiet_zone;
  const std::string n = std::to_string(across);
  std::string name = HtmlEscape(accessible_name);
  std::string out = "<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                    n + " " + n + "\" role=\"img\" aria-label=\"" + name +
                    "\" shape-rendering=\"crispEdges\">\n<title>" + name +
                    "</title>\n<rect width=\"" + n + "\" height=\"" + n +
                    "\" fill=\"#ffffff\"/>\n<path fill=\"#000000\" d=\"";
  // One path of horizontal runs keeps the file small: "M x y h run v 1 h -run z".
  for (int row = 0; row < code.size; ++row) {
    for (int column = 0; column < code.size;) {
      if (!code.Dark(row, column)) {
        ++column;
        continue;
      }
      int run = 1;
      while (column + run < code.size && code.Dark(row, column + run)) ++run;
      out += "M" + std::to_string(column + quiet_zone) + " " + std::to_string(row + quiet_zone) +
             "h" + std::to_string(run) + "v1h-" + std::to_string(run) + "z";
      column += run;
    }
  }
  return out + "\"/>\n</svg>\n";
}

}  // namespace hearth
