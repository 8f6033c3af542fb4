// Mustache templates, compiled once and rendered by many threads.
//
// The theme's templates are Mustache: {{name}} (HTML-escaped), {{{name}}} and {{& name}}
// (as they are), {{#name}}...{{/name}} (a section: shown once for a yes, an object or a
// text, once per item for a list, not at all for a no, an empty text, an empty list or a
// missing name),
// {{^name}}...{{/name}} (shown only when {{#name}} would not be), {{! comments }}, dotted
// names (page.title) and {{.}} for the current item. Partials ({{> name}}) are inlined by
// the theme before compiling; changing the delimiters is not supported.
//
// This replaces the kainjow library that the project started with: kainjow splits dotted
// names and deep-copies the data on every render, which cost more than a third of the
// build of a large site (README, "Measured figures"). The rendered text is the same byte for
// byte, including kainjow's rule for lines that hold only section tags and white space
// (such a line is left out), and template_test.cpp checks that against kainjow itself. One
// difference is on purpose: an empty text does not open a section (kainjow's does), so a
// template can write {{#description}}<meta ...>{{/description}}.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostic.h"

namespace hearth {

// The data a template shows: text, yes or no, a list, or named values (an object).
// A value can also refer to another without copying it (Ref), which is how every page
// shares the site-wide parts of its data; the referred-to value must outlive the render.
class TemplateValue {
 public:
  enum class Kind : uint8_t { kNo, kYes, kText, kList, kObject };

  TemplateValue() = default;  // an empty object
  TemplateValue(std::string text) : kind_(Kind::kText), text_(std::move(text)) {}
  TemplateValue(const char* text) : kind_(Kind::kText), text_(text) {}
  static TemplateValue Flag(bool yes) {
    TemplateValue v;
    v.kind_ = yes ? Kind::kYes : Kind::kNo;
    return v;
  }
  static TemplateValue List() {
    TemplateValue v;
    v.kind_ = Kind::kList;
    return v;
  }
  static TemplateValue Ref(const TemplateValue& target) {
    TemplateValue v;
    v.ref_ = &target.Resolved();
    return v;
  }

  // Sets a named value of an object, replacing one of the same name.
  void Set(std::string_view name, TemplateValue value);
  // Appends to a list.
  void Push(TemplateValue value) { items_.push_back(std::move(value)); }

  Kind kind() const { return Resolved().kind_; }
  const std::string& text() const { return Resolved().text_; }
  const std::vector<TemplateValue>& items() const { return Resolved().items_; }
  // The named value of an object, or nullptr (also for a value that is not an object).
  const TemplateValue* Get(std::string_view name) const;

 private:
  const TemplateValue& Resolved() const { return ref_ ? *ref_ : *this; }

  Kind kind_ = Kind::kObject;
  const TemplateValue* ref_ = nullptr;
  std::string text_;
  std::vector<TemplateValue> items_;
  std::vector<std::pair<std::string, TemplateValue>> members_;
};

class Template {
 public:
  // Compiles a template's text. Mistakes (an unclosed tag or section, a section closed
  // by the wrong name, a closing tag with no opening one) are reported at file:line:column
  // and give nullopt.
  static std::optional<Template> Compile(std::string_view text, const std::string& file,
                                         Diagnostics& diagnostics);

  // Appends the rendered text to `out`. Safe to call from several threads at once.
  void Render(const TemplateValue& data, std::string& out) const;
  std::string Render(const TemplateValue& data) const {
    std::string out;
    Render(data, out);
    return out;
  }

 private:
  enum class Op : uint8_t { kText, kNewline, kEscaped, kRaw, kSection, kInverted };
  struct Node {
    Op op;
    std::string text;               // kText, kNewline: the text
    std::vector<std::string> name;  // variables and sections: the dotted name's parts; empty
                                    // for {{.}}
    uint32_t end = 0;               // sections: the index just past the section's last node
  };
  struct State;

  void RenderRange(uint32_t begin, uint32_t end, State& state) const;

  std::vector<Node> nodes_;
};

// HTML-escapes text as the templates do (&, <, >, " and ').
void AppendTemplateEscaped(std::string_view text, std::string& out);

}  // namespace hearth
