#!/usr/bin/env bash
# kill -9 an import at random moments, ROUNDS times (default 20), checking the
# archive after each kill; then finish the import and compare the article count
# with a clean import of the same pages.
#   scripts/kill-import.sh [PAGES_DIR] [ROUNDS]
# PAGES_DIR defaults to ../shared/corpora; BIN to .build/release/newsgrab.
set -euo pipefail
pages=${1:-../shared/corpora}
rounds=${2:-20}
bin=${BIN:-.build/release/newsgrab}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bin" import "$pages" --db "$work/clean.sqlite" --quiet || true
expected=$("$bin" stats --db "$work/clean.sqlite" --format json | sed -n 's/^  "articles" : \([0-9]*\),*$/\1/p')
echo "clean import: $expected articles"

for round in $(seq 1 "$rounds"); do
  "$bin" import "$pages" --db "$work/killed.sqlite" --quiet 2>/dev/null &
  pid=$!
  sleep "0.$(( (RANDOM % 9) + 1 ))$(( RANDOM % 10 ))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if ! "$bin" stats --check --db "$work/killed.sqlite" --format json >/dev/null; then
    echo "round $round: archive check FAILED" >&2
    exit 1
  fi
  stored=$("$bin" stats --db "$work/killed.sqlite" --format json | sed -n 's/^  "articles" : \([0-9]*\),*$/\1/p')
  echo "round $round: killed with $stored articles stored; integrity ok"
done

"$bin" import "$pages" --db "$work/killed.sqlite" --quiet || true
final=$("$bin" stats --db "$work/killed.sqlite" --format json | sed -n 's/^  "articles" : \([0-9]*\),*$/\1/p')
"$bin" stats --check --db "$work/killed.sqlite" >/dev/null
echo "after re-run: $final articles (clean import: $expected)"
[ "$final" = "$expected" ]
