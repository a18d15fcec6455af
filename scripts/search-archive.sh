#!/usr/bin/env bash
# The bench's search archive, made once and shared by bench.sh, serve-bench.sh
# and pg-bench.sh: bench/work/search-N.sqlite from N synthetic pages, with the
# query mix bench/work/queries.jsonl. An archive an older newsgrab wrote is
# upgraded (by an import of nothing: read-only commands and serve refuse it).
# Prints the archive's path. Environment: BIN (newsgrab), CORPORA, SEARCH_ARTICLES.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release/newsgrab}
CORPORA=${CORPORA:-../shared/corpora}
SEARCH_ARTICLES=${SEARCH_ARTICLES:-100000}
WORK=bench/work
db="$WORK/search-$SEARCH_ARTICLES.sqlite"
queries="$WORK/queries.jsonl"
mkdir -p "$WORK"
if [ ! -f "$db" ]; then
  [ -d "$WORK/synth-$SEARCH_ARTICLES" ] ||
    python3 scripts/make_bench_pages.py "$CORPORA" "$WORK/synth-$SEARCH_ARTICLES" "$SEARCH_ARTICLES" --queries "$queries" >&2
  "$BIN" import "$WORK/synth-$SEARCH_ARTICLES" --db "$db.tmp" --jobs 2 --quiet >/dev/null
  mv "$db.tmp" "$db"
fi
[ -f "$queries" ] || python3 scripts/make_bench_pages.py "$CORPORA" "$WORK/q-unused" 0 --queries "$queries" >&2
mkdir -p "$WORK/nothing"
"$BIN" import "$WORK/nothing" --db "$db" --quiet >/dev/null
echo "$db"
