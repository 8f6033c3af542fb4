#!/usr/bin/env bash
# Installs what hearth needs on Debian 12 (as root, or with sudo), then configures and
# builds it into build/. Safe to run again: it installs only what is missing.
# Usage: scripts/setup.sh [--browser]   (--browser also installs Node.js and the test tools)
# Chromium is always installed: hearth build prints the leaflets' PDFs with it.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake make pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  libyaml-cpp-dev libcurl4-openssl-dev libssl-dev
  catch2 libkainjow-mustache-dev libcli11-dev nlohmann-json3-dev
  libcsv-dev coinor-libclp-dev libjemalloc-dev libgumbo-dev libicu-dev
  liblouis-dev liblouis-data liblouis-bin
  python3-icalendar
  libqrencode-dev qrencode libxml2-dev
  chromium fonts-dejavu-core libqpdf-dev qpdf
)
if [[ "${1:-}" == "--browser" ]]; then
  # poppler-utils: pdftotext, with which the PDF tests read the leaflets' PDFs back.
  packages+=(nodejs npm default-jre-headless poppler-utils)
fi

missing=()
for p in "${packages[@]}"; do
  # Node.js and npm from elsewhere (NodeSource, nvm, a newer image) serve as well, and
  # Debian's npm would conflict with NodeSource's nodejs, which bundles its own.
  case "$p" in
    nodejs) command -v node >/dev/null && continue ;;
    npm) command -v npm >/dev/null && continue ;;
    default-jre-headless) command -v java >/dev/null && continue ;;  # for vnu.jar
  esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if (( ${#missing[@]} )); then
  echo "Installing: ${missing[*]}"
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc)"
