#include "render/pledge_view.h"

#include "content/pledge.h"
#include "core/text.h"
#include "qr/qr_code.h"
#include "render/data_view.h"
#include "site/pledges.h"
#include "variants/render_job.h"

namespace hearth {
namespace {

using data = TemplateValue;

const PledgeTheme* ThemeOf(const SiteConfig& config, const std::string& id) {
  for (const PledgeTheme& theme : config.pledges.themes) {
    if (theme.id == id) return &theme;
  }
  return nullptr;
}

// The page that shows a dataset, for the link under each measure.
const Page* DatasetPage(const SiteModel& model, int dataset) {
  for (const Page& page : model.pages) {
    if (page.dataset == dataset) return &page;
  }
  return nullptr;
}

// The picture beside each easy-read sentence about a figure (as in dataset views).
std::pair<std::string, std::string> FigurePicture(const SiteModel& model) {
  auto picture = model.pictures.find("plan");
  if (picture == model.pictures.end()) return {};
  auto asset = model.assets.find("/" + picture->second.asset_path);
  return {asset == model.assets.end() ? "" : asset->second.url, picture->second.alt};
}

data PledgeData(const SiteModel& model, const Page& page, const Variant& variant,
                const DisclosureRules& rules) {
  const PledgeFields& pledge = *page.source->front.pledge;
  data out;
  const PledgeTheme* theme = ThemeOf(*model.config, pledge.theme);
  out.Set("theme", theme ? theme->name : pledge.theme);
  out.Set("theme_id", pledge.theme);
  data promises = data::List();
  for (const PledgePromise& promise : pledge.promises) {
    data item;
    item.Set("text", promise.text);
    item.Set("short", promise.short_text);
    promises.Push(std::move(item));
  }
  out.Set("promises", std::move(promises));
  const bool sentences = variant.data_view == "sentences";
  auto [picture_url, picture_alt] = FigurePicture(model);
  data measures = data::List();
  for (const PledgeMeasure& measure : pledge.measures) {
    auto resolved = ResolvePledgeMeasure(*model.datasets, measure);
    if (!resolved) continue;  // reported by CheckPledges; the build has stopped
    const PublishedDataset& published = (*model.datasets)[resolved->dataset];
    data item;
    if (sentences) {
      item.Set("html", RenderDataSentences(published, rules, resolved->selection, picture_url,
                                           picture_alt));
    } else {
      item.Set("sentence", TargetSentence(published, rules, resolved->selection,
                                          resolved->selection.indicators[0]));
    }
    if (const Page* source = DatasetPage(model, resolved->dataset)) {
      item.Set("source_url", VariantUrl(variant, source->path));
      item.Set("source_title", source->source->front.title);
    }
    measures.Push(std::move(item));
  }
  out.Set("has_measures", TemplateValue::Flag(!pledge.measures.empty()));
  out.Set("measures", std::move(measures));
  return out;
}

// The pledges among a section's pages, by theme in site.yaml's order.
void SetThemes(data& d, const SiteModel& model, const Page& section, const Variant& variant) {
  data themes = data::List();
  bool any = false;
  for (const PledgeTheme& theme : model.config->pledges.themes) {
    data pledges = data::List();
    bool has = false;
    for (int child : section.children) {
      const Page& page = model.pages[child];
      const PledgeFields* pledge = page.source->front.pledge.get();
      if (!pledge || pledge->theme != theme.id) continue;
      data item;
      item.Set("title", page.source->front.title);
      item.Set("description", page.source->front.description);
      item.Set("url", VariantUrl(variant, page.path));
      data promises = data::List();
      for (const PledgePromise& promise : pledge->promises) promises.Push(data(promise.short_text));
      item.Set("promises", std::move(promises));
      pledges.Push(std::move(item));
      has = true;
    }
    if (!has) continue;
    data item;
    item.Set("name", theme.name);
    item.Set("id", theme.id);
    item.Set("pledges", std::move(pledges));
    themes.Push(std::move(item));
    any = true;
  }
  if (!any) return;
  for (int child : section.children) {
    if (model.pages[child].source->front.type == kPledgeCardType) {
      d.Set("pledge_card_url", VariantUrl(variant, model.pages[child].path));
    }
  }
  d.Set("pledge_themes", std::move(themes));
  d.Set("has_pledge_themes", TemplateValue::Flag(true));
}

// The address as printed under the QR code: without "https://", which no one needs to type.
std::string PrintedAddress(const std::string& url) {
  for (const char* scheme : {"https://", "http://"}) {
    if (StartsWith(url, scheme)) return url.substr(std::string(scheme).size());
  }
  return url;
}

data CardData(const SiteModel& model, const Page& page, const Variant& variant) {
  data card;
  data themes = data::List();
  for (const PledgeTheme& theme : model.config->pledges.themes) {
    data promises = data::List();
    bool has = false;
    for (const Page& other : model.pages) {
      const PledgeFields* pledge = other.source->front.pledge.get();
      if (!pledge || pledge->theme != theme.id) continue;
      for (const PledgePromise& promise : pledge->promises) promises.Push(data(promise.short_text));
      has = true;
    }
    if (!has) continue;
    data item;
    item.Set("name", theme.name);
    item.Set("promises", std::move(promises));
    themes.Push(std::move(item));
  }
  card.Set("themes", std::move(themes));
  // The code opens the pledges' section in the version the card was printed from.
  const std::string target = page.parent >= 0 ? model.pages[page.parent].path : "/";
  const std::string url = model.config->base_url + VariantUrl(variant, target).substr(1);
  const std::string printed = PrintedAddress(url);
  card.Set("address", printed);
  card.Set("url", url);
  if (auto code = EncodeQr(url, QrLevel::kMedium)) {
    card.Set("qr_svg", QrSvg(*code,
                             "QR code. Scan it with a phone camera to open our promises "
                             "at " +
                                 printed));
  }
  return card;
}

}  // namespace

void SetPledgeData(TemplateValue& d, const SiteModel& model, int page_index, const Variant& variant,
                   const DisclosureRules& rules) {
  const Page& page = model.pages[page_index];
  const FrontMatter& front = page.source->front;
  if (front.pledge) d.Set("pledge", PledgeData(model, page, variant, rules));
  if (front.type == kPledgeCardType) d.Set("card", CardData(model, page, variant));
  // A version with its own text of the section (the easy-read pledges) words the promises
  // itself; the list in the page's standard words would say them twice.
  const PageText* text = TextFor(page, variant);
  if (page.kind != Page::Kind::kPage && (text == nullptr || text == &page.body)) {
    SetThemes(d, model, page, variant);
  }
}

}  // namespace hearth
