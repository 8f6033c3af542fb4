// Diagnostics: every problem any stage finds, as a value with a place.
//
// Each stage adds to a Diagnostics collection instead of throwing, so a user sees every
// mistake in one run; the stage then stops if any was an error. Lines and columns count
// from 1 (library wrappers convert their 0-based marks). Printing follows compilers and
// ninja: `path:line:column: error: message`, the source line, a caret, then the hint.
#pragma once

#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace hearth {

struct SourceLocation {
  std::string file;  // path relative to the site root, with '/' separators
  int line = 0;      // 1-based; 0 when the problem concerns the whole file
  int column = 0;    // 1-based, counted in characters (UTF-8 code points)
};

enum class Severity { kWarning, kError };

struct Diagnostic {
  Severity severity = Severity::kError;
  SourceLocation location;
  std::string message;
  std::string hint;  // optional: what to do about it
};

// A thread-safe, ordered collection. Render workers add to it concurrently, so Sorted()
// gives the deterministic order used for printing.
class Diagnostics {
 public:
  void Add(Diagnostic d);
  void Error(SourceLocation where, std::string message, std::string hint = {});
  void Warning(SourceLocation where, std::string message, std::string hint = {});

  bool HasErrors() const;
  size_t ErrorCount() const;
  size_t WarningCount() const;
  // By file, line, column, then message, so output does not depend on thread timing.
  std::vector<Diagnostic> Sorted() const;
  void Append(const Diagnostics& other);

 private:
  mutable std::mutex mutex_;
  std::vector<Diagnostic> items_;
};

// Returns the text of a 1-based line of a file, or nothing if it cannot be read.
using LineLookup = std::function<std::optional<std::string>(const std::string& file, int line)>;

// Formats one diagnostic: the header line, then (when the line is known) the source line
// indented by four spaces with a caret under the column, then "    hint: ...".
std::string FormatDiagnostic(const Diagnostic& d, const LineLookup& lookup);

// Formats all diagnostics followed by a summary line such as "2 errors, 1 warning".
std::string FormatDiagnostics(const Diagnostics& diagnostics, const LineLookup& lookup);

}  // namespace hearth
