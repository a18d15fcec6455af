#!/usr/bin/env bash
# Runs CMD... with a throwaway PostgreSQL cluster: initdb into a temporary
# folder, a server listening only on a Unix socket in that folder, its URL in
# NEWSGRAB_TEST_POSTGRES; the cluster is stopped and the folder removed when
# CMD ends, whatever its outcome. PostgreSQL refuses to run as root, so as
# root the cluster belongs to the `postgres` system user (Debian's package).
#   scripts/with-postgres.sh swift test --filter ArchiveStoreTests
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 CMD [ARG...]" >&2; exit 2; }
bin="${POSTGRES_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
if [ ! -x "$bin/initdb" ]; then
  echo "with-postgres: no PostgreSQL server binaries (install postgresql postgresql-contrib)" >&2
  exit 1
fi
folder="$(mktemp -d /tmp/newsgrab-pg.XXXXXX)"
chmod 755 "$folder"
as=()
user="$(id -un)"
if [ "$(id -u)" = 0 ]; then
  user=postgres
  chown "$user" "$folder"
  as=(runuser -u "$user" --)
fi
stop() {
  "${as[@]}" "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$folder"
}
trap stop EXIT
trap 'exit 130' INT TERM
"${as[@]}" "$bin/initdb" -D "$folder/data" -U "$user" --auth=trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 ||
  { cat "$folder/initdb.log" >&2; exit 1; }
# Only the socket in the folder (no TCP port to collide with another run);
# fsync off: a throwaway cluster needs no durability, and tests run faster.
"${as[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
  -o "-c listen_addresses='' -c unix_socket_directories='$folder' -c fsync=off -c max_connections=200" start >/dev/null ||
  { cat "$folder/server.log" >&2; exit 1; }
export NEWSGRAB_TEST_POSTGRES="postgresql://$user@localhost/postgres?host=$folder"
export NEWSGRAB_TEST_POSTGRES_DATA="$folder/data"
export NEWSGRAB_TEST_POSTGRES_BIN="$bin"
set +e
"$@"
status=$?
set -e
exit $status
