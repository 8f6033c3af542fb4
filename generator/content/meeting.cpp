#include "content/meeting.h"

#include <algorithm>
#include <set>

#include "core/text.h"

namespace hearth {
namespace {

const std::vector<std::string> kStatuses = {"scheduled", "held", "cancelled"};
const std::vector<std::string> kAttendance = {"yes", "no", "apologies", "partly"};
const std::vector<std::string> kActionStatuses = {"open", "done"};
const std::vector<std::string> kMemberKeys = {"role", "name", "council", "attended", "note"};
const std::vector<std::string> kAgendaKeys = {"item", "title", "report"};
const std::vector<std::string> kDecisionKeys = {"item", "text"};
const std::vector<std::string> kActionKeys = {"item", "action", "owner", "due", "status"};

// Reports a value that is not one of `choices`, with the nearest as a suggestion.
bool CheckChoice(const YAML::Node& map, const char* key, const std::string& value,
                 const std::vector<std::string>& choices, const std::string& what,
                 const YamlSource& src, Diagnostics& diags, const std::string& hint = "") {
  if (std::find(choices.begin(), choices.end(), value) != choices.end()) return true;
  std::string suggestion = DidYouMean(value, choices);
  std::string message = "unknown " + what + " '" + value + "'";
  if (!suggestion.empty()) message += "; did you mean '" + suggestion + "'?";
  diags.Error(LocationOf(map[key], src), message,
              hint.empty() ? "choose from: " + Join(choices, ", ") : hint);
  return false;
}

std::optional<TimeOfDay> ReadTime(const YAML::Node& map, const char* key, const YamlSource& src,
                                  Diagnostics& diags) {
  auto text = ReadString(map, key, src, diags);
  if (!text) return std::nullopt;
  auto time = ParseTimeOfDay(Trim(*text));
  if (!time) {
    diags.Error(LocationOf(map[key], src),
                "'" + std::string(key) +
                    "' should be a time written as HH:MM on the 24-hour "
                    "clock, not '" +
                    *text + "'",
                "for example 14:00 for 2pm, or 09:30 for half past nine in the morning");
  }
  return time;
}

// The list under `key`, or an empty node; reports a value that is not a list.
YAML::Node ListField(const YAML::Node& front, const char* key, const char* example,
                     const YamlSource& src, Diagnostics& diags) {
  YAML::Node node = front[key];
  if (!node.IsDefined() || node.IsNull()) return YAML::Node(YAML::NodeType::Sequence);
  if (!node.IsSequence()) {
    diags.Error(
        LocationOf(node, src), "'" + std::string(key) + "' should be a list",
        std::string("write each one on its own line starting with '- ', such as: ") + example);
    return YAML::Node(YAML::NodeType::Sequence);
  }
  return node;
}

// Each entry of a list of maps, checked for known keys; entries that are not maps are
// reported and skipped.
std::vector<YAML::Node> Entries(const YAML::Node& list, const char* what,
                                const std::vector<std::string>& keys, const YamlSource& src,
                                Diagnostics& diags) {
  std::vector<YAML::Node> out;
  for (const YAML::Node& entry : list) {
    if (!entry.IsMap()) {
      diags.Error(LocationOf(entry, src), std::string("each ") + what + " should have fields",
                  "the fields are: " + Join(keys, ", "));
      continue;
    }
    CheckKeys(entry, keys, src, std::string(what) + " field", diags);
    out.push_back(entry);
  }
  return out;
}

std::string Required(const YAML::Node& map, const char* key, const std::string& what,
                     const std::string& hint, const YamlSource& src, Diagnostics& diags) {
  std::string value = Trim(ReadString(map, key, src, diags).value_or(""));
  if (value.empty() && !(map[key] && !map[key].IsNull() && !map[key].IsScalar())) {
    diags.Error(LocationOf(map, src), what, hint);
  }
  return value;
}

}  // namespace

std::string MeetingFields::StatusOn(const std::optional<Date>& date,
                                    const std::optional<Date>& today) const {
  if (!status.empty()) return status;
  return date && today && *date < *today ? "held" : "scheduled";
}

std::string WhenText(const Date& date, const MeetingFields& f) {
  std::string out = HumanDateWithWeekday(date);
  if (f.start) out += ", " + f.start->Human();
  if (f.start && f.end) out += " to " + f.end->Human();
  return out;
}

std::string PlaceText(const MeetingFields& f) {
  std::string out = f.venue;
  if (!f.address.empty()) out += (out.empty() ? "" : ", ") + f.address;
  return out;
}

std::string StatusWords(const std::string& status) {
  std::string out = status;
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

bool IsOverdue(const MeetingAction& action, const std::optional<Date>& today) {
  return action.status == "open" && action.due && today && *action.due < *today;
}

void WarnScheduledAfterTheDay(const MeetingFields& f, const std::string& type, const Date& date,
                              const std::optional<Date>& today, Diagnostics& diags) {
  if (f.status != "scheduled" || !today || !(date < *today)) return;
  diags.Warning(f.status_location,
                "this " + type + " was on " + date.Human() + " but still says scheduled",
                "remove the status line (once the day has passed it shows as held), or write: "
                "status: held");
}

const std::vector<std::string>& MeetingFieldNames() {
  static const std::vector<std::string> kNames = {"committee", "start",     "end",     "venue",
                                                  "address",   "status",    "members", "apologies",
                                                  "agenda",    "decisions", "actions"};
  return kNames;
}

const std::vector<std::string>& EventFieldNames() {
  static const std::vector<std::string> kNames = {"start",  "end",     "venue",  "address",
                                                  "status", "open_to", "booking"};
  return kNames;
}

std::shared_ptr<const MeetingFields> ReadMeetingFields(const YAML::Node& y, const std::string& type,
                                                       const YamlSource& src, Diagnostics& diags) {
  const size_t errors_before = diags.ErrorCount();
  const bool meeting = type == "meeting";
  auto fields = std::make_shared<MeetingFields>();
  MeetingFields& f = *fields;
  // A missing field is reported where the page says what it is.
  const SourceLocation at_type =
      y["type"] ? LocationOf(y["type"], src) : SourceLocation{src.file, 1, 1};
  if (meeting) {
    f.committee = Trim(ReadString(y, "committee", src, diags).value_or(""));
    if (f.committee.empty() && !(y["committee"] && y["committee"].IsDefined() &&
                                 !y["committee"].IsNull() && !y["committee"].IsScalar())) {
      diags.Error(at_type, "this meeting does not say which committee met",
                  "add a line such as: committee: Corporate Parenting Board");
    }
  }
  if (!y["date"] || y["date"].IsNull()) {
    diags.Error(at_type, std::string("this ") + type + " has no date",
                std::string("add the day of the ") + type + ", such as: date: 2027-01-12");
  }
  f.start = ReadTime(y, "start", src, diags);
  f.end = ReadTime(y, "end", src, diags);
  // A start written wrongly has had its own error; only a missing one is reported here.
  const bool start_written = y["start"] && !y["start"].IsNull();
  if (f.end && !f.start && !start_written) {
    diags.Error(LocationOf(y["end"], src), "'end' is given without a 'start'",
                "add the time it starts, such as: start: 14:00");
  } else if (f.start && f.end && *f.end <= *f.start) {
    diags.Error(LocationOf(y["end"], src),
                "'end' (" + f.end->Text() + ") is not after 'start' (" + f.start->Text() + ")",
                "times are on the 24-hour clock: 4.30pm is 16:30");
  }
  f.venue = Trim(ReadString(y, "venue", src, diags).value_or(""));
  f.address = Trim(ReadString(y, "address", src, diags).value_or(""));
  if (auto status = ReadString(y, "status", src, diags)) {
    f.status = Trim(*status);
    f.status_location = LocationOf(y["status"], src);
    CheckChoice(y, "status", f.status, kStatuses, "status", src, diags);
  }
  if (!meeting) {
    f.open_to = Trim(ReadString(y, "open_to", src, diags).value_or(""));
    f.booking = Trim(ReadString(y, "booking", src, diags).value_or(""));
    if (diags.ErrorCount() > errors_before) return nullptr;
    return fields;
  }

  for (const YAML::Node& m :
       Entries(ListField(y, "members", "- {role: Councillor, council: Ashvale Borough Council}",
                         src, diags),
               "member", kMemberKeys, src, diags)) {
    MeetingMember member;
    member.role = Required(m, "role", "this member has no role",
                           "add the seat they hold, such as: role: Councillor (Chair)", src, diags);
    member.name = Trim(ReadString(m, "name", src, diags).value_or(""));
    member.council = Trim(ReadString(m, "council", src, diags).value_or(""));
    member.note = Trim(ReadString(m, "note", src, diags).value_or(""));
    if (auto attended = ReadString(m, "attended", src, diags)) {
      member.attended = ToLower(Trim(*attended));
      CheckChoice(m, "attended", member.attended, kAttendance, "attendance", src, diags);
    }
    f.members.push_back(std::move(member));
  }
  f.apologies = ReadStringList(y, "apologies", src, diags).value_or(std::vector<std::string>{});

  std::set<long> numbers;
  for (const YAML::Node& a :
       Entries(ListField(y, "agenda", "- {item: 1, title: Apologies}", src, diags), "agenda item",
               kAgendaKeys, src, diags)) {
    AgendaItem item;
    item.location = LocationOf(a, src);
    item.item = ReadInt(a, "item", src, diags).value_or(static_cast<long>(f.agenda.size()) + 1);
    item.title = Required(a, "title", "this agenda item has no title",
                          "add what the item is about, such as: title: Quarterly data", src, diags);
    if (auto report = ReadString(a, "report", src, diags)) {
      item.report = Trim(*report);
      item.report_location = LocationOf(a["report"], src);
    }
    if (!numbers.insert(item.item).second) {
      diags.Error(a["item"] ? LocationOf(a["item"], src) : item.location,
                  "the agenda has two items numbered " + std::to_string(item.item),
                  "number the items 1, 2, 3... as the minutes do");
    }
    f.agenda.push_back(std::move(item));
  }
  // Decisions and actions name the agenda item they came from, which must exist.
  auto check_item = [&](const YAML::Node& entry, long item) {
    if (item == 0 || numbers.empty() || numbers.count(item)) return;
    diags.Error(
        LocationOf(entry["item"], src), "there is no agenda item " + std::to_string(item),
        "the agenda's items are: " + [&] {
          std::vector<std::string> list;
          for (long n : numbers) list.push_back(std::to_string(n));
          return Join(list, ", ");
        }());
  };
  for (const YAML::Node& d :
       Entries(ListField(y, "decisions", "- {item: 2, text: The minutes were agreed.}", src, diags),
               "decision", kDecisionKeys, src, diags)) {
    MeetingDecision decision;
    decision.item = ReadInt(d, "item", src, diags).value_or(0);
    check_item(d, decision.item);
    decision.text =
        Required(d, "text", "this decision has no text",
                 "add what was decided, such as: text: The Board noted the data.", src, diags);
    f.decisions.push_back(std::move(decision));
  }
  for (const YAML::Node& a :
       Entries(ListField(y, "actions",
                         "- {action: Share the slides, owner: Clerk, due: 2027-02-01}", src, diags),
               "action", kActionKeys, src, diags)) {
    MeetingAction action;
    action.item = ReadInt(a, "item", src, diags).value_or(0);
    check_item(a, action.item);
    action.action =
        Required(a, "action", "this action does not say what will be done",
                 "add a line such as: action: Share the slides with members", src, diags);
    action.owner =
        Required(a, "owner", "this action has no owner",
                 "add who will do it, by role, such as: owner: Clerk to the Board", src, diags);
    action.due = ReadDate(a, "due", src, diags);
    if (auto status = ReadString(a, "status", src, diags)) {
      action.status = ToLower(Trim(*status));
      CheckChoice(a, "status", action.status, kActionStatuses, "action status", src, diags,
                  action.status == "overdue"
                      ? "write open: hearth shows an open action as overdue once its due "
                        "date has passed"
                      : "choose from: open, done");
    }
    f.actions.push_back(std::move(action));
  }
  if (diags.ErrorCount() > errors_before) return nullptr;
  return fields;
}

}  // namespace hearth
