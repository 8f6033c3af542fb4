#include <algorithm>

#include "config/yaml.h"
#include "content/local_offer.h"
#include "content/meeting.h"
#include "content/pledge.h"
#include "core/hash.h"
#include "core/parallel.h"
#include "core/text.h"
#include "site/calendar_pages.h"
#include "site/dataset_lookup.h"
#include "site/pledges.h"
#include "site/site_model.h"

namespace hearth {
namespace {

// Splits "/a/b/#frag" into path and "#frag" (a query string stays with the path).
std::pair<std::string, std::string> SplitFragment(const std::string& url) {
  size_t hash = url.find('#');
  if (hash == std::string::npos) return {url, ""};
  return {url.substr(0, hash), url.substr(hash)};
}

// Resolves "." and ".." in a '/'-separated path.
std::string NormalisePath(const std::string& path) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    std::string part =
        path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return Join(parts, "/");
}

std::string Directory(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

bool IsExternal(const std::string& url) {
  return StartsWith(url, "http://") || StartsWith(url, "https://") || StartsWith(url, "mailto:") ||
         StartsWith(url, "tel:");
}

std::string ShortFingerprint(const std::string& bytes) { return Sha256Hex(bytes).substr(0, 10); }

std::string FingerprintedUrl(const std::string& source_path, const std::string& bytes) {
  size_t dot = source_path.rfind('.');
  size_t slash = source_path.rfind('/');
  std::string fingerprint = ShortFingerprint(bytes);
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
    return "/" + source_path + "." + fingerprint;
  }
  return "/" + source_path.substr(0, dot) + "." + fingerprint + source_path.substr(dot);
}

// The order of a section's list: pages with a weight first, lightest first; then newest
// first; then by title; then by address.
bool ListedBefore(const FrontMatter& x, const std::string& x_path, const FrontMatter& y,
                  const std::string& y_path) {
  bool xw = x.weight != 0, yw = y.weight != 0;
  if (xw != yw) return xw;
  if (x.weight != y.weight) return x.weight < y.weight;
  if (x.date != y.date) return x.date > y.date;
  std::string xt = ToLower(x.title), yt = ToLower(y.title);
  if (xt != yt) return xt < yt;
  return x_path < y_path;
}

class ModelBuilder {
 public:
  ModelBuilder(const SiteConfig& config, const FileSystem& site, const FileSystem& theme,
               Diagnostics& diags)
      : config_(config), site_(site), theme_(theme), diags_(diags) {
    model_.config = &config;
  }

  SiteModel Build(const SourceTree& tree, const std::vector<PublishedDataset>& datasets,
                  const BuildOptions& options) {
    collect_prose_ = options.prose;
    for (const GlossaryEntry& entry : tree.glossary) {
      glossary_.push_back({entry.Name(), entry.abbreviation.empty() ? "" : entry.term,
                           std::string(kGlossaryPath) + "#" + entry.id});
    }
    model_.datasets = &datasets;
    model_.today = options.today;
    PlacePages(tree, datasets, options);
    LinkSections();
    ListFilesBesidePages();
    LoadAssets();
    model_.pictures = LoadPictureLibrary(site_, theme_, diags_);
    ParseBodies();
    ResolveAllLinks();
    ResolveMenus();
    CheckLocalOfferContacts();
    CheckTitles();
    CheckPledges(model_, site_, diags_);
    ChooseFeed();
    return std::move(model_);
  }

 private:
  void PlacePages(const SourceTree& tree, const std::vector<PublishedDataset>& datasets,
                  const BuildOptions& options) {
    std::vector<std::string> reserved = {"/assets/"};
    for (const auto& v : config_.variants) {
      if (!v.path_prefix.empty()) reserved.push_back(v.path_prefix + "/");
    }
    std::vector<const SourcePage*> ordered;
    for (const auto& source : tree.pages) {
      if (source.front.draft && !options.include_drafts) continue;
      ordered.push_back(&source);
    }
    AddLocalOfferPages(ordered, options);
    // The pledge card is made from the pledges this build publishes.
    if (auto card = PledgeCardPage(ordered)) {
      ordered.push_back(card.get());
      model_.generated_sources.push_back(std::move(card));
    }
    // Each dataset has a page where its CSV is, with its title and description.
    std::map<const SourcePage*, int> dataset_of;
    for (size_t i = 0; i < datasets.size(); ++i) {
      const Dataset& d = *datasets[i].dataset;
      auto source = std::make_unique<SourcePage>();
      source->file = d.meta_file;
      source->content_path = d.content_path + ".md";
      source->front.title = d.title;
      source->front.title_location = {d.meta_file, 1, 1};
      source->front.description = d.description;
      source->front.type = "dataset";
      source->generated = true;
      source->body.file = d.meta_file;
      dataset_of[source.get()] = static_cast<int>(i);
      ordered.push_back(source.get());
      model_.generated_sources.push_back(std::move(source));
    }
    // A meeting or event whose day has passed but that still says scheduled.
    for (const SourcePage* source : ordered) {
      if (!IsCalendarEntry(*source)) continue;
      WarnScheduledAfterTheDay(*source->front.meeting, source->front.type, *source->front.date,
                               options.today, diags_);
    }
    // Meetings and events give the actions log, the archive by year and what's on.
    for (auto& source : MakeCalendarPages(ordered, options.today)) {
      ordered.push_back(source.get());
      model_.generated_sources.push_back(std::move(source));
    }
    // The home page first, so it is always pages[0].
    std::stable_partition(ordered.begin(), ordered.end(),
                          [](const SourcePage* p) { return p->content_path == "_index.md"; });
    for (const SourcePage* source : ordered) {
      Page page;
      page.source = source;
      if (auto it = dataset_of.find(source); it != dataset_of.end()) page.dataset = it->second;
      page.path = PathForContent(source->content_path);
      page.kind = page.path == "/"           ? Page::Kind::kHome
                  : source->is_section_index ? Page::Kind::kSection
                                             : Page::Kind::kPage;
      bool clash = false;
      for (const auto& prefix : reserved) {
        if (StartsWith(page.path, prefix)) {
          diags_.Error({source->file, 1, 1},
                       "this page's address " + page.path + " is kept for " +
                           (prefix == "/assets/" ? "pictures and files" : "a reading version"),
                       "rename or move the file");
          clash = true;
        }
      }
      if (clash) continue;
      auto [it, inserted] =
          model_.by_path.emplace(page.path, static_cast<int>(model_.pages.size()));
      if (!inserted) {
        // A page hearth makes for the calendar has no file of its own to name: the error is
        // the author's page's, which has to move.
        const SourcePage* other = model_.pages[it->second].source;
        if ((source->calendar_page == CalendarPage::kNone) !=
            (other->calendar_page == CalendarPage::kNone)) {
          const SourcePage* made = source->calendar_page != CalendarPage::kNone ? source : other;
          const SourcePage* author = made == source ? other : source;
          diags_.Error({author->file, 1, 1},
                       "hearth makes the page " + page.path + " from your " +
                           (made->calendar_page == CalendarPage::kWhatsOn ? "meetings and events"
                                                                          : "meetings") +
                           "; this page has the same address",
                       "rename this file");
          continue;
        }
        diags_.Error({source->file, 1, 1},
                     "two pages would be published at " + page.path + ": this one and " +
                         model_.pages[it->second].source->file,
                     "rename one of them so each has its own address");
        continue;
      }
      model_.pages.push_back(std::move(page));
    }
    if (!model_.by_path.count("/")) {
      diags_.Error({"content/_index.md", 0, 0}, "the site has no home page",
                   "add content/_index.md with a title");
    }
  }

  // The local offer's entries are checked against site.yaml and the build date, and each
  // section of entries gets its filter pages (by age band and care status), made from the
  // entries this build publishes, so a draft is never listed.
  void AddLocalOfferPages(std::vector<const SourcePage*>& ordered, const BuildOptions& options) {
    std::vector<const SourcePage*> entries;
    for (const SourcePage* source : ordered) {
      if (source->front.local_offer) entries.push_back(source);
    }
    CheckLocalOfferEntries(entries, config_.local_offer, options.today, diags_);
    std::map<std::string, std::vector<LocalOfferEntry>> by_section;
    for (const SourcePage* source : entries) {
      std::string path = PathForContent(source->content_path);
      by_section[path.substr(0, path.rfind('/', path.size() - 2) + 1)].push_back({source, path});
    }
    for (auto& [section, list] : by_section) {
      auto index = std::find_if(ordered.begin(), ordered.end(), [&](const SourcePage* p) {
        return p->is_section_index && PathForContent(p->content_path) == section;
      });
      if (index == ordered.end() || section == "/") continue;  // no section to list them in
      std::sort(list.begin(), list.end(), [](const LocalOfferEntry& a, const LocalOfferEntry& b) {
        return ListedBefore(a.page->front, a.path, b.page->front, b.path);
      });
      for (auto& page : LocalOfferFilterPages(list, section, (*index)->file, (*index)->front.title,
                                              config_.local_offer)) {
        ordered.push_back(page.get());
        model_.generated_sources.push_back(std::move(page));
      }
    }
  }

  void ListFilesBesidePages() {
    for (const Page& page : model_.pages) {
      if (page.dataset >= 0) {
        const std::string& id = (*model_.datasets)[page.dataset].dataset->id;
        model_.files_beside_pages.insert(DatasetFile(page.path, id, ".csv"));
        model_.files_beside_pages.insert(DatasetFile(page.path, id, ".json"));
      }
      if (page.source->front.HasDownloads()) {
        // The download files of downloads/ (PdfLayouts and the Braille file).
        for (const char* suffix : {".pdf", "-large-print.pdf", ".brf"}) {
          model_.files_beside_pages.insert(FileBesidePage(page.path, suffix));
        }
      }
      if (IsCalendarEntry(*page.source)) {
        model_.files_beside_pages.insert(FileBesidePage(page.path, ".ics"));
        model_.files_beside_pages.insert(kCalendarFile);
      }
    }
  }

  void LinkSections() {
    for (size_t i = 0; i < model_.pages.size(); ++i) {
      Page& page = model_.pages[i];
      if (page.kind == Page::Kind::kHome) continue;
      // The nearest folder above with an _index.md is the section that lists this page.
      std::string dir = page.path.substr(0, page.path.size() - 1);
      while (true) {
        dir = dir.substr(0, dir.rfind('/'));
        auto it = model_.by_path.find(dir + "/");
        if (it != model_.by_path.end()) {
          page.parent = it->second;
          break;
        }
        if (dir.empty()) break;
      }
      if (page.parent >= 0) model_.pages[page.parent].children.push_back(static_cast<int>(i));
    }
    for (Page& page : model_.pages) {
      std::sort(page.children.begin(), page.children.end(), [&](int a, int b) {
        return ListedBefore(model_.pages[a].source->front, model_.pages[a].path,
                            model_.pages[b].source->front, model_.pages[b].path);
      });
    }
  }

  void LoadAssets() {
    // Theme assets first, so the site's own files replace them.
    for (const FileSystem* fs : {&theme_, &site_}) {
      for (const auto& file : fs->ListFiles("assets")) {
        if (EndsWith(file, "/pictures.yaml")) continue;
        auto bytes = fs->ReadFile(file);
        if (!bytes) {
          diags_.Error({file, 0, 0}, "this file could not be read");
          continue;
        }
        Asset asset{file, FingerprintedUrl(file, *bytes), std::move(*bytes)};
        model_.assets["/" + file] = std::move(asset);
      }
    }
  }

  // Block summaries are read by the language checks (every text), the easy-read lint
  // (the texts of other versions) and the download files (pages that have them); a page
  // that none of these reads is parsed without them.
  MarkdownOptions MarkdownOptionsFor(const Page& page, bool alternate) const {
    MarkdownOptions options;
    options.allow_raw_html = config_.allow_raw_html;
    options.prose = collect_prose_;
    options.summaries = collect_prose_ || alternate || page.source->front.HasDownloads();
    // The glossary page does not link its own entries to themselves.
    if (!(page.source->generated && page.source->file == kGlossaryFile)) {
      options.glossary = glossary_;
    }
    return options;
  }

  void ParseText(PageText& text, const SourceBody& body, const MarkdownOptions& options) {
    text.file = body.file;
    text.doc = MarkdownDocument::Parse(body.file, body.text, body.first_line, options, diags_);
    for (const auto& heading : text.doc->headings()) text.ids.insert(heading.id);
    // Pictures written without alt text take the library's; that is the last change to
    // the tree, so it is rendered now and freed, and a large site never holds every
    // page's tree at once.
    const auto& links = text.doc->links();
    for (size_t i = 0; i < links.size(); ++i) {
      if (links[i].kind != MarkdownLink::Kind::kImage || !links[i].text.empty() ||
          !StartsWith(links[i].url, "picture:")) {
        continue;
      }
      auto picture = model_.pictures.find(links[i].url.substr(8));
      if (picture != model_.pictures.end() && !picture->second.alt.empty()) {
        text.doc->SetImageAlt(i, picture->second.alt);
      }
    }
    text.doc->Freeze();
  }

  void ParseBodies() {
    ParallelFor(model_.pages.size(), [&](size_t i) {
      Page& page = model_.pages[i];
      ParseText(page.body, page.source->body, MarkdownOptionsFor(page, false));
      for (const auto& [infix, alternate] : page.source->alternates) {
        ParseText(page.alternates[infix], alternate.body, MarkdownOptionsFor(page, true));
      }
    });
  }

  // Suggests the closest page address for a mistyped link.
  std::string SuggestPath(const std::string& path) const {
    std::vector<std::string> paths;
    for (const auto& [p, _] : model_.by_path) paths.push_back(p);
    return DidYouMean(path, paths);
  }

  ResolvedLink ResolvePageLink(const std::string& path, const std::string& fragment,
                               const MarkdownLink& link) {
    ResolvedLink out;
    std::string key = path;
    if (!EndsWith(key, "/") && key.find('.') == std::string::npos) key += "/";
    // A file published beside a page (a dataset's figures, a Braille file): the link
    // stays as written in every version.
    if (model_.files_beside_pages.count(key)) {
      out.path = key;
      return out;
    }
    // A page in one reading version (/large-print/...): checked, and kept in that version.
    for (const Variant& v : config_.variants) {
      if (v.path_prefix.empty() || !StartsWith(key, v.path_prefix + "/")) continue;
      std::string canonical = key.substr(v.path_prefix.size());
      auto page = model_.by_path.find(canonical);
      if (page == model_.by_path.end()) break;  // reported below, as no page
      const Page& target = model_.pages[page->second];
      auto alternate = target.alternates.find(v.alternate_infix);
      const PageText& words = v.alternate_infix.empty() || alternate == target.alternates.end()
                                  ? target.body
                                  : alternate->second;
      if (!fragment.empty() && !words.ids.count(fragment.substr(1))) {
        diags_.Error(link.location,
                     "the page " + key + " has no heading with the id '" + fragment.substr(1) + "'",
                     "heading ids are the heading's words in lower case joined by hyphens");
      }
      out.path = key;
      out.fragment = fragment;
      return out;
    }
    auto it = model_.by_path.find(key);
    if (it == model_.by_path.end()) {
      std::string suggestion = SuggestPath(key);
      bool file = !EndsWith(key, "/");
      diags_.Error(link.location,
                   std::string("there is no ") + (file ? "file" : "page") + " at " + key,
                   suggestion.empty() ? "check the address against the file names in content/"
                                      : "did you mean " + suggestion + "?");
      out.path = key;
      return out;
    }
    out.target_page = it->second;
    out.path = key;
    out.fragment = fragment;
    if (!fragment.empty() && !model_.pages[it->second].body.ids.count(fragment.substr(1))) {
      diags_.Error(link.location,
                   "the page " + key + " has no heading with the id '" + fragment.substr(1) + "'",
                   "heading ids are the heading's words in lower case joined by hyphens");
    }
    return out;
  }

  ResolvedLink ResolveImage(const MarkdownLink& link, const PageText& text) {
    ResolvedLink out;
    if (IsExternal(link.url)) {
      out.path = link.url;
      return out;
    }
    if (StartsWith(link.url, "picture:")) {
      std::string name = link.url.substr(8);
      auto it = model_.pictures.find(name);
      if (it == model_.pictures.end()) {
        std::vector<std::string> names;
        for (const auto& [n, _] : model_.pictures) names.push_back(n);
        std::string suggestion = DidYouMean(name, names);
        diags_.Error(link.location, "there is no picture called '" + name + "'",
                     suggestion.empty() ? "the pictures are the .svg files in assets/easy-read/"
                                        : "did you mean 'picture:" + suggestion + "'?");
        return out;
      }
      if (link.text.empty()) {
        if (it->second.alt.empty()) {
          diags_.Error(link.location, "the picture '" + name + "' has no alt text",
                       "write the alt text in the square brackets: ![Money](picture:money)");
        }
      }
      out.path = model_.assets.at("/" + it->second.asset_path).url;
      return out;
    }
    std::string path = StartsWith(link.url, "/")
                           ? link.url
                           : "/" + NormalisePath(Directory(text.file) + "/" + link.url);
    auto asset = model_.assets.find(path);
    if (asset == model_.assets.end()) {
      diags_.Error(link.location, "the picture " + link.url + " does not exist",
                   "put pictures in assets/images/ and write /assets/images/NAME");
      return out;
    }
    if (link.text.empty()) {
      diags_.Error(link.location, "this picture has no alt text",
                   "describe the picture in the square brackets: ![A family at a table](...)");
    }
    out.path = asset->second.url;
    return out;
  }

  ResolvedLink ResolveLink(const MarkdownLink& link, const PageText& text, const Page& from) {
    if (link.kind == MarkdownLink::Kind::kImage) return ResolveImage(link, text);
    ResolvedLink out;
    if (IsExternal(link.url)) {
      out.path = link.url;
      return out;
    }
    auto [path, fragment] = SplitFragment(link.url);
    if (path.empty()) {
      // A link within the same text.
      if (!fragment.empty() && !text.ids.count(fragment.substr(1))) {
        diags_.Error(link.location,
                     "this page has no heading with the id '" + fragment.substr(1) + "'");
      }
      out.path = "";
      out.fragment = fragment;
      return out;
    }
    if (StartsWith(path, "/assets/")) {
      auto asset = model_.assets.find(path);
      if (asset == model_.assets.end()) {
        diags_.Error(link.location, "the file " + path + " does not exist",
                     "files to download live in assets/");
        return out;
      }
      out.path = asset->second.url;
      return out;
    }
    if (StartsWith(path, "/")) return ResolvePageLink(path, fragment, link);
    if (EndsWith(path, ".md")) {
      // A link to a Markdown file, relative to the file that holds it.
      std::string target = NormalisePath(Directory(text.file) + "/" + path);
      if (!StartsWith(target, "content/")) {
        diags_.Error(link.location, "the link " + link.url + " leaves the content folder");
        return out;
      }
      return ResolvePageLink(PathForContent(target.substr(8)), fragment, link);
    }
    // Relative to the page's own address, as a browser would read it.
    return ResolvePageLink("/" + NormalisePath(from.path + path), fragment, link);
  }

  void ResolveText(PageText& text, const Page& from) {
    const auto& links = text.doc->links();
    text.links.resize(links.size());
    for (size_t i = 0; i < links.size(); ++i) {
      text.links[i] = ResolveLink(links[i], text, from);
    }
    for (const MarkdownEmbed& embed : text.doc->embeds()) {
      text.embeds.push_back(ResolveEmbed(embed));
    }
  }

  // ```dataset blocks: YAML with dataset, view, indicators and filter.
  ResolvedEmbed ResolveEmbed(const MarkdownEmbed& embed) {
    ResolvedEmbed out;
    YamlSource src{embed.location.file, embed.location.line};
    auto y = ParseYaml(embed.text, src, diags_);
    if (!y) return out;
    if (!y->IsMap()) {
      diags_.Error(embed.location, "a dataset block should name a dataset",
                   "write: dataset: cp-board (and optionally view: chart)");
      return out;
    }
    CheckKeys(*y, {"dataset", "view", "indicators", "filter"}, src, "dataset block field", diags_);
    std::string id = ReadString(*y, "dataset", src, diags_).value_or("");
    const auto& datasets = *model_.datasets;
    SourceLocation at = (*y)["dataset"] ? LocationOf((*y)["dataset"], src) : embed.location;
    out.dataset = FindDataset(datasets, id, site_, at, diags_);
    if (out.dataset < 0) return out;
    const Dataset& d = *datasets[out.dataset].dataset;
    out.view = ReadString(*y, "view", src, diags_).value_or("table");
    static const std::vector<std::string> kViews = {"table", "chart", "summary", "all"};
    if (std::find(kViews.begin(), kViews.end(), out.view) == kViews.end()) {
      diags_.Error(LocationOf((*y)["view"], src), "unknown view '" + out.view + "'",
                   "choose from: table, chart, summary, all");
    }
    std::vector<std::string> columns;
    for (const auto& ind : d.indicators) columns.push_back(ind.column);
    for (const auto& column :
         ReadStringList(*y, "indicators", src, diags_).value_or(std::vector<std::string>{})) {
      int index = d.IndicatorIndex(column);
      if (index < 0) {
        std::string suggestion = DidYouMean(column, columns);
        diags_.Error(LocationOf((*y)["indicators"], src),
                     "the dataset '" + id + "' has no measure '" + column + "'",
                     suggestion.empty() ? "its measures are: " + Join(columns, ", ")
                                        : "did you mean '" + suggestion + "'?");
        continue;
      }
      out.selection.indicators.push_back(index);
    }
    if (YAML::Node filter = (*y)["filter"]) {
      for (auto it = filter.begin(); it != filter.end(); ++it) {
        std::string column = it->first.Scalar();
        auto f = std::find_if(d.filters.begin(), d.filters.end(),
                              [&](const Filter& x) { return x.column == column; });
        if (f == d.filters.end()) {
          diags_.Error(LocationOf(it->first, src),
                       "the dataset '" + id + "' has no filter '" + column + "'");
          continue;
        }
        out.selection.fixed.emplace_back(static_cast<int>(f - d.filters.begin()),
                                         it->second.Scalar());
      }
    }
    return out;
  }

  void ResolveAllLinks() {
    ParallelFor(model_.pages.size(), [&](size_t i) {
      Page& page = model_.pages[i];
      ResolveText(page.body, page);
      for (auto& [infix, text] : page.alternates) ResolveText(text, page);
      ResolveFieldLinks(page);
    });
  }

  // Links written in front matter fields (a meeting's agenda reports) resolve as a link in
  // the page's body would, so a broken one is reported at its place in the same words.
  void ResolveFieldLinks(Page& page) {
    const FrontMatter& front = page.source->front;
    if (!front.meeting) return;
    for (const AgendaItem& item : front.meeting->agenda) {
      if (item.report.empty()) {
        page.field_links.emplace_back();
        continue;
      }
      MarkdownLink link;
      link.url = item.report;
      link.text = item.title;
      link.location = item.report_location;
      page.field_links.push_back(ResolveLink(link, page.body, page));
    }
    if (page.body.doc) CheckMinutesNumbering(*page.source, page.body.doc->headings(), diags_);
  }

  void ResolveMenus() {
    for (const auto& [name, items] : config_.menus) {
      auto& resolved = model_.menus[name];
      for (const auto& item : items) {
        ResolvedMenuItem out{item.label, -1, item.url};
        if (StartsWith(item.url, "/")) {
          std::string key = EndsWith(item.url, "/") ? item.url : item.url + "/";
          auto it = model_.by_path.find(key);
          if (it == model_.by_path.end()) {
            std::string suggestion = SuggestPath(key);
            diags_.Error(item.location,
                         "the menu links to " + item.url +
                             ", but there is no "
                             "page there",
                         suggestion.empty() ? "" : "did you mean " + suggestion + "?");
            continue;
          }
          out.target_page = it->second;
          out.url = key;
        } else if (!IsExternal(item.url)) {
          diags_.Error(item.location, "a menu item's url should start with / or https://");
          continue;
        }
        resolved.push_back(std::move(out));
      }
    }
  }

  // A local offer entry's contact may link to a page of this site, like a link in Markdown.
  void CheckLocalOfferContacts() {
    for (const Page& page : model_.pages) {
      const LocalOfferFields* f = page.source->front.local_offer.get();
      if (!f || !f->contact || !StartsWith(f->contact->url, "/")) continue;
      MarkdownLink link;
      link.url = f->contact->url;
      link.location = f->contact->url_location;
      auto [path, fragment] = SplitFragment(link.url);
      ResolvePageLink(path, fragment, link);
    }
  }

  void CheckTitles() {
    std::map<std::string, const Page*> seen;
    for (const Page& page : model_.pages) {
      std::string key = ToLower(page.source->front.title);
      auto [it, inserted] = seen.emplace(key, &page);
      if (!inserted) {
        diags_.Error(page.source->front.title_location,
                     "another page already has the title '" + page.source->front.title + "' (" +
                         it->second->source->file + ")",
                     "every page needs its own title so readers can tell pages apart");
      }
    }
  }

  void ChooseFeed() {
    for (size_t i = 0; i < model_.pages.size(); ++i) {
      const Page& page = model_.pages[i];
      if (!page.source->front.date || page.kind != Page::Kind::kPage) continue;
      // A meeting's or an event's date is the day it happens, not when it was published:
      // a board meeting next year is not news today. They have the calendar instead.
      if (page.source->front.meeting) continue;
      if (!config_.feed_sections.empty()) {
        bool in_section = std::any_of(config_.feed_sections.begin(), config_.feed_sections.end(),
                                      [&](const std::string& s) {
                                        return StartsWith(page.path, "/" + NormalisePath(s) + "/");
                                      });
        if (!in_section) continue;
      }
      model_.feed.push_back(static_cast<int>(i));
    }
    auto newest = [&](int i) {
      const FrontMatter& f = model_.pages[i].source->front;
      return f.updated ? *f.updated : *f.date;
    };
    std::sort(model_.feed.begin(), model_.feed.end(), [&](int a, int b) {
      if (newest(a) != newest(b)) return newest(a) > newest(b);
      return model_.pages[a].path < model_.pages[b].path;
    });
    if (config_.feed_limit > 0 && model_.feed.size() > static_cast<size_t>(config_.feed_limit)) {
      model_.feed.resize(config_.feed_limit);
    }
  }

  const SiteConfig& config_;
  const FileSystem& site_;
  const FileSystem& theme_;
  bool collect_prose_ = true;
  std::vector<GlossaryLink> glossary_;  // what each page's first uses link to
  Diagnostics& diags_;
  SiteModel model_;
};

}  // namespace

std::string FileBesidePage(const std::string& page_path, const std::string& extension) {
  std::string trimmed = page_path;
  while (!trimmed.empty() && trimmed.back() == '/') trimmed.pop_back();
  size_t slash = trimmed.rfind('/');
  std::string stem = slash == std::string::npos ? trimmed : trimmed.substr(slash + 1);
  std::string folder = page_path.empty() || page_path.back() != '/' ? page_path + "/" : page_path;
  if (folder.front() != '/') folder = "/" + folder;
  return folder + (stem.empty() ? "home" : stem) + extension;
}

std::string DatasetFile(const std::string& page_path, const std::string& dataset_id,
                        const std::string& extension) {
  return page_path + dataset_id + extension;
}

std::string PathForContent(const std::string& content_path) {
  std::string stem = content_path.substr(0, content_path.size() - 3);  // drop ".md"
  if (stem == "_index") return "/";
  if (EndsWith(stem, "/_index")) stem = stem.substr(0, stem.size() - 7);
  std::string out = "/";
  size_t start = 0;
  while (start <= stem.size()) {
    size_t slash = stem.find('/', start);
    std::string part =
        stem.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    out += Slugify(part) + "/";
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return out;
}

SiteModel BuildSiteModel(const SiteConfig& config, const SourceTree& tree,
                         const std::vector<PublishedDataset>& datasets, const FileSystem& site,
                         const FileSystem& theme, const BuildOptions& options,
                         Diagnostics& diagnostics) {
  return ModelBuilder(config, site, theme, diagnostics).Build(tree, datasets, options);
}

SiteModel BuildSiteModel(const SiteConfig& config, const SourceTree& tree, const FileSystem& site,
                         const FileSystem& theme, const BuildOptions& options,
                         Diagnostics& diagnostics) {
  static const std::vector<PublishedDataset> kNoDatasets;
  return BuildSiteModel(config, tree, kNoDatasets, site, theme, options, diagnostics);
}

}  // namespace hearth
