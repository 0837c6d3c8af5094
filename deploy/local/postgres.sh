#!/usr/bin/env bash
# A local PostgreSQL for tests, benchmarks and the demo: Debian's package (installed with apt-get if missing),
# its own cluster under .run/postgres, listening on 127.0.0.1:$PG_PORT only, database "kefu", user "kefu".
#   postgres.sh start | stop | status | dsn | wipe
# As root the server runs as the "postgres" system user (PostgreSQL refuses to run as root).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
port=${PG_PORT:-25432}  # below the ephemeral range, as kafka.sh's
data=${KEFU_PG_DATA:-$root/.run/postgres}
log="$data.log"

bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  return 1
}

ensure_installed() {
  if ! bindir >/dev/null; then
    echo "postgres.sh: installing PostgreSQL from Debian's packages" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 \
      || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2; }
  fi
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

running() { [ -f "$data/postmaster.pid" ] && as_owner "$(bindir)/pg_ctl" -D "$data" status >/dev/null 2>&1; }

case "${1:-}" in
  start)
    ensure_installed
    bin=$(bindir)
    if running; then echo "postgres.sh: already running on 127.0.0.1:$port"; exit 0; fi
    if [ ! -f "$data/PG_VERSION" ]; then
      mkdir -p "$data"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$data"
      chmod 700 "$data"
      as_owner "$bin/initdb" -D "$data" -U kefu --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    touch "$log"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$log"
    as_owner "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k /tmp -c fsync=on -c max_connections=200" start >/dev/null
    as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U kefu -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = 'kefu'" | grep -q 1 \
      || as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U kefu -d postgres -qc "CREATE DATABASE kefu"
    echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$port"
    ;;
  stop)
    if running; then as_owner "$(bindir)/pg_ctl" -D "$data" -m fast -w stop >/dev/null; echo "postgres.sh: stopped"; fi
    ;;
  status)
    if bindir >/dev/null && running; then echo "running port $port"; else echo "stopped"; exit 1; fi
    ;;
  dsn)
    echo "postgresql://kefu@127.0.0.1:$port/kefu"
    ;;
  wipe)
    "$0" stop || true
    rm -rf "$data" "$log"
    ;;
  *)
    echo "usage: $0 start|stop|status|dsn|wipe" >&2; exit 2 ;;
esac
