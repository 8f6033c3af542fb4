#include "render/json_ld.h"

#include <catch2/catch.hpp>

namespace hearth {

TEST_CASE("JSON-LD cannot end its script element", "[render]") {
  nlohmann::json object = {{"@type", "Event"}, {"name", "Board </script><!-- & more"}};
  std::string text = JsonLdText(object);
  CHECK(text == R"({"@type":"Event","name":"Board \u003c/script\u003e\u003c!-- \u0026 more"})");
  CHECK(nlohmann::json::parse(text) == object);
}

}  // namespace hearth
