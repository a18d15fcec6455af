#!/usr/bin/env bash
# make mutants: proves that guards can fail. Reads every scripts/mutants/*.mutants
# file; each block names one line of the product, what it becomes, and the tests
# that must then fail:
#
#   # why this mutant matters (one line)
#   file: Sources/NewsgrabArchive/Archive+Maintenance.swift
#   find: <an exact substring of ONE line of that file; must occur exactly once in the file>
#   replace: <what that substring becomes>
#   tests: <swift test --filter regex>
#   release: yes      (optional: the tests need the release binary, e.g. corpus floors)
#
# For each mutant: the `find` text must occur exactly once (else the mutant is
# stale), the replacement is applied, the tests are rebuilt and run, and the
# file is restored (always: on exit and on interrupt too). A mutant is killed
# when its tests fail, survives when they pass, and is invalid when the
# mutated product does not build. Before any mutation each distinct test
# filter runs once on the clean tree: a filter that fails there, or runs no
# test, proves nothing and fails the run.
#
#   make mutants                                         every file, every mutant
#   MUTANTS=scripts/mutants/archive.mutants make mutants  one file (or several, space-separated)
#   MUTANTS=scripts/mutants/archive.mutants MUTANT=3 make mutants   its third mutant only (or MUTANT=3-7)
#   MUTANTS_BASELINE=0 make mutants                      skip the clean-tree runs
#   MUTANTS_CHECK=1 make mutants                         only check that every mutant applies (seconds)
#
# Exit status 1 when any mutant survives, is stale or invalid, or a baseline fails.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
SWIFT=${SWIFT:-swift}
CORPORA=${CORPORA:-$(for c in ../shared/corpora ../../shared/corpora; do [ -d "$c" ] && { echo "$c"; break; }; done)}
CORPORA=${CORPORA:-../shared/corpora}
# A test run that hangs counts as killed after this long (a mutant can loop);
# the slowest suite a mutant names (corpus floors, release) takes about 2 min here.
TEST_TIMEOUT=${TEST_TIMEOUT:-1200}

files=${MUTANTS:-$(ls scripts/mutants/*.mutants 2>/dev/null)}
[ -n "$files" ] || { echo "mutants: no scripts/mutants/*.mutants file" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/newsgrab-mutants.XXXXXX")
log=$work/log

# --- parse: one record per line in $work/list, fields separated by US (0x1f)
# shellcheck disable=SC2086
python3 - "$work/list" ${files} <<'PY' || exit 1
import sys
out, paths = sys.argv[1], sys.argv[2:]
records, bad = [], 0
for path in paths:
    try:
        text = open(path, encoding="utf-8").read()
    except OSError as error:
        print(f"mutants: {path}: {error.strerror}", file=sys.stderr); bad += 1; continue
    index, block, start = 0, {}, 0
    def flush():
        global index, bad
        if not block: return
        index += 1
        missing = [k for k in ("file", "find", "tests") if not block.get(k)]
        if missing or "replace" not in block:
            print(f"mutants: {path}:{start}: block {index} lacks {', '.join(missing or ['replace'])}", file=sys.stderr)
            bad += 1
            return
        records.append([path, str(index), str(start), block["file"], block["find"], block["replace"],
                        block["tests"], block.get("release", "no"), block.get("why", "")])
    why = ""
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            flush(); block = {}; why = ""; continue
        if line.startswith("#"):
            why = why or line.lstrip("# ").strip(); continue
        key, sep, value = line.partition(":")
        if not sep or key not in ("file", "find", "replace", "tests", "release"):
            print(f"mutants: {path}:{number}: not a 'key: value' line: {line}", file=sys.stderr); bad += 1; continue
        if not block: start = number
        block[key] = value[1:] if value.startswith(" ") else value
        if why and "why" not in block: block["why"] = why
    flush()
with open(out, "w", encoding="utf-8") as handle:
    for record in records:
        handle.write("\x1f".join(record) + "\n")
sys.exit(1 if bad else 0)
PY

# --- restore: every mutated file gets its saved bytes back, whatever happens
current=""
restore() {
  if [ -n "$current" ]; then
    cp "$work/original" "$root/$current" && cmp -s "$work/original" "$root/$current" ||
      echo "mutants: COULD NOT RESTORE $current (its original is $work/original)" >&2
    current=""
  fi
}
cleanup() { restore; [ -n "${KEEP_WORK:-}" ] || rm -rf "$work"; }
trap cleanup EXIT
trap 'echo; echo "mutants: interrupted; $current restored" >&2; exit 130' INT TERM

records=()
while IFS= read -r line; do records+=("$line"); done <"$work/list"
if [ -n "${MUTANT:-}" ]; then
  # N, or N-M: mutants by their 1-based index in the selection.
  first=${MUTANT%-*} last=${MUTANT#*-}
  [[ "$first" =~ ^[0-9]+$ && "$last" =~ ^[0-9]+$ ]] && [ "$first" -ge 1 ] && [ "$last" -ge "$first" ] &&
    [ "$last" -le "${#records[@]}" ] ||
    { echo "mutants: MUTANT=$MUTANT: the selection holds ${#records[@]} mutants" >&2; exit 1; }
  records=("${records[@]:$((first - 1)):$((last - first + 1))}")
fi
total=${#records[@]}
fields() { IFS=$'\x1f' read -r -a f <<<"$1"; }

build_debug() { $SWIFT build --build-tests >"$log" 2>&1; }
build_release() { $SWIFT build -c release --product newsgrab >>"$log" 2>&1; }
# Runs the named tests; 0 when they pass, 1 when one fails, 2 when none ran.
run_tests() {
  local filter=$1 release=$2 status
  if [ "$release" = yes ]; then
    NEWSGRAB_RELEASE_BINARY=$root/.build/release/newsgrab NEWSGRAB_CORPORA=$CORPORA \
      timeout "$TEST_TIMEOUT" $SWIFT test --skip-build --filter "$filter" >"$log" 2>&1
  else
    timeout "$TEST_TIMEOUT" $SWIFT test --skip-build --filter "$filter" >"$log" 2>&1
  fi
  status=$?
  [ $status = 0 ] || return 1
  # Swift Testing prints "Test run with N tests ... passed"; XCTest "Executed N tests".
  grep -Eq 'Test run with [1-9][0-9]* test|Executed [1-9][0-9]* test' "$log" || return 2
  return 0
}

started=$(date +%s)
failures=0
echo "mutants: $total mutants from $(echo "$files" | wc -w) files"

if [ -n "${MUTANTS_CHECK:-}" ]; then
  number=0
  for record in "${records[@]}"; do
    fields "$record"
    number=$((number + 1))
    count=$( [ -f "${f[3]}" ] && FIND=${f[4]} python3 -c 'import os,sys; print(open(sys.argv[1],encoding="utf-8").read().count(os.environ["FIND"]))' "${f[3]}" || echo 0)
    if [ "$count" = 1 ]; then echo "[$number/$total] applies   $(basename "${f[0]}")#${f[1]} ${f[3]}"
    else echo "[$number/$total] STALE     $(basename "${f[0]}")#${f[1]} ${f[3]}: 'find' occurs $count times"; failures=$((failures + 1)); fi
  done
  echo "$total mutants, $failures stale"
  [ $failures = 0 ]; exit
fi

# --- baseline: each distinct filter must pass, and run something, on the clean tree
if [ "${MUTANTS_BASELINE:-1}" != 0 ]; then
  echo "mutants: building the clean tree"
  need_release=no
  for record in "${records[@]}"; do fields "$record"; [ "${f[7]}" = yes ] && need_release=yes; done
  if ! build_debug || { [ $need_release = yes ] && ! build_release; }; then
    tail -30 "$log"; echo "mutants: the clean tree does not build" >&2; exit 1
  fi
  declare -A seen=()
  for record in "${records[@]}"; do
    fields "$record"
    key="${f[6]}|${f[7]}"
    [ -z "${seen[$key]:-}" ] || continue
    seen[$key]=1
    run_tests "${f[6]}" "${f[7]}"
    case $? in
      0) echo "baseline  passes     ${f[6]}" ;;
      1) echo "baseline  FAILS      ${f[6]} (fails without any mutation)"; tail -15 "$log"; failures=$((failures + 1)) ;;
      2) echo "baseline  NO TESTS   ${f[6]} (the filter names no test)"; failures=$((failures + 1)) ;;
    esac
  done
  [ $failures = 0 ] || { echo "mutants: fix the baseline first" >&2; exit 1; }
fi

killed=0 survived=0 stale=0 invalid=0 number=0
for record in "${records[@]}"; do
  fields "$record"
  source=${f[0]} index=${f[1]} line=${f[2]} file=${f[3]} find=${f[4]} replace=${f[5]} tests=${f[6]} release=${f[7]}
  number=$((number + 1))
  label="$(basename "$source")#$index $file"
  t0=$(date +%s)
  if [ ! -f "$file" ]; then
    echo "[$number/$total] STALE     $label: no such file ($source:$line)"; stale=$((stale + 1)); continue
  fi
  count=$(FIND=$find python3 -c 'import os,sys; print(open(sys.argv[1],encoding="utf-8").read().count(os.environ["FIND"]))' "$file")
  if [ "$count" != 1 ]; then
    echo "[$number/$total] STALE     $label: 'find' occurs $count times, not once ($source:$line)"
    stale=$((stale + 1)); continue
  fi
  cp "$file" "$work/original"
  current=$file
  FIND=$find REPLACE=$replace python3 -c '
import os, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(text.replace(os.environ["FIND"], os.environ["REPLACE"], 1))' "$file"
  if cmp -s "$file" "$work/original"; then
    restore; echo "[$number/$total] INVALID   $label: the replacement changes nothing"; invalid=$((invalid + 1)); continue
  fi
  if ! build_debug || { [ "$release" = yes ] && ! build_release; }; then
    restore
    echo "[$number/$total] INVALID   $label: the mutant does not build ($(grep -m1 'error:' "$log"))"
    invalid=$((invalid + 1)); continue
  fi
  run_tests "$tests" "$release"
  status=$?
  restore
  seconds=$(($(date +%s) - t0))
  case $status in
    1) killed=$((killed + 1)); echo "[$number/$total] killed    $label (${seconds}s, $tests)" ;;
    *) survived=$((survived + 1))
       echo "[$number/$total] SURVIVED  $label (${seconds}s): '$tests' passes with '$find' -> '$replace'" ;;
  esac
done

elapsed=$(($(date +%s) - started))
echo "$total mutants, $killed killed, $survived survived$([ $stale = 0 ] || echo ", $stale stale")$([ $invalid = 0 ] || echo ", $invalid invalid") ($((elapsed / 60)) min $((elapsed % 60)) s)"
[ $((survived + stale + invalid)) = 0 ]
