// Meetings and events as the theme shows them (render/ stage): the template data of a
// meeting or event page (its summary box, membership and attendance, apologies, agenda
// with report links, decisions and actions), its schema.org Event JSON-LD, the "what's
// coming" box and order of a section that lists meetings or events, and the iCalendar
// files (calendar/) beside each such page and at /calendar.ics.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "render/render_site.h"
#include "render/template.h"
#include "site/site_model.h"

namespace hearth {

// Adds to a page's template data, for a meeting or event page: `meeting` (see
// themes/default/templates/meeting.mustache for the names) and `json_ld`; for a section
// that lists meetings or events: `calendar_index` (the next one, the archive by year, the
// actions log, what's on) and its `children` reordered, those still to come first (soonest
// first), then the rest (newest first). `summary` gives a page's summary as listed
// elsewhere. Other pages are left alone.
void SetCalendarData(TemplateValue& data, const SiteModel& model, int page_index,
                     const Variant& variant, const std::function<TemplateValue(int)>& summary);

// The iCalendar file beside every meeting and event page, and /calendar.ics with all of
// them (soonest first); none when the site has no meetings or events.
std::vector<RenderedFile> CalendarFiles(const SiteModel& model);

// The schema.org Event of a meeting or event page, as JSON text (exposed for tests).
std::string MeetingJsonLd(const SiteModel& model, const Page& page, const std::string& url);

}  // namespace hearth
