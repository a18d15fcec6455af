#!/usr/bin/env bash
# Runs CMD... with a throwaway PostgreSQL cluster: initdb into a temporary
# folder, a server listening only on a Unix socket in that folder, its URL in
# NEWSGRAB_TEST_POSTGRES; the cluster is stopped and the folder removed when
# CMD ends, whatever its outcome. PostgreSQL refuses to run as root, so as
# root the cluster belongs to the `postgres` system user (Debian's package).
#   scripts/with-postgres.sh swift test --filter ArchiveStoreTests
# Environment:
#   POSTGRES_FOLDER=DIR  keep the cluster in DIR instead (initdb on first use; the
#                        server is stopped at the end, DIR kept): scripts/pg-bench.sh
#                        keeps its 100,000-article copy there between runs.
#   POSTGRES_OPTIONS     more server settings ("-c name=value ..."), after the defaults.
# As root, a 16 MB tmpfs is mounted in the folder for the disk-full test (which fills it,
# then grows it as an operator making room would), its path in
# NEWSGRAB_TEST_POSTGRES_SMALL_DISK (unmounted at the end); where mounting is not
# allowed, NEWSGRAB_TEST_POSTGRES_SMALL_DISK_MISSING says why (the test skips; in CI it fails).
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 CMD [ARG...]" >&2; exit 2; }
bin="${POSTGRES_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
if [ ! -x "$bin/initdb" ]; then
  echo "with-postgres: no PostgreSQL server binaries (install postgresql postgresql-contrib)" >&2
  exit 1
fi
keep=0
if [ -n "${POSTGRES_FOLDER:-}" ]; then
  keep=1
  mkdir -p "$POSTGRES_FOLDER"
  folder="$(cd "$POSTGRES_FOLDER" && pwd)"
else
  folder="$(mktemp -d /tmp/newsgrab-pg.XXXXXX)"
fi
chmod 755 "$folder"
as=()
user="$(id -un)"
if [ "$(id -u)" = 0 ]; then
  user=postgres
  chown "$user" "$folder"
  as=(runuser -u "$user" --)
fi
small="$folder/small-disk"
stop() {
  # A kept cluster is shut down cleanly (a checkpoint: no recovery at the next start).
  "${as[@]}" "$bin/pg_ctl" -D "$folder/data" -m "$([ $keep = 1 ] && echo fast || echo immediate)" stop >/dev/null 2>&1 ||
    true
  if mountpoint -q "$small" 2>/dev/null; then umount "$small" || umount -l "$small" || true; fi
  [ $keep = 1 ] || rm -rf "$folder"
}
trap stop EXIT
trap 'exit 130' INT TERM
if [ ! -f "$folder/data/PG_VERSION" ]; then
  "${as[@]}" "$bin/initdb" -D "$folder/data" -U "$user" --auth=trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 ||
    { cat "$folder/initdb.log" >&2; exit 1; }
fi
# Only the socket in the folder (no TCP port to collide with another run);
# fsync off: a throwaway cluster needs no durability, and tests run faster.
"${as[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
  -o "-c listen_addresses='' -c unix_socket_directories='$folder' -c fsync=off -c max_connections=200 ${POSTGRES_OPTIONS:-}" \
  start >/dev/null || { cat "$folder/server.log" >&2; exit 1; }
export NEWSGRAB_TEST_POSTGRES="postgresql://$user@localhost/postgres?host=$folder"
# A small disk for the server to fill (a tablespace on it): only root may mount.
unset NEWSGRAB_TEST_POSTGRES_SMALL_DISK NEWSGRAB_TEST_POSTGRES_SMALL_DISK_MISSING
if [ "$(id -u)" != 0 ]; then
  export NEWSGRAB_TEST_POSTGRES_SMALL_DISK_MISSING="mounting a small tmpfs needs root (running as $(id -un))"
elif mkdir -p "$small" && mount -t tmpfs -o size=16m,mode=0700 tmpfs "$small" 2>"$folder/mount.log" &&
  chown "$user" "$small"; then
  export NEWSGRAB_TEST_POSTGRES_SMALL_DISK="$small"
else
  export NEWSGRAB_TEST_POSTGRES_SMALL_DISK_MISSING="mount -t tmpfs failed: $(head -1 "$folder/mount.log" 2>/dev/null)"
fi
export NEWSGRAB_TEST_POSTGRES_DATA="$folder/data"
export NEWSGRAB_TEST_POSTGRES_BIN="$bin"
set +e
"$@"
status=$?
set -e
exit $status
