// content/glossary.yaml -> the site's glossary: the terms and abbreviations its pages use
// (IRO, UASC, Staying Put, pathway plan, ...), each with its meaning in plain words. The
// glossary is read with the content (LoadContent puts it in SourceTree::glossary and adds
// its page at /glossary/); site/ then links the first use of each entry on every page to
// the entry, and the language checks count its abbreviations as known. A site without the
// file has no glossary.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "fs/file_system.h"

namespace hearth {

struct SourcePage;

// Where the glossary is read from, and where its page is published.
inline constexpr char kGlossaryFile[] = "content/glossary.yaml";
inline constexpr char kGlossaryPath[] = "/glossary/";

struct GlossaryEntry {
  std::string term;          // the words as written: "Independent Reviewing Officer"
  std::string abbreviation;  // "IRO"; empty for a term that has none ("Staying Put")
  std::string meaning;       // one or two plain sentences (Markdown)
  // The entry's heading id on the glossary page: the abbreviation's slug ("iro"), else the
  // term's ("staying-put"). Stable, so pages and people can link to it.
  std::string id;
  SourceLocation location;  // of the entry's first field
  // "IRO", else the term: the words looked for in pages and shown as the entry's heading.
  const std::string& Name() const { return abbreviation.empty() ? term : abbreviation; }
};

// Reads glossary YAML (a list of entries with `term`, `abbreviation`, `meaning`). Reports
// every mistake (missing term or meaning, a term or abbreviation used twice, unknown
// fields) and leaves out the entries that have one. Entries come back sorted A to Z by name.
std::vector<GlossaryEntry> ParseGlossary(const std::string& text, const std::string& file,
                                         Diagnostics& diagnostics);

// Reads content/glossary.yaml; no file, no entries.
std::vector<GlossaryEntry> LoadGlossary(const FileSystem& fs, Diagnostics& diagnostics);

// The glossary page's Markdown: a short introduction, then each entry under a heading
// whose id is the entry's id.
std::string GlossaryMarkdown(const std::vector<GlossaryEntry>& entries);

// The glossary as a generated page at /glossary/ (its source file is the glossary file).
SourcePage GlossaryPage(const std::vector<GlossaryEntry>& entries);

}  // namespace hearth
