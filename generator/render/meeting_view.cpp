#include "render/meeting_view.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "calendar/ical.h"
#include "content/meeting.h"
#include "core/text.h"
#include "render/json_ld.h"
#include "site/calendar_pages.h"
#include "variants/render_job.h"

namespace hearth {
namespace {

using data = TemplateValue;

const char kProduct[] = "-//Hearth//Hearth static site generator//EN";

std::string Absolute(const SiteModel& model, const std::string& url) {
  return model.config->base_url + url.substr(1);
}

std::string AttendedWords(const MeetingMember& m) {
  // A seat with only a note (a vacancy) shows the note alone.
  if (m.attended.empty()) return m.note.empty() ? "Not recorded" : StatusWords(m.note);
  std::string words = StatusWords(m.attended);
  if (!m.note.empty()) words += ": " + m.note;
  return words;
}

data List() { return TemplateValue::List(); }
data Flag(bool yes) { return TemplateValue::Flag(yes); }

// Whether an entry is still to come on the build date (an unknown date: nothing is).
bool StillToCome(const FrontMatter& front, const std::optional<Date>& today) {
  return today && front.date && *front.date >= *today;
}

data MeetingData(const SiteModel& model, const Page& page, const Variant& variant) {
  const FrontMatter& front = page.source->front;
  const MeetingFields& f = *front.meeting;
  data m;
  m.Set("is_event", Flag(front.type == "event"));
  m.Set("committee", f.committee);
  m.Set("when", WhenText(*front.date, f));
  m.Set("date_iso", front.date->Iso());
  if (f.start) m.Set("start_iso", LondonIsoDateTime(*front.date, *f.start));
  m.Set("venue", f.venue);
  m.Set("address", f.address);
  const std::string status = f.StatusOn(front.date, model.today);
  m.Set("status", StatusWords(status));
  m.Set("cancelled", Flag(f.Cancelled()));
  m.Set("open_to", f.open_to);
  m.Set("booking", f.booking);
  m.Set("ics_url", FileBesidePage(page.path, ".ics"));

  data members = List();
  for (const MeetingMember& member : f.members) {
    data row;
    row.Set("role", member.role);
    row.Set("name", member.name);
    row.Set("council", member.council);
    row.Set("attended", AttendedWords(member));
    members.Push(std::move(row));
  }
  m.Set("has_members", Flag(!f.members.empty()));
  m.Set("members", std::move(members));

  data apologies = List();
  for (const std::string& a : f.apologies) apologies.Push(data(a));
  m.Set("has_apologies", Flag(!f.apologies.empty()));
  m.Set("apologies", std::move(apologies));

  data agenda = List();
  for (size_t i = 0; i < f.agenda.size(); ++i) {
    data row;
    row.Set("item", std::to_string(f.agenda[i].item));
    row.Set("title", f.agenda[i].title);
    if (i < page.field_links.size() && !f.agenda[i].report.empty()) {
      row.Set("report_url", LinkHref(model, page.field_links[i], variant));
    }
    agenda.Push(std::move(row));
  }
  m.Set("has_agenda", Flag(!f.agenda.empty()));
  m.Set("agenda", std::move(agenda));

  data decisions = List();
  for (const MeetingDecision& d : f.decisions) {
    data row;
    if (d.item) row.Set("item", std::to_string(d.item));
    row.Set("text", d.text);
    decisions.Push(std::move(row));
  }
  m.Set("has_decisions", Flag(!f.decisions.empty()));
  m.Set("decisions", std::move(decisions));

  data actions = List();
  for (const MeetingAction& a : f.actions) {
    data row;
    if (a.item) row.Set("item", std::to_string(a.item));
    row.Set("action", a.action);
    row.Set("owner", a.owner);
    if (a.due) {
      row.Set("due_iso", a.due->Iso());
      row.Set("due_human", a.due->Human());
    }
    const bool overdue = IsOverdue(a, model.today);
    row.Set("overdue", Flag(overdue));
    row.Set("status", overdue ? "Overdue" : StatusWords(a.status));
    actions.Push(std::move(row));
  }
  m.Set("has_actions", Flag(!f.actions.empty()));
  m.Set("actions", std::move(actions));
  return m;
}

// A section lists meetings or events: those to come first, soonest first, then the others
// newest first, then its other pages; the pages made from them (the archive by year, the
// actions log) are linked from the box above instead.
void SetSectionData(data& d, const SiteModel& model, const Page& section, const Variant& variant,
                    const std::function<data(int)>& summary) {
  std::vector<int> coming, past, other;
  for (int child : section.children) {
    const SourcePage& source = *model.pages[child].source;
    if (IsCalendarEntry(source)) {
      (StillToCome(source.front, model.today) ? coming : past).push_back(child);
    } else if (source.calendar_page == CalendarPage::kNone) {
      other.push_back(child);
    }
  }
  if (coming.empty() && past.empty()) return;
  auto key = [&](int p) {
    const FrontMatter& f = model.pages[p].source->front;
    return std::make_pair(*f.date, f.meeting->start);
  };
  std::stable_sort(coming.begin(), coming.end(), [&](int a, int b) { return key(a) < key(b); });
  std::stable_sort(past.begin(), past.end(), [&](int a, int b) { return key(a) > key(b); });
  data children = List();
  for (const auto* group : {&coming, &past, &other}) {
    for (int p : *group) {
      data item = summary(p);
      if (const auto& f = model.pages[p].source->front; f.meeting) {
        item.Set("when", WhenText(*f.date, *f.meeting));
        item.Set("status", StatusWords(f.meeting->StatusOn(f.date, model.today)));
      }
      children.Push(std::move(item));
    }
  }
  d.Set("children", std::move(children));

  data box;
  auto next = std::find_if(coming.begin(), coming.end(), [&](int p) {
    return !model.pages[p].source->front.meeting->Cancelled();
  });
  if (next != coming.end()) {
    const Page& page = model.pages[*next];
    const MeetingFields& f = *page.source->front.meeting;
    data n;
    n.Set("title", page.source->front.title);
    n.Set("url", VariantUrl(variant, page.path));
    n.Set("when", WhenText(*page.source->front.date, f));
    n.Set("place", PlaceText(f));
    n.Set("ics_url", FileBesidePage(page.path, ".ics"));
    box.Set("next", std::move(n));
  }
  data years = List();
  // The archive pages newest year first (their addresses end in the year).
  std::vector<int> made(section.children.rbegin(), section.children.rend());
  std::stable_sort(made.begin(), made.end(),
                   [&](int a, int b) { return model.pages[a].path > model.pages[b].path; });
  for (int child : made) {
    const Page& page = model.pages[child];
    const CalendarPage kind = page.source->calendar_page;
    if (kind != CalendarPage::kActions && kind != CalendarPage::kYear) continue;
    data item;
    item.Set("title", page.source->front.title);
    item.Set("url", VariantUrl(variant, page.path));
    if (kind == CalendarPage::kActions) {
      box.Set("actions", std::move(item));
    } else {
      years.Push(std::move(item));
    }
  }
  box.Set("has_years", Flag(!years.items().empty()));
  box.Set("years", std::move(years));
  if (model.by_path.count(kCalendarPath))
    box.Set("whats_on_url", VariantUrl(variant, kCalendarPath));
  box.Set("ics_url", kCalendarFile);
  d.Set("calendar_index", std::move(box));
}

CalendarEvent EventOf(const SiteModel& model, const Page& page) {
  const FrontMatter& front = page.source->front;
  const MeetingFields& f = *front.meeting;
  CalendarEvent e;
  e.uid = CalendarUid(page.path, model.config->base_url);
  e.date = *front.date;
  e.start = f.start;
  e.end = f.end;
  e.summary = front.title;
  e.location = PlaceText(f);
  e.description = front.description;
  e.url = Absolute(model, page.path);
  e.cancelled = f.Cancelled();
  e.stamp = CalendarStamp(*front.date, front.updated, model.today);
  e.last_modified = front.updated;
  return e;
}

}  // namespace

std::string MeetingJsonLd(const SiteModel& model, const Page& page, const std::string& url) {
  const FrontMatter& front = page.source->front;
  const MeetingFields& f = *front.meeting;
  nlohmann::json event = {
      {"@context", "https://schema.org"},
      {"@type", "Event"},
      {"name", front.title},
      {"url", url},
      {"eventStatus",
       f.Cancelled() ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled"},
      {"eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode"},
      {"organizer",
       {{"@type", "Organization"},
        {"name", model.config->organisation.name},
        {"url", model.config->base_url}}},
  };
  if (!front.description.empty()) event["description"] = front.description;
  event["startDate"] = f.start ? LondonIsoDateTime(*front.date, *f.start) : front.date->Iso();
  if (f.start && f.end) event["endDate"] = LondonIsoDateTime(*front.date, *f.end);
  if (!f.venue.empty() || !f.address.empty()) {
    event["location"] = {{"@type", "Place"},
                         {"name", f.venue.empty() ? f.address : f.venue},
                         {"address", f.address.empty() ? f.venue : f.address}};
  }
  return JsonLdText(event);
}

void SetCalendarData(TemplateValue& d, const SiteModel& model, int page_index,
                     const Variant& variant, const std::function<TemplateValue(int)>& summary) {
  const Page& page = model.pages[page_index];
  if (IsCalendarEntry(*page.source)) {
    d.Set("meeting", MeetingData(model, page, variant));
    d.Set("json_ld", MeetingJsonLd(model, page, Absolute(model, VariantUrl(variant, page.path))));
  } else if (page.kind != Page::Kind::kPage) {
    SetSectionData(d, model, page, variant, summary);
  }
}

std::vector<RenderedFile> CalendarFiles(const SiteModel& model) {
  std::vector<RenderedFile> files;
  std::vector<std::pair<CalendarEvent, std::string>> all;  // with the page's path
  for (const Page& page : model.pages) {
    if (!IsCalendarEntry(*page.source)) continue;
    CalendarEvent event = EventOf(model, page);
    files.push_back({FileBesidePage(page.path, ".ics").substr(1),
                     WriteICalendar(page.source->front.title, kProduct, {event})});
    all.emplace_back(std::move(event), page.path);
  }
  if (all.empty()) return files;
  std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
    if (a.first.date != b.first.date) return a.first.date < b.first.date;
    if (a.first.start != b.first.start) return a.first.start < b.first.start;
    return a.second < b.second;
  });
  std::vector<CalendarEvent> events;
  for (auto& [event, path] : all) events.push_back(std::move(event));
  files.push_back(
      {std::string(kCalendarFile).substr(1),
       WriteICalendar(model.config->title + ": meetings and events", kProduct, events)});
  return files;
}

}  // namespace hearth
