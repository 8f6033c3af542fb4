#include "content/source_page.h"

#include <algorithm>
#include <map>

#include "config/yaml.h"
#include "content/accessibility_statement.h"
#include "content/local_offer.h"
#include "content/meeting.h"
#include "content/pledge.h"
#include "core/parallel.h"
#include "core/text.h"

namespace hearth {
namespace {

const std::vector<std::string> kPageFields = {"title",     "description", "date",        "updated",
                                              "review_by", "draft",       "weight",      "tags",
                                              "type",      "audience",    "downloadable"};
const std::vector<std::string> kAlternateFields = {"title", "description"};

// The fields each structured type adds to the page fields, by type, in the order a hint names
// the types. Each type's own module (content/local_offer.h, content/meeting.h,
// content/pledge.h) reads them in ReadTypeFields.
const std::vector<std::pair<std::string, std::vector<std::string>>>& TypeFields() {
  static const std::vector<std::pair<std::string, std::vector<std::string>>> kFields = {
      {"meeting", MeetingFieldNames()},
      {"event", EventFieldNames()},
      {"pledge", PledgeFieldNames()},
      {"local-offer", LocalOfferFieldNames()},
  };
  return kFields;
}

// "a plain page", "an event page", "a meeting page": what a page of `type` is called.
std::string PageOfType(const std::string& type) {
  if (type == "page") return "a plain page";
  const bool vowel =
      !type.empty() && std::string_view("aeiou").find(type[0]) != std::string_view::npos;
  return (vowel ? "an " : "a ") + type + " page";
}

// "meeting", "meeting and event", "a, b and c".
std::string AndList(const std::vector<std::string>& words) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " and " : ", ";
    out += words[i];
  }
  return out;
}

// Reports fields that are neither page fields nor fields of this page's type. A field of
// other types gets a hint naming every one of them: the usual slip is a missing `type:` line,
// and a field such as `venue` belongs to both meetings and events.
void CheckFields(const YAML::Node& y, const std::string& type, const YamlSource& src,
                 Diagnostics& diags) {
  std::vector<std::string> allowed = kPageFields;
  for (const auto& [owner, fields] : TypeFields()) {
    if (owner == type) allowed.insert(allowed.end(), fields.begin(), fields.end());
  }
  std::vector<std::string> known = allowed;
  for (auto it = y.begin(); it != y.end(); ++it) {
    const std::string key = it->first.Scalar();
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    std::vector<std::string> owners;
    for (const auto& [owner, fields] : TypeFields()) {
      if (std::find(fields.begin(), fields.end(), key) != fields.end()) owners.push_back(owner);
    }
    if (owners.empty()) continue;  // CheckKeys reports it as unknown
    std::string types = owners[0];
    for (size_t i = 1; i < owners.size(); ++i) types += (i == 1 ? " (or " : ", or ") + owners[i];
    if (owners.size() > 1) types += ")";
    std::string one_of = owners[0];
    for (size_t i = 1; i < owners.size(); ++i) {
      one_of += (i + 1 == owners.size() ? " or " : ", ") + owners[i];
    }
    diags.Error(LocationOf(it->first, src),
                "'" + key + "' is a field of " + AndList(owners) + " pages, and this is " +
                    PageOfType(type),
                "if this is " + PageOfType(one_of) + ", add the line: type: " + types);
    known.push_back(key);
  }
  CheckKeys(y, known, src, "field", diags);
}

// Reads the fields of the page's structured type into `fm`.
void ReadTypeFields(const YAML::Node& y, const YamlSource& src, FrontMatter& fm,
                    Diagnostics& diags) {
  if (fm.type == "meeting" || fm.type == "event") {
    fm.meeting = ReadMeetingFields(y, fm.type, src, diags);
  }
  if (fm.type == "pledge") fm.pledge = ReadPledgeFields(y, src, diags);
  if (fm.type == "local-offer") fm.local_offer = ReadLocalOfferFields(y, src, diags);
}

bool IsFence(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return Trim(line) == "---" && StartsWith(line, "---");
}

void CheckChoice(const YAML::Node& map, const char* key, const std::vector<std::string>& values,
                 const std::vector<std::string>& choices, const YamlSource& src,
                 Diagnostics& diags) {
  YAML::Node node = map[key];
  for (size_t i = 0; i < values.size(); ++i) {
    if (std::find(choices.begin(), choices.end(), values[i]) != choices.end()) continue;
    SourceLocation where = node.IsSequence() ? LocationOf(node[i], src) : LocationOf(node, src);
    std::string suggestion = DidYouMean(values[i], choices);
    std::string message = "unknown " + std::string(key) + " '" + values[i] + "'";
    if (!suggestion.empty()) message += "; did you mean '" + suggestion + "'?";
    diags.Error(where, message, "choose from: " + Join(choices, ", "));
  }
}

std::optional<FrontMatter> ReadFrontMatter(const YAML::Node& y, const YamlSource& src,
                                           Diagnostics& diags) {
  size_t errors_before = diags.ErrorCount();
  FrontMatter fm;
  fm.title = Trim(ReadString(y, "title", src, diags).value_or(""));
  fm.title_location = y["title"] ? LocationOf(y["title"], src) : SourceLocation{src.file, 1, 1};
  if (fm.title.empty()) {
    // An empty value is marked where the next token starts, so point at the key instead.
    SourceLocation where = y["title"] && !y["title"].IsNull()
                               ? fm.title_location  // written, but only quotes or spaces
                               : KeyLocation(y, "title", src, {src.file, 1, 1});
    diags.Error(where, "this page has no title",
                "add a line such as: title: Setting up home allowance");
  }
  fm.description = Trim(ReadString(y, "description", src, diags).value_or(""));
  fm.date = ReadDate(y, "date", src, diags);
  fm.updated = ReadDate(y, "updated", src, diags);
  fm.review_by = ReadDate(y, "review_by", src, diags);
  fm.draft = ReadBool(y, "draft", src, diags).value_or(false);
  fm.downloadable = ReadBool(y, "downloadable", src, diags).value_or(false);
  fm.weight = ReadInt(y, "weight", src, diags).value_or(0);
  fm.tags = ReadStringList(y, "tags", src, diags).value_or(std::vector<std::string>{});
  if (auto type = ReadString(y, "type", src, diags)) {
    fm.type = *type;
    CheckChoice(y, "type", {fm.type}, KnownPageTypes(), src, diags);
  }
  CheckFields(y, fm.type, src, diags);
  ReadTypeFields(y, src, fm, diags);
  fm.audience = ReadStringList(y, "audience", src, diags).value_or(std::vector<std::string>{});
  CheckChoice(y, "audience", fm.audience, KnownAudiences(), src, diags);
  // A meeting's or an event's date is the day it happens, which its page comes before.
  const bool happens_on_date = fm.type == "meeting" || fm.type == "event";
  if (fm.date && fm.updated && *fm.updated < *fm.date && !happens_on_date) {
    diags.Error(LocationOf(y["updated"], src),
                "'updated' (" + fm.updated->Iso() + ") is before 'date' (" + fm.date->Iso() + ")");
  }
  if (diags.ErrorCount() > errors_before) return std::nullopt;
  return fm;
}

// Reads a file's front matter YAML into a map node, reporting problems.
std::optional<YAML::Node> ReadFrontMatterYaml(const std::string& file, const std::string& text,
                                              SourceBody& body, Diagnostics& diags) {
  std::string yaml;
  if (!SplitFrontMatter(file, text, yaml, body, diags)) return std::nullopt;
  auto node = ParseYaml(yaml, {file, 2}, diags);
  if (!node) return std::nullopt;
  if (node->IsNull()) return YAML::Node(YAML::NodeType::Map);
  if (!node->IsMap()) {
    diags.Error({file, 2, 1}, "the front matter should be fields such as 'title: ...'",
                "each line between the --- lines is a field name, a colon and a value");
    return std::nullopt;
  }
  return node;
}

}  // namespace

const std::vector<std::string>& KnownPageTypes() {
  static const std::vector<std::string> kTypes = {"page",    "local-offer", "leaflet", "pledge",
                                                  "meeting", "event",       "news"};
  return kTypes;
}

const std::vector<std::string>& KnownAudiences() {
  static const std::vector<std::string> kAudiences = {"young-people", "carers", "professionals",
                                                      "public"};
  return kAudiences;
}

bool SplitFrontMatter(const std::string& file, const std::string& text, std::string& yaml,
                      SourceBody& body, Diagnostics& diags) {
  body.file = file;
  std::string_view rest = text;
  if (StartsWith(rest, "\xEF\xBB\xBF")) rest.remove_prefix(3);  // a byte order mark
  size_t first_end = rest.find('\n');
  if (first_end == std::string_view::npos || !IsFence(rest.substr(0, first_end))) {
    diags.Error({file, 1, 1}, "this page does not start with front matter",
                "the first line should be --- followed by lines such as 'title: ...', then "
                "another ---");
    return false;
  }
  size_t pos = first_end + 1;
  int line = 2;
  while (pos <= rest.size()) {
    size_t end = rest.find('\n', pos);
    std::string_view current =
        rest.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (IsFence(current)) {
      yaml = std::string(rest.substr(first_end + 1, pos - first_end - 1));
      body.text = end == std::string_view::npos ? "" : std::string(rest.substr(end + 1));
      body.first_line = line + 1;
      return true;
    }
    if (end == std::string_view::npos) break;
    pos = end + 1;
    ++line;
  }
  diags.Error({file, 1, 1}, "the front matter is not closed",
              "add a line with just --- after the last field");
  return false;
}

SourceTree LoadContent(const FileSystem& fs, const SiteConfig& config, Diagnostics& diags) {
  SourceTree tree;
  std::vector<std::string> infixes;
  for (const auto& v : config.variants) {
    if (!v.alternate_infix.empty()) infixes.push_back(v.alternate_infix);
  }
  // An alternate file is "NAME.INFIX.md"; remember them until their page is known.
  struct Pending {
    std::string file, base, infix;
  };
  std::vector<Pending> alternates;
  if (!fs.IsDirectory("content")) {
    diags.Error({"content", 0, 0}, "there is no content folder",
                "pages live in a folder called content beside site.yaml");
    return tree;
  }
  std::vector<std::string> files;
  for (const std::string& file : fs.ListFiles("content")) {
    if (!EndsWith(file, ".md")) continue;
    std::string stem = file.substr(0, file.size() - 3);
    bool is_alternate = false;
    for (const auto& infix : infixes) {
      if (EndsWith(stem, "." + infix)) {
        alternates.push_back({file, stem.substr(0, stem.size() - infix.size() - 1) + ".md", infix});
        is_alternate = true;
      }
    }
    if (!is_alternate) files.push_back(file);
  }
  // Pages are read and their front matter checked in parallel; each file reports into
  // its own list so one file's errors never decide another's fate.
  std::vector<std::optional<SourcePage>> read(files.size());
  std::vector<Diagnostics> found(files.size());
  ParallelFor(files.size(), [&](size_t i) {
    const std::string& file = files[i];
    Diagnostics& local = found[i];
    auto text = fs.ReadFile(file);
    if (!text) {
      local.Error({file, 0, 0}, "this file could not be read");
      return;
    }
    SourcePage page;
    page.file = file;
    page.content_path = file.substr(std::string("content/").size());
    page.is_section_index =
        page.content_path == "_index.md" || EndsWith(page.content_path, "/_index.md");
    auto yaml = ReadFrontMatterYaml(file, *text, page.body, local);
    if (!yaml) return;
    auto front = ReadFrontMatter(*yaml, {file, 2}, local);
    if (!front) return;
    page.front = std::move(*front);
    read[i] = std::move(page);
  });
  tree.pages.reserve(files.size() + 1);
  for (size_t i = 0; i < files.size(); ++i) {
    diags.Append(found[i]);
    if (read[i]) tree.pages.push_back(std::move(*read[i]));
  }
  if (auto statement = AccessibilityStatementPage(config)) {
    tree.pages.push_back(std::move(*statement));
  }
  tree.glossary = LoadGlossary(fs, diags);
  if (!tree.glossary.empty()) tree.pages.push_back(GlossaryPage(tree.glossary));
  for (const auto& pending : alternates) {
    auto page = std::find_if(tree.pages.begin(), tree.pages.end(),
                             [&](const SourcePage& p) { return p.file == pending.base; });
    if (page == tree.pages.end()) {
      if (!fs.IsFile(pending.base)) {
        diags.Error({pending.file, 0, 0},
                    "this " + pending.infix + " version has no page beside it",
                    "it should sit beside " + pending.base.substr(pending.base.rfind('/') + 1) +
                        " with the same name");
      }
      continue;  // the page exists but had errors, already reported
    }
    auto text = fs.ReadFile(pending.file);
    if (!text) continue;
    AlternateText alt;
    std::string_view unmarked = *text;
    if (StartsWith(unmarked, "\xEF\xBB\xBF")) unmarked.remove_prefix(3);
    if (StartsWith(unmarked, "---")) {
      auto yaml = ReadFrontMatterYaml(pending.file, *text, alt.body, diags);
      if (!yaml) continue;
      YamlSource src{pending.file, 2};
      if (!CheckKeys(*yaml, kAlternateFields, src, "field", diags)) continue;
      alt.title = Trim(ReadString(*yaml, "title", src, diags).value_or(""));
      alt.description = Trim(ReadString(*yaml, "description", src, diags).value_or(""));
    } else {
      alt.body = {pending.file, std::string(unmarked), 1};
    }
    page->alternates[pending.infix] = std::move(alt);
  }
  return tree;
}

}  // namespace hearth
