// The boundary around libcsv: reads CSV text into rows of fields, with each field's place
// in the file, and writes fields with the quoting CSV needs. data/ reads and writes CSV
// only through this header.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace hearth {

struct CsvField {
  std::string text;
  int line = 0;    // 1-based line of the row in the file
  int column = 0;  // 1-based character column where the field starts
};

struct CsvRow {
  std::vector<CsvField> fields;
  int line = 0;
};

// Parses CSV (RFC 4180: commas, double quotes, quoted line breaks). Reports a malformed
// file (for example an unclosed quote) and returns what was read up to there.
std::vector<CsvRow> ParseCsv(const std::string& file, const std::string& text,
                             Diagnostics& diagnostics);

// One CSV line (with "\r\n" at the end, as RFC 4180 says) from fields.
std::string CsvLine(const std::vector<std::string>& fields);

}  // namespace hearth
