#!/usr/bin/env bash
# The first README command: install, build hearth, build the sample portal into public/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
./build/hearth build
echo
echo "The portal is in $(pwd)/public/"
echo "Open $(pwd)/public/index.html in a browser, or serve it with:"
echo "  python3 -m http.server --directory public 8000   (then open http://127.0.0.1:8000/)"
