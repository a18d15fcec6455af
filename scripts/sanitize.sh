#!/usr/bin/env bash
# make sanitize: the test suite under AddressSanitizer, `parse` under ASan over
# every fixture and corpus page, then valgrind's leak check on `parse`.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=(fixtures/pages/*/source.html)
if [ -d ../shared/corpora ]; then pages+=(../shared/corpora/*/pages/*.html); fi
# print_suppressions=0: CLI tests compare stderr exactly, so the summary must not be printed.
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"

echo "== swift test --sanitize=address"
swift test --sanitize=address --scratch-path .build-asan

echo "== newsgrab parse under AddressSanitizer (${#pages[@]} pages)"
swift build --sanitize=address --scratch-path .build-asan --product newsgrab
.build-asan/debug/newsgrab parse "${pages[@]}" --format ndjson >/dev/null 2>.build-asan/parse.txt ||
  { grep -q "Sanitizer" .build-asan/parse.txt && { tail -40 .build-asan/parse.txt; exit 1; }; }
echo "clean: no AddressSanitizer or LeakSanitizer report"

echo "== valgrind --leak-check=full newsgrab parse"
swift build --product newsgrab
valgrind --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=9 --suppressions=scripts/valgrind.supp \
  .build/debug/newsgrab parse fixtures/pages/*/source.html --format ndjson >/dev/null 2>.build/valgrind-parse.txt ||
  { [ $? = 9 ] && { tail -40 .build/valgrind-parse.txt; exit 1; }; }
grep -E "definitely lost|ERROR SUMMARY" .build/valgrind-parse.txt
