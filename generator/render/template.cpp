#include "render/template.h"

#include "core/text.h"

namespace hearth {

void TemplateValue::Set(std::string_view name, TemplateValue value) {
  for (auto& [key, member] : members_) {
    if (key == name) {
      member = std::move(value);
      return;
    }
  }
  members_.emplace_back(std::string(name), std::move(value));
}

const TemplateValue* TemplateValue::Get(std::string_view name) const {
  const TemplateValue& self = Resolved();
  if (self.kind_ != Kind::kObject) return nullptr;
  for (const auto& [key, member] : self.members_) {
    if (key == name) return &member;
  }
  return nullptr;
}

void AppendTemplateEscaped(std::string_view text, std::string& out) {
  size_t run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char* entity;
    switch (text[i]) {
      case '&':
        entity = "&amp;";
        break;
      case '<':
        entity = "&lt;";
        break;
      case '>':
        entity = "&gt;";
        break;
      case '"':
        entity = "&quot;";
        break;
      case '\'':
        entity = "&apos;";
        break;
      default:
        continue;
    }
    out.append(text, run, i - run);
    out += entity;
    run = i + 1;
  }
  out.append(text, run, std::string_view::npos);
}

namespace {

// The 1-based line and column (in characters) of a byte offset.
SourceLocation LocationOf(std::string_view text, size_t offset, const std::string& file) {
  SourceLocation where{file, 1, 1};
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++where.column;
    }
  }
  return where;
}

std::vector<std::string> SplitName(std::string_view name) {
  std::vector<std::string> parts;
  if (name == ".") return parts;
  size_t start = 0;
  while (true) {
    size_t dot = name.find('.', start);
    parts.emplace_back(name.substr(start, dot == std::string_view::npos ? dot : dot - start));
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return parts;
}

std::string_view TrimView(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

}  // namespace

std::optional<Template> Template::Compile(std::string_view text, const std::string& file,
                                          Diagnostics& diags) {
  Template t;
  struct Open {
    size_t node;
    std::string name;
    size_t offset;
  };
  std::vector<Open> open;
  bool ok = true;
  auto error = [&](size_t offset, std::string message, std::string hint = {}) {
    diags.Error(LocationOf(text, offset, file), std::move(message), std::move(hint));
    ok = false;
  };
  // Text runs are joined, but never across a tag: a run may end a section.
  bool joinable = false;
  auto add_text = [&](std::string_view s) {
    if (s.empty()) return;
    if (joinable) {
      t.nodes_.back().text.append(s);
    } else {
      t.nodes_.push_back({Op::kText, std::string(s), {}, 0});
      joinable = true;
    }
  };
  size_t pos = 0;
  while (pos < text.size()) {
    size_t stop = text.find_first_of("{\r\n", pos);
    if (stop == std::string_view::npos) {
      add_text(text.substr(pos));
      break;
    }
    add_text(text.substr(pos, stop - pos));
    pos = stop;
    if (text[pos] == '\r' || text[pos] == '\n') {
      size_t length = text.compare(pos, 2, "\r\n") == 0 ? 2 : 1;
      t.nodes_.push_back({Op::kNewline, std::string(text.substr(pos, length)), {}, 0});
      joinable = false;
      pos += length;
      continue;
    }
    if (text.compare(pos, 2, "{{") != 0) {
      add_text("{");
      ++pos;
      continue;
    }
    const size_t tag_start = pos;
    joinable = false;
    const bool triple = pos + 2 < text.size() && text[pos + 2] == '{';
    const size_t contents_start = pos + (triple ? 3 : 2);
    const std::string_view closer = triple ? "}}}" : "}}";
    const size_t close = text.find(closer, contents_start);
    if (close == std::string_view::npos) {
      error(tag_start, "this tag is not closed", "end it with " + std::string(closer));
      break;
    }
    pos = close + closer.size();
    std::string_view contents = TrimView(text.substr(contents_start, close - contents_start));
    if (triple) {
      t.nodes_.push_back({Op::kRaw, {}, SplitName(contents), 0});
      continue;
    }
    if (contents.empty()) {
      error(tag_start, "this tag has no name in it");
      continue;
    }
    const char sigil = contents[0];
    std::string_view name = TrimView(contents.substr(1));
    switch (sigil) {
      case '!':
        break;
      case '#':
      case '^':
        open.push_back({t.nodes_.size(), std::string(name), tag_start});
        t.nodes_.push_back({sigil == '#' ? Op::kSection : Op::kInverted, {}, SplitName(name), 0});
        break;
      case '/':
        if (open.empty()) {
          error(tag_start, "{{/" + std::string(name) + "}} closes a section that was never opened",
                "open it first with {{#" + std::string(name) + "}}");
        } else if (open.back().name != name) {
          error(tag_start,
                "{{/" + std::string(name) + "}} closes the section {{#" + open.back().name + "}}",
                "close {{#" + open.back().name + "}} with {{/" + open.back().name + "}} first");
          open.pop_back();
        } else {
          t.nodes_[open.back().node].end = static_cast<uint32_t>(t.nodes_.size());
          open.pop_back();
        }
        break;
      case '&':
        t.nodes_.push_back({Op::kRaw, {}, SplitName(name), 0});
        break;
      case '>':
        error(tag_start, "the partial '" + std::string(name) + "' was not found",
              "partials live in templates/partials/NAME.mustache");
        break;
      case '=':
        error(tag_start, "changing the tag delimiters is not supported",
              "write tags with {{ and }}");
        break;
      default:
        t.nodes_.push_back({Op::kEscaped, {}, SplitName(contents), 0});
    }
  }
  for (const Open& o : open) {
    error(o.offset, "the section {{#" + o.name + "}} is never closed",
          "end it with {{/" + o.name + "}}");
  }
  if (!ok) return std::nullopt;
  return t;
}

struct Template::State {
  std::string& out;
  std::vector<const TemplateValue*> stack;
  size_t line_start;
  bool line_has_section = false;

  // A name is looked up from the innermost section outwards; a dotted name must resolve
  // in full from one level.
  const TemplateValue* Find(const std::vector<std::string>& name) const {
    if (name.empty()) return stack.back();
    for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
      const TemplateValue* v = *it;
      for (const auto& part : name) {
        v = v->Get(part);
        if (!v) break;
      }
      if (v) return v;
    }
    return nullptr;
  }

  // Ends the current line: a line that held a section tag and shows nothing but spaces
  // and tabs is left out, newline and all.
  void EndLine(const std::string* newline) {
    bool blank = line_has_section;
    for (size_t i = line_start; blank && i < out.size(); ++i) {
      blank = out[i] == ' ' || out[i] == '\t';
    }
    if (blank) {
      out.resize(line_start);
    } else if (newline) {
      out += *newline;
    }
    line_start = out.size();
    line_has_section = false;
  }
};

namespace {
bool Shows(const TemplateValue* v) {
  if (!v) return false;
  switch (v->kind()) {
    case TemplateValue::Kind::kNo:
      return false;
    case TemplateValue::Kind::kText:
      return !v->text().empty();
    case TemplateValue::Kind::kList:
      return !v->items().empty();
    default:
      return true;
  }
}
}  // namespace

void Template::RenderRange(uint32_t begin, uint32_t end, State& state) const {
  for (uint32_t i = begin; i < end;) {
    const Node& node = nodes_[i];
    switch (node.op) {
      case Op::kText:
        state.out += node.text;
        ++i;
        break;
      case Op::kNewline:
        state.EndLine(&node.text);
        ++i;
        break;
      case Op::kEscaped:
      case Op::kRaw: {
        const TemplateValue* v = state.Find(node.name);
        if (v && v->kind() == TemplateValue::Kind::kText) {
          if (node.op == Op::kRaw) {
            state.out += v->text();
          } else {
            AppendTemplateEscaped(v->text(), state.out);
          }
        }
        ++i;
        break;
      }
      case Op::kSection:
      case Op::kInverted: {
        const TemplateValue* v = state.Find(node.name);
        const bool shows = Shows(v);
        if (node.op == Op::kSection && shows && v->kind() == TemplateValue::Kind::kList) {
          for (const TemplateValue& item : v->items()) {
            state.line_has_section = true;
            state.stack.push_back(&item);
            RenderRange(i + 1, node.end, state);
            state.stack.pop_back();
            state.line_has_section = true;
          }
        } else if ((node.op == Op::kSection) == shows) {
          state.line_has_section = true;
          if (v) state.stack.push_back(v);
          RenderRange(i + 1, node.end, state);
          if (v) state.stack.pop_back();
          state.line_has_section = true;
        }
        i = node.end;
        break;
      }
    }
  }
}

void Template::Render(const TemplateValue& data, std::string& out) const {
  State state{out, {&data}, out.size()};
  RenderRange(0, static_cast<uint32_t>(nodes_.size()), state);
  state.EndLine(nullptr);
}

}  // namespace hearth
