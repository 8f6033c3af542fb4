// The pages hearth makes from meetings and events (content/meeting.h), and the checks on
// meetings that need their parsed minutes. Made while the site model is built, because
// what is "still to come" and which actions are overdue depend on the build date
// (BuildOptions::today):
//
//   SECTION/actions/  every action from the section's meetings: open ones first, soonest
//                     due first, overdue ones marked in words; then those done
//   SECTION/YYYY/     the section's meetings in that year (the archive)
//   /calendar/        every meeting and event still to come, soonest first, with the
//                     calendar file /calendar.ics
//
// where SECTION is the section that lists the meetings (/meetings/). Each is a generated
// page with a Markdown body, so its links resolve in every reading version and are
// checked like any other.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "content/source_page.h"
#include "core/date.h"
#include "core/diagnostic.h"
#include "markdown/markdown.h"

namespace hearth {

// The site-wide page of what is coming up, and the calendar file of every meeting and event.
inline constexpr char kCalendarPath[] = "/calendar/";
inline constexpr char kCalendarFile[] = "/calendar.ics";

// Makes the pages above from the pages that will be published (drafts already left out).
std::vector<std::unique_ptr<SourcePage>> MakeCalendarPages(
    const std::vector<const SourcePage*>& pages, const std::optional<Date>& today);

// Whether a page is a meeting or an event (it has a date, so it goes in the calendar).
bool IsCalendarEntry(const SourcePage& page);

// The minutes' numbered headings ("### 3. Pledges in practice") and the agenda must agree:
// once the minutes have any numbered heading, every heading number must be an agenda item
// and every agenda item must have its heading, so that a reader can find each item.
void CheckMinutesNumbering(const SourcePage& page, const std::vector<MarkdownHeading>& headings,
                           Diagnostics& diagnostics);

// Text that Markdown shows exactly as written (punctuation that Markdown reads is escaped).
std::string MarkdownLiteral(const std::string& text);

}  // namespace hearth
