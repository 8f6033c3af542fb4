#include "content/glossary.h"

#include <algorithm>
#include <map>

#include "config/yaml.h"
#include "content/source_page.h"
#include "core/text.h"

namespace hearth {
namespace {

const std::vector<std::string> kGlossaryFields = {"term", "abbreviation", "meaning"};

// A name sorts as a reader would look for it: "pathway plan" between "PA" and "PEP".
bool NameBefore(const GlossaryEntry& a, const GlossaryEntry& b) {
  std::string x = ToLower(a.Name()), y = ToLower(b.Name());
  return x != y ? x < y : a.Name() < b.Name();
}

}  // namespace

std::vector<GlossaryEntry> ParseGlossary(const std::string& text, const std::string& file,
                                         Diagnostics& diags) {
  std::vector<GlossaryEntry> entries;
  YamlSource source{file, 1};
  std::optional<YAML::Node> root = ParseYaml(text, source, diags);
  if (!root || root->IsNull()) return entries;
  if (!root->IsSequence()) {
    diags.Error(LocationOf(*root, source), "the glossary should be a list of entries",
                "start each entry with '- term:' on a line of its own");
    return entries;
  }
  // Where each term (in lower case), abbreviation and id was first given, to name it when
  // it comes again.
  std::map<std::string, SourceLocation> terms, abbreviations, ids;
  for (const YAML::Node& node : *root) {
    SourceLocation where = LocationOf(node, source);
    if (!node.IsMap()) {
      diags.Error(where, "this glossary entry should have fields, such as 'term:' and 'meaning:'",
                  "start each entry with '- term:' and put 'meaning:' under it, lined up");
      continue;
    }
    bool ok = CheckKeys(node, kGlossaryFields, source, "glossary field", diags);
    GlossaryEntry entry;
    entry.location = where;
    entry.term = Trim(ReadString(node, "term", source, diags).value_or(""));
    entry.abbreviation = Trim(ReadString(node, "abbreviation", source, diags).value_or(""));
    entry.meaning = Trim(ReadString(node, "meaning", source, diags).value_or(""));
    if (entry.term.empty()) {
      diags.Error(where, "this glossary entry has no 'term'",
                  "write the words as pages use them, such as 'term: Staying Put'");
      ok = false;
    }
    if (entry.meaning.empty()) {
      diags.Error(where,
                  "the glossary entry '" + (entry.term.empty() ? entry.abbreviation : entry.term) +
                      "' has no 'meaning'",
                  "say what it means in one or two short, plain sentences");
      ok = false;
    }
    auto first_use = [&](std::map<std::string, SourceLocation>& seen, const std::string& key,
                         const char* field, const std::string& shown) {
      auto [it, is_new] = seen.try_emplace(key, LocationOf(node[field], source));
      if (is_new) return true;
      diags.Error(
          LocationOf(node[field], source),
          "'" + shown + "' is already in the glossary, at line " + std::to_string(it->second.line),
          "keep one entry for it");
      return false;
    };
    if (!entry.term.empty() && !first_use(terms, ToLower(entry.term), "term", entry.term)) {
      ok = false;
    }
    if (!entry.abbreviation.empty() &&
        !first_use(abbreviations, entry.abbreviation, "abbreviation", entry.abbreviation)) {
      ok = false;
    }
    if (!ok) continue;
    entry.id = Slugify(entry.Name());
    if (entry.id.empty()) {
      diags.Error(LocationOf(node[entry.abbreviation.empty() ? "term" : "abbreviation"], source),
                  "'" + entry.Name() + "' has no letters or digits to make its address from");
      continue;
    }
    // Different names can share a slug ("Care leaver" and "care-leaver"): one heading id
    // must lead to one entry.
    if (auto [it, is_new] = ids.try_emplace(entry.id, where); !is_new) {
      diags.Error(where,
                  "'" + entry.Name() + "' would have the same address on the glossary page (#" +
                      entry.id + ") as the entry at line " + std::to_string(it->second.line),
                  "keep one entry for it");
      continue;
    }
    entries.push_back(std::move(entry));
  }
  std::sort(entries.begin(), entries.end(), NameBefore);
  return entries;
}

std::vector<GlossaryEntry> LoadGlossary(const FileSystem& fs, Diagnostics& diags) {
  std::optional<std::string> text = fs.ReadFile(kGlossaryFile);
  if (!text) return {};
  return ParseGlossary(*text, kGlossaryFile, diags);
}

std::string GlossaryMarkdown(const std::vector<GlossaryEntry>& entries) {
  std::string md =
      "This page explains words and short forms that pages on this portal use. Where a page "
      "first uses one of them, it links to its meaning here.\n";
  for (const GlossaryEntry& entry : entries) {
    // The heading is the name alone, so its id is the entry's id.
    md += "\n## " + entry.Name() + "\n\n";
    if (!entry.abbreviation.empty()) md += entry.abbreviation + " means " + entry.term + ". ";
    md += entry.meaning + "\n";
  }
  return md;
}

SourcePage GlossaryPage(const std::vector<GlossaryEntry>& entries) {
  SourcePage page;
  page.file = kGlossaryFile;
  page.generated = true;
  page.content_path = "glossary.md";
  page.front.title = "Glossary";
  page.front.title_location = {kGlossaryFile, 1, 1};
  page.front.description = "What the words and short forms used on this portal mean.";
  page.front.audience = {"young-people", "carers", "professionals", "public"};
  page.body.file = kGlossaryFile;
  page.body.text = GlossaryMarkdown(entries);
  page.body.first_line = 1;
  return page;
}

}  // namespace hearth
