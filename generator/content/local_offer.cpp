#include "content/local_offer.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "config/yaml.h"
#include "content/source_page.h"
#include "core/text.h"

namespace hearth {
namespace {

const std::vector<std::string> kPers = {"once", "week", "month", "year"};

std::vector<std::string> AreaIds() {
  std::vector<std::string> ids;
  for (const auto& a : LocalOfferAreas()) ids.push_back(a.id);
  return ids;
}

std::vector<std::string> StatusIds() {
  std::vector<std::string> ids;
  for (const auto& s : CareStatuses()) ids.push_back(s.id);
  return ids;
}

// A value `hearth new` left for the author to fill in: capitals, digits and spaces only,
// with at least two capital letters ("AREA", "WHO TO CONTACT").
bool IsPlaceholder(const std::string& value) {
  int capitals = 0;
  for (char c : value) {
    if (c >= 'A' && c <= 'Z') {
      ++capitals;
    } else if (!(c == ' ' || c == '-' || (c >= '0' && c <= '9'))) {
      return false;
    }
  }
  return capitals >= 2;
}

bool AllDigits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether every comma in an amount separates thousands: "3,000" and "12,500.50" do, but
// "57,50" (pence after a comma, as much of Europe writes it) and "3,00" do not.
bool CommasSeparateThousands(std::string_view text) {
  std::string_view whole = text.substr(0, text.find('.'));
  if (text.substr(whole.size()).find(',') != std::string_view::npos) return false;
  size_t comma = whole.find(',');
  if (comma == std::string_view::npos) return true;
  std::string_view first = whole.substr(0, comma);
  if (first.empty() || first.size() > 3 || !AllDigits(first)) return false;
  for (std::string_view rest = whole.substr(comma + 1);;) {
    size_t next = rest.find(',');
    std::string_view group = rest.substr(0, next);
    if (group.size() != 3 || !AllDigits(group)) return false;
    if (next == std::string_view::npos) return true;
    rest.remove_prefix(next + 1);
  }
}

// "3000", "3,000", "57.50" -> pence; nothing for anything else. Commas must already have been
// checked with CommasSeparateThousands.
std::optional<long> ParsePounds(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), ','), text.end());
  if (text.empty() || text.size() > 12) return std::nullopt;
  size_t dot = text.find('.');
  std::string whole = text.substr(0, dot);
  std::string pence = dot == std::string::npos ? "" : text.substr(dot + 1);
  if (whole.empty() || !AllDigits(whole) || !AllDigits(pence) || pence.size() > 2) {
    return std::nullopt;
  }
  if (dot != std::string::npos && pence.empty()) return std::nullopt;
  if (pence.size() == 1) pence += "0";
  return std::stol(whole) * 100 + (pence.empty() ? 0 : std::stol(pence));
}

void UnknownChoice(const YAML::Node& node, const YamlSource& src, const std::string& what,
                   const std::string& value, const std::vector<std::string>& choices,
                   Diagnostics& diags) {
  std::string suggestion = DidYouMean(value, choices);
  std::string message = "unknown " + what + " '" + value + "'";
  if (!suggestion.empty()) message += "; did you mean '" + suggestion + "'?";
  diags.Error(LocationOf(node, src), message, "choose from: " + Join(choices, ", "));
}

void ReadAges(const YAML::Node& front, const YamlSource& src, LocalOfferFields& out,
              Diagnostics& diags) {
  YAML::Node ages = front["ages"];
  if (!ages.IsMap()) {
    diags.Error(LocationOf(ages, src), "'ages' should be a map with 'from' and 'to'",
                "for example: ages: {from: 16, to: 25}");
    return;
  }
  CheckKeys(ages, {"from", "to"}, src, "ages field", diags);
  auto from = ReadInt(ages, "from", src, diags);
  auto to = ReadInt(ages, "to", src, diags);
  bool ok = true;
  for (const char* key : {"from", "to"}) {
    if (ages[key]) continue;
    diags.Error(LocationOf(ages, src), std::string("'ages' has no '") + key + "'",
                "write both ages, in whole years: ages: {from: 16, to: 25}");
    ok = false;
  }
  for (auto [key, value] : {std::pair{"from", from}, std::pair{"to", to}}) {
    if (!value) {
      ok = false;
    } else if (*value < 0 || *value > 25) {
      diags.Error(
          LocationOf(ages[key], src),
          std::string("'") + key + "' should be an age from 0 to 25, not " + std::to_string(*value),
          "the local offer is for children in care and care leavers up to 25");
      ok = false;
    }
  }
  if (!ok) return;
  if (*from > *to) {
    diags.Error(
        LocationOf(ages["to"], src),
        "'to' (" + std::to_string(*to) + ") is younger than 'from' (" + std::to_string(*from) + ")",
        "'from' is the youngest age that can get this and 'to' the oldest: "
        "ages: {from: " +
            std::to_string(*to) + ", to: " + std::to_string(*from) + "}");
    return;
  }
  out.from_age = static_cast<int>(*from);
  out.to_age = static_cast<int>(*to);
}

void ReadAmount(const YAML::Node& front, const YamlSource& src, LocalOfferFields& out,
                Diagnostics& diags) {
  YAML::Node amount = front["amount"];
  if (!amount.IsMap()) {
    diags.Error(LocationOf(amount, src), "'amount' should be a map with 'value' and 'per'",
                "for example: amount: {value: 3000, per: once, paid: to you, by bank transfer}");
    return;
  }
  CheckKeys(amount, {"value", "per", "up_to", "paid"}, src, "amount field", diags);
  LocalOfferAmount a;
  YAML::Node value = amount["value"];
  if (!value || value.IsNull()) {
    diags.Error(LocationOf(amount, src), "'amount' has no 'value'",
                "write the amount in pounds without the £ sign: amount: {value: 3000, per: once}");
    return;
  }
  a.value_location = LocationOf(value, src);
  // A comma anywhere but between thousands is not ignored: "57,50" would be read as £5,750.
  if (value.IsScalar() && !CommasSeparateThousands(value.Scalar())) {
    diags.Error(a.value_location, "'" + value.Scalar() + "' is not an amount of pounds",
                "write pence after a full stop, as in 57.50");
    return;
  }
  auto pence = value.IsScalar() ? ParsePounds(value.Scalar()) : std::nullopt;
  if (!pence) {
    std::string shown = value.IsScalar() ? "'" + value.Scalar() + "'" : "that";
    diags.Error(a.value_location, "the amount's 'value' should be a number of pounds, not " + shown,
                "write it without the £ sign, such as 3000 or 57.50");
    return;
  }
  a.pence = *pence;
  a.up_to = ReadBool(amount, "up_to", src, diags).value_or(false);
  a.paid = Trim(ReadString(amount, "paid", src, diags).value_or(""));
  auto per = ReadString(amount, "per", src, diags);
  if (!per) {
    diags.Error(LocationOf(amount, src), "'amount' has no 'per'",
                "say how often it is paid: per: once, week, month or year");
    return;
  }
  if (std::find(kPers.begin(), kPers.end(), *per) == kPers.end()) {
    UnknownChoice(amount["per"], src, "'per'", *per, kPers, diags);
    return;
  }
  a.per = *per;
  out.amount = std::move(a);
}

void ReadContact(const YAML::Node& front, const YamlSource& src, LocalOfferFields& out,
                 Diagnostics& diags) {
  YAML::Node contact = front["contact"];
  if (!contact.IsMap()) {
    diags.Error(LocationOf(contact, src),
                "'contact' should be a map with a name and a phone, email or url",
                "for example: contact: {name: Leaving care team, phone: 01234 567 891}");
    return;
  }
  CheckKeys(contact, {"name", "phone", "email", "url"}, src, "contact field", diags);
  LocalOfferContact c;
  c.name = Trim(ReadString(contact, "name", src, diags).value_or(""));
  c.phone = Trim(ReadString(contact, "phone", src, diags).value_or(""));
  c.email = Trim(ReadString(contact, "email", src, diags).value_or(""));
  c.url = Trim(ReadString(contact, "url", src, diags).value_or(""));
  if (contact["url"]) c.url_location = LocationOf(contact["url"], src);
  if (c.phone.empty() && c.email.empty() && c.url.empty()) {
    diags.Error(LocationOf(contact, src), "'contact' gives no way to get in touch",
                "add a phone, an email or a url; or leave out contact to use the "
                "organisation's phone and email from site.yaml");
    return;
  }
  if (!c.url.empty() && !StartsWith(c.url, "https://") && !StartsWith(c.url, "http://") &&
      !StartsWith(c.url, "/")) {
    diags.Error(LocationOf(contact["url"], src),
                "the contact's 'url' should start with https:// or /",
                "for example: url: https://www.example.org/leaving-care");
    return;
  }
  if (!c.email.empty() && c.email.find('@') == std::string::npos) {
    diags.Error(LocationOf(contact["email"], src),
                "the contact's 'email' '" + c.email + "' is not an email address",
                "for example: email: leaving.care@example.org");
    return;
  }
  out.contact = std::move(c);
}

// Adds "- [Title](/path/): description Ages 16 to 25. £3,000, paid once." for each entry.
std::string EntryListMarkdown(const std::vector<const SourcePage*>& pages,
                              const std::map<const SourcePage*, std::string>& paths) {
  std::string out;
  std::string area;
  for (const SourcePage* page : pages) {
    const LocalOfferFields& f = *page->front.local_offer;
    if (f.area != area) {
      area = f.area;
      out += "\n## " + FindLocalOfferArea(area)->name + "\n\n";
    }
    out += "- [" + MarkdownEscape(page->front.title) + "](" + paths.at(page) + ")";
    std::string facts = "Ages " + AgesText(f.from_age, f.to_age) + ".";
    if (f.amount) facts += " " + FormatAmount(*f.amount) + ".";
    if (!page->front.description.empty()) {
      out += ": " + MarkdownEscape(page->front.description);
      if (!EndsWith(page->front.description, ".")) out += ".";
      out += " " + MarkdownEscape(facts);
    } else {
      out += ": " + MarkdownEscape(facts);
    }
    out += "\n";
  }
  return out;
}

// Adds months to a date; a day the month does not have becomes its last day.
Date AddMonths(const Date& d, int months) {
  int index = d.year * 12 + (d.month - 1) + months;
  Date out{index / 12, index % 12 + 1, d.day};
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int last = kDays[out.month - 1];
  bool leap = (out.year % 4 == 0 && out.year % 100 != 0) || out.year % 400 == 0;
  if (out.month == 2 && leap) last = 29;
  out.day = std::min(out.day, last);
  return out;
}

// Whole months from `from` to `to`: 2024-11-02 to 2026-01-01 is 13.
int MonthsBetween(const Date& from, const Date& to) {
  int months = (to.year - from.year) * 12 + (to.month - from.month);
  if (to.day < from.day) --months;
  return months;
}

std::string HowLong(int months) {
  if (months < 24) return Plural(static_cast<size_t>(months), "month");
  std::string out = Plural(static_cast<size_t>(months / 12), "year");
  if (months % 12) out += " and " + Plural(static_cast<size_t>(months % 12), "month");
  return out;
}

}  // namespace

const std::vector<LocalOfferArea>& LocalOfferAreas() {
  static const std::vector<LocalOfferArea> kAreas = {
      {"health-and-wellbeing", "Health and wellbeing"},
      {"relationships", "Relationships"},
      {"education-and-training", "Education and training"},
      {"employment", "Employment"},
      {"accommodation", "Accommodation"},
      {"participation-in-society", "Participation in society"},
      {"money", "Money"},
  };
  return kAreas;
}

const std::vector<CareStatus>& CareStatuses() {
  // Checked against the Children Act 1989 as the Children (Leaving Care) Act 2000 amended it
  // (Schedule 2 paragraph 19B, sections 23A, 23C and 24): 13 weeks in care since the 14th
  // birthday, some of it after the 16th, makes a young person eligible while in care and
  // relevant once they leave before 18, and former relevant from 18.
  static const std::vector<CareStatus> kStatuses = {
      {"in-care", "In care now",
       "you are in our care now, at any age: you live with foster carers, in a children's "
       "home or somewhere else we arrange.",
       "You are in our care now.", "in care now"},
      {"eligible", "Eligible",
       "you are 16 or 17 and in our care now, and you have been in care for at least 13 weeks "
       "since your 14th birthday, including some time after your 16th birthday.",
       "You are 16 or 17 and in care now.", "16 or 17 and in care (eligible)"},
      {"relevant", "Relevant",
       "you are 16 or 17 and have left our care, and you were in care for at least 13 weeks "
       "since your 14th birthday, including some time after your 16th birthday.",
       "You are 16 or 17 and have left care.", "16 or 17 and have left care (relevant)"},
      {"former-relevant", "Former relevant",
       "you are 18 or over, and before you turned 18 you were in care for at least 13 weeks "
       "since your 14th birthday, including some time after your 16th birthday.",
       "You are 18 or over and have left care.", "18 or over and have left care (former relevant)"},
      {"qualifying", "Qualifying",
       "you are 16 to 20 (or up to 25 in education or training), and you were in care after "
       "your 16th birthday but for less than 13 weeks since your 14th birthday, or you left "
       "care for a special guardianship order.",
       "You were in care for a short time after 16.",
       "in care for a short time after 16 (qualifying)"},
  };
  return kStatuses;
}

const CareStatus* FindCareStatus(const std::string& id) {
  for (const auto& s : CareStatuses()) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

const LocalOfferArea* FindLocalOfferArea(const std::string& id) {
  for (const auto& a : LocalOfferAreas()) {
    if (a.id == id) return &a;
  }
  return nullptr;
}

const std::vector<std::string>& LocalOfferFieldNames() {
  static const std::vector<std::string> kNames = {"area",       "ages",         "care_status",
                                                  "amount",     "what_you_get", "minimum",
                                                  "how_to_ask", "contact",      "last_checked"};
  return kNames;
}

std::shared_ptr<const LocalOfferFields> ReadLocalOfferFields(const YAML::Node& front,
                                                             const YamlSource& src,
                                                             Diagnostics& diags) {
  const size_t errors_before = diags.ErrorCount();
  auto out = std::make_shared<LocalOfferFields>();
  const bool draft = ReadBool(front, "draft", src, diags).value_or(false);
  // A missing field is reported at the `type: local-offer` line, which is what asks for it.
  const SourceLocation type_at = KeyLocation(front, "type", src, {src.file, 1, 1});
  auto missing = [&](const std::string& key, const std::string& hint) {
    if (front[key] && !front[key].IsNull()) return false;
    diags.Error(KeyLocation(front, key, src, type_at), "this local offer page has no '" + key + "'",
                hint);
    return true;
  };

  if (!missing("area",
               "add a line such as: area: money (choose from: " + Join(AreaIds(), ", ") + ")")) {
    if (auto area = ReadString(front, "area", src, diags)) {
      if (draft && IsPlaceholder(*area)) {
        out->placeholders.emplace_back("area", LocationOf(front["area"], src));
        out->area = LocalOfferAreas().front().id;
      } else if (!FindLocalOfferArea(*area)) {
        UnknownChoice(front["area"], src, "area", *area, AreaIds(), diags);
      } else {
        out->area = *area;
      }
    }
  }
  if (!missing("ages", "add a line such as: ages: {from: 16, to: 25}")) {
    ReadAges(front, src, *out, diags);
  }
  if (!missing("care_status",
               "say who can get it, such as: care_status: [eligible, relevant, "
               "former-relevant] (choose from: " +
                   Join(StatusIds(), ", ") + ")")) {
    if (auto statuses = ReadStringList(front, "care_status", src, diags)) {
      YAML::Node node = front["care_status"];
      for (size_t i = 0; i < statuses->size(); ++i) {
        const std::string& id = (*statuses)[i];
        YAML::Node at = node.IsSequence() ? node[i] : node;
        if (draft && IsPlaceholder(id)) {
          out->placeholders.emplace_back("care_status", LocationOf(at, src));
        } else if (!FindCareStatus(id)) {
          UnknownChoice(at, src, "care status", id, StatusIds(), diags);
        } else if (std::find(out->care_status.begin(), out->care_status.end(), id) ==
                   out->care_status.end()) {
          out->care_status.push_back(id);
        }
      }
      if (statuses->empty()) {
        diags.Error(LocationOf(node, src), "'care_status' is an empty list",
                    "name at least one of: " + Join(StatusIds(), ", "));
      }
      // Shown in the law's order, whatever order they are written in.
      std::sort(out->care_status.begin(), out->care_status.end(),
                [](const std::string& a, const std::string& b) {
                  return FindCareStatus(a) < FindCareStatus(b);
                });
    }
  }
  if (front["amount"] && !front["amount"].IsNull()) ReadAmount(front, src, *out, diags);
  out->what_you_get = Trim(ReadString(front, "what_you_get", src, diags).value_or(""));
  if (!front["amount"] && !front["what_you_get"]) {
    diags.Error(type_at, "this local offer page says neither 'amount' nor 'what_you_get'",
                "for money, add amount: {value: 3000, per: once}; for anything else, "
                "what_you_get: a few words such as 'free swimming and gym sessions'");
  }
  if (auto minimum = ReadString(front, "minimum", src, diags)) {
    out->minimum = *minimum;
    out->minimum_location = LocationOf(front["minimum"], src);
    if (!front["amount"]) {
      diags.Error(out->minimum_location,
                  "this page names the national minimum '" + *minimum + "' but has no 'amount'",
                  "add the amount it pays: amount: {value: 3000, per: once}");
    }
  }
  if (!missing("how_to_ask", "add a line such as: how_to_ask: Ask your personal adviser.")) {
    out->how_to_ask = Trim(ReadString(front, "how_to_ask", src, diags).value_or(""));
  }
  if (front["contact"] && !front["contact"].IsNull()) ReadContact(front, src, *out, diags);
  if (!missing("last_checked",
               "add the date the facts were last checked, such as: "
               "last_checked: 2026-11-02")) {
    if (auto date = ReadDate(front, "last_checked", src, diags)) {
      out->last_checked = *date;
      out->last_checked_location = LocationOf(front["last_checked"], src);
    }
  }
  for (const char* key : {"what_you_get", "how_to_ask"}) {
    if (!draft || !front[key] || !front[key].IsScalar()) continue;
    if (IsPlaceholder(front[key].Scalar())) {
      out->placeholders.emplace_back(key, LocationOf(front[key], src));
    }
  }
  if (diags.ErrorCount() > errors_before) return nullptr;
  return out;
}

std::string FormatPounds(long pence) {
  std::string whole = std::to_string(pence / 100);
  for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3) whole.insert(i, ",");
  std::string out = "£" + whole;
  if (pence % 100) {
    long p = pence % 100;
    out += "." + std::string(p < 10 ? "0" : "") + std::to_string(p);
  }
  return out;
}

std::string FormatAmount(const LocalOfferAmount& amount) {
  std::string out = (amount.up_to ? "Up to " : "") + FormatPounds(amount.pence);
  if (amount.per == "once") return out + ", paid once";
  return out + " a " + amount.per;
}

std::string AgesText(int from, int to) {
  if (from == to) return std::to_string(from);
  if (from == 0) return "up to " + std::to_string(to);
  return std::to_string(from) + " to " + std::to_string(to);
}

std::vector<LocalOfferEntry> InIndexOrder(const std::vector<LocalOfferEntry>& entries) {
  std::vector<LocalOfferEntry> out = entries;
  auto rank = [](const LocalOfferEntry& e) {
    const LocalOfferArea* area = FindLocalOfferArea(e.page->front.local_offer->area);
    return area - LocalOfferAreas().data();
  };
  std::stable_sort(out.begin(), out.end(), [&](const LocalOfferEntry& a, const LocalOfferEntry& b) {
    return rank(a) < rank(b);
  });
  return out;
}

std::vector<std::pair<int, int>> LocalOfferAgeBands(const std::vector<LocalOfferEntry>& entries,
                                                    const LocalOfferConfig& config) {
  if (entries.empty()) return {};
  int youngest = 25, oldest = 0;
  for (const auto& e : entries) {
    youngest = std::min(youngest, e.page->front.local_offer->from_age);
    oldest = std::max(oldest, e.page->front.local_offer->to_age);
  }
  std::vector<int> starts = {youngest};
  for (int age : config.age_bands) {
    if (age > youngest && age <= oldest) starts.push_back(age);
  }
  std::vector<std::pair<int, int>> bands;
  for (size_t i = 0; i < starts.size(); ++i) {
    int from = starts[i];
    int to = i + 1 < starts.size() ? starts[i + 1] - 1 : oldest;
    bool used = std::any_of(entries.begin(), entries.end(), [&](const LocalOfferEntry& e) {
      const LocalOfferFields& f = *e.page->front.local_offer;
      return f.from_age <= to && f.to_age >= from;
    });
    if (used) bands.emplace_back(from, to);
  }
  return bands;
}

std::vector<LocalOfferFilter> LocalOfferFilters(const std::vector<LocalOfferEntry>& entries,
                                                const std::string& section_path,
                                                const LocalOfferConfig& config) {
  std::vector<LocalOfferEntry> ordered = InIndexOrder(entries);
  std::vector<LocalOfferFilter> filters;
  for (auto [from, to] : LocalOfferAgeBands(entries, config)) {
    LocalOfferFilter f;
    f.kind = "age";
    f.from = from;
    f.to = to;
    f.id = from == to  ? std::to_string(from)
           : from == 0 ? "under-" + std::to_string(to + 1)
                       : std::to_string(from) + "-to-" + std::to_string(to);
    f.label = from == to       ? std::to_string(from)
              : to == from + 1 ? std::to_string(from) + " or " + std::to_string(to)
              : from == 0      ? "under " + std::to_string(to + 1)
                               : std::to_string(from) + " to " + std::to_string(to);
    f.path = section_path + "age/" + f.id + "/";
    for (const auto& e : ordered) {
      const LocalOfferFields& x = *e.page->front.local_offer;
      if (x.from_age <= to && x.to_age >= from) f.pages.push_back(e.page);
    }
    filters.push_back(std::move(f));
  }
  for (const CareStatus& status : CareStatuses()) {
    LocalOfferFilter f;
    f.kind = "status";
    f.id = status.id;
    f.label = status.if_i_am;
    f.path = section_path + "status/" + status.id + "/";
    for (const auto& e : ordered) {
      const auto& named = e.page->front.local_offer->care_status;
      if (std::find(named.begin(), named.end(), status.id) != named.end()) {
        f.pages.push_back(e.page);
      }
    }
    if (!f.pages.empty()) filters.push_back(std::move(f));
  }
  return filters;
}

std::vector<std::unique_ptr<SourcePage>> LocalOfferFilterPages(
    const std::vector<LocalOfferEntry>& entries, const std::string& section_path,
    const std::string& section_file, const std::string& section_title,
    const LocalOfferConfig& config) {
  std::vector<std::unique_ptr<SourcePage>> out;
  std::map<const SourcePage*, std::string> paths;
  for (const auto& e : entries) paths[e.page] = e.path;
  std::vector<LocalOfferFilter> filters = LocalOfferFilters(entries, section_path, config);
  // Every filter page links to the others, so a reader can change their answer.
  std::string others = "\n## Show what I can get if I am ...\n\n";
  for (const auto& f : filters) {
    others += "- [" + MarkdownEscape(f.label) + "](" + f.path + ")\n";
  }
  others += "\nOr see [everything in the " + MarkdownEscape(ToLower(section_title)) + "](" +
            section_path + ").\n";
  for (const auto& f : filters) {
    auto page = std::make_unique<SourcePage>();
    page->generated = true;
    page->file = section_file;
    // content/local-offer/_index.md -> local-offer/age/16-to-17.md
    std::string folder = section_path.substr(1);  // "local-offer/"
    page->content_path = folder + f.kind + "/" + f.id + ".md";
    page->front.title_location = {section_file, 1, 1};
    page->front.audience = {"young-people", "carers"};
    std::string intro;
    if (f.kind == "age") {
      page->front.title = "What you can get if you are " + f.label;
      page->front.description =
          "Everything in the local offer for young people aged " + f.label + ", by area.";
      intro = "These are the things in the local offer for young people aged " +
              MarkdownEscape(f.label) +
              ". Each one says which ages can get it: some are only for part of this age group, "
              "and some depend on your care status.\n";
    } else {
      const CareStatus& status = *FindCareStatus(f.id);
      page->front.title = "What you can get if you are " + f.label;
      page->front.description =
          "Everything in the local offer for young people whose care "
          "status is " +
          ToLower(status.name) + ", by area.";
      intro = "**" + MarkdownEscape(status.name) + "** means " +
              MarkdownEscape(status.explanation) +
              "\n\nThese are the things in the local offer for you. Each one says which ages "
              "can get it.\n";
    }
    page->body.file = section_file;
    page->body.first_line = 1;
    page->body.text = intro + EntryListMarkdown(f.pages, paths) + others;
    out.push_back(std::move(page));
  }
  return out;
}

void CheckLocalOfferEntries(const std::vector<const SourcePage*>& pages,
                            const LocalOfferConfig& config, const std::optional<Date>& today,
                            Diagnostics& diags) {
  std::vector<std::string> ids;
  for (const auto& [id, _] : config.minimums) ids.push_back(id);
  for (const SourcePage* page : pages) {
    const LocalOfferFields* f = page->front.local_offer.get();
    if (!f) continue;
    for (const auto& [field, where] : f->placeholders) {
      diags.Error(where, "'" + field + "' still has the placeholder that hearth new wrote",
                  "replace the words in capitals before this page is published");
    }
    if (!f->minimum.empty()) {
      auto it = config.minimums.find(f->minimum);
      if (it == config.minimums.end()) {
        std::string suggestion = DidYouMean(f->minimum, ids);
        std::string message = "unknown national minimum '" + f->minimum + "'";
        if (!suggestion.empty()) message += "; did you mean '" + suggestion + "'?";
        diags.Error(f->minimum_location, message,
                    ids.empty() ? "site.yaml has no local_offer: minimums"
                                : "the minimums in site.yaml are: " + Join(ids, ", "));
      } else if (f->amount && f->amount->pence < it->second.pounds * 100) {
        const LocalOfferMinimum& m = it->second;
        diags.Error(f->amount->value_location,
                    "the " + m.name + " here is " + FormatPounds(f->amount->pence) +
                        ", below the national minimum of " + FormatPounds(m.pounds * 100) +
                        " set in site.yaml",
                    "young people must get at least " + FormatPounds(m.pounds * 100) +
                        ": correct the amount, or if the national minimum has changed, change "
                        "local_offer: minimums: " +
                        m.id + " in site.yaml");
      }
    }
    if (today && f->last_checked.year > 0) {
      Date due = AddMonths(f->last_checked, config.review_after_months);
      if (*today > due) {
        diags.Warning(f->last_checked_location,
                      "this entry was last checked " +
                          HowLong(MonthsBetween(f->last_checked, *today)) + " ago, on " +
                          f->last_checked.Human(),
                      "check that what it says is still right (amounts, ages, who to contact), "
                      "then change last_checked to the date you checked it");
      }
    }
  }
}

std::string MarkdownEscape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (std::ispunct(static_cast<unsigned char>(c)) && c != ',' && c != '\'' && c != '.' &&
        c != ':' && c != ';' && c != '?' && c != '/' && c != '"' && c != '%' && c != '@' &&
        c != '=' && c != '$') {
      out += '\\';
    }
    out += c;
  }
  return out;
}

}  // namespace hearth
