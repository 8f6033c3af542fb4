#!/usr/bin/env bash
# Benchmark: build the synthetic portal corpus with hearth and, where Hugo is installed, with Hugo
# in the same run, alternating the two; print every run, the medians and the ratios.
#
# Usage: bench/run.sh [PAGES] [RUNS]          (defaults: 10000 pages, 5 runs)
#
# Environment:
#   HEARTH_SHARED     the shared folder holding bench/gen_corpus.py and bench/hugo-site/
#                     (default: the folder "shared" beside the repository); the bench folder
#                     itself is accepted too
#   HEARTH_BIN        the hearth binary (default: build/hearth in the repository)
#   HUGO_BIN          the hugo binary (default: hugo on the PATH)
#   HEARTH_BENCH_DIR  where to work (default: /dev/shm when it is a tmpfs with room, else $TMPDIR
#                     or /tmp)
#   HEARTH_BENCH_STUBS=0   do not add stub pages for links the corpus leaves dangling (see below)
#   HEARTH_BENCH_KEEP=1    keep the temporary folder (corpus, sites, outputs, logs)
#   HEARTH_BENCH_STRICT=1  exit 1 when a floor is not met (default: report only, exit 0)
#
# See bench/README.md for how to read the output.
set -euo pipefail

pages=${1:-10000}
runs=${2:-5}
if ! [[ $pages =~ ^[1-9][0-9]*$ && $runs =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 [PAGES] [RUNS]   (positive whole numbers; defaults 10000 and 5)" >&2
  exit 2
fi

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/.." && pwd)

shared=${HEARTH_SHARED:-$(dirname "$repo")/shared}
if [[ -f $shared/gen_corpus.py ]]; then
  bench_src=$shared
else
  bench_src=$shared/bench
fi
gen=$bench_src/gen_corpus.py
hugo_src=$bench_src/hugo-site
for need in "$gen" "$hugo_src/config.yaml" "$hugo_src/layouts"; do
  if [[ ! -e $need ]]; then
    echo "error: $need not found; set HEARTH_SHARED to the shared folder (the one holding bench/)" >&2
    exit 2
  fi
done

hearth=${HEARTH_BIN:-$repo/build/hearth}
if [[ ! -x $hearth ]]; then
  echo "error: no hearth binary at $hearth; build it first:" >&2
  echo "  cmake -S $repo -B $repo/build && make -C $repo/build -j\$(nproc) hearth" >&2
  exit 2
fi

if [[ ! -x /usr/bin/time ]] || ! /usr/bin/time -f '%e' true >/dev/null 2>&1; then
  echo "error: GNU time (/usr/bin/time) is needed; on Debian: apt-get install -y time" >&2
  exit 2
fi
if ! command -v python3 >/dev/null; then
  echo "error: python3 is needed to generate the corpus" >&2
  exit 2
fi

hugo=${HUGO_BIN:-$(command -v hugo || true)}
if [[ -n $hugo && ! -x $hugo ]]; then hugo=""; fi

# Where the corpus, the two sites and the outputs go. By default a RAM-backed tmpfs
# (/dev/shm) when there is one with room, so that the figures measure the generators rather
# than the disk: on an ext4 without a journal, for one, creating 30,000 files just after
# deleting the previous 30,000 costs seconds of kernel time that vary from run to run.
# HEARTH_BENCH_DIR=/some/folder measures on that folder's file system instead.
bench_parent=${HEARTH_BENCH_DIR:-}
if [[ -z $bench_parent ]]; then
  bench_parent=${TMPDIR:-/tmp}
  if [[ -d /dev/shm && -w /dev/shm && $(stat -f -c %T /dev/shm 2>/dev/null) == tmpfs ]] &&
     (( $(df -Pk /dev/shm | awk 'NR == 2 {print $4}') > 2 * 1024 * 1024 )); then
    bench_parent=/dev/shm
  fi
fi
work=$(mktemp -d "$bench_parent/hearth-bench.XXXXXX")
if [[ ${HEARTH_BENCH_KEEP:-0} == 1 ]]; then
  trap 'echo "kept $work"' EXIT
else
  trap 'rm -rf "$work"' EXIT
fi

echo "== machine"
echo "cpus: $(nproc)   memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')   load average: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "work folder: $work ($(stat -f -c %T "$work"))"
echo "hearth: $hearth, built $(date -r "$hearth" '+%F %T') ($(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo 'no git')$(git -C "$repo" diff --quiet HEAD -- generator 2>/dev/null || echo ', generator has uncommitted changes'))"
if [[ -n $hugo ]]; then
  echo "hugo:   $hugo ($("$hugo" version | head -n 1))"
else
  echo "hugo:   not installed (apt-get install -y hugo); hearth's figures only"
fi

# A copy of the binary, so that a rebuild of build/ during the run cannot mix two versions.
mkdir "$work/bin"
cp "$hearth" "$work/bin/hearth"
hearth=$work/bin/hearth

# 1. The corpus, generated once.
echo "== corpus"
corpus=$work/corpus
python3 "$gen" "$pages" "$corpus"
echo "generated $pages pages with $gen"

# gen_corpus.py links page i to page (i+7) mod N in section (i+1) mod 6, but page j lives in
# section j mod 6; when N is not a multiple of 6 the last seven pages link to pages that do not
# exist. Hugo ignores a broken link; hearth stops with an error. So that both tools can build the
# same files, a one-line page is added at each dangling address (to both sites). The generated
# pages themselves are not touched.
if [[ ${HEARTH_BENCH_STUBS:-1} != 0 ]]; then
  python3 - "$corpus/content" <<'PY'
import os, re, sys
root = sys.argv[1]
have, links = set(), set()
for d, _, files in os.walk(root):
    for f in files:
        if not f.endswith(".md"):
            continue
        path = os.path.join(d, f)
        rel = os.path.relpath(path, root)[:-3]
        have.add(rel[:-len("/_index")] if rel.endswith("/_index") else rel)
        with open(path) as fh:
            links.update(m.group(1).strip("/") for m in re.finditer(r"\]\((/[^)#\s]*)\)", fh.read()))
missing = sorted(p for p in links if p and p not in have)
for p in missing:
    os.makedirs(os.path.dirname(os.path.join(root, p)), exist_ok=True)
    with open(os.path.join(root, p + ".md"), "w") as fh:
        fh.write(f'---\ntitle: "Stub {p}"\n---\n\nA page the corpus links to.\n')
if missing:
    print(f"added {len(missing)} stub pages at addresses the corpus links to but does not have: "
          + " ".join("/" + p + "/" for p in missing))
PY
fi

# The home page; hearth needs one, Hugo makes one anyway. Both sites get it.
printf -- '---\ntitle: "Hearth benchmark portal"\n---\n\nThe benchmark corpus.\n' \
  >"$corpus/content/_index.md"

# 2. The hearth site: the corpus plus a minimal site.yaml.
hearth_site=$work/hearth-site
cp -r "$corpus" "$hearth_site"
cat >"$hearth_site/site.yaml" <<'YAML'
title: Hearth benchmark portal
base_url: https://example.org/
language: en-GB
organisation:
  name: Benchmark County Council
  phone: 01234 567 890
  email: bench@example.org
  address: County Hall, Market Street, Benchtown BT1 1AA
versions:
  - {id: standard, label: Standard, path: /, description: Standard version}
  - {id: large-print, label: Large print, path: /large-print/, template_suffix: large-print, description: Large print version}
  - {id: easy-read, label: Easy read, path: /easy-read/, template_suffix: easy-read, alternate: easy, description: Easy read version}
YAML

# 3. The Hugo site: the corpus plus the shared config and layouts.
hugo_site=$work/hugo-site
if [[ -n $hugo ]]; then
  cp -r "$corpus" "$hugo_site"
  cp -r "$hugo_src/config.yaml" "$hugo_src/layouts" "$hugo_site/"
fi

hearth_out=$work/hearth-out
hugo_out=$work/hugo-out
results=$work/results.tsv
: >"$results"

# measure TOOL RUN: removes the tool's output folder, builds it again and, for RUN > 0, appends
# "TOOL RUN WALL_SECONDS PEAK_KB USER_SECONDS SYSTEM_SECONDS" to the results. RUN 0 is an
# untimed warm-up (it also loads both binaries and the corpus into the page cache) and checks
# that the build succeeds.
# Both tools are run directly under GNU time, so %M is the tool's own peak resident set.
measure() {
  local tool=$1 run=$2 log=$work/$1-$2.log
  local -a cmd
  if [[ $tool == hearth ]]; then
    rm -rf "$hearth_out"
    cmd=("$hearth" build --site "$hearth_site" --out "$hearth_out")
  else
    rm -rf "$hugo_out"
    cmd=("$hugo" --quiet --source "$hugo_site" --destination "$hugo_out")
  fi
  if ! /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" "${cmd[@]}" >"$log" 2>&1; then
    echo "error: the $tool build failed (run $run): ${cmd[*]}" >&2
    echo "its output ends:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  if [[ $run != 0 ]]; then
    echo "$tool $run $(tail -n 1 "$work/time.txt")" >>"$results"
  fi
}

# 4. Alternate the two builds.
echo "== builds (each into an emptied output folder; one untimed warm-up each, then $runs timed)"
measure hearth 0
echo "hearth: $(grep -E '^Built ' "$work/hearth-0.log" || tail -n 1 "$work/hearth-0.log")"
if [[ -n $hugo ]]; then measure hugo 0; fi
for ((r = 1; r <= runs; r++)); do
  measure hearth "$r"
  if [[ -n $hugo ]]; then measure hugo "$r"; fi
done

count_files() { find "$1" -type f | wc -l; }
hearth_files=$(count_files "$hearth_out")
hugo_files=""
if [[ -n $hugo ]]; then hugo_files=$(count_files "$hugo_out"); fi

# 5. The table, medians, ratios and floors.
python3 - "$results" "$pages" "$hearth_files" "$hugo_files" <<'PY'
import statistics, sys
results, pages, hearth_files, hugo_files = sys.argv[1:5]
data = {}
for line in open(results):
    if line.strip():
        tool, run, wall, kb, user, system = line.split()
        data.setdefault(tool, []).append(
            (int(run), float(wall), int(kb), float(user) + float(system)))
tools = [t for t in ("hearth", "hugo") if t in data]

print()
print(f"== results: {pages} pages (wall = elapsed seconds, MB = peak resident set, cpu = user+system seconds)")
header = "run"
for t in tools:
    header += f"  {t + ' wall':>11}  {t + ' MB':>9}  {t + ' cpu':>10}"
print(header)
for i in range(len(data["hearth"])):
    line = f"{data['hearth'][i][0]:>3}"
    for t in tools:
        _, wall, kb, cpu = data[t][i]
        line += f"  {wall:>11.2f}  {kb / 1024:>9.1f}  {cpu:>10.2f}"
    print(line)

med = {t: tuple(statistics.median(r[k] for r in data[t]) for k in (1, 2, 3)) for t in tools}
files = {"hearth": hearth_files, "hugo": hugo_files}
print()
for t in tools:
    wall, kb, cpu = med[t]
    print(f"median {t + ':':<7} {wall:.2f} s wall, {kb / 1024:.1f} MB peak RSS, {cpu:.2f} s cpu; "
          f"{files[t]} files written")
if "hugo" not in data:
    print("Hugo is not installed, so there is no comparison and no floor check "
          "(apt-get install -y hugo).")
    sys.exit(0)
time_ratio = med["hugo"][0] / med["hearth"][0] if med["hearth"][0] > 0 else float("inf")
mem_ratio = med["hearth"][1] / med["hugo"][1]
cpu_ratio = med["hugo"][2] / med["hearth"][2] if med["hearth"][2] > 0 else float("inf")
time_ok, mem_ok = time_ratio >= 5, mem_ratio <= 0.25
print()
print(f"wall time ratio  hugo/hearth = {time_ratio:6.2f}   floor >= 5     "
      + ("met" if time_ok else "NOT MET"))
print(f"peak RSS ratio   hearth/hugo = {mem_ratio:6.3f}   floor <= 0.25  "
      + ("met" if mem_ok else "NOT MET"))
print(f"(cpu time ratio  hugo/hearth = {cpu_ratio:6.2f}   for information: less sensitive to a busy machine)")
with open(results + ".floors", "w") as f:
    f.write("met\n" if time_ok and mem_ok else "not met\n")
PY

if [[ ${HEARTH_BENCH_STRICT:-0} == 1 && -f $results.floors && $(cat "$results.floors") != met ]]; then
  exit 1
fi
