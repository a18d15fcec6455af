#!/usr/bin/env bash
# make sanitize: the test suite under AddressSanitizer, then valgrind's leak
# check on `parse` over every fixture page (and the corpora when present).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== swift test --sanitize=address"
swift test --sanitize=address --scratch-path .build-asan
echo "== valgrind --leak-check=full newsgrab parse"
swift build
pages=(fixtures/pages/*/source.html)
if [ -d ../shared/corpora ]; then pages+=(../shared/corpora/readability/pages/*.html); fi
valgrind --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=9 \
  .build/debug/newsgrab parse "${pages[@]}" --format ndjson >/dev/null 2>.build/valgrind-parse.txt \
  || { status=$?; [ "$status" = 9 ] && { tail -40 .build/valgrind-parse.txt; exit 1; }; }
grep -E "definitely lost|ERROR SUMMARY" .build/valgrind-parse.txt
