#!/usr/bin/env bash
# Installs what newsgrab builds and tests against, when missing: the Debian
# packages it links, the tools the real-input tests save pages with
# (scripts/make-real-inputs.sh: wget, curl, gzip, chromium), what `serve` is
# tested and measured with (chromium for its browser test, wrk for
# scripts/serve-bench.sh) and warcio in a local venv (.venv-tools, git-ignored).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
packages=(libxml2-dev libsqlite3-dev zlib1g-dev libdeflate-dev libssl-dev wget curl gzip chromium wrk python3-venv)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
# warcio (PyPI), only for the tests: the WARC writer most crawlers in Python use.
venv="$root/.venv-tools"
if ! "$venv/bin/python" -c 'import warcio' >/dev/null 2>&1; then
  echo "installing: warcio (in .venv-tools)" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q warcio
fi
