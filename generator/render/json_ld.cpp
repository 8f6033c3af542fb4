#include "render/json_ld.h"

namespace hearth {

std::string JsonLdText(const nlohmann::json& object) {
  std::string json = object.dump();
  std::string out;
  out.reserve(json.size());
  for (char c : json) {
    // Outside strings JSON never has these characters, so escaping every one is safe.
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace hearth
