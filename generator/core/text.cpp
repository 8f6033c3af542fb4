#include "core/text.h"

#include <algorithm>
#include <cctype>

namespace hearth {

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {

// Decodes the UTF-8 code point starting at text[i], setting `length`; invalid bytes decode
// as themselves, one byte long.
char32_t DecodeUtf8(std::string_view text, size_t i, size_t& length) {
  unsigned char c = text[i];
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  if (i + extra >= text.size() + (extra ? 0 : 1)) extra = 0;
  char32_t cp = extra == 0 ? c : c & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    unsigned char next = text[i + k];
    if ((next & 0xC0) != 0x80) {
      length = 1;
      return c;
    }
    cp = (cp << 6) | (next & 0x3F);
  }
  length = extra + 1;
  return cp;
}

}  // namespace

std::string Slugify(std::string_view text) {
  std::string out;
  bool pending_hyphen = false;
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    char32_t cp = DecodeUtf8(text, i, length);
    std::string_view bytes = text.substr(i, length);
    i += length;
    // Apostrophes vanish ("young person's" -> "young-persons"), curly ones too.
    if (cp == '\'' || cp == 0x2019 || cp == 0x2018) continue;
    bool ascii_word = cp < 0x80 && std::isalnum(static_cast<int>(cp));
    // Latin-1 punctuation and spaces (U+0080-U+00BF, U+00D7, U+00F7) and the General
    // Punctuation block (dashes, quotes, no-break spaces, U+2000-U+206F) separate words;
    // other non-ASCII characters are letters of some language and are kept.
    bool separator = cp < 0x80 ? !ascii_word
                               : (cp <= 0xBF || cp == 0xD7 || cp == 0xF7 ||
                                  (cp >= 0x2000 && cp <= 0x206F) || cp == 0x3000);
    if (separator) {
      pending_hyphen = true;
      continue;
    }
    if (pending_hyphen && !out.empty()) out += '-';
    pending_hyphen = false;
    if (ascii_word) {
      out += static_cast<char>(std::tolower(static_cast<int>(cp)));
    } else {
      out += bytes;
    }
  }
  return out;
}

std::string Trim(std::string_view text) {
  size_t b = 0, e = text.size();
  while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
  return std::string(text.substr(b, e - b));
}

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) {
      if (start < text.size()) lines.emplace_back(text.substr(start));
      break;
    }
    std::string_view line = text.substr(start, nl - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.emplace_back(line);
    start = nl + 1;
  }
  return lines;
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string ToLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

int ColumnOfByte(std::string_view text, size_t bytes) {
  int column = 1;
  for (size_t i = 0; i < bytes && i < text.size(); ++i) {
    // Continuation bytes (10xxxxxx) do not start a character.
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  }
  return column;
}

std::string Plural(size_t n, std::string_view noun) {
  return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

std::string TelHref(std::string_view phone) {
  std::string digits;
  for (char c : phone) {
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '+') digits += c;
  }
  return "tel:" + digits;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = SIZE_MAX;
  std::string lowered = ToLower(word);
  for (const auto& candidate : candidates) {
    size_t d = EditDistance(lowered, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  // Allow about one mistake in three letters, and at least one.
  size_t allowed = std::max<size_t>(1, (word.size() + 2) / 3);
  return best_distance <= allowed ? best : std::string();
}

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += separator;
    out += parts[i];
  }
  return out;
}

}  // namespace hearth
