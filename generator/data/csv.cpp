#include "data/csv.h"

#include <csv.h>

#include "core/text.h"

namespace hearth {
namespace {

struct Reader {
  std::vector<CsvRow> rows;
  CsvRow current;
};

void OnField(void* bytes, size_t length, void* data) {
  auto* reader = static_cast<Reader*>(data);
  CsvField field;
  field.text.assign(static_cast<const char*>(bytes), length);
  reader->current.fields.push_back(std::move(field));
}

void OnRow(int, void* data) {
  auto* reader = static_cast<Reader*>(data);
  reader->rows.push_back(std::move(reader->current));
  reader->current = CsvRow();
}

// Where each field of a one-line row starts, found by scanning the line with CSV quoting.
std::vector<int> FieldColumns(const std::string& line) {
  std::vector<int> columns{1};
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '"') quoted = !quoted;
    if (c == ',' && !quoted) columns.push_back(ColumnOfByte(line, i + 1));
  }
  return columns;
}

}  // namespace

std::vector<CsvRow> ParseCsv(const std::string& file, const std::string& text, Diagnostics& diags) {
  Reader reader;
  csv_parser parser;
  csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
  std::string_view body = text;
  if (StartsWith(body, "\xEF\xBB\xBF")) body.remove_prefix(3);  // spreadsheets add one
  size_t done = csv_parse(&parser, body.data(), body.size(), OnField, OnRow, &reader);
  bool ok = done == body.size() && csv_fini(&parser, OnField, OnRow, &reader) == 0;
  if (!ok) {
    int row = static_cast<int>(reader.rows.size()) + 1;
    diags.Error({file, row, 0},
                "this CSV file cannot be read: " + std::string(csv_strerror(csv_error(&parser))),
                "check for a double quote that is not closed");
  }
  csv_free(&parser);
  // Rows map to lines unless a quoted field spans lines; count line breaks to place them.
  std::vector<std::string> lines = SplitLines(std::string(body));
  int line = 1;
  for (auto& row : reader.rows) {
    row.line = line;
    int breaks = 0;
    for (const auto& f : row.fields) {
      for (char c : f.text) breaks += c == '\n';
    }
    std::vector<int> columns =
        line <= static_cast<int>(lines.size()) ? FieldColumns(lines[line - 1]) : std::vector<int>{};
    for (size_t i = 0; i < row.fields.size(); ++i) {
      row.fields[i].line = line;
      row.fields[i].column = i < columns.size() ? columns[i] : 1;
    }
    line += 1 + breaks;
    // Blank lines between rows are skipped by libcsv: keep counting them.
    while (line <= static_cast<int>(lines.size()) && Trim(lines[line - 1]).empty()) ++line;
  }
  return reader.rows;
}

std::string CsvLine(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ',';
    const std::string& f = fields[i];
    bool quote = f.find_first_of(",\"\r\n") != std::string::npos;
    if (!quote) {
      out += f;
      continue;
    }
    std::string buffer(f.size() * 2 + 2, '\0');
    size_t n = csv_write(buffer.data(), buffer.size(), f.data(), f.size());
    out.append(buffer.data(), n);
  }
  return out + "\r\n";
}

}  // namespace hearth
