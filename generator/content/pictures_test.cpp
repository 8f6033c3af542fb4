#include "content/pictures.h"

#include <catch2/catch.hpp>
#include <string>

#include "fs/file_system.h"
#include "pipeline/pipeline.h"

using namespace hearth;

namespace {

const char kSvg[] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";

}  // namespace

TEST_CASE("the picture library names each SVG and gives it the alt text from pictures.yaml") {
  MemoryFileSystem site, theme;
  site.Write("assets/easy-read/money.svg", kSvg);
  site.Write("assets/easy-read/home.svg", kSvg);
  site.Write("assets/easy-read/people/carer.svg", kSvg);
  site.Write("assets/easy-read/notes.txt", "not a picture");
  site.Write("assets/easy-read/pictures.yaml", "money:\n  alt: A pile of coins\n");
  Diagnostics diagnostics;
  auto pictures = LoadPictureLibrary(site, theme, diagnostics);
  CHECK_FALSE(diagnostics.HasErrors());
  REQUIRE(pictures.size() == 3);
  CHECK(pictures.at("money").asset_path == "assets/easy-read/money.svg");
  CHECK(pictures.at("money").alt == "A pile of coins");
  CHECK(pictures.at("home").asset_path == "assets/easy-read/home.svg");
  CHECK(pictures.at("home").alt == "");
  CHECK(pictures.at("people/carer").asset_path == "assets/easy-read/people/carer.svg");
}

TEST_CASE("the site's pictures and alt texts win over the theme's") {
  MemoryFileSystem site, theme;
  theme.Write("assets/easy-read/bus.svg", kSvg);
  theme.Write("assets/easy-read/money.svg", kSvg);
  theme.Write("assets/easy-read/pictures.yaml", "bus: {alt: A bus}\nmoney: {alt: Money}\n");
  site.Write("assets/easy-read/pictures.yaml", "bus: {alt: The number 7 bus}\n");
  site.Write("assets/easy-read/train.svg", kSvg);
  Diagnostics diagnostics;
  auto pictures = LoadPictureLibrary(site, theme, diagnostics);
  CHECK_FALSE(diagnostics.HasErrors());
  REQUIRE(pictures.size() == 3);
  CHECK(pictures.at("bus").alt == "The number 7 bus");
  CHECK(pictures.at("money").alt == "Money");
  CHECK(pictures.at("train").alt == "");
}

TEST_CASE("pictures.yaml mistakes are reported at their place") {
  MemoryFileSystem site, theme;
  site.Write("assets/easy-read/money.svg", kSvg);
  site.Write("assets/easy-read/home.svg", kSvg);
  site.Write("assets/easy-read/pictures.yaml",
             "money: A pile of coins\n"
             "cake:\n"
             "  alt: A birthday cake\n"
             "home:\n"
             "  alt: A house\n"
             "  colour: red\n");
  Diagnostics diagnostics;
  auto pictures = LoadPictureLibrary(site, theme, diagnostics);
  CHECK(FormatDiagnostics(diagnostics, SiteLineLookup(site)) ==
        "assets/easy-read/pictures.yaml:1:8: error: picture 'money' should have an 'alt' field\n"
        "    money: A pile of coins\n"
        "           ^\n"
        "assets/easy-read/pictures.yaml:2:1: error: there is no picture file for 'cake'\n"
        "    cake:\n"
        "    ^\n"
        "    hint: add assets/easy-read/cake.svg\n"
        "assets/easy-read/pictures.yaml:6:3: error: unknown picture field 'colour'\n"
        "      colour: red\n"
        "      ^\n"
        "    hint: the fields you can use are: alt\n"
        "3 errors, 0 warnings\n");
  CHECK(pictures.count("cake") == 0);
  CHECK(pictures.at("home").alt == "A house");
}

TEST_CASE("a pictures.yaml that is not a map is reported at its start") {
  MemoryFileSystem site, theme;
  site.Write("assets/easy-read/money.svg", kSvg);
  site.Write("assets/easy-read/pictures.yaml", "- money\n");
  Diagnostics diagnostics;
  auto pictures = LoadPictureLibrary(site, theme, diagnostics);
  CHECK(FormatDiagnostics(diagnostics, SiteLineLookup(site)) ==
        "assets/easy-read/pictures.yaml:1:1: error: pictures.yaml should map each picture's name "
        "to its alt text\n"
        "    - money\n"
        "    ^\n"
        "1 error, 0 warnings\n");
  CHECK(pictures.count("money") == 1);
}

TEST_CASE("an empty pictures.yaml or none at all is fine") {
  MemoryFileSystem site, theme;
  site.Write("assets/easy-read/money.svg", kSvg);
  theme.Write("assets/easy-read/pictures.yaml", "");
  Diagnostics diagnostics;
  auto pictures = LoadPictureLibrary(site, theme, diagnostics);
  CHECK(diagnostics.Sorted().empty());
  CHECK(pictures.size() == 1);
}
