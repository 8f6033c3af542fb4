#!/usr/bin/env bash
# The second README command: install everything, build, and run every test: the Catch2
# unit and whole-site tests, then the browser tests in Debian's headless Chromium over
# the freshly built sample portal.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser

echo "== Unit and whole-site tests (ctest) =="
ctest --test-dir build --output-on-failure -j "$(nproc)" | tee build/ctest.log
unit_total=$(grep -oP '(?<=out of )\d+' build/ctest.log | tail -1)

echo "== Browser tests (Chromium) =="
out=$(mktemp -d)
./build/hearth build --out "$out/public"
HEARTH_PUBLIC="$out/public" tests/browser/run.sh | tee build/browser.log
browser_pass=$(grep -oP '^# pass \K\d+' build/browser.log | tail -1)
browser_fail=$(grep -oP '^# fail \K\d+' build/browser.log | tail -1)
rm -rf "$out"

echo
echo "Tests: $((unit_total + browser_pass)) passed, ${browser_fail:-0} failed"
