#!/usr/bin/env bash
# Browser tests for the default theme: axe-core and the Nu Html Checker on every page, reflow
# at 320px, large print and easy read rules, WCAG 1.4.12 text spacing and the focus style, in
# Debian's headless Chromium (/usr/bin/chromium; never a downloaded browser) and the machine's
# own Java (for vnu.jar; never a downloaded one).
#
# Usage: tests/browser/run.sh [node --test options...]
#   HEARTH_PUBLIC   the built site to test (default: ../../public from this folder)
#   HEARTH_CHROMIUM the Chromium to drive (default: /usr/bin/chromium)
# Exits non-zero if any test fails.
set -euo pipefail
cd "$(dirname "$0")"

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export PLAYWRIGHT_BROWSERS_PATH=0
export HEARTH_PUBLIC="${HEARTH_PUBLIC:-$(cd ../.. && pwd)/public}"

chromium="${HEARTH_CHROMIUM:-/usr/bin/chromium}"
if [[ ! -x "$chromium" ]]; then
  echo "error: Chromium is not installed at $chromium." >&2
  echo "hint: run scripts/setup.sh --browser, or apt-get install -y chromium" >&2
  exit 2
fi
if [[ ! -f "$HEARTH_PUBLIC/index.html" ]]; then
  echo "error: no built site at $HEARTH_PUBLIC (index.html is missing)." >&2
  echo "hint: build it first with ./build/hearth build, or set HEARTH_PUBLIC" >&2
  exit 2
fi

# Install the exact versions in package-lock.json when node_modules is missing or was
# installed from a different lock file.
stamp=node_modules/.hearth-lock.sha256
want=$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  echo "Installing browser test dependencies (npm ci)..."
  # --ignore-scripts: no package may fetch a browser or a Java runtime of its own.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

echo "Testing $HEARTH_PUBLIC with $("$chromium" --version 2>/dev/null | grep -o 'Chromium [0-9.]*' || echo chromium)"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
node --test --test-reporter=tap --test-concurrency=2 "$@" test/ | tee "$log" || status=$?

# A short summary: what was checked, then the totals.
echo
echo "Browser test summary:"
grep -E '^# (axe at|reflow at|large print:|easy read:|text spacing at|focus:|vnu:)' "$log" |
  sed 's/^# /  /' || true
pass=$(grep -oP '^# pass \K\d+' "$log" | tail -1 || true)
fail=$(grep -oP '^# fail \K\d+' "$log" | tail -1 || true)
echo "  tests: ${pass:-0} pass, ${fail:-0} fail"
if [[ $status -ne 0 || "${fail:-0}" != "0" || -z "$pass" ]]; then
  echo "Browser tests FAILED" >&2
  exit 1
fi
