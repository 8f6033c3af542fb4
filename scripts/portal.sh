#!/usr/bin/env bash
# The first README command: install, build hearth, build the sample portal into public/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
./build/hearth build
echo
echo "The portal is in $(pwd)/public/"
echo "Its links start at the site root (/local-offer/), so serve the folder rather than"
echo "opening the files directly, for example:"
if command -v python3 >/dev/null; then
  echo "  python3 -m http.server --directory public 8000"
else
  echo "  apt-get install -y python3 && python3 -m http.server --directory public 8000"
fi
echo "then open http://127.0.0.1:8000/ in a browser."
