#include "braille/translator.h"

#include <liblouis.h>

#include <mutex>
#include <vector>

namespace hearth {
namespace {

// liblouis compiles tables into a process-wide cache and translates through static
// buffers, so no two threads may be inside it at once.
std::mutex& LouisMutex() {
  static std::mutex mutex;
  return mutex;
}

// liblouis prints why a table could not be found on standard error; we say it ourselves,
// in words for the person running the build, so its own log is silenced.
void SilentLog(logLevels, const char*) {}

// Decodes UTF-8; a malformed sequence becomes U+FFFD, the replacement character.
std::vector<char32_t> DecodeUtf8(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    unsigned char lead = static_cast<unsigned char>(text[i]);
    int length = lead < 0x80           ? 1
                 : (lead >> 5) == 0x6  ? 2
                 : (lead >> 4) == 0xE  ? 3
                 : (lead >> 3) == 0x1E ? 4
                                       : 0;
    char32_t c = length == 1   ? lead
                 : length == 2 ? lead & 0x1F
                 : length == 3 ? lead & 0x0F
                               : lead & 0x07;
    bool ok = length > 0 && i + length <= text.size();
    for (int k = 1; ok && k < length; ++k) {
      unsigned char next = static_cast<unsigned char>(text[i + k]);
      if ((next >> 6) != 0x2) ok = false;
      c = (c << 6) | (next & 0x3F);
    }
    if (!ok) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    out.push_back(c);
    i += length;
  }
  return out;
}

// Characters that separate words: ASCII whitespace, the Unicode spaces (no-break spaces
// included: a braille line may break wherever print may not, and words stay whole either
// way) and the line and paragraph separators.
bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x85 ||
         c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

// Characters with no cell of their own: controls, zero-width joiners and spaces, the
// soft hyphen, the byte order mark. liblouis would pass some of them through unchanged,
// which would put bytes outside the BRF set into the file.
bool IsInvisible(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF;
}

// Whitespace becomes single spaces between words; invisible characters go.
std::vector<widechar> Normalise(std::string_view text) {
  std::vector<widechar> out;
  bool pending_space = false;
  for (char32_t c : DecodeUtf8(text)) {
    if (IsSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (IsInvisible(c)) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(static_cast<widechar>(c));
  }
  return out;
}

}  // namespace

bool IsBrfCharacter(char c) { return c >= 0x20 && c <= 0x5F; }

BrailleTranslator::BrailleTranslator(BrailleTables tables, std::string table_list)
    : tables_(std::move(tables)), table_list_(std::move(table_list)) {}

std::unique_ptr<BrailleTranslator> BrailleTranslator::Open(const BrailleTables& tables,
                                                           BrailleError& error) {
  std::string folder = tables.directory;
  if (!folder.empty() && folder.back() != '/') folder += '/';
  std::lock_guard<std::mutex> lock(LouisMutex());
  lou_registerLogCallback(SilentLog);
  if (lou_charSize() != static_cast<int>(sizeof(widechar))) {
    error = {"the installed liblouis does not match the one hearth was built with",
             "build hearth again: bash scripts/setup.sh"};
    return nullptr;
  }
  // Each table is checked on its own, so the message names the one that is missing.
  for (const std::string* name : {&tables.translation, &tables.display}) {
    std::string path = folder + *name;
    if (lou_getTable(path.c_str()) != nullptr) continue;
    std::string where = tables.directory.empty() ? "" : " in " + tables.directory;
    error = {
        "Braille files cannot be made: the braille table '" + *name + "' was not found" + where,
        "install the Debian package liblouis-data (sudo apt-get install liblouis-data); "
        "bash scripts/setup.sh installs everything hearth needs"};
    return nullptr;
  }
  std::string list = folder + tables.display + "," + folder + tables.translation;
  if (lou_getTable(list.c_str()) == nullptr) {
    error = {"Braille files cannot be made: the braille tables '" + tables.display + "' and '" +
                 tables.translation + "' do not work together",
             "check the table names; the defaults are en-us-brf.dis and en-ueb-g2.ctb"};
    return nullptr;
  }
  return std::unique_ptr<BrailleTranslator>(new BrailleTranslator(tables, std::move(list)));
}

std::string BrailleTranslator::Translate(std::string_view text) const {
  std::vector<widechar> input = Normalise(text);
  if (input.empty()) return "";
  // Grade 2 braille is rarely longer than its print, but indicators (capitals, numbers)
  // and spelt-out symbols can make it so: grow the buffer until the whole input fits.
  std::vector<widechar> output(input.size() * 2 + 16);
  int in_length = 0;
  int out_length = 0;
  for (;;) {
    in_length = static_cast<int>(input.size());
    out_length = static_cast<int>(output.size());
    int ok;
    {
      std::lock_guard<std::mutex> lock(LouisMutex());
      ok = lou_translateString(table_list_.c_str(), input.data(), &in_length, output.data(),
                               &out_length, nullptr, nullptr, 0);
    }
    if (!ok) return "";  // only when the tables fail, which Open has ruled out
    if (in_length >= static_cast<int>(input.size())) break;
    output.resize(output.size() * 2);
  }
  std::string braille;
  braille.reserve(out_length);
  for (int i = 0; i < out_length; ++i) {
    widechar c = output[i];
    if (c < 0x80 && IsBrfCharacter(static_cast<char>(c))) {
      braille += static_cast<char>(c);
    } else if (c >= 'a' && c <= 'z') {
      braille += static_cast<char>(c - 'a' + 'A');  // the same cell, written in lower case
    } else {
      // A cell the display table wrote as Unicode braille, or a character it has no cell
      // for (dots 7 and 8, or one liblouis passed through): its six-dot part, written by
      // the display table, so the file stays in the BRF set.
      widechar dots = 0;
      std::lock_guard<std::mutex> lock(LouisMutex());
      if ((c & 0xFF00) == LOU_ROW_BRAILLE) {
        dots = c & 0xFF;
      } else {
        lou_charToDots(table_list_.c_str(), &c, &dots, 1, 0);
      }
      widechar cell = LOU_DOTS | (dots & 0x3F);
      widechar shown = ' ';
      lou_dotsToChar(table_list_.c_str(), &cell, &shown, 1, 0);
      braille +=
          shown < 0x80 && IsBrfCharacter(static_cast<char>(shown)) ? static_cast<char>(shown) : ' ';
    }
  }
  return braille;
}

std::string BrailleFingerprint(const BrailleTables& tables) {
  return std::string("liblouis ") + lou_version() + "; tables " + tables.directory + " " +
         tables.display + "," + tables.translation;
}

}  // namespace hearth
