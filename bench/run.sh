#!/usr/bin/env bash
# Times the build a user runs, `brief build`, against Hugo and Hugo + Pagefind on the same generated briefing, side by
# side. See bench/README.md.
#
#   bench/run.sh [--runs N] [--brief-only] [--rebuilds] [SIZE ...]
#                                         default: 5 runs each, sizes 1000 10000 (pages per corpus)
#
# For each size: generates a corpus with tools/Brief.Corpus, then runs, alternately and N times each, every run a
# clean build under /usr/bin/time into a new output folder: brief's default build (search index and cache, into a
# new empty cache folder), `brief build --no-cache --no-search`, Hugo, and Hugo then Pagefind over its output (what a
# Hugo site with search runs; Pagefind as pinned in package.json, `npm ci` if it is not installed). Prints a Markdown
# table of medians; the headline is brief / (Hugo + Pagefind). --brief-only leaves Hugo out (100,000 pages);
# --rebuilds also times one-file rebuilds, with the cache kept in memory as brief serve keeps it
# (tools/Brief.Rebuild), and with `brief build` and its cache folder, as a user of brief build gets them. Everything
# it writes goes to a temporary folder that is removed at the end (and node_modules/, if it runs npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

runs=${RUNS:-5}
hugo=1
rebuilds=0
edits=21
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --brief-only) hugo=0; shift ;;
    --rebuilds) rebuilds=1; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
for n in "$runs" "${sizes[@]}"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "not a positive number: $n" >&2; exit 2; }
done

# Tools: Hugo, GNU time and python3 from the distribution if missing (Debian package names).
missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
command -v clang >/dev/null 2>&1 || missing+=(clang) # brief is published as a native program (native AOT)
dpkg -s zlib1g-dev >/dev/null 2>&1 || missing+=(zlib1g-dev)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >&2
fi
# Pagefind as package.json pins it, in node_modules/ as a user installs it, for Hugo + Pagefind (brief build makes its
# own search index).
pagefind=$repo/node_modules/.bin/pagefind
if [ "$hugo" = 1 ] && [ ! -x "$pagefind" ]; then
  echo "installing pagefind (npm ci)" >&2
  npm ci --no-audit --no-fund >&2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/brief-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

echo "publishing brief and the corpus generator (Release)" >&2
# As users publish it: compiled ahead of time (PublishAot in src/Brief.Cli), its build files kept out of the repository.
dotnet publish src/Brief.Cli -c Release -o "$tmp/brief" --artifacts-path "$tmp/artifacts" --nologo -v q >&2
dotnet publish tools/Brief.Corpus -c Release -o "$tmp/corpus-tool" --nologo -v q >&2
[ "$rebuilds" = 0 ] || dotnet publish tools/Brief.Rebuild -c Release -o "$tmp/rebuild-tool" --nologo -v q >&2
# Hugo writes a lock file and resources/ into its source folder: give it a copy, not the repository.
cp -r bench/hugo-site "$tmp/hugo-site"

# run TOOL SIZE RUN: one timed build into a new folder; appends "size tool wall user sys rss_kib" to results.
# TOOL is brief (the default build: search index, and a cache written to a new empty folder), brief-nosearch
# (--no-cache --no-search), hugo, or hugo-pagefind (hugo, then pagefind over its output, timed as one command: GNU
# time's %M is then the largest peak of any one process in the tree, not their sum).
#
# Nothing is deleted until the end. On ext4 without a journal (this project's reference machine), the kernel will not
# hand out an inode freed in the last minute while an older free one exists, and it looks for one from the start of
# the block group, checking every recently freed inode on the way: after `rm -rf` of the last run's 20,000 files and
# folders, each file the next run made cost a scan past them, for both tools. At 10,000 pages ext4's
# recently_deleted took 15-30 % of brief's perf samples; in new folders, 0.4 % (bench/README.md).
run() {
  local tool=$1 n=$2 out="$tmp/out-$1-$2-$3" content="$tmp/corpus-$2/content"
  sync # write back the previous run's output now, not during this run
  local cmd
  case "$tool" in
    brief) cmd=("$tmp/brief/brief" build --input "$content" --output "$out" --theme "$repo/theme" --cache "$tmp/cache-brief-$2-$3") ;;
    brief-nosearch) cmd=("$tmp/brief/brief" build --no-cache --no-search --input "$content" --output "$out" --theme "$repo/theme") ;;
    hugo) cmd=(hugo --source "$tmp/hugo-site" --contentDir "$content" --destination "$out") ;;
    hugo-pagefind)
      cmd=(sh -c 'hugo --source "$1" --contentDir "$2" --destination "$3" && "$4" --site "$3" --silent' \
        sh "$tmp/hugo-site" "$content" "$out" "$pagefind") ;;
  esac
  if ! /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "${cmd[@]}" >"$tmp/log" 2>&1; then
    echo "$tool failed on $n pages:" >&2; tail -n 20 "$tmp/log" >&2; exit 1
  fi
  if [[ "$tool" = hugo* ]] && grep -q 'WARN\|ERROR' "$tmp/log"; then
    echo "$tool reported problems on $n pages:" >&2; grep 'WARN\|ERROR' "$tmp/log" | head -n 5 >&2
  fi
  if [[ "$tool" = brief* ]] && grep -q 'BRF[0-9]' "$tmp/log"; then
    echo "$tool reported on $n pages:" >&2; grep 'BRF[0-9]' "$tmp/log" | head -n 5 >&2
  fi
  echo "$n $tool $(tail -n 1 "$tmp/time")" | tee -a "$tmp/results" >&2
}

# rebuild_cli SIZE: one default `brief build` of a copy of the corpus with a cache folder, then $edits times a
# sentence appended to the end of one explainer's body (a different explainer each time, chosen as
# tools/Brief.Rebuild chooses them) and `brief build` again with the same --output and --cache, timed with
# date +%s%N; appends "size median_ms" to rebuild-cli-results.
rebuild_cli() {
  local n=$1 content="$tmp/rebuild-corpus-$1/content" out="$tmp/rebuild-out-$1" cache="$tmp/rebuild-cache-$1"
  local cmd=("$tmp/brief/brief" build --input "$content" --output "$out" --theme "$repo/theme" --cache "$cache")
  cp -r "$tmp/corpus-$n" "$tmp/rebuild-corpus-$n"
  sync
  "${cmd[@]}" >"$tmp/log" 2>&1 || { echo "brief failed on $n pages:" >&2; tail -n 20 "$tmp/log" >&2; exit 1; }
  local pages i page start ms
  mapfile -t pages < <(find "$content/explainers" -name '*.md' | LC_ALL=C sort)
  : >"$tmp/rebuild-cli-times"
  for ((i = 0; i < edits; i++)); do
    page=${pages[i * 7919 % ${#pages[@]}]}
    printf '\n\nThe edit number %d added this sentence.\n' "$i" >>"$page"
    sync
    start=$(date +%s%N)
    "${cmd[@]}" >"$tmp/log" 2>&1 || { echo "brief failed on $n pages:" >&2; tail -n 20 "$tmp/log" >&2; exit 1; }
    ms=$((($(date +%s%N) - start) / 1000000))
    echo "$ms" >>"$tmp/rebuild-cli-times"
    echo "brief build rebuild $((i + 1)): $(basename "$page"): $ms ms" >&2
  done
  echo "$n $(sort -n "$tmp/rebuild-cli-times" | sed -n "$((edits / 2 + 1))p")" >>"$tmp/rebuild-cli-results"
}

: >"$tmp/results"
for n in "${sizes[@]}"; do
  echo "generating $n pages" >&2
  "$tmp/corpus-tool/brief-corpus" "$tmp/corpus-$n" "$n" | tee "$tmp/generated" >&2
  echo "$n $(awk '/^bytes / {print $2}' "$tmp/generated")" >>"$tmp/bytes"
  for ((r = 1; r <= runs; r++)); do
    run brief "$n" "$r"
    run brief-nosearch "$n" "$r"
    [ "$hugo" = 0 ] || run hugo "$n" "$r"
    [ "$hugo" = 0 ] || run hugo-pagefind "$n" "$r"
  done
  if [ "$rebuilds" = 1 ]; then
    "$tmp/rebuild-tool/brief-rebuild" "$tmp/corpus-$n/content" "$repo/theme" --edits "$edits" 2>&1 | tee "$tmp/rebuild.log" >&2
    echo "$n $(awk '/^median/ {print $4}' "$tmp/rebuild.log")" >>"$tmp/rebuild-results"
    rebuild_cli "$n"
  fi
done

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
mem=$(free -m | awk '/^Mem:/ {printf "%.1f", $2 / 1024}')
versions=" "
[ "$hugo" = 0 ] || versions=" $("$pagefind" --version | sed 's/^pagefind/Pagefind/'), "
echo
echo "$(date +%F), $(nproc) cores ($cpu), ${mem} GiB RAM, $(hugo version | awk '{print "Hugo", $2}'),${versions}.NET SDK $(dotnet --version), $runs runs each, medians:"
touch "$tmp/rebuild-results" "$tmp/rebuild-cli-results"
echo
python3 - "$tmp/results" "$tmp/bytes" "$tmp/rebuild-results" "$tmp/rebuild-cli-results" <<'EOF'
import statistics, sys
from collections import defaultdict
runs = defaultdict(list)
for line in open(sys.argv[1]):
    n, tool, wall, user, sys_, rss = line.split()
    runs[int(n), tool].append((float(wall), float(user) + float(sys_), int(rss) / 1024))
size = {int(n): int(b) for n, b in (l.split() for l in open(sys.argv[2]))}
med = {k: [statistics.median(x[i] for x in v) for i in range(3)] for k, v in runs.items()}
label = {"brief": "brief", "brief-nosearch": "brief --no-search", "hugo": "Hugo", "hugo-pagefind": "Hugo + Pagefind"}
print("| corpus | tool | wall (s) | CPU user+sys (s) | peak RSS (MiB) |")
print("|---|---|---:|---:|---:|")
for n in sorted(size):
    corpus = f"{n:,} pages, {size[n] / 1e6:.1f} MB"
    for tool in label:
        if (n, tool) in med:
            m = med[n, tool]
            print(f"| {corpus} | {label[tool]} | {m[0]:.2f} | {m[1]:.2f} | {m[2]:.0f} |")
    b, h, hp = med[n, "brief"], med.get((n, "hugo")), med.get((n, "hugo-pagefind"))
    if hp:
        print(f"| {corpus} | **brief / (Hugo + Pagefind)** | **{b[0] / hp[0]:.2f}×** | {b[1] / hp[1]:.2f}× | **{b[2] / hp[2]:.2f}×** |")
    if h:
        print(f"| {corpus} | brief / Hugo | {b[0] / h[0]:.2f}× | | |")
print()
for n in sorted(size):
    singles = "; ".join(f"{label[t]} {', '.join(f'{x[0]:.2f}' for x in runs[n, t])} s" for t in label if (n, t) in runs)
    print(f"Single runs at {n:,} pages: {singles}.")
rebuilt = {int(n): ms for n, ms in (l.split() for l in open(sys.argv[3]) if len(l.split()) == 2)}
rebuilt_cli = {int(n): ms for n, ms in (l.split() for l in open(sys.argv[4]) if len(l.split()) == 2)}
if rebuilt or rebuilt_cli:
    print()
    print("| corpus | one-file rebuild, cache kept in memory (median of 21 edits) "
          "| one-file rebuild, `brief build` with its cache (median of 21 edits) |")
    print("|---|---:|---:|")
    for n in sorted(set(rebuilt) | set(rebuilt_cli)):
        cell = lambda d: f"{d[n]} ms" if n in d else "–"
        print(f"| {n:,} pages | {cell(rebuilt)} | {cell(rebuilt_cli)} |")
EOF
