#!/usr/bin/env bash
# make compare: score newsgrab and trafilatura side by side on the same corpora,
# in one `newsgrab eval` run (trafilatura's output is read as --predictions).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPORA=${CORPORA:-../shared/corpora}
[ -d "$CORPORA" ] || [ ! -d ../../shared/corpora ] || CORPORA=../../shared/corpora  # from a git worktree
NEWSGRAB=${NEWSGRAB:-.build/release/newsgrab}
# The version the issue's bracketed figures were measured with; override to try another.
TRAFILATURA=${TRAFILATURA:-trafilatura==2.3.1}
VENV=.venv
OUT=.build/compare

[ -x "$NEWSGRAB" ] || { echo "compare: $NEWSGRAB missing; run 'make release' first" >&2; exit 1; }
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import sys, trafilatura; sys.exit(trafilatura.__version__ != '${TRAFILATURA#*==}')" 2>/dev/null; then
  # jusText imports lxml.html.clean, which lxml 6 ships as a separate package.
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$TRAFILATURA" lxml_html_clean
fi
mkdir -p "$OUT"
corpora=("$CORPORA"/*/)
echo "trafilatura $("$VENV/bin/python" -c 'import trafilatura; print(trafilatura.__version__)') over ${#corpora[@]} corpora…" >&2
"$VENV/bin/python" scripts/trafilatura_predictions.py "${corpora[@]}" > "$OUT/trafilatura.jsonl"
"$NEWSGRAB" eval "${corpora[@]}" --predictions "$OUT/trafilatura.jsonl" --json "$OUT/compare.json"
