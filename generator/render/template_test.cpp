#include "render/template.h"

#include <catch2/catch.hpp>
#include <functional>
#include <kainjow/mustache.hpp>
#include <random>

#include "fs/file_system.h"
#include "render/theme.h"

namespace hearth {
namespace {

std::string Render(const std::string& text, const TemplateValue& data) {
  Diagnostics diags;
  auto t = Template::Compile(text, "templates/t.mustache", diags);
  REQUIRE(t);
  REQUIRE(diags.Sorted().empty());
  return t->Render(data);
}

std::string Errors(const std::string& text) {
  Diagnostics diags;
  auto t = Template::Compile(text, "templates/t.mustache", diags);
  CHECK(!t);
  std::string out;
  for (const auto& d : diags.Sorted()) {
    out += d.location.file + ":" + std::to_string(d.location.line) + ":" +
           std::to_string(d.location.column) + ": " + d.message + " (" + d.hint + ")\n";
  }
  return out;
}

// The same data in kainjow's form, to compare with the library the renderer replaced.
kainjow::mustache::data ToKainjow(const TemplateValue& v);

TemplateValue Sample() {
  TemplateValue d;
  d.Set("title", "Money <for> \"you\" & 'yours'");
  d.Set("empty", "");
  d.Set("yes", TemplateValue::Flag(true));
  d.Set("no", TemplateValue::Flag(false));
  d.Set("none", TemplateValue::List());
  TemplateValue items = TemplateValue::List();
  for (const char* name : {"one", "two", "three"}) {
    TemplateValue item;
    item.Set("name", name);
    item.Set("current", TemplateValue::Flag(std::string(name) == "two"));
    items.Push(item);
  }
  d.Set("items", items);
  TemplateValue tags = TemplateValue::List();
  tags.Push("care");
  tags.Push("money");
  d.Set("tags", tags);
  TemplateValue page;
  page.Set("title", "Grants");
  page.Set("description", "What you can get");
  TemplateValue inner;
  inner.Set("deep", "down");
  page.Set("inner", inner);
  d.Set("page", page);
  return d;
}

TEST_CASE("templates show text, escaped unless asked", "[template]") {
  TemplateValue d = Sample();
  CHECK(Render("<h1>{{title}}</h1>", d) ==
        "<h1>Money &lt;for&gt; &quot;you&quot; &amp; &apos;yours&apos;</h1>");
  CHECK(Render("{{{title}}}|{{& title}}", d) ==
        "Money <for> \"you\" & 'yours'|Money <for> \"you\" & 'yours'");
  CHECK(Render("[{{missing}}][{{yes}}][{{items}}][{{ page.title }}]", d) == "[][][][Grants]");
  CHECK(Render("{{page.inner.deep}} {{page.nothing.deep}}", d) == "down ");
  CHECK(Render("a { b } {c} {{! a comment }}d", d) == "a { b } {c} d");
}

TEST_CASE("template sections follow the value they name", "[template]") {
  TemplateValue d = Sample();
  CHECK(Render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}n{{/no}}{{^yes}}y{{/yes}}", d) == "Yn");
  CHECK(Render("{{#items}}<{{name}}>{{/items}}", d) == "<one><two><three>");
  CHECK(Render("{{#none}}x{{/none}}{{^none}}no items{{/none}}", d) == "no items");
  CHECK(Render("{{#missing}}x{{/missing}}{{^missing}}gone{{/missing}}", d) == "gone");
  // Inside a section, names are found in the item first, then outwards.
  CHECK(Render("{{#items}}{{name}}/{{page.title}};{{/items}}", d) ==
        "one/Grants;two/Grants;three/Grants;");
  CHECK(Render("{{#page}}{{title}} {{description}}{{/page}}", d) == "Grants What you can get");
  CHECK(Render("{{#tags}}[{{.}}]{{/tags}}", d) == "[care][money]");
  CHECK(Render("{{#items}}{{#current}}*{{/current}}{{^current}}-{{/current}}|{{/items}}", d) ==
        "-|*|-|");
  // An empty text is no (kainjow shows the section).
  CHECK(Render("{{#empty}}shown{{/empty}}{{^empty}}hidden{{/empty}}", d) == "hidden");
  CHECK(Render("{{#title}}[{{.}}]{{/title}}", d) == "[Money &lt;for&gt; &quot;you&quot; &amp; "
                                                  "&apos;yours&apos;]");
}

TEST_CASE("template lines that hold only section tags are left out", "[template]") {
  TemplateValue d = Sample();
  CHECK(Render("<ul>\n{{#items}}\n<li>{{name}}</li>\n{{/items}}\n</ul>\n", d) ==
        "<ul>\n<li>one</li>\n<li>two</li>\n<li>three</li>\n</ul>\n");
  CHECK(Render("a\n  {{#yes}}  \nb\n  {{/yes}}\nc", d) == "a\nb\nc");
  // A section that is not shown leaves its line, as kainjow did.
  CHECK(Render("a\n{{#no}}\nb\n{{/no}}\nc", d) == "a\n\nc");
  CHECK(Render("a\n{{! note }}\nc", d) == "a\n\nc");
  CHECK(Render("{{#yes}}x{{/yes}}\n", d) == "x\n");
  CHECK(Render("x\n{{#yes}} {{/yes}}", d) == "x\n");
  CHECK(Render("a\r\n{{#yes}}\r\nb\r\n{{/yes}}\r\n", d) == "a\r\nb\r\n");
}

TEST_CASE("template values can be shared without copying", "[template]") {
  TemplateValue site;
  site.Set("title", "Hearth");
  TemplateValue page;
  page.Set("site", TemplateValue::Ref(site));
  TemplateValue again = TemplateValue::Ref(page);
  CHECK(Render("{{site.title}}{{#site}}!{{title}}{{/site}}", again) == "Hearth!Hearth");
  site.Set("title", "Changed");
  CHECK(Render("{{site.title}}", page) == "Changed");
  page.Set("site", "replaced");
  CHECK(Render("{{site}}", page) == "replaced");
}

TEST_CASE("template mistakes are reported where they are", "[template]") {
  CHECK(Errors("<p>\n  {{title</p>") ==
        "templates/t.mustache:2:3: this tag is not closed (end it with }})\n");
  CHECK(Errors("{{#a}}\n{{/b}}") ==
        "templates/t.mustache:2:1: {{/b}} closes the section {{#a}} (close {{#a}} with {{/a}} "
        "first)\n");
  CHECK(Errors("é {{/a}}") ==
        "templates/t.mustache:1:3: {{/a}} closes a section that was never opened (open it "
        "first with {{#a}})\n");
  CHECK(Errors("x\n{{#a}}\n{{#b}}{{/b}}") ==
        "templates/t.mustache:2:1: the section {{#a}} is never closed (end it with {{/a}})\n");
  CHECK(Errors("{{=<% %>=}}") ==
        "templates/t.mustache:1:1: changing the tag delimiters is not supported (write tags "
        "with {{ and }})\n");
  CHECK(Errors("{{> header}}") ==
        "templates/t.mustache:1:1: the partial 'header' was not found (partials live in "
        "templates/partials/NAME.mustache)\n");
  CHECK(Errors("{{ }}") == "templates/t.mustache:1:1: this tag has no name in it ()\n");
}

kainjow::mustache::data ToKainjow(const TemplateValue& v) {
  using kd = kainjow::mustache::data;
  switch (v.kind()) {
    case TemplateValue::Kind::kNo:
      return kd(kd::type::bool_false);
    case TemplateValue::Kind::kYes:
      return kd(kd::type::bool_true);
    case TemplateValue::Kind::kText:
      // The one rule that differs on purpose: an empty text does not open a section.
      return v.text().empty() ? kd(kd::type::bool_false) : kd(v.text());
    case TemplateValue::Kind::kList: {
      kd list(kd::type::list);
      for (const auto& item : v.items()) list.push_back(ToKainjow(item));
      return list;
    }
    case TemplateValue::Kind::kObject:
      break;
  }
  kd object;
  for (const char* name : {"a", "b", "c", "t", "l"}) {
    if (const TemplateValue* member = v.Get(name)) object.set(name, ToKainjow(*member));
  }
  return object;
}

// Random templates and data, rendered by both: the texts must be the same byte for byte
// (with empty texts given to kainjow as no).
TEST_CASE("templates render exactly as kainjow did", "[template]") {
  std::mt19937 random(20261122);
  auto pick = [&](int n) { return static_cast<int>(random() % n); };
  const char* names[] = {"a", "b", "c", "t", "l", "a.t", "b.c", "l.t", "."};
  std::function<TemplateValue(int)> value = [&](int depth) -> TemplateValue {
    switch (depth > 2 ? pick(3) : pick(5)) {
      case 0:
        return TemplateValue::Flag(pick(2) == 0);
      case 1:
        return TemplateValue(pick(3) == 0 ? "" : pick(2) ? "x<&>" : "  ");
      case 2:
        return TemplateValue("w" + std::to_string(pick(9)));
      case 3: {
        TemplateValue list = TemplateValue::List();
        for (int i = pick(3); i > 0; --i) list.Push(value(depth + 1));
        return list;
      }
      default: {
        TemplateValue object;
        for (const char* name : {"a", "b", "c", "t", "l"}) {
          if (pick(2)) object.Set(name, value(depth + 1));
        }
        return object;
      }
    }
  };
  std::function<std::string(int)> text = [&](int depth) {
    std::string out;
    for (int i = pick(6) + 1; i > 0; --i) {
      switch (pick(depth > 2 ? 5 : 7)) {
        case 0:
          out += "\n";
          break;
        case 1:
          out += pick(2) ? " " : "\t";
          break;
        case 2:
          out += pick(2) ? "text" : "{x}";
          break;
        case 3:
          if (pick(3)) {
            out += "{{" + std::string(names[pick(9)]) + "}}";
          } else {
            out += "{{{" + std::string(names[pick(9)]) + "}}}";
          }
          break;
        case 4:
          out += "{{! note }}";
          break;
        default: {
          std::string name = names[pick(8)];
          out += (pick(2) ? "{{#" : "{{^") + name + "}}" + text(depth + 1) + "{{/" + name + "}}";
        }
      }
    }
    return out;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string source = text(0);
    TemplateValue data = value(3);
    TemplateValue root;
    for (const char* name : {"a", "b", "c", "t", "l"}) root.Set(name, value(1));
    if (data.kind() == TemplateValue::Kind::kObject) root = data;
    kainjow::mustache::mustache theirs(source);
    REQUIRE(theirs.is_valid());
    kainjow::mustache::data their_data = ToKainjow(root);
    INFO("template: " << source);
    CHECK(Render(source, root) == theirs.render(their_data));
  }
}

}  // namespace
}  // namespace hearth

namespace hearth {
namespace {

TEST_CASE("a theme compiles its templates with partials put in", "[template]") {
  MemoryFileSystem fs({{"templates/page.mustache", "<main>{{> title}}</main>"},
                       {"templates/page.easy-read.mustache", "easy {{title}}"},
                       {"templates/partials/title.mustache", "<h1>{{title}}</h1>"}});
  Diagnostics diags;
  auto theme = Theme::Load(fs, diags);
  REQUIRE(theme);
  TemplateValue d;
  d.Set("title", "Grants");
  CHECK(theme->Find({"page"}, "large-print")->Render(d) == "<main><h1>Grants</h1></main>");
  CHECK(theme->Find({"missing", "page"}, "easy-read")->Render(d) == "easy Grants");
  CHECK(theme->Find({"missing"}, "") == nullptr);
}

TEST_CASE("a theme reports every template with a mistake", "[template]") {
  MemoryFileSystem fs({{"templates/page.mustache", "ok\n{{#a}}"},
                       {"templates/home.mustache", "{{> nothing}}"},
                       {"templates/section.mustache", "fine"}});
  Diagnostics diags;
  CHECK(!Theme::Load(fs, diags));
  auto found = diags.Sorted();
  REQUIRE(found.size() == 2);
  CHECK(found[0].location.file == "templates/home.mustache");
  CHECK(found[0].message == "the template uses a partial 'nothing' that does not exist");
  CHECK(found[1].location.file == "templates/page.mustache");
  CHECK(found[1].location.line == 2);
  CHECK(found[1].message == "the section {{#a}} is never closed");
}

}  // namespace
}  // namespace hearth
