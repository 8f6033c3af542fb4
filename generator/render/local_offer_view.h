// The local offer's template data (render/): on an entry page, the "At a glance" facts
// (`local_offer`) and its schema.org GovernmentService JSON-LD (`json_ld`); on the section
// that lists entries, the entries grouped by area with their key facts, the links to the
// filter pages and what the filter script needs (`local_offer_index`). The words come from
// content/local_offer.h, so every version says the same facts; the templates
// (local-offer.mustache, partials/local-offer-*.mustache) decide how each version shows them.
#pragma once

#include <nlohmann/json.hpp>

#include "render/template.h"
#include "site/site_model.h"

namespace hearth {

// Sets `local_offer` and `json_ld` on an entry, `local_offer_index` on a section with entries;
// leaves any other page alone.
void SetLocalOfferData(const SiteModel& model, const Page& page, const Variant& variant,
                       TemplateValue& data);

// The schema.org GovernmentService for an entry published at `page.path`.
nlohmann::json LocalOfferJsonLd(const SiteModel& model, const Page& page);

}  // namespace hearth
