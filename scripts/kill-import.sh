#!/usr/bin/env bash
# kill -9 an import at a random moment, ROUNDS times (default 20). After each
# kill: `stats --check` (PRAGMA integrity_check, foreign keys, FTS5
# integrity-check) must pass, and re-running the import must complete with the
# article count of a clean import and every identity once.
#   scripts/kill-import.sh [PAGES_DIR] [ROUNDS]
# PAGES_DIR defaults to ../shared/corpora; BIN to .build/release/newsgrab.
set -euo pipefail
pages=${1:-../shared/corpora}
rounds=${2:-20}
bin=${BIN:-.build/release/newsgrab}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

articles() { "$bin" stats --db "$1" --format json | sed -n 's/^  "articles" : \([0-9]*\),*$/\1/p'; }

start=$(date +%s.%N)
"$bin" import "$pages" --db "$work/clean.sqlite" --quiet || true
window=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
expected=$(articles "$work/clean.sqlite")
echo "clean import: $expected articles in ${window}s; killing at random moments within that"

for round in $(seq 1 "$rounds"); do
  rm -f "$work"/killed.sqlite*
  # Half the rounds kill an import that resumes a killed one.
  [ $((round % 2)) = 0 ] && { "$bin" import "$pages" --db "$work/killed.sqlite" --quiet 2>/dev/null & pid=$!; sleep 1; kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
  "$bin" import "$pages" --db "$work/killed.sqlite" --quiet 2>/dev/null &
  pid=$!
  sleep "$(awk -v seed="$RANDOM" -v w="$window" 'BEGIN { srand(seed); printf "%.2f", 0.05 + rand() * w }')"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  "$bin" stats --check --db "$work/killed.sqlite" --format json >/dev/null || { echo "round $round: check FAILED" >&2; exit 1; }
  stored=$(articles "$work/killed.sqlite")
  "$bin" import "$pages" --db "$work/killed.sqlite" --quiet || true
  final=$(articles "$work/killed.sqlite")
  "$bin" stats --check --db "$work/killed.sqlite" >/dev/null || { echo "round $round: check after re-run FAILED" >&2; exit 1; }
  echo "round $round: killed with $stored articles stored, integrity ok; re-run: $final articles"
  [ "$final" = "$expected" ] || { echo "round $round: expected $expected articles" >&2; exit 1; }
done
echo "all $rounds rounds ok"
