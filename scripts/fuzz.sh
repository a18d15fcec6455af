#!/usr/bin/env bash
# make fuzz: builds a libFuzzer binary (-sanitize=fuzzer,address) over the
# parse entry point and the container readers, seeds its corpus from
# fixtures/, and runs it. Crashing inputs land in .build/fuzz/crashes/;
# after fixing one, keep it as fixtures/fuzz-regressions/<name>.
#   FUZZ_RUNS=1000000 (total executions, split over FUZZ_JOBS processes)
#   FUZZ_JOBS=1, FUZZ_MAX_LEN=65536
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${FUZZ_RUNS:-1000000}
jobs=${FUZZ_JOBS:-1}
max_len=${FUZZ_MAX_LEN:-65536}
out=.build/fuzz
mkdir -p "$out/obj" "$out/corpus" "$out/crashes"

flags=(-sanitize=fuzzer,address -parse-as-library -O -g -package-name newsgrab
  -I "$out/obj" -I Sources/CZlib -I Sources/CDeflate -I Sources/CLibXML2 -Xcc -I/usr/include/libxml2)
# Dependency order; each module compiled whole into one object.
for module in NewsgrabInput NewsgrabHTML NewsgrabExtraction; do
  # shellcheck disable=SC2046
  swiftc "${flags[@]}" -wmo -module-name "$module" -emit-module -emit-module-path "$out/obj/$module.swiftmodule" \
    -c $(find Sources/"$module" -name '*.swift' | sort) -o "$out/obj/$module.o"
done
# ld.gold warns once per ASan helper symbol; those lines are noise.
swiftc "${flags[@]}" scripts/fuzz/FuzzTarget.swift "$out"/obj/*.o -lxml2 -lz -ldeflate -o "$out/newsgrab-fuzz" 2>&1 \
  | { grep -v "Cannot export local symbol" || true; }
test -x "$out/newsgrab-fuzz"

# Seeds: every fixture file, prefixed with a name-selector byte (0 = .html).
find fixtures -type f -size -1M | while IFS= read -r file; do
  seed="$out/corpus/seed-$(printf '%s' "$file" | cksum | cut -d' ' -f1)"
  case "$file" in
    *.txt) selector='\x01' ;; *.warc | *.warc.gz) selector='\x02' ;; *.mhtml | *.mht) selector='\x03' ;;
    *.md) selector='\x05' ;; *) selector='\x00' ;;
  esac
  { printf "$selector"; cat "$file"; } > "$seed"
done

# Foundation's process-lifetime static regular expressions are reported at exit; see lsan.supp.
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
rm -f "$out"/crashes/crash-da39a3ee5e6b4b0d3255bfef95601890afd80709  # that exit report from an earlier run
per_job=$(( runs / jobs ))
pids=()
for job in $(seq 1 "$jobs"); do
  "$out/newsgrab-fuzz" "$out/corpus" -runs="$per_job" -max_len="$max_len" -timeout=30 -rss_limit_mb=4096 \
    -artifact_prefix="$out/crashes/" -print_final_stats=1 >"$out/job-$job.log" 2>&1 &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
for job in $(seq 1 "$jobs"); do
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|Done )|ERROR|SUMMARY" "$out/job-$job.log" || true
done
ls "$out/crashes" | sed 's/^/crash: /'
exit $status
