#include "core/diagnostic.h"

#include <algorithm>
#include <tuple>

#include "core/text.h"

namespace hearth {

void Diagnostics::Add(Diagnostic d) {
  std::lock_guard<std::mutex> lock(mutex_);
  items_.push_back(std::move(d));
}

void Diagnostics::Error(SourceLocation where, std::string message, std::string hint) {
  Add({Severity::kError, std::move(where), std::move(message), std::move(hint)});
}

void Diagnostics::Warning(SourceLocation where, std::string message, std::string hint) {
  Add({Severity::kWarning, std::move(where), std::move(message), std::move(hint)});
}

bool Diagnostics::HasErrors() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return std::any_of(items_.begin(), items_.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

// Counts what Sorted() shows, so a problem reported once per reading version counts once.
size_t Diagnostics::ErrorCount() const {
  auto items = Sorted();
  return std::count_if(items.begin(), items.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

size_t Diagnostics::WarningCount() const {
  auto items = Sorted();
  return std::count_if(items.begin(), items.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::kWarning; });
}

std::vector<Diagnostic> Diagnostics::Sorted() const {
  std::vector<Diagnostic> copy;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    copy = items_;
  }
  std::stable_sort(copy.begin(), copy.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.location.file, a.location.line, a.location.column, a.message) <
           std::tie(b.location.file, b.location.line, b.location.column, b.message);
  });
  // The same problem found twice (for example once per reading version) is shown once.
  copy.erase(std::unique(copy.begin(), copy.end(),
                         [](const Diagnostic& a, const Diagnostic& b) {
                           return a.severity == b.severity && a.location.file == b.location.file &&
                                  a.location.line == b.location.line &&
                                  a.location.column == b.location.column && a.message == b.message;
                         }),
             copy.end());
  return copy;
}

void Diagnostics::Append(const Diagnostics& other) {
  for (auto& d : other.Sorted()) Add(d);
}

std::string FormatDiagnostic(const Diagnostic& d, const LineLookup& lookup) {
  std::string out = d.location.file;
  if (d.location.line > 0) {
    out += ":" + std::to_string(d.location.line);
    if (d.location.column > 0) out += ":" + std::to_string(d.location.column);
  }
  out += d.severity == Severity::kError ? ": error: " : ": warning: ";
  out += d.message + "\n";
  if (d.location.line > 0 && lookup) {
    if (auto line = lookup(d.location.file, d.location.line)) {
      // Tabs would misplace the caret, so the line is shown with tabs as single spaces.
      std::string shown = *line;
      std::replace(shown.begin(), shown.end(), '\t', ' ');
      out += "    " + shown + "\n";
      if (d.location.column > 0) {
        out += "    " + std::string(d.location.column - 1, ' ') + "^\n";
      }
    }
  }
  if (!d.hint.empty()) out += "    hint: " + d.hint + "\n";
  return out;
}

std::string FormatDiagnostics(const Diagnostics& diagnostics, const LineLookup& lookup) {
  std::string out;
  for (const auto& d : diagnostics.Sorted()) out += FormatDiagnostic(d, lookup);
  size_t errors = diagnostics.ErrorCount();
  size_t warnings = diagnostics.WarningCount();
  if (errors || warnings) {
    out += Plural(errors, "error") + ", " + Plural(warnings, "warning") + "\n";
  }
  return out;
}

}  // namespace hearth
