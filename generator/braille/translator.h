// Text -> braille: the only code that includes liblouis. Translates plain text into Unified
// English Braille grade 2 (liblouis's en-ueb-g2.ctb), written as North American Braille
// ASCII (liblouis's en-us-brf.dis): the 64 characters from space to '_' that BRF files
// and braille embossers use. brf.h lays the translation out into pages; downloads/ calls
// both to make a page's Braille file.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace hearth {

// Which liblouis tables to use, and where to find them.
struct BrailleTables {
  // The folder that holds the tables. Empty (the default) searches where liblouis itself
  // looks: the folders in LOUIS_TABLEPATH, then the folder the Debian package
  // liblouis-data installs them into (/usr/share/liblouis/tables).
  std::string directory;
  // Unified English Braille, grade 2 (contracted). Default "en-ueb-g2.ctb".
  std::string translation = "en-ueb-g2.ctb";
  // North American Braille ASCII, the BRF character set. Default "en-us-brf.dis".
  std::string display = "en-us-brf.dis";
};

// Why a translator could not be made, in words for the person running the build.
struct BrailleError {
  std::string message;
  std::string hint;
};

// A loaded pair of tables. liblouis keeps its tables and buffers in process-wide state that
// is not safe to share between threads, so every call into it, from any translator, takes
// one lock; a translator may be used from many threads at once.
class BrailleTranslator {
 public:
  // Loads the tables, or returns null and says which table is missing and which Debian
  // package installs it.
  static std::unique_ptr<BrailleTranslator> Open(const BrailleTables& tables, BrailleError& error);

  // Translates UTF-8 text into one line of ASCII braille (no line breaks: brf.h wraps it).
  // Every kind of space, line break and tab becomes one space between words, and invisible
  // characters (zero-width spaces, soft hyphens, controls) are dropped first, so words are
  // separated by exactly one space in the result. Every byte of the result is in the BRF
  // set (see IsBrfCharacter).
  std::string Translate(std::string_view text) const;

  const BrailleTables& tables() const { return tables_; }

 private:
  explicit BrailleTranslator(BrailleTables tables, std::string table_list);
  BrailleTables tables_;
  std::string table_list_;  // as liblouis takes it: "display,translation"
};

// What a translation with these tables depends on besides the text: the liblouis version
// and the tables, for cache keys. Needs no tables installed.
std::string BrailleFingerprint(const BrailleTables& tables);

// True for the 64 characters of North American Braille ASCII: ' ' (0x20) to '_' (0x5F).
// Each is one braille cell of dots 1 to 6.
bool IsBrfCharacter(char c);

}  // namespace hearth
