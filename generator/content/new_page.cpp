#include "content/new_page.h"

#include <algorithm>
#include <vector>

#include "content/source_page.h"
#include "core/text.h"

namespace hearth {
namespace {

// The review date a year on (29 February becomes 28 February).
Date YearLater(const Date& d) {
  Date next{d.year + 1, d.month, d.day};
  if (next.month == 2 && next.day == 29) next.day = 28;
  return next;
}

std::vector<std::string> Types() {
  std::vector<std::string> types = KnownPageTypes();
  types.push_back("section");
  return types;
}

std::vector<std::string> SplitPath(const std::string& path) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t slash = path.find('/', start);
    parts.push_back(path.substr(start, slash == std::string::npos ? slash : slash - start));
    if (slash == std::string::npos) return parts;
    start = slash + 1;
  }
}

const char kDraft[] =
    "# Remove the next line when the page is ready: until then `hearth build` leaves it out\n"
    "# (`hearth build --drafts` shows it).\n"
    "draft: true\n";

std::string Front(const std::string& body) { return "---\n" + body + "---\n\n"; }

}  // namespace

std::optional<std::string> NewPageText(const std::string& type, const Date& today,
                                       Diagnostics& diags) {
  const std::vector<std::string> types = Types();
  if (std::find(types.begin(), types.end(), type) == types.end()) {
    std::string suggestion = DidYouMean(type, types);
    diags.Error({type, 0, 0},
                "there is no page type '" + type + "'" +
                    (suggestion.empty() ? "" : "; did you mean '" + suggestion + "'?"),
                "the types are: " + Join(types, ", "));
    return std::nullopt;
  }
  const std::string review = YearLater(today).Iso();
  const std::string date = today.Iso();
  if (type == "section") {
    return Front(
               "# The section's name, shown as its heading and in menus and breadcrumbs.\n"
               "title: SECTION TITLE\n"
               "# One sentence saying what is in this section.\n"
               "description: WHAT THIS SECTION IS FOR\n"
               "# Where the section sits among its neighbours: lower numbers come first.\n"
               "weight: 50\n" +
               std::string(kDraft)) +
           "Say in one or two short sentences who this section is for. The pages in it are "
           "listed below this text.\n";
  }
  if (type == "local-offer") {
    return Front(
               "# What the reader can get, in their words: \"Help to pay for driving lessons\".\n"
               "title: WHAT YOU CAN GET\n"
               "# One sentence: what it is, and how much, if there is an amount.\n"
               "description: ONE SENTENCE ABOUT WHAT YOU GET\n"
               "type: local-offer\n"
               "# Who the page is written for: young-people, carers, professionals, public.\n"
               "audience: [young-people]\n"
               "# The area of the local offer it belongs to, one of: health-and-wellbeing,\n"
               "# relationships, education-and-training, employment, accommodation,\n"
               "# participation-in-society, money.\n"
               "area: AREA\n"
               "# The youngest and oldest ages that can get it, in whole years (0 to 25).\n"
               "ages: {from: 16, to: 25}\n"
               "# Who can get it, one or more of: in-care (in care now, any age), eligible,\n"
               "# relevant, former-relevant, qualifying. The page explains each in plain words.\n"
               "care_status: [CARE STATUS]\n"
               "# Money: the amount in pounds without the £ sign, how often (once, week,\n"
               "# month or year), and how it is paid. Add up_to: true for \"up to\". Leave it\n"
               "# out if it is not money. If site.yaml sets a national minimum for it, name\n"
               "# it too (minimum: setting-up-home): the build stops if the amount is below.\n"
               "# amount: {value: 3000, per: once, paid: \"We pay the shops for you.\"}\n"
               "# What you get, in a few words (for anything that is not only money).\n"
               "what_you_get: WHAT YOU GET IN A FEW WORDS\n"
               "# How to ask for it, in one or two short sentences.\n"
               "how_to_ask: HOW TO ASK FOR IT\n"
               "# Who to contact, with at least one of phone, email and url. Leave it out to show\n"
               "# the organisation's phone and email from site.yaml.\n"
               "# contact: {name: Leaving care team, phone: 01234 567 891}\n"
               "# When the facts on this page were last checked. The build warns a year later.\n"
               "last_checked: " +
               date +
               "\n"
               "# When the page last changed, and when to check it again.\n"
               "updated: " +
               date +
               "\n"
               "review_by: " +
               review + "\n" + kDraft) +
           "Say in one or two short sentences what this is and why it helps.\n\n"
           "## What you get\n\n"
           "- How much, and how it is paid: \"up to 3,000 pounds, paid to the shop\".\n\n"
           "## Who can get it\n\n"
           "- The ages, and which young people: in care, or who have left care.\n\n"
           "## How to ask\n\n"
           "1. The first thing to do.\n"
           "2. What happens next.\n\n"
           "## Who to contact\n\n"
           "Who to talk to, and how: your personal adviser, or a phone number.\n";
  }
  if (type == "leaflet") {
    return Front(
               "# The leaflet's title as the reader would say it: \"Your IRO\".\n"
               "title: LEAFLET TITLE\n"
               "description: ONE SENTENCE ABOUT WHAT THE LEAFLET EXPLAINS\n"
               "# Leaflets get a Braille file and an \"Other formats\" box.\n"
               "type: leaflet\n"
               "# young-people, carers, professionals or public.\n"
               "audience: [young-people]\n"
               "updated: " +
               date +
               "\n"
               "review_by: " +
               review + "\n" + kDraft) +
           "Say who this leaflet is for and what it explains.\n\n"
           "## What happens\n\n"
           "Short sentences, everyday words.\n\n"
           "## Your rights\n\n"
           "- What the reader can ask for.\n\n"
           "## Who to contact\n\n"
           "Who to talk to, and how.\n";
  }
  if (type == "pledge") {
    return Front(
               "# The promise, in the words of children in care: \"Keep me healthy\".\n"
               "title: PLEDGE\n"
               "description: ONE SENTENCE ABOUT WHAT WE PROMISE\n"
               "type: pledge\n"
               "# The theme it belongs to: involve-me, a-good-safe-home, keep-me-healthy,\n"
               "# help-me-achieve or support-me-into-adult-life (or a theme in site.yaml).\n"
               "theme: THEME\n"
               "# Each promise in full, speaking to the young person (\"We will...\"), and a\n"
               "# few words for the printed card.\n"
               "promises:\n"
               "  - text: WE WILL DO THIS FOR YOU\n"
               "    short: A FEW WORDS FOR THE CARD\n"
               "# How we will know: a dataset (its CSV's name without .csv) and one of its\n"
               "# indicators (a column). The page says its latest figure against its target.\n"
               "measures:\n"
               "  - {dataset: DATASET, indicator: INDICATOR}\n"
               "audience: [young-people, carers, public]\n"
               "tags: [pledges]\n"
               "updated: " +
               date +
               "\n"
               "review_by: " +
               review + "\n" + kDraft) +
           "Say why this promise matters, speaking to the young person.\n\n"
           "## What the figures tell us\n\n"
           "Say in words what the figures mean, and what we are doing where we fall short.\n";
  }
  if (type == "meeting") {
    return Front(
               "# The committee and the date: \"Corporate Parenting Board, 12 May 2026\".\n"
               "title: COMMITTEE, DAY MONTH YEAR\n"
               "description: ONE SENTENCE ABOUT WHAT THE MEETING WILL DISCUSS OR DISCUSSED\n"
               "type: meeting\n"
               "audience: [public, professionals]\n"
               "# The board or committee that meets.\n"
               "committee: COMMITTEE\n"
               "# The day of the meeting (YYYY-MM-DD), and its times on the 24-hour clock (HH:MM,\n"
               "# in quotes). Leave out the times for a meeting that lasts all day.\n"
               "date: " +
               date +
               "\n"
               "start: \"14:00\"\n"
               "end: \"16:00\"\n"
               "venue: ROOM, BUILDING\n"
               "address: STREET, TOWN\n"
               "# No status: it shows as scheduled until the day and as held after it.\n"
               "# status: cancelled   # only if it is cancelled\n"
               "# Each seat by role, not by name. attended: yes, no, apologies or partly (with\n"
               "# a note, such as \"items 1 to 4\"); leave it out until the meeting is held.\n"
               "members:\n"
               "  - {role: Councillor (Chair), council: COUNCIL}\n"
               "apologies: []\n"
               "# Numbered as the minutes' headings are (\"### 2. ...\"). report: a page or file, "
               "such\n"
               "# as /data/cp-board/, checked like a link.\n"
               "agenda:\n"
               "  - {item: 1, title: Apologies}\n"
               "  - {item: 2, title: AGENDA ITEM}\n"
               "# After the meeting: what was decided, and what will be done, by whom (a role) "
               "and\n"
               "# when. status: open or done; an open action past its due date shows as overdue.\n"
               "decisions: []\n"
               "actions: []\n" +
               kDraft) +
           "## Minutes\n\n"
           "Write the minutes after the meeting, one heading for each agenda item.\n\n"
           "### 1. Apologies\n\n"
           "Apologies were noted as listed above.\n\n"
           "### 2. AGENDA ITEM\n\n"
           "What was said and agreed.\n";
  }
  if (type == "event") {
    return Front(
               "# What it is and when, in the reader's words: \"Easter activity morning 2027\".\n"
               "title: EVENT NAME\n"
               "description: ONE SENTENCE ABOUT WHAT HAPPENS AT THE EVENT\n"
               "type: event\n"
               "audience: [young-people]\n"
               "# The day (YYYY-MM-DD) and the times on the 24-hour clock (HH:MM, in quotes).\n"
               "# Leave out the times for an all-day event.\n"
               "date: " +
               date +
               "\n"
               "start: \"10:00\"\n"
               "end: \"12:30\"\n"
               "venue: PLACE\n"
               "address: STREET, TOWN\n"
               "# No status: it shows as scheduled until the day and as held after it.\n"
               "# status: cancelled   # only if it is cancelled\n"
               "open_to: WHO CAN COME\n"
               "booking: HOW TO BOOK, OR WHO TO ASK\n" +
               kDraft) +
           "Say what will happen, in two or three short sentences.\n";
  }
  if (type == "news") {
    return Front(
               "title: NEWS HEADLINE\n"
               "description: ONE SENTENCE SAYING WHAT HAPPENED\n"
               "type: news\n"
               "audience: [young-people, carers, public]\n"
               "# The day the news is published (YYYY-MM-DD): it puts it in the feed and on\n"
               "# the home page.\n"
               "date: " +
               date + "\n" + kDraft) +
           "Say what happened and why it matters to the reader, in two or three short "
           "paragraphs.\n";
  }
  return Front(
             "title: PAGE TITLE\n"
             "description: ONE SENTENCE ABOUT THE PAGE\n"
             "# young-people, carers, professionals or public.\n"
             "audience: [public]\n"
             "updated: " +
             date + "\n" + kDraft) +
         "Write the page here, in short sentences.\n";
}

std::optional<std::string> NewPageFile(const std::string& type, const std::string& path,
                                       Diagnostics& diags) {
  std::string trimmed = path;
  if (StartsWith(trimmed, "content/")) trimmed = trimmed.substr(8);
  if (EndsWith(trimmed, ".md")) trimmed.resize(trimmed.size() - 3);
  while (!trimmed.empty() && trimmed.back() == '/') trimmed.pop_back();
  auto refuse = [&](const std::string& why, const std::string& hint) {
    diags.Error({path, 0, 0}, why, hint);
    return std::nullopt;
  };
  if (trimmed.empty()) {
    return refuse("say where the page goes",
                  "for example: hearth new local-offer local-offer/bus-pass");
  }
  if (trimmed.front() == '/') {
    return refuse("the page's place is inside content/, not from the top of the computer",
                  "write it as section/name, such as local-offer/bus-pass");
  }
  for (const std::string& part : SplitPath(trimmed)) {
    if (part == "." || part == "..")
      return refuse("the page's place must stay inside content/", "");
    bool ok = !part.empty() && part.front() != '-' && part.back() != '-';
    for (char c : part) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
    if (!ok) {
      return refuse("'" + part + "' is not a good page address",
                    "use lower-case words joined by hyphens, such as '" + Slugify(part) + "'");
    }
  }
  if (type == "section") return "content/" + trimmed + "/_index.md";
  return "content/" + trimmed + ".md";
}

}  // namespace hearth
