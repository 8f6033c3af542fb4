#include "render/local_offer_view.h"

#include <algorithm>
#include <cctype>

#include "content/local_offer.h"
#include "core/text.h"
#include "render/json_ld.h"
#include "variants/render_job.h"

namespace hearth {
namespace {

using data = TemplateValue;

// The script that filters the index in place; the index works without it.
constexpr char kFilterScript[] = "/assets/js/local-offer-filter.js";

// The ages in a sentence that follows "if you are": "16 to 25", "18", "17 or younger".
std::string AgesPhrase(int from, int to) {
  if (from == 0 && to > 0) return std::to_string(to) + " or younger";
  return AgesText(from, to);
}

// The pictures of the easy-read box, by name with '-' as '_'.
data Pictures(const SiteModel& model) {
  data out;
  for (const char* name : {"young-person", "money", "form", "phone", "email", "calendar", "help"}) {
    auto picture = model.pictures.find(name);
    if (picture == model.pictures.end()) continue;
    auto asset = model.assets.find("/" + picture->second.asset_path);
    if (asset == model.assets.end()) continue;
    data item;
    item.Set("url", asset->second.url);
    item.Set("alt", picture->second.alt);
    std::string key = name;
    std::replace(key.begin(), key.end(), '-', '_');
    out.Set(key, std::move(item));
  }
  return out;
}

// Who to contact: the entry's own contact, or the organisation's in site.yaml.
LocalOfferContact ContactFor(const LocalOfferFields& f, const SiteConfig& config) {
  if (f.contact) return *f.contact;
  LocalOfferContact c;
  c.name = config.organisation.name;
  c.phone = config.organisation.phone;
  c.email = config.organisation.email;
  return c;
}

// The contact's web address in a version: a page of this site stays in the version.
std::string ContactHref(const SiteModel& model, const std::string& url, const Variant& variant) {
  if (!StartsWith(url, "/")) return url;
  size_t hash = url.find('#');
  ResolvedLink link;
  link.path = url.substr(0, hash);
  if (!EndsWith(link.path, "/")) link.path += "/";
  if (hash != std::string::npos) link.fragment = url.substr(hash);
  auto target = model.by_path.find(link.path);
  if (target == model.by_path.end()) return url;  // reported by site/
  link.target_page = target->second;
  return LinkHref(model, link, variant);
}

data EntryData(const SiteModel& model, const LocalOfferFields& f, const Variant& variant) {
  const SiteConfig& config = *model.config;
  data d;
  d.Set("area", FindLocalOfferArea(f.area)->name);
  d.Set("ages", AgesText(f.from_age, f.to_age));
  d.Set("ages_phrase", AgesPhrase(f.from_age, f.to_age));
  data statuses = data::List();
  for (const std::string& id : f.care_status) {
    const CareStatus& s = *FindCareStatus(id);
    data item;
    item.Set("id", s.id);
    item.Set("name", s.name);
    item.Set("explanation", s.explanation);
    item.Set("easy", s.easy);
    statuses.Push(std::move(item));
  }
  d.Set("statuses", std::move(statuses));
  if (f.amount) {
    d.Set("amount", FormatAmount(*f.amount));
    // Easy read says it in a sentence: "You get £3,000, paid once." "You get up to ...".
    std::string amount = FormatAmount(*f.amount);
    if (f.amount->up_to) amount[0] = 'u';
    d.Set("amount_sentence", "You get " + amount + ".");
    d.Set("paid", f.amount->paid);
  }
  d.Set("what_you_get", f.what_you_get);
  d.Set("how_to_ask", f.how_to_ask);
  LocalOfferContact c = ContactFor(f, config);
  data contact;
  contact.Set("name", c.name);
  // "Phone the moving on team on ...": a name that starts with "The" inside a sentence.
  contact.Set("name_in_sentence", StartsWith(c.name, "The ") ? "the " + c.name.substr(4) : c.name);
  contact.Set("phone", c.phone);
  if (!c.phone.empty()) contact.Set("phone_href", TelHref(c.phone));
  contact.Set("email", c.email);
  if (!c.url.empty()) {
    contact.Set("url", ContactHref(model, c.url, variant));
    // A page of this site is named in words; another site by its address.
    contact.Set("url_text", StartsWith(c.url, "/")
                                ? "How to contact " + (c.name.empty() ? "us" : ToLower(c.name))
                                : c.url);
  }
  d.Set("contact", std::move(contact));
  d.Set("last_checked_iso", f.last_checked.Iso());
  d.Set("last_checked_human", f.last_checked.Human());
  d.Set("pictures", Pictures(model));
  return d;
}

// The entries a section lists, in the section's order.
std::vector<LocalOfferEntry> EntriesOf(const SiteModel& model, const Page& section) {
  std::vector<LocalOfferEntry> entries;
  for (int child : section.children) {
    const Page& page = model.pages[child];
    if (page.source->front.local_offer) entries.push_back({page.source, page.path});
  }
  return entries;
}

data IndexData(const SiteModel& model, const std::vector<LocalOfferEntry>& entries,
               const Page& section, const Variant& variant) {
  const SiteConfig& config = *model.config;
  data d;
  // Entries grouped by area, in the areas' order.
  std::vector<std::pair<std::string, data>> groups;
  for (const LocalOfferEntry& entry : InIndexOrder(entries)) {
    const FrontMatter& front = entry.page->front;
    const LocalOfferFields& f = *front.local_offer;
    if (groups.empty() || groups.back().first != f.area) groups.emplace_back(f.area, data::List());
    data item;
    item.Set("title", front.title);
    item.Set("url", VariantUrl(variant, entry.path));
    item.Set("description", front.description);
    item.Set("ages", AgesText(f.from_age, f.to_age));
    item.Set("from", std::to_string(f.from_age));
    item.Set("to", std::to_string(f.to_age));
    item.Set("statuses", Join(f.care_status, " "));
    if (f.amount) item.Set("amount", FormatAmount(*f.amount));
    groups.back().second.Push(std::move(item));
  }
  data areas = data::List();
  for (auto& [id, list] : groups) {
    data area;
    area.Set("id", "area-" + id);
    area.Set("name", FindLocalOfferArea(id)->name);
    area.Set("entries", std::move(list));
    areas.Push(std::move(area));
  }
  d.Set("areas", std::move(areas));
  d.Set("count", std::to_string(entries.size()));
  d.Set("count_text", Plural(entries.size(), "thing"));  // "1 thing", "4 things"

  data ages = data::List(), statuses = data::List();
  int youngest = 25, oldest = 0;
  for (const LocalOfferFilter& filter :
       LocalOfferFilters(entries, section.path, config.local_offer)) {
    if (!model.by_path.count(filter.path)) continue;  // not made (no section page)
    data link;
    link.Set("label", filter.label);
    link.Set("url", VariantUrl(variant, filter.path));
    if (filter.kind == "age") {
      ages.Push(std::move(link));
      youngest = std::min(youngest, filter.from);
      oldest = std::max(oldest, filter.to);
    } else {
      link.Set("id", filter.id);
      link.Set("name", FindCareStatus(filter.id)->name);
      statuses.Push(std::move(link));
    }
  }
  d.Set("age_links", std::move(ages));
  d.Set("status_links", std::move(statuses));
  // The script's age list: every age some entry covers.
  data age_options = data::List();
  for (int age = youngest; age <= oldest; ++age) age_options.Push(data(std::to_string(age)));
  d.Set("age_options", std::move(age_options));
  if (auto script = model.assets.find(kFilterScript); script != model.assets.end()) {
    d.Set("script_url", script->second.url);
  }
  return d;
}

}  // namespace

nlohmann::json LocalOfferJsonLd(const SiteModel& model, const Page& page) {
  const SiteConfig& config = *model.config;
  const FrontMatter& front = page.source->front;
  const LocalOfferFields& f = *front.local_offer;
  using json = nlohmann::json;
  json provider = {{"@type", "GovernmentOrganization"},
                   {"name", config.organisation.name},
                   {"url", config.base_url}};
  if (!config.organisation.phone.empty()) provider["telephone"] = config.organisation.phone;
  if (!config.organisation.email.empty()) provider["email"] = config.organisation.email;
  std::vector<std::string> statuses;
  for (const std::string& id : f.care_status) statuses.push_back(FindCareStatus(id)->name);
  json audience = {
      {"@type", "PeopleAudience"},
      {"audienceType", "Children in care and care leavers: " + ToLower(Join(statuses, ", "))},
      {"suggestedMinAge", f.from_age},
      {"suggestedMaxAge", f.to_age}};
  json out = {{"@context", "https://schema.org"},
              {"@type", "GovernmentService"},
              {"name", front.title},
              {"url", config.base_url + page.path.substr(1)},
              {"category", FindLocalOfferArea(f.area)->name},
              {"provider", provider},
              {"audience", audience}};
  if (!front.description.empty()) out["description"] = front.description;
  if (!config.local_offer.area_served.empty()) {
    out["areaServed"] = {{"@type", "AdministrativeArea"}, {"name", config.local_offer.area_served}};
  }
  LocalOfferContact c = ContactFor(f, config);
  json channel = {{"@type", "ServiceChannel"}, {"description", f.how_to_ask}};
  if (!c.url.empty()) {
    channel["serviceUrl"] = StartsWith(c.url, "/") ? config.base_url + c.url.substr(1) : c.url;
  }
  if (!c.phone.empty() || !c.email.empty()) {
    json point = {{"@type", "ContactPoint"}};
    if (!c.name.empty()) point["name"] = c.name;
    if (!c.phone.empty()) point["telephone"] = c.phone;
    if (!c.email.empty()) point["email"] = c.email;
    channel["servicePhone"] = point;
  }
  out["availableChannel"] = channel;
  if (f.amount) {
    // The money is what the service gives (serviceOutput); the service itself costs the
    // young person nothing (an Offer at price 0).
    double pounds = static_cast<double>(f.amount->pence) / 100.0;
    json money = {
        {"@type", "MonetaryAmount"}, {"currency", "GBP"}, {"description", FormatAmount(*f.amount)}};
    if (f.amount->pence % 100 == 0) {
      money[f.amount->up_to ? "maxValue" : "value"] = f.amount->pence / 100;
    } else {
      money[f.amount->up_to ? "maxValue" : "value"] = pounds;
    }
    if (f.amount->up_to) money["minValue"] = 0;
    out["serviceOutput"] = money;
    out["offers"] = {{"@type", "Offer"},
                     {"price", 0},
                     {"priceCurrency", "GBP"},
                     {"description", FormatAmount(*f.amount)}};
  }
  return out;
}

void SetLocalOfferData(const SiteModel& model, const Page& page, const Variant& variant,
                       TemplateValue& d) {
  if (page.source->front.local_offer) {
    d.Set("local_offer", EntryData(model, *page.source->front.local_offer, variant));
    d.Set("json_ld", JsonLdText(LocalOfferJsonLd(model, page)));
    return;
  }
  if (page.kind != Page::Kind::kSection) return;
  std::vector<LocalOfferEntry> entries = EntriesOf(model, page);
  if (entries.empty()) return;
  d.Set("local_offer_index", IndexData(model, entries, page, variant));
}

}  // namespace hearth
