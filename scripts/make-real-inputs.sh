#!/usr/bin/env bash
# Makes newsgrab inputs with the tools people really save pages with, from
# fixture pages served on 127.0.0.1, so the readers are tested against files
# nobody here wrote (NewsgrabCLITests/RealToolInputTests runs this). Nothing
# it makes is committed.
#
#   scripts/make-real-inputs.sh OUTDIR     makes the files below in OUTDIR
#   scripts/make-real-inputs.sh --missing  prints the tools that are missing, one a line
#
# For each page slug S of PAGES below:
#   plain-S.html        the page as served (curl -s), the reference
#   curl-S.txt          curl -i: HTTP head + body
#   curl-redirect-S.txt curl -i -L through a 301: two heads, then the body
#   gzip-S.html.gz      gzip -9 of the plain page
#   chromium-S.mhtml    headless Chromium, DevTools Page.captureSnapshot
# and for all pages at once:
#   wget.warc.gz        wget --warc-file: each page plainly, through a 301 and gzip-encoded
#   warcio.warc.gz      warcio capture_http: the same three fetches
#   warcio-resource.warc warcio `resource` records holding the plain pages
#   urls.txt            "S URL" for each page's plain URL
# Tools: wget, curl, gzip, chromium, python3 and .venv-tools (warcio),
# all installed by scripts/install-deps.sh.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${NEWSGRAB_TOOLS_VENV:-$root/.venv-tools}"
# One page without a canonical link (the capture's URL becomes its URL, and
# its relative image URLs resolve against it) and one with.
PAGES=(meta-lead-picture-no-metadata wordpress-news)

missing() {
  local tool
  for tool in wget curl gzip chromium python3; do
    command -v "$tool" >/dev/null 2>&1 || echo "$tool"
  done
  "$venv/bin/python" -c 'import warcio' >/dev/null 2>&1 || echo "warcio (in $venv)"
}

if [ "${1:-}" = "--missing" ]; then
  missing
  exit 0
fi
[ $# -eq 1 ] || { echo "usage: $0 OUTDIR | --missing" >&2; exit 2; }
absent="$(missing)"
if [ -n "$absent" ]; then
  echo "make-real-inputs: missing tools: $(echo $absent) (run scripts/install-deps.sh)" >&2
  exit 3
fi
mkdir -p "$1"
out="$(cd "$1" && pwd)"

# The server picks a free port and writes it down once it listens.
port_file="$out/.port"
rm -f "$port_file"
python3 "$root/scripts/serve-fixtures.py" "$root/fixtures/pages" "$port_file" &
server=$!
stop_server() {
  kill "$server" 2>/dev/null || return 0
  # A second at most to stop on SIGTERM, then SIGKILL: never left running.
  for _ in $(seq 10); do
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -f "$port_file"
}
trap stop_server EXIT
for _ in $(seq 100); do
  [ -s "$port_file" ] && break
  kill -0 "$server" 2>/dev/null || { echo "make-real-inputs: the page server did not start" >&2; exit 1; }
  sleep 0.1
done
[ -s "$port_file" ] || { echo "make-real-inputs: the page server did not start in 10 s" >&2; exit 1; }
base="http://127.0.0.1:$(cat "$port_file")"

fetches=()
chromium_pairs=()
: >"$out/urls.txt"
for slug in "${PAGES[@]}"; do
  url="$base/news/$slug.html"
  echo "$slug $url" >>"$out/urls.txt"
  curl -sS --fail -o "$out/plain-$slug.html" "$url"
  curl -sS --fail -i -o "$out/curl-$slug.txt" "$url"
  curl -sS --fail -i -L -o "$out/curl-redirect-$slug.txt" "$base/moved/$slug"
  gzip -9 -c "$out/plain-$slug.html" >"$out/gzip-$slug.html.gz"
  fetches+=("$url" "$base/moved/$slug" "$base/gz/$slug.html")
  chromium_pairs+=("$url" "$out/chromium-$slug.mhtml")
done

# wget writes OUT.warc.gz (and would write the pages too: they go to a scratch folder).
scratch="$(mktemp -d)"
(cd "$scratch" && wget -q --warc-file="$out/wget" "${fetches[@]}")
rm -rf "$scratch"

"$venv/bin/python" "$root/scripts/warcio-capture.py" capture "$out/warcio.warc.gz" "${fetches[@]}"
resources=()
for slug in "${PAGES[@]}"; do resources+=("$base/news/$slug.html" "$out/plain-$slug.html"); done
"$venv/bin/python" "$root/scripts/warcio-capture.py" resource "$out/warcio-resource.warc" "${resources[@]}"

python3 "$root/scripts/chromium-mhtml.py" "$(command -v chromium)" "${chromium_pairs[@]}"
