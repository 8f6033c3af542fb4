#include "render/render_site.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>

#include "content/accessibility_statement.h"
#include "core/parallel.h"
#include "core/text.h"
#include "downloads/downloads.h"
#include "render/data_view.h"
#include "render/local_offer_view.h"
#include "render/meeting_view.h"
#include "render/pledge_view.h"
#include "render/template.h"
#include "variants/render_job.h"

namespace hearth {
namespace {

using data = TemplateValue;

data List() { return TemplateValue::List(); }

data Flag(bool value) { return TemplateValue::Flag(value); }

void SetDate(data& d, const char* name, const std::optional<Date>& date) {
  if (!date) return;
  d.Set(std::string(name) + "_iso", date->Iso());
  d.Set(std::string(name) + "_human", date->Human());
}

// RFC 4648 base64, for pictures inlined into print documents as data: addresses.
std::string Base64(const std::string& bytes) {
  static const char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    uint32_t n = static_cast<uint8_t>(bytes[i]) << 16 | static_cast<uint8_t>(bytes[i + 1]) << 8 |
                 static_cast<uint8_t>(bytes[i + 2]);
    for (int shift : {18, 12, 6, 0}) out += kDigits[(n >> shift) & 63];
  }
  if (i < bytes.size()) {
    uint32_t n = static_cast<uint8_t>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) n |= static_cast<uint8_t>(bytes[i + 1]) << 8;
    out += kDigits[(n >> 18) & 63];
    out += kDigits[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? kDigits[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::string MediaType(const std::string& path) {
  std::string lower = ToLower(path);
  if (EndsWith(lower, ".svg")) return "image/svg+xml";
  if (EndsWith(lower, ".png")) return "image/png";
  if (EndsWith(lower, ".jpg") || EndsWith(lower, ".jpeg")) return "image/jpeg";
  if (EndsWith(lower, ".gif")) return "image/gif";
  if (EndsWith(lower, ".webp")) return "image/webp";
  return "application/octet-stream";
}

class SiteRenderer {
 public:
  SiteRenderer(const SiteModel& model, const Theme& theme, Diagnostics& diags)
      : model_(model), config_(*model.config), theme_(theme), diags_(diags) {
    site_ = data();
    site_.Set("title", config_.title);
    site_.Set("description", config_.description);
    site_.Set("base_url", config_.base_url);
    data org;
    org.Set("name", config_.organisation.name);
    org.Set("phone", config_.organisation.phone);
    org.Set("phone_href", TelHref(config_.organisation.phone));
    org.Set("email", config_.organisation.email);
    org.Set("address", config_.organisation.address);
    site_.Set("organisation", org);
    // Pictures by name, with '-' as '_' so templates can name them: picture.no_easy_read.
    data pictures;
    for (const auto& [name, picture] : model_.pictures) {
      auto asset = model_.assets.find("/" + picture.asset_path);
      if (asset == model_.assets.end()) continue;
      data item;
      item.Set("url", asset->second.url);
      item.Set("alt", picture.alt);
      std::string key = name;
      std::replace(key.begin(), key.end(), '-', '_');
      // Only the pictures the theme names are copied into each page's data.
      if (theme_.Mentions("picture." + key)) pictures.Set(key, item);
    }
    picture_ = std::move(pictures);
    for (const auto& [logical, asset] : model_.assets) asset_by_url_[asset.url] = &asset;
  }

  void Render(const RenderOptions& options, OutputSink& sink) {
    std::vector<RenderJob> jobs = PlanRenderJobs(model_);
    const size_t per_page = config_.variants.size();
    // What every page of a version shares is made once and referred to, not copied.
    for (size_t v = 0; v < per_page; ++v) version_data_.push_back(VersionData(v));
    // One work item is one page in all its versions: its parse is rendered by one thread.
    ParallelFor(
        model_.pages.size(),
        [&](size_t p) {
          std::vector<DownloadFile> downloads;
          if (options.downloads && HasDownloads(model_.pages[p])) {
            downloads = options.downloads->MakeDownloads(model_.pages[p],
                                                         PrintDocuments(model_.pages[p]), diags_);
            for (DownloadFile& file : downloads) sink.Write(file.path, std::move(file.bytes));
          }
          for (size_t v = 0; v < per_page; ++v) {
            const RenderJob& job = jobs[p * per_page + v];
            sink.Write(job.output_path, RenderPage(job, downloads));
          }
        },
        options.threads);
    std::vector<RenderedFile> files;
    for (size_t v = 0; v < per_page; ++v) {
      const Variant& variant = config_.variants[v];
      files.push_back({VariantUrl(variant, "/").substr(1) + "404.html", RenderNotFound(v)});
      if (auto feed = RenderFeed(variant)) {
        files.push_back({VariantUrl(variant, "/").substr(1) + "feed.xml", std::move(*feed)});
      }
    }
    files.push_back({"sitemap.xml", RenderSitemap(jobs)});
    files.push_back(
        {"robots.txt", "User-agent: *\nAllow: /\nSitemap: " + config_.base_url + "sitemap.xml\n"});
    for (const auto& [logical, asset] : model_.assets) {
      files.push_back({asset.url.substr(1), asset.bytes});
    }
    for (const Page& page : model_.pages) {
      if (page.dataset < 0) continue;
      for (const auto& download : Downloads(page)) files.push_back(download);
    }
    for (auto& file : CalendarFiles(model_)) files.push_back(std::move(file));
    for (auto& file : files) sink.Write(file.path, std::move(file.bytes));
  }

 private:
  std::string Absolute(const std::string& url) const { return config_.base_url + url.substr(1); }

  // What every page of a version shows alike: the version itself and its styles.
  data VersionData(size_t v) const {
    const Variant& variant = config_.variants[v];
    data d;
    data current;
    current.Set("id", variant.id);
    current.Set("label", variant.label);
    current.Set("is_root", Flag(variant.path_prefix.empty()));
    current.Set("home_url", VariantUrl(variant, "/"));
    current.Set("feed_url", VariantUrl(variant, "/") + "feed.xml");
    d.Set("variant", current);
    data styles = List();
    for (const std::string& name : {std::string("site"), "site." + variant.template_suffix}) {
      auto it = model_.assets.find("/assets/css/" + name + ".css");
      if (it == model_.assets.end()) continue;
      data style;
      style.Set("url", it->second.url);
      styles.Push(style);
    }
    d.Set("stylesheets", styles);
    return d;
  }

  // Everything every page of a version shows: site, version switcher, menus, styles.
  data Frame(size_t v, int page_index) const {
    const Variant& variant = config_.variants[v];
    data d;
    d.Set("lang", config_.language);
    d.Set("site", data::Ref(site_));
    d.Set("variant", data::Ref(*version_data_[v].Get("variant")));
    data versions = List();
    for (size_t i = 0; i < config_.variants.size(); ++i) {
      const Variant& other = config_.variants[i];
      data item;
      item.Set("id", other.id);
      item.Set("label", other.label);
      item.Set("description", other.description);
      std::string path = page_index >= 0 ? model_.pages[page_index].path : "/";
      item.Set("url", VariantUrl(other, path));
      item.Set("absolute_url", Absolute(VariantUrl(other, path)));
      item.Set("current", Flag(i == v));
      versions.Push(std::move(item));
    }
    d.Set("versions", std::move(versions));
    d.Set("stylesheets", data::Ref(*version_data_[v].Get("stylesheets")));
    const bool statement = model_.by_path.count(kAccessibilityStatementPath) > 0;
    if (statement) d.Set("accessibility_url", VariantUrl(variant, kAccessibilityStatementPath));
    auto footer = model_.menus.find("footer");
    d.Set("has_footer_links",
          Flag(statement || (footer != model_.menus.end() && !footer->second.empty())));
    for (const auto& [name, items] : model_.menus) {
      data menu = List();
      for (const auto& item : items) {
        data entry;
        entry.Set("label", item.label);
        if (item.target_page >= 0) {
          entry.Set("url", VariantUrl(variant, item.url));
          bool here = page_index >= 0 && IsWithin(page_index, item.target_page);
          entry.Set("current", Flag(here && item.target_page == page_index));
          entry.Set("active", Flag(here));
        } else {
          entry.Set("url", item.url);
        }
        menu.Push(std::move(entry));
      }
      d.Set("menu_" + name, std::move(menu));
      d.Set("has_menu_" + name, Flag(!items.empty()));
    }
    return d;
  }

  DisclosureRules Rules() const {
    return {config_.disclosure.suppress_below, config_.disclosure.percent_decimals};
  }

  // The published figures of a dataset page, as files beside it.
  std::vector<RenderedFile> Downloads(const Page& page) const {
    const PublishedDataset& data = (*model_.datasets)[page.dataset];
    const std::string& id = data.dataset->id;
    return {{DatasetFile(page.path, id, ".csv").substr(1), DataCsv(data, Rules())},
            {DatasetFile(page.path, id, ".json").substr(1), DataJson(data, Rules())}};
  }

  // A view of a dataset as a version shows it.
  std::string DataHtml(int dataset, const std::string& view, const DataSelection& selection,
                       const Variant& variant, const std::string& id_prefix) const {
    const PublishedDataset& data = (*model_.datasets)[dataset];
    if (variant.data_view == "sentences") {
      auto picture = model_.pictures.find("plan");
      std::string url, alt;
      if (picture != model_.pictures.end()) {
        auto asset = model_.assets.find("/" + picture->second.asset_path);
        if (asset != model_.assets.end()) url = asset->second.url;
        alt = picture->second.alt;
      }
      return RenderDataSentences(data, Rules(), selection, url, alt);
    }
    std::string out = "<div class=\"data-view\">\n";
    if (view == "summary" || view == "all") out += RenderDataSummary(data, Rules(), selection);
    if (view == "chart" || view == "all")
      out += RenderDataChart(data, Rules(), selection, id_prefix);
    // A chart's text alternative is the table of the same figures, right after it.
    if (view != "summary") out += RenderDataTable(data, Rules(), selection, id_prefix);
    return out + "</div>\n";
  }

  // A text as HTML in a version: its links go to that version's pages, and its dataset
  // blocks are shown as the version shows data. With `absolute_to` (the page's absolute
  // address), links are made absolute for use outside the site, as in the feed.
  std::string TextHtml(const PageText& text, const Variant& variant,
                       const std::string& absolute_to) const {
    std::vector<std::string> targets;
    targets.reserve(text.links.size());
    for (const auto& link : text.links) {
      std::string href = LinkHref(model_, link, variant);
      if (!absolute_to.empty()) {
        if (StartsWith(href, "/") && !StartsWith(href, "//")) href = Absolute(href);
        if (StartsWith(href, "#") || href.empty()) href = absolute_to + href;
      }
      targets.push_back(std::move(href));
    }
    std::vector<std::string> embeds;
    for (size_t e = 0; e < text.embeds.size(); ++e) {
      const ResolvedEmbed& embed = text.embeds[e];
      embeds.push_back(embed.dataset < 0 ? ""
                                         : DataHtml(embed.dataset, embed.view, embed.selection,
                                                    variant, "data-" + std::to_string(e + 1)));
    }
    return text.doc->RenderHtml(targets, embeds);
  }

  // Whether `page` is `ancestor` or inside its section.
  bool IsWithin(int page, int ancestor) const {
    if (ancestor == 0) return page == 0;
    for (int p = page; p >= 0; p = model_.pages[p].parent) {
      if (p == ancestor) return true;
    }
    return false;
  }

  data PageSummary(const Page& page, const Variant& variant) const {
    const FrontMatter& front = page.source->front;
    const PageText* text = TextFor(page, variant);
    std::string title = front.title;
    std::string description = front.description;
    if (auto alt = page.source->alternates.find(variant.alternate_infix);
        text && alt != page.source->alternates.end()) {
      if (!alt->second.title.empty()) title = alt->second.title;
      if (!alt->second.description.empty()) description = alt->second.description;
    }
    data d;
    d.Set("title", title);
    d.Set("description", description);
    d.Set("url", VariantUrl(variant, page.path));
    d.Set("root_url", page.path);
    d.Set("type", front.type);
    SetDate(d, "date", front.date);
    SetDate(d, "updated", front.updated);
    SetDate(d, "review_by", front.review_by);
    return d;
  }

  // The facts about a dataset that its page template shows: source, period, notes and
  // the downloads.
  void SetDatasetData(data& d, const Page& page) const {
    const Dataset& ds = *(*model_.datasets)[page.dataset].dataset;
    data info;
    info.Set("source", ds.source);
    info.Set("period", ds.period);
    info.Set("published", ds.published);
    data notes = List();
    for (const auto& n : ds.notes) notes.Push(data(n));
    info.Set("notes", notes);
    info.Set("has_notes", Flag(!ds.notes.empty()));
    data downloads = List();
    for (const auto& file : Downloads(page)) {
      data item;
      bool csv = EndsWith(file.path, ".csv");
      item.Set("url", "/" + file.path);
      item.Set("label", std::string(csv ? "CSV" : "JSON") + ", " +
                            std::to_string((file.bytes.size() + 1023) / 1024) + " KB");
      item.Set("description", csv ? "for spreadsheets" : "for programs");
      downloads.Push(item);
    }
    info.Set("downloads", downloads);
    d.Set("dataset", info);
  }

  std::string RenderPage(const RenderJob& job, const std::vector<DownloadFile>& files) {
    const Page& page = model_.pages[job.page];
    const Variant& variant = config_.variants[job.variant];
    const FrontMatter& front = page.source->front;
    data d = Frame(job.variant, job.page);
    data summary = PageSummary(page, variant);
    summary.Set("is_home", Flag(page.kind == Page::Kind::kHome));
    summary.Set("is_section", Flag(page.kind == Page::Kind::kSection));
    data tags = List();
    for (const auto& tag : front.tags) tags.Push(data(tag));
    summary.Set("tags", tags);
    summary.Set("has_tags", Flag(!front.tags.empty()));
    data audience = List();
    for (const auto& a : front.audience) audience.Push(data(a));
    summary.Set("audience", audience);
    std::string title = front.title;
    if (auto alt = page.source->alternates.find(variant.alternate_infix);
        job.text && alt != page.source->alternates.end() && !alt->second.title.empty()) {
      title = alt->second.title;
    }
    // Each version's <title> differs, so every page in the site has its own.
    std::string head_title = title;
    if (page.kind != Page::Kind::kHome) head_title += " - " + config_.title;
    if (!variant.path_prefix.empty()) head_title += " (" + variant.label + ")";
    d.Set("head_title", head_title);
    d.Set("canonical_url", Absolute(job.url));
    d.Set("page", summary);

    if (job.text) {
      std::string html = TextHtml(*job.text, variant, "");
      if (page.dataset >= 0) {
        html += DataHtml(page.dataset, "all", DataSelection{}, variant, "data");
        SetDatasetData(d, page);
      }
      d.Set("content", std::move(html));
    }
    data downloads = List();
    for (const DownloadFile& file : files) {
      data item;
      item.Set("url", file.url);
      item.Set("type", file.type);
      item.Set("size", file.size);
      item.Set("pages", std::to_string(file.pages) + (file.pages == 1 ? " page" : " pages"));
      item.Set("purpose", file.purpose);
      item.Set("description", file.description);
      downloads.Push(std::move(item));
    }
    d.Set("has_downloads", Flag(!files.empty()));
    d.Set("downloads", std::move(downloads));
    d.Set("text_missing", Flag(job.text == nullptr));
    // The picture library is only used by the notice of a missing text; copying it into
    // every page's data would cost more than rendering the page.
    if (job.text == nullptr) d.Set("picture", data::Ref(picture_));
    d.Set("noindex", Flag(job.text == nullptr));

    data crumbs = List();
    std::vector<int> chain;
    for (int p = page.parent; p >= 0; p = model_.pages[p].parent) chain.push_back(p);
    std::reverse(chain.begin(), chain.end());
    for (int p : chain) crumbs.Push(PageSummary(model_.pages[p], variant));
    d.Set("breadcrumbs", crumbs);
    d.Set("has_breadcrumbs", Flag(!chain.empty()));

    data children = List();
    for (int child : page.children) children.Push(PageSummary(model_.pages[child], variant));
    d.Set("children", children);
    d.Set("has_children", Flag(!page.children.empty()));
    SetLocalOfferData(model_, page, variant, d);

    SetPledgeData(d, model_, job.page, variant, Rules());

    if (page.kind == Page::Kind::kHome) {
      data latest = List();
      for (size_t i = 0; i < model_.feed.size() && i < 3; ++i) {
        latest.Push(PageSummary(model_.pages[model_.feed[i]], variant));
      }
      d.Set("latest", latest);
      d.Set("has_latest", Flag(!model_.feed.empty()));
    }

    SetCalendarData(d, model_, job.page, variant,
                    [&](int p) { return PageSummary(model_.pages[p], variant); });

    std::vector<std::string> names;
    if (front.type != "page") names.push_back(front.type);
    names.push_back(page.kind == Page::Kind::kHome      ? "home"
                    : page.kind == Page::Kind::kSection ? "section"
                                                        : "page");
    if (page.kind == Page::Kind::kHome) names.push_back("section");
    names.push_back("page");
    return Wrap(names, variant, d, page.source->file);
  }

  // Renders the content template, then the layout around it.
  std::string Wrap(const std::vector<std::string>& names, const Variant& variant, data& d,
                   const std::string& for_file) {
    const Template* content = theme_.Find(names, variant.template_suffix);
    if (!content) {
      diags_.Error({for_file, 0, 0}, "the theme has no template for this page",
                   "add templates/" + names.front() + ".mustache to the theme");
      return {};
    }
    std::string main = content->Render(d);
    const Template* layout = theme_.Find({"baseof"}, variant.template_suffix);
    if (!layout) return main;
    d.Set("main", std::move(main));
    std::string out;
    out.reserve(d.Get("main")->text().size() + 16384);
    layout->Render(d, out);
    return out;
  }

  // The print documents of a page, one per PDF layout (downloads.h), made from the page's
  // one parse: the title, the description and the text, with links made absolute (a
  // printed or downloaded file is read away from the site) and pictures inlined, so
  // that Chromium needs nothing but the document and the cache key covers everything.
  std::vector<PrintDocument> PrintDocuments(const Page& page) {
    std::vector<PrintDocument> out;
    for (const PdfLayout& layout : PdfLayouts()) {
      const Template* print = theme_.Find({"print"}, layout.template_suffix);
      auto style = model_.assets.find(layout.stylesheet);
      if (!print || style == model_.assets.end()) {
        diags_.Error({page.source->file, 0, 0},
                     "cannot make the PDF files: the theme has no print template or no " +
                         layout.stylesheet.substr(1),
                     "add templates/print.mustache and " + layout.stylesheet.substr(1) +
                         " to the theme, as in themes/default/");
        return {};
      }
      const Variant& variant = VariantById(layout.version);
      PrintDocument document;
      document.layout = layout.id;
      document.finish = PdfFinishForPage(page);
      document.finish.language = config_.language;
      document.finish.author = config_.organisation.name;
      std::string content;
      if (page.body.doc) {
        const std::vector<MarkdownLink>& links = page.body.doc->links();
        std::vector<std::string> targets;
        for (size_t i = 0; i < links.size(); ++i) {
          std::string href = LinkHref(model_, page.body.links[i], variant);
          if (links[i].kind == MarkdownLink::Kind::kImage) {
            auto asset = asset_by_url_.find(href);
            if (asset != asset_by_url_.end()) {
              href = "data:" + MediaType(asset->second->source_path) + ";base64," +
                     Base64(asset->second->bytes);
            }
          } else {
            if (StartsWith(href, "/") && !StartsWith(href, "//")) href = Absolute(href);
            document.finish.links.push_back({href, links[i].text});
          }
          targets.push_back(std::move(href));
        }
        std::vector<std::string> embeds;
        for (size_t e = 0; e < page.body.embeds.size(); ++e) {
          const ResolvedEmbed& embed = page.body.embeds[e];
          embeds.push_back(embed.dataset < 0 ? ""
                                             : DataHtml(embed.dataset, embed.view, embed.selection,
                                                        variant, "data-" + std::to_string(e + 1)));
        }
        content = page.body.doc->RenderHtml(targets, embeds);
      }
      data d;
      d.Set("lang", config_.language);
      d.Set("site", data::Ref(site_));
      data summary = PageSummary(page, variant);
      summary.Set("absolute_url", Absolute(VariantUrl(variant, page.path)));
      const FrontMatter& front = page.source->front;
      SetDate(summary, "last_changed", front.updated ? front.updated : front.date);
      d.Set("page", std::move(summary));
      data pdf;
      pdf.Set("id", layout.id);
      pdf.Set("type", layout.type);
      d.Set("pdf", std::move(pdf));
      d.Set("stylesheet", style->second.bytes);
      d.Set("content", std::move(content));
      document.html = print->Render(d);
      out.push_back(std::move(document));
    }
    return out;
  }

  // The version with this id; the first (the site's main version) if there is none.
  const Variant& VariantById(const std::string& id) const {
    for (const Variant& variant : config_.variants) {
      if (variant.id == id) return variant;
    }
    return config_.variants.front();
  }

  std::string RenderNotFound(size_t v) {
    const Variant& variant = config_.variants[v];
    data d = Frame(v, -1);
    data summary;
    summary.Set("title", "Page not found");
    summary.Set("url", VariantUrl(variant, "/404.html"));
    d.Set("page", summary);
    std::string head_title = "Page not found - " + config_.title;
    if (!variant.path_prefix.empty()) head_title += " (" + variant.label + ")";
    d.Set("head_title", head_title);
    d.Set("noindex", Flag(true));
    return Wrap({"404"}, variant, d, "templates/404.mustache");
  }

  // The newest date of any page: what the feed says it was last updated when it has no
  // entries; else the build date.
  std::optional<Date> NewestDate() const {
    std::optional<Date> newest;
    for (const Page& page : model_.pages) {
      const FrontMatter& f = page.source->front;
      // A meeting's or an event's date is when it happens, which may be next year.
      for (const auto& d : {f.meeting ? std::nullopt : f.date, f.updated}) {
        if (d && (!newest || *d > *newest)) newest = d;
      }
    }
    // Nothing written in the future makes the feed newer than the day it was built.
    if (newest && model_.today && *newest > *model_.today) newest = model_.today;
    return newest ? newest : model_.today;
  }

  // An Atom feed (RFC 4287) of the dated pages, in one version: the entries link to that
  // version's pages and carry its text. Dates are days, written as midnight UTC (RFC 3339).
  std::optional<std::string> RenderFeed(const Variant& variant) const {
    std::string self = Absolute(VariantUrl(variant, "/") + "feed.xml");
    std::optional<Date> newest;
    for (int i : model_.feed) {
      const FrontMatter& f = model_.pages[i].source->front;
      Date d = f.updated ? *f.updated : *f.date;
      if (!newest || d > *newest) newest = d;
    }
    if (!newest) newest = NewestDate();
    if (!newest) return std::nullopt;  // nothing says when: no feed rather than a made-up date
    std::string title = config_.title;
    if (!variant.path_prefix.empty()) title += " (" + variant.label + ")";
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    // xml:base lets the root-relative addresses inside entry content (pictures) resolve.
    out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" + XmlEscape(config_.language) +
           "\" xml:base=\"" + XmlEscape(config_.base_url) + "\">\n";
    out += "  <title>" + XmlEscape(title) + "</title>\n";
    if (!config_.description.empty()) {
      out += "  <subtitle>" + XmlEscape(config_.description) + "</subtitle>\n";
    }
    out += "  <id>" + XmlEscape(self) + "</id>\n";
    out +=
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + XmlEscape(self) + "\"/>\n";
    out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" +
           XmlEscape(Absolute(VariantUrl(variant, "/"))) + "\"/>\n";
    out += "  <updated>" + newest->Iso() + "T00:00:00Z</updated>\n";
    out += "  <author><name>" + XmlEscape(config_.organisation.name) + "</name></author>\n";
    out += "  <generator>Hearth</generator>\n";
    for (int i : model_.feed) {
      const Page& page = model_.pages[i];
      const FrontMatter& f = page.source->front;
      const PageText* text = TextFor(page, variant);
      data summary = PageSummary(page, variant);
      std::string url = Absolute(VariantUrl(variant, page.path));
      out += "  <entry>\n";
      out += "    <title>" + XmlEscape(summary.Get("title")->text()) + "</title>\n";
      out += "    <id>" + XmlEscape(url) + "</id>\n";
      out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + XmlEscape(url) + "\"/>\n";
      out += "    <published>" + f.date->Iso() + "T00:00:00Z</published>\n";
      out += "    <updated>" + (f.updated ? *f.updated : *f.date).Iso() + "T00:00:00Z</updated>\n";
      const std::string& description = summary.Get("description")->text();
      if (!description.empty()) {
        out += "    <summary>" + XmlEscape(description) + "</summary>\n";
      }
      // The text as this version shows it; a version with no text of its own yet has only
      // the summary and the link.
      if (text && text->doc) {
        out += "    <content type=\"html\">" + XmlEscape(TextHtml(*text, variant, url)) +
               "</content>\n";
      }
      out += "  </entry>\n";
    }
    out += "</feed>\n";
    return out;
  }

  std::string RenderSitemap(const std::vector<RenderJob>& jobs) const {
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    out += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (const RenderJob& job : jobs) {
      if (!job.text) continue;  // a version with no words of its own is not a real page
      const FrontMatter& f = model_.pages[job.page].source->front;
      out += "  <url><loc>" + XmlEscape(Absolute(job.url)) + "</loc>";
      if (f.updated || f.date)
        out += "<lastmod>" + (f.updated ? *f.updated : *f.date).Iso() + "</lastmod>";
      out += "</url>\n";
    }
    out += "</urlset>\n";
    return out;
  }

  const SiteModel& model_;
  const SiteConfig& config_;
  const Theme& theme_;
  Diagnostics& diags_;
  data site_;
  data picture_;
  std::map<std::string, const Asset*> asset_by_url_;
  std::vector<data> version_data_;
};

}  // namespace

std::string XmlEscape(const std::string& text) { return HtmlEscape(text); }

void MemorySink::Write(const std::string& path, std::string bytes) {
  std::lock_guard<std::mutex> lock(mutex_);
  files_.push_back({path, std::move(bytes)});
}

std::vector<RenderedFile> MemorySink::Files() const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<RenderedFile> sorted = files_;
  std::sort(sorted.begin(), sorted.end(),
            [](const RenderedFile& a, const RenderedFile& b) { return a.path < b.path; });
  return sorted;
}

void RenderSite(const SiteModel& model, const Theme& theme, const RenderOptions& options,
                OutputSink& sink, Diagnostics& diagnostics) {
  SiteRenderer(model, theme, diagnostics).Render(options, sink);
}

std::vector<RenderedFile> RenderSite(const SiteModel& model, const Theme& theme,
                                     const RenderOptions& options, Diagnostics& diagnostics) {
  MemorySink sink;
  RenderSite(model, theme, options, sink, diagnostics);
  return sink.Files();
}

}  // namespace hearth
