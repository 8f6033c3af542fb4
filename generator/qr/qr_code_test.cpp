#include "qr/qr_code.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <regex>
#include <set>

using namespace hearth;

namespace {

// The matrix the Debian qrencode command makes for `text` at level M, as rows of '#' and ' '
// (its ASCII output draws each module two characters wide; no margin).
std::vector<std::string> QrencodeRows(const std::string& text) {
  std::string command = "qrencode -l M -t ASCII -m 0 -o - '" + text + "'";
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::string output;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, n);
  REQUIRE(pclose(pipe) == 0);
  std::vector<std::string> rows;
  size_t start = 0;
  while (start < output.size()) {
    size_t end = output.find('\n', start);
    std::string line = output.substr(start, end - start);
    std::string row;
    for (size_t i = 0; i < line.size(); i += 2) row += line[i];
    rows.push_back(row);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return rows;
}

// The 15 format bits beside the top-left finder pattern (ISO/IEC 18004 7.9), unmasked.
int FormatBits(const QrCode& code) {
  int bits = 0;
  const int column_rows[8] = {0, 1, 2, 3, 4, 5, 7, 8};  // bits 0 to 7 down column 8
  for (int i = 0; i < 8; ++i) bits |= code.Dark(column_rows[i], 8) << i;
  const int row_columns[7] = {7, 5, 4, 3, 2, 1, 0};  // bits 8 to 14 along row 8
  for (int i = 0; i < 7; ++i) bits |= code.Dark(8, row_columns[i]) << (8 + i);
  return bits ^ 0x5412;
}

// The BCH(15,5) check bits of 5 data bits, generator x^10+x^8+x^5+x^4+x^2+x+1.
int FormatCheck(int data) {
  int value = data << 10;
  for (int bit = 14; bit >= 10; --bit) {
    if (value & (1 << bit)) value ^= 0x537 << (bit - 10);
  }
  return value;
}

}  // namespace

TEST_CASE("a QR code's modules match the qrencode command's for the same text", "[pledges][qr]") {
  auto text =
      GENERATE(std::string("https://portal.hearthshire.example.org/pledges/"), std::string("HELLO"),
               std::string("https://x.example/a-much-longer-address/"
                           "with/several/parts/to-need-version-4/"));
  CAPTURE(text);
  auto code = EncodeQr(text, QrLevel::kMedium);
  REQUIRE(code);
  std::vector<std::string> expected = QrencodeRows(text);
  REQUIRE(static_cast<int>(expected.size()) == code->size);
  for (int row = 0; row < code->size; ++row) {
    std::string ours;
    for (int column = 0; column < code->size; ++column) ours += code->Dark(row, column) ? '#' : ' ';
    CAPTURE(row);
    expected[row].resize(code->size, ' ');  // in case the command leaves off trailing spaces
    CHECK(ours == expected[row]);
  }
}

TEST_CASE("a QR code is as big as its version and says level M in its format bits",
          "[pledges][qr]") {
  auto code = EncodeQr("https://portal.hearthshire.example.org/pledges/", QrLevel::kMedium);
  REQUIRE(code);
  // 47 bytes at level M need version 4 (62 bytes), not 3 (42 bytes).
  CHECK(code->version == 4);
  CHECK(code->size == 17 + 4 * 4);
  int format = FormatBits(*code);
  CHECK(FormatCheck(format >> 10) == (format & 0x3ff));  // read from the right modules
  CHECK(((format >> 13) & 3) == 0);                      // 00 is level M
  auto high = EncodeQr("https://portal.hearthshire.example.org/pledges/", QrLevel::kHigh);
  REQUIRE(high);
  CHECK(((FormatBits(*high) >> 13) & 3) == 2);  // 10 is level H
  CHECK(high->version > code->version);
}

TEST_CASE("a QR code's SVG has a 4-module quiet zone, every module, and an accessible name",
          "[pledges][qr]") {
  auto code = EncodeQr("HELLO", QrLevel::kMedium);
  REQUIRE(code);
  REQUIRE(code->size == 21);
  std::string svg = QrSvg(*code, "QR code for the address portal dot example");
  CHECK(svg.find("viewBox=\"0 0 29 29\"") != std::string::npos);
  CHECK(svg.find("role=\"img\" aria-label=\"QR code for the address portal dot example\"") !=
        std::string::npos);
  CHECK(svg.find("<title>QR code for the address portal dot example</title>") != std::string::npos);
  CHECK(svg.find("<rect width=\"29\" height=\"29\" fill=\"#ffffff\"/>") != std::string::npos);
  // Every dark module is drawn once, inside the quiet zone's border.
  std::regex run("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
  std::set<std::pair<int, int>> drawn;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), run); it != std::sregex_iterator();
       ++it) {
    int x = std::stoi((*it)[1]), y = std::stoi((*it)[2]), length = std::stoi((*it)[3]);
    CHECK(length == std::stoi((*it)[4]));
    for (int k = 0; k < length; ++k) {
      CHECK(x + k >= 4);
      CHECK(x + k < 25);
      CHECK(y >= 4);
      CHECK(y < 25);
      CHECK(drawn.insert({y - 4, x + k - 4}).second);
    }
  }
  std::set<std::pair<int, int>> dark;
  for (int r = 0; r < 21; ++r) {
    for (int c = 0; c < 21; ++c) {
      if (code->Dark(r, c)) dark.insert({r, c});
    }
  }
  CHECK(drawn == dark);
  CHECK(dark.count({0, 0}) == 1);  // a finder pattern's corner
}
