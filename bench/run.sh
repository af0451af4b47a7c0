#!/usr/bin/env bash
# Times `brief build` against Hugo on the same generated briefing, side by side. See bench/README.md.
#
#   bench/run.sh [--runs N] [--brief-only] [--rebuilds] [SIZE ...]
#                                         default: 5 runs each, sizes 1000 10000 (pages per corpus)
#
# For each size: generates a corpus with tools/Brief.Corpus, then runs the published Release build of brief and
# Hugo alternately, N times each, every run a clean build under /usr/bin/time into a new output folder, and
# prints a Markdown table of medians. --brief-only leaves Hugo out (100,000 pages); --rebuilds also times
# one-file rebuilds with the cache kept in memory, as brief serve keeps it (tools/Brief.Rebuild). Everything it
# writes goes to a temporary folder that is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

runs=${RUNS:-5}
hugo=1
rebuilds=0
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --brief-only) hugo=0; shift ;;
    --rebuilds) rebuilds=1; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
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
  if [ "$tool" = brief ]; then
    cmd=("$tmp/brief/brief" build --no-cache --no-search --input "$content" --output "$out" --theme "$repo/theme")
  else
    cmd=(hugo --source "$tmp/hugo-site" --contentDir "$content" --destination "$out")
  fi
  if ! /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "${cmd[@]}" >"$tmp/log" 2>&1; then
    echo "$tool failed on $n pages:" >&2; tail -n 20 "$tmp/log" >&2; exit 1
  fi
  if [ "$tool" = hugo ] && grep -q 'WARN\|ERROR' "$tmp/log"; then
    echo "hugo reported problems on $n pages:" >&2; grep 'WARN\|ERROR' "$tmp/log" | head -n 5 >&2
  fi
  echo "$n $tool $(tail -n 1 "$tmp/time")" | tee -a "$tmp/results" >&2
}

: >"$tmp/results"
for n in "${sizes[@]}"; do
  echo "generating $n pages" >&2
  "$tmp/corpus-tool/brief-corpus" "$tmp/corpus-$n" "$n" | tee "$tmp/generated" >&2
  echo "$n $(awk '/^bytes / {print $2}' "$tmp/generated")" >>"$tmp/bytes"
  for ((r = 1; r <= runs; r++)); do
    run brief "$n" "$r"
    [ "$hugo" = 0 ] || run hugo "$n" "$r"
  done
  if [ "$rebuilds" = 1 ]; then
    "$tmp/rebuild-tool/brief-rebuild" "$tmp/corpus-$n/content" "$repo/theme" --edits 21 2>&1 | tee "$tmp/rebuild.log" >&2
    echo "$n $(awk '/^median/ {print $4}' "$tmp/rebuild.log")" >>"$tmp/rebuild-results"
  fi
done

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
mem=$(free -m | awk '/^Mem:/ {printf "%.1f", $2 / 1024}')
echo
echo "$(date +%F), $(nproc) cores ($cpu), ${mem} GiB RAM, $(hugo version | awk '{print "Hugo", $2}'), .NET SDK $(dotnet --version), $runs runs each, medians:"
touch "$tmp/rebuild-results"
echo
python3 - "$tmp/results" "$tmp/bytes" "$tmp/rebuild-results" <<'EOF'
import statistics, sys
from collections import defaultdict
runs = defaultdict(list)
for line in open(sys.argv[1]):
    n, tool, wall, user, sys_, rss = line.split()
    runs[int(n), tool].append((float(wall), float(user) + float(sys_), int(rss) / 1024))
size = {int(n): int(b) for n, b in (l.split() for l in open(sys.argv[2]))}
med = {k: [statistics.median(x[i] for x in v) for i in range(3)] for k, v in runs.items()}
print("| corpus | tool | wall (s) | CPU user+sys (s) | peak RSS (MiB) |")
print("|---|---|---:|---:|---:|")
for n in sorted(size):
    b, h = med[n, "brief"], med.get((n, "hugo"))
    corpus = f"{n:,} pages, {size[n] / 1e6:.1f} MB"
    print(f"| {corpus} | brief | {b[0]:.2f} | {b[1]:.2f} | {b[2]:.0f} |")
    if h:
        print(f"| {corpus} | Hugo | {h[0]:.2f} | {h[1]:.2f} | {h[2]:.0f} |")
        print(f"| {corpus} | **brief / Hugo** | **{b[0] / h[0]:.2f}×** | {b[1] / h[1]:.2f}× | **{b[2] / h[2]:.2f}×** |")
rebuilt = [l.split() for l in open(sys.argv[3]) if len(l.split()) == 2]
if rebuilt:
    print()
    print("| corpus | one-file rebuild, cache kept in memory (median of 21 edits) |")
    print("|---|---:|")
    for n, ms in rebuilt:
        print(f"| {int(n):,} pages | {ms} ms |")
EOF
