#include "site/calendar_pages.h"

#include <algorithm>
#include <map>
#include <set>

#include "content/meeting.h"
#include "core/text.h"
#include "site/site_model.h"

namespace hearth {
namespace {

struct Entry {
  const SourcePage* page;
  std::string path;
};

// The folder a page sits in, as content path: "meetings/x.md" -> "meetings/".
std::string Folder(const std::string& content_path) {
  size_t slash = content_path.rfind('/');
  return slash == std::string::npos ? "" : content_path.substr(0, slash + 1);
}

std::string Link(const Entry& e) {
  return "[" + MarkdownLiteral(e.page->front.title) + "](" + e.path + ")";
}

// "Wednesday 4 October 2023, 2pm to 4.10pm. Committee Room 1, County Hall."
std::string WhenAndWhere(const Entry& e) {
  const MeetingFields& f = *e.page->front.meeting;
  std::string out = WhenText(*e.page->front.date, f) + ".";
  if (!PlaceText(f).empty()) out += " " + PlaceText(f) + ".";
  return MarkdownLiteral(out);
}

std::unique_ptr<SourcePage> Generated(CalendarPage kind, const std::string& file,
                                      const std::string& content_path, const std::string& title,
                                      const std::string& description,
                                      std::vector<std::string> audience, std::string body) {
  auto page = std::make_unique<SourcePage>();
  page->file = file;
  page->content_path = content_path;
  page->generated = true;
  page->calendar_page = kind;
  page->front.title = title;
  page->front.title_location = {file, 1, 1};
  page->front.description = description;
  page->front.audience = std::move(audience);
  page->body.file = file;
  page->body.text = std::move(body);
  page->body.first_line = 1;
  return page;
}

std::string ActionsTable(const std::vector<std::pair<const MeetingAction*, const Entry*>>& rows,
                         const std::optional<Date>& today) {
  std::string out =
      "| Action | Owner | Due | Status | Meeting |\n| --- | --- | --- | --- | --- |\n";
  for (const auto& [action, meeting] : rows) {
    std::string status = action->status == "done"    ? "Done"
                         : IsOverdue(*action, today) ? "**Overdue**"
                                                     : "Open";
    out += "| " + MarkdownLiteral(action->action) + " | " + MarkdownLiteral(action->owner) + " | " +
           (action->due ? action->due->Human() : "Not set") + " | " + status + " | " +
           Link(*meeting) + " |\n";
  }
  return out;
}

std::unique_ptr<SourcePage> ActionsPage(const SourcePage& section,
                                        const std::vector<Entry>& meetings,
                                        const std::optional<Date>& today) {
  std::vector<std::pair<const MeetingAction*, const Entry*>> open, done;
  for (const Entry& e : meetings) {
    for (const MeetingAction& a : e.page->front.meeting->actions) {
      (a.status == "done" ? done : open).emplace_back(&a, &e);
    }
  }
  if (open.empty() && done.empty()) return nullptr;
  // Open actions soonest due first (so overdue ones lead), undated last; done actions
  // from the newest meeting first, in the order the minutes list them.
  std::stable_sort(open.begin(), open.end(), [](const auto& a, const auto& b) {
    if (a.first->due.has_value() != b.first->due.has_value()) return a.first->due.has_value();
    if (a.first->due != b.first->due) return a.first->due < b.first->due;
    return *a.second->page->front.date < *b.second->page->front.date;
  });
  std::stable_sort(done.begin(), done.end(), [](const auto& a, const auto& b) {
    return *a.second->page->front.date > *b.second->page->front.date;
  });
  size_t overdue = std::count_if(open.begin(), open.end(),
                                 [&](const auto& a) { return IsOverdue(*a.first, today); });
  std::string body =
      "Every action agreed at these meetings, with who will do it and by when. Open actions "
      "come first, soonest due first. An action is overdue when its due date has passed "
      "and it is not done yet.\n\n";
  body += "## Open actions\n\n";
  if (open.empty()) {
    body += "There are no open actions.\n\n";
  } else {
    body +=
        std::to_string(open.size()) + (open.size() == 1 ? " action is" : " actions are") + " open";
    if (overdue)
      body += ", and " + std::to_string(overdue) + " of them " + (overdue == 1 ? "is" : "are") +
              " overdue";
    body += ".\n\n" + ActionsTable(open, today) + "\n";
  }
  body += "## Actions done\n\n";
  body += done.empty() ? "No actions have been done yet.\n" : ActionsTable(done, today);
  return Generated(
      CalendarPage::kActions, section.file, Folder(section.content_path) + "actions.md",
      "Actions log: " + section.front.title,
      "Every action from " + section.front.title + ", open or done, with its owner and due date.",
      {"public", "professionals"}, std::move(body));
}

std::unique_ptr<SourcePage> YearPage(const SourcePage& section, int year,
                                     const std::vector<const Entry*>& meetings,
                                     const std::optional<Date>& today) {
  std::string body = MarkdownLiteral(section.front.title) + " in " + std::to_string(year) +
                     ", newest first. Each page has the agenda, and once the meeting has "
                     "been held, who attended, the decisions, the actions and the minutes.\n\n";
  for (const Entry* e : meetings) {
    const FrontMatter& f = e->page->front;
    body += "- " + Link(*e) + ": " + WhenAndWhere(*e) + " " +
            StatusWords(f.meeting->StatusOn(f.date, today)) + ".\n";
  }
  return Generated(CalendarPage::kYear, section.file,
                   Folder(section.content_path) + std::to_string(year) + ".md",
                   section.front.title + " in " + std::to_string(year),
                   "The agendas, minutes, decisions and actions of " + section.front.title +
                       " in " + std::to_string(year) + ".",
                   {"public", "professionals"}, std::move(body));
}

std::unique_ptr<SourcePage> UpcomingPage(const std::vector<Entry>& entries,
                                         const std::optional<Date>& today) {
  std::vector<const Entry*> coming;
  for (const Entry& e : entries) {
    if (today && *e.page->front.date >= *today) coming.push_back(&e);
  }
  std::stable_sort(coming.begin(), coming.end(), [](const Entry* a, const Entry* b) {
    const FrontMatter &x = a->page->front, &y = b->page->front;
    if (*x.date != *y.date) return *x.date < *y.date;
    return x.meeting->start < y.meeting->start;
  });
  std::string body =
      "Meetings and events that are still to come, soonest first. Meetings are open to the "
      "public, and children and young people are always welcome.\n\n"
      "[Add every meeting and event to your calendar](" +
      std::string(kCalendarFile) +
      "): a calendar file that phones and email programs can open and keep up to date.\n\n"
      "## Coming up\n\n";
  if (coming.empty())
    body += "Nothing is planned yet. Dates are added here as soon as they are set.\n";
  for (const Entry* e : coming) {
    const MeetingFields& f = *e->page->front.meeting;
    body += "- " + Link(*e) + ": " + WhenAndWhere(*e);
    if (f.Cancelled()) body += " **Cancelled.**";
    if (!f.open_to.empty()) body += " For: " + MarkdownLiteral(f.open_to) + ".";
    body += "\n";
  }
  return Generated(CalendarPage::kWhatsOn, entries.front().page->file, "calendar.md", "What's on",
                   "Meetings and events still to come, with a calendar file to keep.",
                   {"young-people", "carers", "professionals", "public"}, std::move(body));
}

}  // namespace

bool IsCalendarEntry(const SourcePage& page) {
  return page.front.meeting != nullptr && page.front.date.has_value();
}

std::string MarkdownLiteral(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (std::string_view("\\`*_[]<>|~#&!").find(c) != std::string_view::npos) out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

std::vector<std::unique_ptr<SourcePage>> MakeCalendarPages(
    const std::vector<const SourcePage*>& pages, const std::optional<Date>& today) {
  std::vector<std::unique_ptr<SourcePage>> out;
  std::map<std::string, const SourcePage*> sections;  // by folder: "meetings/"
  std::vector<Entry> entries;
  for (const SourcePage* p : pages) {
    if (p->is_section_index) sections[Folder(p->content_path)] = p;
    if (IsCalendarEntry(*p)) entries.push_back({p, PathForContent(p->content_path)});
  }
  if (entries.empty()) return out;
  // Meetings by the section that lists them: the nearest folder above with an _index.md.
  std::map<const SourcePage*, std::vector<Entry>> by_section;
  for (const Entry& e : entries) {
    if (e.page->front.type != "meeting") continue;
    std::string folder = Folder(e.page->content_path);
    while (true) {
      if (auto it = sections.find(folder); it != sections.end()) {
        by_section[it->second].push_back(e);
        break;
      }
      if (folder.empty()) break;
      folder = Folder(folder.substr(0, folder.size() - 1));
    }
  }
  for (auto& [section, meetings] : by_section) {
    std::stable_sort(meetings.begin(), meetings.end(), [](const Entry& a, const Entry& b) {
      return *a.page->front.date > *b.page->front.date;
    });
    if (auto actions = ActionsPage(*section, meetings, today)) out.push_back(std::move(actions));
    std::map<int, std::vector<const Entry*>, std::greater<int>> years;
    for (const Entry& e : meetings) years[e.page->front.date->year].push_back(&e);
    for (const auto& [year, list] : years) out.push_back(YearPage(*section, year, list, today));
  }
  out.push_back(UpcomingPage(entries, today));
  return out;
}

void CheckMinutesNumbering(const SourcePage& page, const std::vector<MarkdownHeading>& headings,
                           Diagnostics& diags) {
  if (!page.front.meeting || page.front.type != "meeting") return;
  const auto& agenda = page.front.meeting->agenda;
  std::set<long> numbers, seen;
  for (const AgendaItem& item : agenda) numbers.insert(item.item);
  for (const MarkdownHeading& h : headings) {
    size_t digits = 0;
    while (digits < h.text.size() && digits < 4 &&
           std::isdigit(static_cast<unsigned char>(h.text[digits])))
      ++digits;
    if (digits == 0 || h.level < 2 || h.text.compare(digits, 2, ". ") != 0) continue;
    long n = std::stol(h.text.substr(0, digits));
    seen.insert(n);
    if (!numbers.count(n)) {
      diags.Error(h.location,
                  "the minutes have an item " + std::to_string(n) +
                      ", but the agenda has no item " + std::to_string(n),
                  agenda.empty() ? "list the items under 'agenda:' in the front matter"
                                 : "add it to 'agenda:' in the front matter, or correct the "
                                   "heading's number");
    }
  }
  if (seen.empty()) return;  // no minutes yet
  for (const AgendaItem& item : agenda) {
    if (seen.count(item.item)) continue;
    diags.Error(item.location,
                "agenda item " + std::to_string(item.item) + " has no heading in the minutes",
                "add a heading such as: ### " + std::to_string(item.item) + ". " + item.title);
  }
}

}  // namespace hearth
