#include "config/site_config.h"

#include <algorithm>
#include <set>

#include "config/yaml.h"
#include "core/text.h"

namespace hearth {
namespace {

const char kConfigFile[] = "site.yaml";

void ReadOrganisation(const YAML::Node& node, const YamlSource& src, Diagnostics& diags,
                      Organisation& org) {
  if (!node.IsMap()) {
    diags.Error(LocationOf(node, src),
                "'organisation' should be a map of name, phone, email "
                "and address");
    return;
  }
  CheckKeys(node, {"name", "phone", "email", "address"}, src, "organisation field", diags);
  org.name = ReadString(node, "name", src, diags).value_or("");
  org.phone = ReadString(node, "phone", src, diags).value_or("");
  org.email = ReadString(node, "email", src, diags).value_or("");
  org.address = ReadString(node, "address", src, diags).value_or("");
  if (org.name.empty()) {
    diags.Error(LocationOf(node, src), "the organisation has no 'name'");
  }
}

void ReadMenus(const YAML::Node& node, const YamlSource& src, Diagnostics& diags,
               std::map<std::string, std::vector<MenuItem>>& menus) {
  if (!node.IsMap()) {
    diags.Error(LocationOf(node, src), "'menus' should map a menu name to a list of items");
    return;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    std::string name = it->first.Scalar();
    if (!it->second.IsSequence()) {
      diags.Error(LocationOf(it->second, src), "menu '" + name + "' should be a list of items",
                  "each item looks like: - {label: Local offer, url: /local-offer/}");
      continue;
    }
    auto& items = menus[name];
    for (const auto& item : it->second) {
      if (!item.IsMap()) {
        diags.Error(LocationOf(item, src), "a menu item should have a label and a url");
        continue;
      }
      CheckKeys(item, {"label", "url"}, src, "menu field", diags);
      auto label = ReadString(item, "label", src, diags);
      auto url = ReadString(item, "url", src, diags);
      if (!label || !url) {
        diags.Error(LocationOf(item, src), "a menu item needs both a 'label' and a 'url'");
        continue;
      }
      items.push_back({*label, *url, LocationOf(item["url"], src)});
    }
  }
}

void ReadVariants(const YAML::Node& node, const YamlSource& src, Diagnostics& diags,
                  std::vector<Variant>& variants) {
  if (!node.IsSequence() || node.size() == 0) {
    diags.Error(LocationOf(node, src), "'versions' should be a list with at least one version");
    return;
  }
  variants.clear();
  std::set<std::string> ids, prefixes;
  for (const auto& item : node) {
    if (!item.IsMap()) {
      diags.Error(LocationOf(item, src), "each version should be a map with id, label and path");
      continue;
    }
    CheckKeys(
        item,
        {"id", "label", "path", "template_suffix", "alternate", "description", "lint", "data"}, src,
        "version field", diags);
    Variant v;
    v.id = ReadString(item, "id", src, diags).value_or("");
    v.label = ReadString(item, "label", src, diags).value_or(v.id);
    std::string path = ReadString(item, "path", src, diags).value_or("/");
    v.template_suffix = ReadString(item, "template_suffix", src, diags).value_or("");
    v.alternate_infix = ReadString(item, "alternate", src, diags).value_or("");
    v.description = ReadString(item, "description", src, diags).value_or(v.label);
    v.lint = ReadString(item, "lint", src, diags).value_or("");
    v.data_view = ReadString(item, "data", src, diags).value_or("tables");
    if (v.data_view != "tables" && v.data_view != "sentences") {
      diags.Error(LocationOf(item["data"], src), "unknown data view '" + v.data_view + "'",
                  "choose from: tables, sentences");
    }
    if (!v.lint.empty() && v.lint != "easy-read") {
      diags.Error(LocationOf(item["lint"], src), "unknown lint '" + v.lint + "'",
                  "the lint a version can have is: easy-read");
    }
    if (v.id.empty() || Slugify(v.id) != v.id) {
      diags.Error(LocationOf(item, src),
                  "a version needs an 'id' of lowercase letters, digits "
                  "and hyphens");
      continue;
    }
    if (!StartsWith(path, "/") || !EndsWith(path, "/") ||
        (path != "/" &&
         Slugify(path.substr(1, path.size() - 2)) != path.substr(1, path.size() - 2))) {
      diags.Error(LocationOf(item["path"], src),
                  "a version's path should look like /large-print/ (or / for the main version)");
      continue;
    }
    v.path_prefix = path == "/" ? "" : path.substr(0, path.size() - 1);
    if (!ids.insert(v.id).second) {
      diags.Error(LocationOf(item["id"], src), "two versions have the id '" + v.id + "'");
    }
    if (!prefixes.insert(v.path_prefix).second) {
      diags.Error(LocationOf(item["path"], src), "two versions have the path '" + path + "'");
    }
    variants.push_back(v);
  }
  if (!prefixes.count("")) {
    diags.Error(LocationOf(node, src), "one version must have the path /",
                "the first version is usually the standard one at /");
  }
}

void ReadEasyRead(const YAML::Node& node, const YamlSource& src, Diagnostics& diags,
                  EasyReadRules& rules) {
  CheckKeys(node, {"sentence_words_warning", "sentence_words_error", "max_sentences_per_block"},
            src, "easy_read field", diags);
  if (auto n = ReadInt(node, "sentence_words_warning", src, diags)) {
    rules.sentence_words_warning = static_cast<int>(*n);
  }
  if (auto n = ReadInt(node, "sentence_words_error", src, diags)) {
    rules.sentence_words_error = static_cast<int>(*n);
  }
  if (auto n = ReadInt(node, "max_sentences_per_block", src, diags)) {
    rules.max_sentences_per_block = static_cast<int>(*n);
  }
}

void ReadAccessibility(const YAML::Node& y, const YamlSource& src, Diagnostics& diags,
                       const Organisation& organisation, AccessibilityConfig& out) {
  out.present = true;
  out.location = LocationOf(y, src);
  CheckKeys(y,
            {"compliance", "issues", "disproportionate_burden", "out_of_scope", "improvements",
             "phone", "email", "response_days", "country", "tested_on", "tested_by", "test_method",
             "prepared_on", "reviewed_on"},
            src, "accessibility field", diags);
  const std::vector<std::string> levels = {"fully", "partially", "not"};
  out.compliance = ReadString(y, "compliance", src, diags).value_or("");
  if (out.compliance.empty()) {
    diags.Error(out.location, "the accessibility statement needs 'compliance'",
                "say how far the portal meets WCAG 2.2 AA: fully, partially or not");
  } else if (std::find(levels.begin(), levels.end(), out.compliance) == levels.end()) {
    diags.Error(LocationOf(y["compliance"], src),
                "'compliance' should be fully, partially or not, not '" + out.compliance + "'",
                "these are the words the accessibility regulations use");
  }
  if (YAML::Node issues = y["issues"]; issues && !issues.IsSequence()) {
    diags.Error(LocationOf(issues, src), "'issues' should be a list",
                "each item: {problem: ..., criteria: ..., fix_by: ...}");
  } else if (issues) {
    for (const YAML::Node& item : issues) {
      if (!item.IsMap()) {
        diags.Error(LocationOf(item, src), "each issue should be {problem, criteria, fix_by}");
        continue;
      }
      CheckKeys(item, {"problem", "criteria", "fix_by"}, src, "issue field", diags);
      AccessibilityIssue issue;
      issue.problem = ReadString(item, "problem", src, diags).value_or("");
      issue.criteria = ReadString(item, "criteria", src, diags).value_or("");
      issue.fix_by = ReadString(item, "fix_by", src, diags).value_or("");
      if (issue.problem.empty()) {
        diags.Error(LocationOf(item, src), "this issue does not say what the problem is",
                    "add problem: and say what does not work, and for whom");
      }
      out.issues.push_back(std::move(issue));
    }
  }
  if (out.compliance == "partially" && out.issues.empty()) {
    diags.Error(LocationOf(y["compliance"], src),
                "a portal that is partially compliant must list its issues",
                "add issues: with each problem, the criteria it fails and when it will be fixed");
  }
  auto list = [&](const char* key) {
    return ReadStringList(y, key, src, diags).value_or(std::vector<std::string>{});
  };
  out.disproportionate_burden = list("disproportionate_burden");
  out.out_of_scope = list("out_of_scope");
  out.improvements = list("improvements");
  out.contact_phone = ReadString(y, "phone", src, diags).value_or(organisation.phone);
  out.contact_email = ReadString(y, "email", src, diags).value_or(organisation.email);
  if (out.contact_phone.empty() && out.contact_email.empty()) {
    diags.Error(out.location, "the accessibility statement needs a way to report a problem",
                "give the organisation a phone or email, or set phone: or email: here");
  }
  if (auto days = ReadInt(y, "response_days", src, diags)) {
    if (*days < 1 || *days > 30) {
      diags.Error(LocationOf(y["response_days"], src), "'response_days' should be from 1 to 30");
    } else {
      out.response_days = static_cast<int>(*days);
    }
  }
  const std::vector<std::string> countries = {"england", "scotland", "wales", "northern-ireland"};
  out.country = ReadString(y, "country", src, diags).value_or("england");
  if (std::find(countries.begin(), countries.end(), out.country) == countries.end()) {
    diags.Error(LocationOf(y["country"], src), "unknown country '" + out.country + "'",
                "choose from: " + Join(countries, ", ") + " (it decides who enforces the rules)");
  }
  out.tested_on = ReadDate(y, "tested_on", src, diags);
  out.prepared_on = ReadDate(y, "prepared_on", src, diags);
  out.reviewed_on = ReadDate(y, "reviewed_on", src, diags);
  out.tested_by = ReadString(y, "tested_by", src, diags).value_or("");
  out.test_method = ReadString(y, "test_method", src, diags).value_or("");
  if (!out.tested_on || out.tested_by.empty() || out.test_method.empty() || !out.prepared_on) {
    diags.Error(out.location, "the accessibility statement must say how and when it was tested",
                "set tested_on, tested_by, test_method and prepared_on");
  }
}

void ReadLinkCheck(const YAML::Node& y, const YamlSource& src, Diagnostics& diags,
                   LinkCheckConfig& out) {
  CheckKeys(y,
            {"timeout_seconds", "cache_hours", "per_host", "per_host_delay_ms", "broken", "skip"},
            src, "link_check field", diags);
  auto positive = [&](const char* key, int& field, long low, long high) {
    if (auto n = ReadInt(y, key, src, diags)) {
      if (*n < low || *n > high) {
        diags.Error(LocationOf(y[key], src), "'" + std::string(key) + "' should be from " +
                                                 std::to_string(low) + " to " +
                                                 std::to_string(high));
      } else {
        field = static_cast<int>(*n);
      }
    }
  };
  positive("timeout_seconds", out.timeout_seconds, 1, 300);
  positive("cache_hours", out.cache_hours, 0, 24 * 365);
  positive("per_host", out.per_host, 1, 16);
  positive("per_host_delay_ms", out.per_host_delay_ms, 0, 60000);
  if (auto broken = ReadString(y, "broken", src, diags)) {
    if (*broken == "error" || *broken == "warning") {
      out.broken_is_error = *broken == "error";
    } else {
      diags.Error(LocationOf(y["broken"], src), "'broken' should be warning or error",
                  "warning reports a broken link to another site; error also stops the check");
    }
  }
  out.skip = ReadStringList(y, "skip", src, diags).value_or(std::vector<std::string>{});
}

std::optional<CheckLevel> ReadCheckLevel(const YAML::Node& map, const char* key,
                                         const YamlSource& src, Diagnostics& diags) {
  auto value = ReadString(map, key, src, diags);
  if (!value) return std::nullopt;
  if (*value == "off") return CheckLevel::kOff;
  if (*value == "warning") return CheckLevel::kWarning;
  if (*value == "error") return CheckLevel::kError;
  diags.Error(LocationOf(map[key], src),
              "'" + std::string(key) + "' should be off, warning or error, not '" + *value + "'");
  return std::nullopt;
}

void ReadLanguageChecks(const YAML::Node& node, const YamlSource& src, Diagnostics& diags,
                        LanguageChecks& checks) {
  CheckKeys(node,
            {"care_language", "words_to_avoid", "abbreviations", "readability", "reading_age",
             "min_words", "avoid", "allow", "known_abbreviations"},
            src, "language_checks field", diags);
  for (auto [key, level] : {std::pair{"care_language", &checks.care_language},
                            std::pair{"words_to_avoid", &checks.words_to_avoid},
                            std::pair{"abbreviations", &checks.abbreviations},
                            std::pair{"readability", &checks.readability}}) {
    if (auto read = ReadCheckLevel(node, key, src, diags)) *level = *read;
  }
  if (YAML::Node ages = node["reading_age"]; ages && !ages.IsMap()) {
    diags.Error(LocationOf(ages, src), "'reading_age' should map an audience to a reading age",
                "for example: reading_age: {young-people: 9, carers: 12}");
  } else if (ages) {
    CheckKeys(ages, ReadingAgeAudiences(), src, "audience", diags);
    for (auto it = ages.begin(); it != ages.end(); ++it) {
      std::string audience = it->first.Scalar();
      auto age = ReadInt(ages, audience.c_str(), src, diags);
      if (!age) continue;
      if (*age < 5 || *age > 25) {
        diags.Error(LocationOf(it->second, src),
                    "a reading age should be from 5 to 25, not " + std::to_string(*age),
                    "9 suits young people; 12 most adults");
        continue;
      }
      checks.reading_age[audience] = static_cast<int>(*age);
    }
  }
  if (auto n = ReadInt(node, "min_words", src, diags)) {
    checks.min_words = static_cast<int>(std::max<long>(*n, 1));
  }
  if (YAML::Node avoid = node["avoid"]; avoid && !avoid.IsSequence()) {
    diags.Error(LocationOf(avoid, src), "'avoid' should be a list of words or phrases",
                "for example: avoid: [leverage, {term: going forward, better: from now on}]");
  } else if (avoid) {
    for (const YAML::Node& item : avoid) {
      AvoidWord word;
      word.location = LocationOf(item, src);
      if (item.IsScalar()) {
        word.term = item.Scalar();
      } else if (item.IsMap()) {
        CheckKeys(item, {"term", "better"}, src, "avoid field", diags);
        word.term = ReadString(item, "term", src, diags).value_or("");
        word.better =
            ReadStringList(item, "better", src, diags).value_or(std::vector<std::string>{});
      }
      if (Trim(word.term).empty()) {
        diags.Error(word.location, "each word to avoid should be a word or phrase",
                    "write it as - leverage, or - {term: going forward, better: from now on}");
        continue;
      }
      checks.avoid.push_back(word);
    }
  }
  if (auto allow = ReadStringList(node, "allow", src, diags)) {
    YAML::Node list = node["allow"];
    for (size_t i = 0; i < allow->size(); ++i) {
      SourceLocation where = LocationOf(list.IsSequence() ? list[i] : list, src);
      checks.allow.emplace_back((*allow)[i], where);
    }
  }
  checks.known_abbreviations =
      ReadStringList(node, "known_abbreviations", src, diags).value_or(std::vector<std::string>{});
}

// pledges: {themes: [{id: involve-me, name: Involve me}, ...]}. A theme's id is what pledge
// pages write in `theme:`, so it must be lower-case words joined by hyphens, and each only once.
void ReadPledges(const YAML::Node& node, const YamlSource& src, Diagnostics& diags,
                 PledgesConfig& out) {
  CheckKeys(node, {"themes"}, src, "pledges field", diags);
  YAML::Node themes = node["themes"];
  if (!themes) return;
  if (!themes.IsSequence() || themes.size() == 0) {
    diags.Error(LocationOf(themes, src), "'themes' should be a list of themes",
                "for example: themes: [{id: involve-me, name: Involve me}]");
    return;
  }
  out.themes.clear();
  for (const YAML::Node& item : themes) {
    if (!item.IsMap()) {
      diags.Error(LocationOf(item, src), "each theme should have an 'id' and a 'name'",
                  "for example: {id: involve-me, name: Involve me}");
      continue;
    }
    CheckKeys(item, {"id", "name"}, src, "theme field", diags);
    PledgeTheme theme;
    theme.id = Trim(ReadString(item, "id", src, diags).value_or(""));
    theme.name = Trim(ReadString(item, "name", src, diags).value_or(""));
    if (theme.id.empty() || theme.name.empty()) {
      diags.Error(LocationOf(item, src), "each theme should have an 'id' and a 'name'",
                  "for example: {id: involve-me, name: Involve me}");
      continue;
    }
    if (Slugify(theme.id) != theme.id) {
      diags.Error(LocationOf(item["id"], src),
                  "the theme id '" + theme.id + "' should be lower-case words joined by hyphens",
                  "for example: " + Slugify(theme.id));
      continue;
    }
    bool repeated = std::any_of(out.themes.begin(), out.themes.end(),
                                [&](const PledgeTheme& t) { return t.id == theme.id; });
    if (repeated) {
      diags.Error(LocationOf(item["id"], src), "the theme '" + theme.id + "' is listed twice");
      continue;
    }
    out.themes.push_back(std::move(theme));
  }
}

void ReadLocalOffer(const YAML::Node& y, const YamlSource& src, Diagnostics& diags,
                    LocalOfferConfig& offer) {
  CheckKeys(y, {"minimums", "review_after_months", "age_bands", "area_served"}, src,
            "local_offer field", diags);
  if (auto n = ReadInt(y, "review_after_months", src, diags)) {
    if (*n < 1) {
      diags.Error(LocationOf(y["review_after_months"], src),
                  "'review_after_months' should be 1 or more", "the default is 12");
    } else {
      offer.review_after_months = static_cast<int>(*n);
    }
  }
  offer.area_served = ReadString(y, "area_served", src, diags).value_or("");
  if (YAML::Node bands = y["age_bands"]; bands && !bands.IsSequence()) {
    diags.Error(LocationOf(bands, src), "'age_bands' should be a list of ages",
                "for example: age_bands: [16, 18, 21]");
  } else if (bands) {
    offer.age_bands.clear();
    for (const YAML::Node& age : bands) {
      const std::string& s = age.IsScalar() ? age.Scalar() : "";
      bool digits = !s.empty() && s.size() < 3 &&
                    std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
      int value = digits ? std::stoi(s) : -1;
      if (value < 1 || value > 25 ||
          (!offer.age_bands.empty() && value <= offer.age_bands.back())) {
        diags.Error(LocationOf(age, src),
                    "each age band should start at an age from 1 to 25, "
                    "older than the band before",
                    "for example: age_bands: [16, 18, 21]");
        continue;
      }
      offer.age_bands.push_back(value);
    }
  }
  if (YAML::Node minimums = y["minimums"]; minimums && !minimums.IsMap()) {
    diags.Error(LocationOf(minimums, src), "'minimums' should map an id to an amount and a name",
                "for example: setting-up-home: {amount: 3000, name: setting up home allowance}");
  } else if (minimums) {
    for (auto it = minimums.begin(); it != minimums.end(); ++it) {
      LocalOfferMinimum minimum;
      minimum.id = it->first.Scalar();
      minimum.location = LocationOf(it->first, src);
      const YAML::Node& item = it->second;
      if (!item.IsMap()) {
        diags.Error(LocationOf(item, src),
                    "the minimum '" + minimum.id + "' should have an amount and a name",
                    "for example: {amount: 3000, name: setting up home allowance}");
        continue;
      }
      CheckKeys(item, {"amount", "name"}, src, "minimum field", diags);
      auto pounds = ReadInt(item, "amount", src, diags);
      minimum.name = Trim(ReadString(item, "name", src, diags).value_or(""));
      if (pounds && *pounds < 0) {
        diags.Error(LocationOf(item["amount"], src), "a national minimum cannot be below 0");
        continue;
      }
      if (!pounds || minimum.name.empty()) {
        if ((!pounds && !item["amount"]) || minimum.name.empty()) {
          diags.Error(minimum.location,
                      "the minimum '" + minimum.id +
                          "' needs an 'amount' in whole pounds and a "
                          "'name'",
                      "for example: {amount: 3000, name: setting up home allowance}");
        }
        continue;
      }
      minimum.pounds = *pounds;
      offer.minimums[minimum.id] = std::move(minimum);
    }
  }
}

}  // namespace

const std::vector<std::string>& ReadingAgeAudiences() {
  static const std::vector<std::string> kAudiences = {"young-people", "carers", "professionals",
                                                      "public", "default"};
  return kAudiences;
}

std::vector<Variant> DefaultVariants() {
  return {
      {"standard", "Standard", "", "", "", "Standard version", "", "tables"},
      {"large-print", "Large print", "/large-print", "large-print", "", "Large print version", "",
       "tables"},
      {"easy-read", "Easy read", "/easy-read", "easy-read", "easy", "Easy read version",
       "easy-read", "sentences"},
  };
}

std::vector<PledgeTheme> DefaultPledgeThemes() {
  return {{"involve-me", "Involve me"},
          {"a-good-safe-home", "A good, safe home"},
          {"keep-me-healthy", "Keep me healthy"},
          {"help-me-achieve", "Help me achieve"},
          {"support-me-into-adult-life", "Support me into adult life"}};
}

SiteConfig LoadSiteConfig(const FileSystem& fs, Diagnostics& diags) {
  SiteConfig config;
  config.variants = DefaultVariants();
  YamlSource src{kConfigFile, 1};
  auto text = fs.ReadFile(kConfigFile);
  if (!text) {
    diags.Error({kConfigFile, 0, 0}, "there is no site.yaml in the site folder",
                "run hearth in the folder that holds site.yaml, or pass --site FOLDER");
    return config;
  }
  auto root = ParseYaml(*text, src, diags);
  if (!root) return config;
  if (!root->IsMap()) {
    diags.Error({kConfigFile, 1, 1}, "site.yaml should be a map of settings such as 'title:'");
    return config;
  }
  const YAML::Node& y = *root;
  CheckKeys(y,
            {"title", "description", "base_url", "language", "organisation", "menus",
             "allow_raw_html", "feed", "theme", "versions", "easy_read", "disclosure", "link_check",
             "language_checks", "accessibility", "pledges", "local_offer"},
            src, "setting", diags);
  config.title = ReadString(y, "title", src, diags).value_or("");
  if (config.title.empty()) diags.Error({kConfigFile, 1, 1}, "site.yaml has no 'title'");
  config.description = ReadString(y, "description", src, diags).value_or("");
  config.base_url = ReadString(y, "base_url", src, diags).value_or("");
  if (config.base_url.empty()) {
    diags.Error({kConfigFile, 1, 1}, "site.yaml has no 'base_url'",
                "the address the portal is published at, such as https://portal.example.org/");
  } else if (!(StartsWith(config.base_url, "https://") || StartsWith(config.base_url, "http://"))) {
    diags.Error(LocationOf(y["base_url"], src), "'base_url' should start with https://");
  } else if (!EndsWith(config.base_url, "/")) {
    config.base_url += "/";
  }
  config.language = ReadString(y, "language", src, diags).value_or("en-GB");
  if (y["organisation"]) {
    ReadOrganisation(y["organisation"], src, diags, config.organisation);
  } else {
    diags.Error({kConfigFile, 1, 1}, "site.yaml has no 'organisation'",
                "add organisation: with name, phone, email and address");
  }
  if (y["menus"]) ReadMenus(y["menus"], src, diags, config.menus);
  config.allow_raw_html = ReadBool(y, "allow_raw_html", src, diags).value_or(false);
  if (YAML::Node feed = y["feed"]; feed && !feed.IsMap()) {
    diags.Error(LocationOf(feed, src), "'feed' should be a map with 'sections' and 'limit'",
                "for example: feed: {sections: [news], limit: 20}");
  } else if (feed) {
    CheckKeys(feed, {"sections", "limit"}, src, "feed field", diags);
    config.feed_sections =
        ReadStringList(feed, "sections", src, diags).value_or(std::vector<std::string>{});
    config.feed_limit = static_cast<int>(ReadInt(feed, "limit", src, diags).value_or(20));
  }
  config.theme_dir = ReadString(y, "theme", src, diags).value_or("theme");
  if (y["versions"]) ReadVariants(y["versions"], src, diags, config.variants);
  if (YAML::Node rules = y["disclosure"]; rules && !rules.IsMap()) {
    diags.Error(LocationOf(rules, src), "'disclosure' should be a map",
                "for example: disclosure: {suppress_below: 10}");
  } else if (rules) {
    CheckKeys(rules, {"suppress_below", "percent_decimals"}, src, "disclosure field", diags);
    if (auto n = ReadInt(rules, "suppress_below", src, diags)) {
      if (*n < 1) {
        diags.Error(LocationOf(rules["suppress_below"], src),
                    "'suppress_below' should be 1 or more");
      }
      config.disclosure.suppress_below = static_cast<int>(*n);
    }
    if (auto n = ReadInt(rules, "percent_decimals", src, diags)) {
      config.disclosure.percent_decimals = static_cast<int>(std::clamp<long>(*n, 0, 3));
    }
  }
  if (YAML::Node rules = y["easy_read"]; rules && !rules.IsMap()) {
    diags.Error(LocationOf(rules, src), "'easy_read' should be a map of the easy-read limits",
                "for example: easy_read: {sentence_words_warning: 10, sentence_words_error: 15}");
  } else if (rules) {
    ReadEasyRead(rules, src, diags, config.easy_read);
  }
  if (YAML::Node links = y["link_check"]; links && !links.IsMap()) {
    diags.Error(LocationOf(links, src), "'link_check' should be a map",
                "for example: link_check: {timeout_seconds: 10, broken: warning}");
  } else if (links) {
    ReadLinkCheck(links, src, diags, config.link_check);
  }
  if (YAML::Node statement = y["accessibility"]; statement && !statement.IsMap()) {
    diags.Error(LocationOf(statement, src), "'accessibility' should be a map",
                "for example: accessibility: {compliance: partially, issues: [...]}");
  } else if (statement) {
    ReadAccessibility(statement, src, diags, config.organisation, config.accessibility);
  }
  if (YAML::Node checks = y["language_checks"]; checks && !checks.IsMap()) {
    diags.Error(LocationOf(checks, src), "'language_checks' should be a map of settings",
                "for example: language_checks: {care_language: error}");
  } else if (checks) {
    ReadLanguageChecks(checks, src, diags, config.language_checks);
  }
  config.pledges.themes = DefaultPledgeThemes();
  if (YAML::Node pledges = y["pledges"]; pledges && !pledges.IsMap()) {
    diags.Error(LocationOf(pledges, src), "'pledges' should be a map with 'themes'",
                "for example: pledges: {themes: [{id: involve-me, name: Involve me}]}");
  } else if (pledges) {
    ReadPledges(pledges, src, diags, config.pledges);
  }
  if (YAML::Node offer = y["local_offer"]; offer && !offer.IsMap()) {
    diags.Error(LocationOf(offer, src), "'local_offer' should be a map",
                "for example: local_offer: {review_after_months: 12}");
  } else if (offer) {
    ReadLocalOffer(offer, src, diags, config.local_offer);
  }
  return config;
}

}  // namespace hearth
