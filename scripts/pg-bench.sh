#!/usr/bin/env bash
# make bench, part 6 (issue 13): the archive on PostgreSQL, in a cluster of its own.
#   a. import of the corpus pages (CORPORA/*/pages): SQLite against PostgreSQL with one
#      importer (--jobs 2) and two importer processes (each half of the files, --jobs 1
#      each: the same two cores; and --jobs 2 each), a fresh archive every run, median of ROUNDS;
#   b. search p50/p95/p99 over the bench's 100,000-article archive (bench/work/
#      search-N.sqlite and queries.jsonl, made by scripts/bench.sh or here) copied into
#      PostgreSQL with `newsgrab copy`, SQLite measured beside it in the same minute;
#   c. the same search while two importers (--jobs 1 each) write WRITE_PAGES new synthetic
#      pages each into that archive; what they added is deleted afterwards.
# Prints a table and writes bench/work/pg.json.
#
# The cluster lives in bench/work/pg (scripts/with-postgres.sh with POSTGRES_FOLDER):
# started for the run and stopped at its end, kept between runs so the 100,000-article
# copy is made once (31 minutes here, on a loaded machine; `rm -rf bench/work/pg` starts over). It is
# durable like a real server (fsync on), so the import figures include its commits.
# After the copy a run took 19 minutes on this 2-core machine under load (shared builds).
# Environment: CORPORA (../shared/corpora), SEARCH_ARTICLES (100000), ROUNDS (3),
# WRITE_PAGES (2000 per importer), PASSES (1: timed passes over the query mix in c).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=bench/work
if [ "${PG_BENCH_CLUSTER:-}" != 1 ]; then
  mkdir -p "$WORK"
  PG_BENCH_CLUSTER=1 POSTGRES_FOLDER="$WORK/pg" POSTGRES_OPTIONS="-c fsync=on" \
    exec bash scripts/with-postgres.sh bash "$0" "$@"
fi
# ../shared beside the clone, or beside the folder holding a git worktree (as the Makefile).
CORPORA=${CORPORA:-$(for c in ../shared/corpora ../../shared/corpora; do [ -d "$c" ] && echo "$c" && break; done)}
[ -d "${CORPORA:-}" ] || { echo "pg-bench: no corpora (set CORPORA)" >&2; exit 1; }
SEARCH_ARTICLES=${SEARCH_ARTICLES:-100000}
ROUNDS=${ROUNDS:-3}
WRITE_PAGES=${WRITE_PAGES:-2000}
PASSES=${PASSES:-1}
BIN=.build/release/newsgrab
BENCH=.build/release/NewsgrabBench
swift build -c release --product newsgrab >/dev/null
swift build -c release --product NewsgrabBench >/dev/null

server="$NEWSGRAB_TEST_POSTGRES"
url() { echo "${server/\/postgres\?//$1?}"; }
sql() { local db=$1; shift; psql "$(url "$db")" -X -Atq -v ON_ERROR_STOP=1 "$@"; }
now() { date +%s.%N; }
since() { awk -v start="$1" -v end="$(now)" 'BEGIN {printf "%.3f\n", end - start}'; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

echo "== PostgreSQL $(sql postgres -c 'SHOW server_version'): $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== a. import of the corpus pages, median of $ROUNDS (fresh archive each run)"
files=()
while IFS= read -r -d '' file; do files+=("$file"); done < <(find "$CORPORA"/*/pages -type f -print0 | sort -z)
[ ${#files[@]} -gt 0 ] || { echo "pg-bench: no pages in $CORPORA/*/pages" >&2; exit 1; }
even=() odd=()
for i in "${!files[@]}"; do
  if ((i % 2 == 0)); then even+=("${files[$i]}"); else odd+=("${files[$i]}"); fi
done
fresh() { sql postgres -c "DROP DATABASE IF EXISTS import_bench WITH (FORCE)" -c "CREATE DATABASE import_bench"; }
# Seconds for CMD... (one importer) or for two importers started at once.
one() { local start; start=$(now); "$@" >/dev/null; since "$start"; }
two() {
  local jobs=$1 start a b
  start=$(now)
  "$BIN" import "${even[@]}" --db "$(url import_bench)" --jobs "$jobs" --quiet >/dev/null &
  a=$!
  "$BIN" import "${odd[@]}" --db "$(url import_bench)" --jobs "$jobs" --quiet >/dev/null &
  b=$!
  wait $a && wait $b
  since "$start"
}
: >"$WORK/pg-import.txt"
for round in $(seq "$ROUNDS"); do
  # The configurations take turns, so a burst of load elsewhere falls on all of them alike.
  rm -f "$WORK/pg-import.sqlite"*
  echo "sqlite-1x2 $(one "$BIN" import "${files[@]}" --db "$WORK/pg-import.sqlite" --jobs 2 --quiet)" >>"$WORK/pg-import.txt"
  fresh
  echo "postgres-1x2 $(one "$BIN" import "${files[@]}" --db "$(url import_bench)" --jobs 2 --quiet)" >>"$WORK/pg-import.txt"
  fresh
  echo "postgres-2x1 $(two 1)" >>"$WORK/pg-import.txt"
  fresh
  echo "postgres-2x2 $(two 2)" >>"$WORK/pg-import.txt"
done
# Every configuration stores the same articles (the last run of each is there to count).
sqlite_articles=$("$BIN" stats --db "$WORK/pg-import.sqlite" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"])')
postgres_articles=$(sql import_bench -c "SELECT count(*) FROM article")
[ "$sqlite_articles" = "$postgres_articles" ] ||
  echo "pg-bench: warning: $sqlite_articles articles in SQLite, $postgres_articles in PostgreSQL" >&2
for config in sqlite-1x2 postgres-1x2 postgres-2x1 postgres-2x2; do
  echo "$config $(awk -v c=$config '$1 == c {print $2}' "$WORK/pg-import.txt" | median)"
done >"$WORK/pg-import-median.txt"
sql postgres -c "DROP DATABASE IF EXISTS import_bench WITH (FORCE)"

echo "== b. search on $SEARCH_ARTICLES articles"
sqlite_db=$(BIN="$BIN" CORPORA="$CORPORA" SEARCH_ARTICLES="$SEARCH_ARTICLES" bash scripts/search-archive.sh)
queries="$WORK/queries.jsonl"
search_db="search_$SEARCH_ARTICLES"
expected=$("$BIN" stats --db "$sqlite_db" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"])')
[ "$(sql postgres -c "SELECT count(*) FROM pg_database WHERE datname = '$search_db'")" = 1 ] ||
  sql postgres -c "CREATE DATABASE $search_db"
# The table is looked for first: PostgreSQL resolves `FROM article` even in a
# CASE branch never taken, so one statement fails on a fresh cluster.
have=0
if [ "$(sql "$search_db" -c "SELECT to_regclass('article') IS NOT NULL")" = t ]; then
  have=$(sql "$search_db" -c "SELECT count(*) FROM article")
fi
if [ "$have" != "$expected" ]; then
  # Made once, kept with the cluster (copy is resumable: an interrupted one goes on here).
  echo "copying $sqlite_db into PostgreSQL ($have of $expected articles there)"
  start=$(now)
  "$BIN" copy --db "$sqlite_db" --to "$(url "$search_db")" --quiet
  copy_seconds=$(since "$start")
  copied=$(now)
  sql "$search_db" -c "VACUUM ANALYZE"
  echo "$copy_seconds $(since "$copied")" >"$WORK/pg/copy-$SEARCH_ARTICLES.txt"
fi
read -r copy_seconds vacuum_seconds <"$WORK/pg/copy-$SEARCH_ARTICLES.txt" || true
"$BENCH" search --db "$(url "$search_db")" --queries "$queries" --json "$WORK/pg-search.json" --slowest 5
"$BENCH" search --db "$sqlite_db" --queries "$queries" --json "$WORK/pg-search-sqlite.json"

echo "== c. the same search while two importers write $WRITE_PAGES pages each"
for i in 1 2; do
  # New stories (numbered past the search archive's), the same for every run.
  folder="$WORK/pg-write-$WRITE_PAGES-$i"
  [ -d "$folder" ] || python3 scripts/make_bench_pages.py "$CORPORA" "$folder" "$WRITE_PAGES" \
    --seed $((20261300 + i)) --first $(((i + 1) * SEARCH_ARTICLES))
done
before=$(sql "$search_db" -c "SELECT coalesce(max(id), 0) FROM article")
start=$(now)
for i in 1 2; do
  "$BIN" import "$WORK/pg-write-$WRITE_PAGES-$i" --db "$(url "$search_db")" --jobs 1 --quiet >/dev/null &
  pids+=($!)
done
# Searches start once both importers are writing (a first batch committed).
for _ in $(seq 300); do
  (($(sql "$search_db" -c "SELECT count(*) FROM article WHERE id > $before") >= 128)) && break
  sleep 0.1
done
"$BENCH" search --db "$(url "$search_db")" --queries "$queries" --passes "$PASSES" --json "$WORK/pg-search-writes.json"
overlap=yes
for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || overlap=no; done
for pid in "${pids[@]}"; do wait "$pid"; done
pids=()
write_seconds=$(since "$start")
written=$(sql "$search_db" -c "SELECT count(*) FROM article WHERE id > $before")
# Back to the copied archive for the next run.
sql "$search_db" -c "DELETE FROM article WHERE id > $before" -c "VACUUM ANALYZE"
[ "$overlap" = yes ] || echo "pg-bench: warning: an importer ended before the searches did (raise WRITE_PAGES)" >&2

python3 - "$WORK" "${#files[@]}" "$SEARCH_ARTICLES" "${copy_seconds:-0}" "${vacuum_seconds:-0}" "$written" \
  "$write_seconds" "$overlap" "$(cut -d' ' -f1 /proc/loadavg)" <<'PY'
import json, os, sys
work, pages, articles = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
copy_seconds, vacuum_seconds, written, write_seconds = map(float, sys.argv[4:8])
overlap, load = sys.argv[8] == "yes", float(sys.argv[9])
medians = dict(line.split() for line in open(os.path.join(work, "pg-import-median.txt")))
runs = {}
for line in open(os.path.join(work, "pg-import.txt")):
    name, seconds = line.split()
    runs.setdefault(name, []).append(float(seconds))
labels = {"sqlite-1x2": ("SQLite", 1, 2), "postgres-1x2": ("PostgreSQL", 1, 2),
          "postgres-2x1": ("PostgreSQL", 2, 1), "postgres-2x2": ("PostgreSQL", 2, 2)}
imports = [dict(store=labels[k][0], importers=labels[k][1], jobsEach=labels[k][2], seconds=float(v),
                runs=runs[k], pagesPerSecond=pages / float(v)) for k, v in medians.items()]
load_json = lambda name: json.load(open(os.path.join(work, name)))
search = {"postgres": load_json("pg-search.json"), "sqlite": load_json("pg-search-sqlite.json"),
          "postgresWhileTwoImportersWrite": load_json("pg-search-writes.json")}
result = {"pages": pages, "import": imports, "search": search,
          "copy": {"articles": articles, "seconds": copy_seconds, "vacuumAnalyzeSeconds": vacuum_seconds},
          "writes": {"articles": int(written), "seconds": write_seconds, "overlappedSearches": overlap},
          "loadAverage": load}
json.dump(result, open(os.path.join(work, "pg.json"), "w"), indent=2, sort_keys=True)
print(f"\n== summary (issue 13; load average {load:.2f} at the end)")
print(f"import of {pages} corpus pages, median of {len(next(iter(runs.values())))}:")
print(f"  {'store':<11} {'importers':>9} {'jobs each':>9} {'seconds':>8} {'pages/s':>8}")
for row in imports:
    print(f"  {row['store']:<11} {row['importers']:>9} {row['jobsEach']:>9} {row['seconds']:>8.2f} {row['pagesPerSecond']:>8.1f}")
print(f"search on {search['postgres']['articles']} articles ({search['postgres']['queries']} queries; target p99 <= 50 ms):")
print(f"  {'store':<36} {'p50':>7} {'p95':>7} {'p99':>7} {'max':>7}  (ms)")
for name, key in [("SQLite", "sqlite"), ("PostgreSQL", "postgres"),
                  ("PostgreSQL, 2 importers writing", "postgresWhileTwoImportersWrite")]:
    s = search[key]
    print(f"  {name:<36} {s['p50Milliseconds']:>7.2f} {s['p95Milliseconds']:>7.2f} {s['p99Milliseconds']:>7.2f} {s['maxMilliseconds']:>7.2f}")
print(f"  (the importers stored {int(written)} articles in {write_seconds:.1f} s"
      + ("" if overlap else "; they ended before the searches did") + ")")
if copy_seconds:
    print(f"copy of the {articles}-article SQLite archive into PostgreSQL: {copy_seconds:.0f} s"
          f" ({articles / copy_seconds:.0f} articles/s), then VACUUM ANALYZE {vacuum_seconds:.0f} s (made once, kept in bench/work/pg)")
PY
