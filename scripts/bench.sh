#!/usr/bin/env bash
# make bench: parse speed against libxml2's floors, import, search latency,
# memory and archive size, in one run; prints a table and writes
# bench/results.json. With --peers, also times resiliparse and trafilatura
# (PyPI, local venv) on the same pages in the same run.
# Environment: CORPORA (default ../shared/corpora), ROUNDS (5), SEARCH_ARTICLES
# (100000), MEMORY_SIZES ("2000 10000").
set -euo pipefail
cd "$(dirname "$0")/.."
peers=0
[ "${1:-}" = "--peers" ] && peers=1
CORPORA=${CORPORA:-../shared/corpora}
ROUNDS=${ROUNDS:-5}
SEARCH_ARTICLES=${SEARCH_ARTICLES:-100000}
MEMORY_SIZES=${MEMORY_SIZES:-"2000 10000"}
BIN=.build/release/newsgrab
BENCH=.build/release/NewsgrabBench
WORK=bench/work
mkdir -p "$WORK"
swift build -c release --product newsgrab >/dev/null
swift build -c release --product NewsgrabBench >/dev/null
command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null; }

if [ -d "$CORPORA" ]; then pages=("$CORPORA"); else pages=(fixtures/pages); fi
echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r)"
echo "== 1-2. parse + extract against libxml2's floors (${pages[*]})"
"$BENCH" --rounds "$ROUNDS" --json "$WORK/parse.json" "${pages[@]}"

if [ "$peers" = 1 ]; then
  echo "== peers on the same pages (single thread)"
  VENV=.venv
  [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
  "$VENV/bin/python" -c "import trafilatura, resiliparse" 2>/dev/null ||
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check trafilatura==2.3.1 resiliparse==2.0.0 lxml_html_clean
  "$VENV/bin/python" -W ignore scripts/bench_peers.py --rounds 1 --json "$WORK/peers.json" "${pages[@]}"
fi

# Whole-process runs: wall seconds and peak RSS from /usr/bin/time.
timed() { /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >/dev/null; cat "$WORK/time.txt"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== 3. import end to end (fresh archive, --jobs 2, median of 3)"
input_bytes=$(find "${pages[@]}" -type f -name '*.htm*' -printf '%s\n' | awk '{s+=$1} END {print s}')
page_count=$(find "${pages[@]}" -type f -name '*.htm*' | wc -l)
for run in 1 2 3; do
  rm -f "$WORK/import.sqlite"*
  timed "$BIN" import "${pages[@]}" --db "$WORK/import.sqlite" --jobs 2 --quiet | awk '{print $1}'
done | median > "$WORK/import-seconds.txt"
import_seconds=$(cat "$WORK/import-seconds.txt")
archive_bytes=$(stat -c %s "$WORK/import.sqlite")
echo "import: $page_count pages in ${import_seconds}s; archive $archive_bytes bytes for $input_bytes input bytes"
# The same ratio between whole processes on the same files, both with 2 jobs: reading the files,
# process start-up and writing the output count on both sides (the in-process parse of step 2
# has the pages in memory already).
page_files=()
while IFS= read -r -d '' file; do page_files+=("$file"); done < <(find "${pages[@]}" -type f -name '*.htm*' -print0 | sort -z)
for run in 1 2 3; do
  timed "$BIN" parse --jobs 2 --format ndjson "${page_files[@]}" | awk '{print $1}'
done | median > "$WORK/parse-process-seconds.txt"
echo "whole processes, 2 jobs: parse ${page_count} pages $(cat "$WORK/parse-process-seconds.txt")s, import ${import_seconds}s"

echo "== 5. memory: peak RSS importing synthetic pages"
rm -f "$WORK/memory.txt.new"  # left by an interrupted run: its lines would be counted twice
for size in $MEMORY_SIZES; do
  [ -d "$WORK/synth-$size" ] || python3 scripts/make_bench_pages.py "$CORPORA" "$WORK/synth-$size" "$size"
  rm -f "$WORK/mem.sqlite"*
  read -r seconds rss < <(timed "$BIN" import "$WORK/synth-$size" --db "$WORK/mem.sqlite" --jobs 2 --quiet)
  echo "$size $seconds $rss" >> "$WORK/memory.txt.new"
  echo "import $size pages: ${seconds}s, peak RSS $((rss / 1024)) MB"
done
mv "$WORK/memory.txt.new" "$WORK/memory.txt"

echo "== 4. search latency on $SEARCH_ARTICLES articles"
search_db=$(BIN="$BIN" CORPORA="$CORPORA" SEARCH_ARTICLES="$SEARCH_ARTICLES" bash scripts/search-archive.sh)
"$BENCH" search --db "$search_db" --queries "$WORK/queries.jsonl" --json "$WORK/search.json"

python3 - "$WORK" "$page_count" "$import_seconds" "$input_bytes" "$archive_bytes" <<'PY'
import json, os, sys
work, pages, import_seconds, input_bytes, archive_bytes = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
parse = json.load(open(os.path.join(work, "parse.json")))
rows = {(r["name"], r["jobs"]): r for r in parse["rows"]}
tokenizer = rows[("libxml2 tokenizer (empty SAX)", 1)]["pagesPerSecond"]
single = rows[("newsgrab parse+extract", 1)]["pagesPerSecond"]
double = rows[("newsgrab parse+extract", 2)]["pagesPerSecond"]
import_rate = pages / import_seconds
parse_process = float(open(os.path.join(work, "parse-process-seconds.txt")).read())
memory = [dict(zip(("pages", "seconds", "peakRSSKiB"), map(float, line.split()))) for line in open(os.path.join(work, "memory.txt"))]
search = json.load(open(os.path.join(work, "search.json")))
results = {
    "parse": parse,
    "import": {"pages": pages, "seconds": import_seconds, "pagesPerSecond": import_rate, "ratioToParse2Jobs": import_rate / double,
               "wholeProcess2Jobs": {"parseSeconds": parse_process, "importSeconds": import_seconds, "ratio": parse_process / import_seconds}},
    "search": search,
    "memory": memory,
    "size": {"inputBytes": input_bytes, "archiveBytes": archive_bytes, "ratio": archive_bytes / input_bytes},
}
peers_path = os.path.join(work, "peers.json")
if os.path.exists(peers_path):
    results["peers"] = json.load(open(peers_path))
json.dump(results, open("bench/results.json", "w"), indent=2, sort_keys=True)
print("\n== summary (targets from issue 6)")
print(f"parse 1 thread: {single:.1f} pages/s = {single / tokenizer:.2f} x libxml2 tokenizer (target >= 0.8)")
print(f"parse 2 jobs: {double:.1f} pages/s, speed-up {double / single:.2f}x (target >= 1.7)")
print(f"import 2 jobs: {import_rate:.1f} pages/s = {import_rate / double:.2f} x parse 2 jobs (target >= 0.8)")
print(f"  (whole processes, 2 jobs: import {import_seconds:.2f}s against parse --jobs 2 {parse_process:.2f}s = {parse_process / import_seconds:.2f} x)")
print(f"search p99: {search['p99Milliseconds']:.2f} ms on {search['articles']} articles (target <= 20)")
for m in memory:
    print(f"peak RSS importing {int(m['pages'])} pages: {m['peakRSSKiB'] / 1024:.0f} MB (target <= 150, flat)")
print(f"archive size: {archive_bytes / input_bytes:.2f} x input bytes (target <= 0.4)")
for peer in results.get("peers", []):
    print(f"{peer['name']}: {peer['pagesPerSecond']:.1f} pages/s; newsgrab 1 thread is {single / peer['pagesPerSecond']:.2f}x")
PY
