// The template data of the pledges: on a pledge page its theme, promises and, for each
// measure, its latest figure against its target in words (easy read: a short sentence with
// a picture); on the section that lists pledges, the pledges grouped by theme; on the prompt
// card, every promise in short form and a QR code to the pledges. Figures come only from the
// PublishedDataset, through data_view, so what disclosure control hid stays hidden.
#pragma once

#include "data/disclosure.h"
#include "render/template.h"
#include "site/site_model.h"

namespace hearth {

// Sets `pledge` (a pledge page), `pledge_themes` and `has_pledge_themes` (a section with
// pledges in it) and `card` (the prompt card) in `d`, as `page_index` shows in `variant`.
// Pages that are none of these get nothing; nor does a section in a version whose own text
// was written for it (that text words the promises itself).
void SetPledgeData(TemplateValue& d, const SiteModel& model, int page_index, const Variant& variant,
                   const DisclosureRules& rules);

}  // namespace hearth
