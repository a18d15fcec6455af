#!/usr/bin/env bash
# Stops or starts the throwaway cluster of scripts/with-postgres.sh (for the
# test of a server that goes away mid-import), as the user owning its data.
#   scripts/pg-ctl.sh stop|start    (NEWSGRAB_TEST_POSTGRES_DATA and _BIN set by with-postgres.sh)
set -euo pipefail
data="${NEWSGRAB_TEST_POSTGRES_DATA:?run inside scripts/with-postgres.sh}"
bin="${NEWSGRAB_TEST_POSTGRES_BIN:?run inside scripts/with-postgres.sh}"
folder="$(dirname "$data")"
as=()
[ "$(id -u)" = 0 ] && as=(runuser -u "$(stat -c %U "$data")" --)
case "${1:-}" in
  stop) "${as[@]}" "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null ;;
  start)
    "${as[@]}" "$bin/pg_ctl" -D "$data" -l "$folder/server.log" -w -t 60 \
      -o "-c listen_addresses='' -c unix_socket_directories='$folder' -c fsync=off -c max_connections=200" start >/dev/null ;;
  *) echo "usage: $0 stop|start" >&2; exit 2 ;;
esac
