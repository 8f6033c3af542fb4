// The front matter of meetings (`type: meeting`: a board or committee meeting with its
// membership, attendance, agenda, decisions and actions) and of participation events
// (`type: event`: activity days, youth council sessions). Both have a date, times and a
// place, feed the calendar (calendar/, /calendar.ics) and are listed by site/'s calendar
// pages. Read here from YAML through config/yaml.h; site/ resolves the agenda's report
// links and checks the minutes' numbered headings against the agenda.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "calendar/london_time.h"
#include "config/yaml.h"
#include "core/date.h"
#include "core/diagnostic.h"

namespace hearth {

// One seat at a meeting. The sample portal names roles, never people; `name` is there for
// a real portal that publishes its councillors' names.
struct MeetingMember {
  std::string role;      // required: "Councillor (Chair of the Board)"
  std::string name;      // optional
  std::string council;   // optional: "Ashvale Borough Council"
  std::string attended;  // yes | no | apologies | partly; "" when not recorded (a future meeting)
  std::string note;      // optional: "items 1 to 4"
};

struct AgendaItem {
  long item = 0;       // its number, as in the minutes' headings ("### 3. ..."); default: its place
  std::string title;   // required
  std::string report;  // optional: a page, a file or another site's address, as in a link
  SourceLocation location;         // of the item
  SourceLocation report_location;  // of its report, for a link that goes nowhere
};

struct MeetingDecision {
  long item = 0;  // the agenda item it was made under; 0 when not given
  std::string text;
};

struct MeetingAction {
  long item = 0;       // the agenda item it came from; 0 when not given
  std::string action;  // required: what will be done
  std::string owner;   // required: a role, such as "Director of Children's Services"
  std::optional<Date> due;
  // open | done, as written (default open). Whether an open action is overdue is worked
  // out from `due` and the build date (IsOverdue), never written.
  std::string status = "open";
};

struct MeetingFields {
  std::string committee;  // meetings: required
  std::optional<TimeOfDay> start, end;
  std::string venue;    // the room and building: "Committee Room 1, County Hall"
  std::string address;  // optional: the street address, for maps and calendars
  // scheduled | held | cancelled as written, or "" when not written (then held once the
  // date has passed, else scheduled: see StatusOn).
  std::string status;
  SourceLocation status_location;  // of `status`, when written
  std::vector<MeetingMember> members;
  std::vector<std::string> apologies;
  std::vector<AgendaItem> agenda;
  std::vector<MeetingDecision> decisions;
  std::vector<MeetingAction> actions;
  // Events only.
  std::string open_to;  // who can come: "Young people in care aged 11 to 18"
  std::string booking;  // how to book or who to ask

  bool Cancelled() const { return status == "cancelled"; }
  // The status to show on `today` (none: the build date is unknown, so an unwritten status
  // counts as scheduled).
  std::string StatusOn(const std::optional<Date>& date, const std::optional<Date>& today) const;
};

// When it happens, in words: "Wednesday 4 October 2023, 2pm to 4.10pm" (GOV.UK style).
std::string WhenText(const Date& date, const MeetingFields& fields);

// Where it happens, in one line: the venue, then the address ("Room 1, County Hall, 1 High
// Street"); "" when neither is given. Shown on pages and in calendar files.
std::string PlaceText(const MeetingFields& fields);

// The status in words for readers: "Held", "Scheduled", "Cancelled".
std::string StatusWords(const std::string& status);

// Whether an action is overdue on `today`: open, with a due date before today.
bool IsOverdue(const MeetingAction& action, const std::optional<Date>& today);

// Warns when a meeting or an event (`type`) on `date` has passed on the build date `today`
// but its page still says `status: scheduled`: readers would see "Scheduled" for ever.
// Left out, the status shows as held once the day has passed.
void WarnScheduledAfterTheDay(const MeetingFields& fields, const std::string& type,
                              const Date& date, const std::optional<Date>& today,
                              Diagnostics& diagnostics);

// The extra front matter fields of meetings and of events.
const std::vector<std::string>& MeetingFieldNames();
const std::vector<std::string>& EventFieldNames();

// Reads a meeting's or an event's own fields (`type` is "meeting" or "event"), reporting
// every mistake at its place. Returns nothing when there was one.
std::shared_ptr<const MeetingFields> ReadMeetingFields(const YAML::Node& front,
                                                       const std::string& type,
                                                       const YamlSource& source,
                                                       Diagnostics& diagnostics);

}  // namespace hearth
