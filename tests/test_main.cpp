// The Catch2 runner. Registers cmark-gfm's extensions once, as main() does.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "markdown/markdown.h"

int main(int argc, char* argv[]) {
  hearth::RegisterMarkdownExtensions();
  return Catch::Session().run(argc, argv);
}
