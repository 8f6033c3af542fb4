#!/usr/bin/env bash
# Remakes the Braille golden files from liblouis's own command-line translator, so the
# library's translations are compared with lou_translate (Debian package liblouis-bin).
#   NAME.txt      the print text of content/leaflets/NAME.md, one block a line, as the
#                 generator makes the Braille file from it. Rewrite these first with
#                 HEARTH_UPDATE_EXPECTED=1 ./build/hearth_tests "[braille]"
#   NAME.lou.txt  lou_translate's forward translation of each line, with the tables the
#                 generator uses: en-us-brf.dis (Braille ASCII) and en-ueb-g2.ctb (UEB grade 2)
set -euo pipefail
cd "$(dirname "$0")"
command -v lou_translate >/dev/null || { echo "install liblouis-bin for lou_translate" >&2; exit 1; }
for text in *.txt; do
  [[ "$text" == *.lou.txt ]] && continue
  lou_translate -f en-us-brf.dis,en-ueb-g2.ctb < "$text" > "${text%.txt}.lou.txt"
done
