#!/usr/bin/env bash
# Run a command with a local PostgreSQL: starts it unless KEFU_PG_DSN is set or it already runs, gives the
# command KEFU_PG_DSN, and stops the server afterwards if this script started it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${KEFU_PG_DSN:-}" ]; then
  if ! "$here/postgres.sh" status >/dev/null 2>&1; then
    trap '"$here/postgres.sh" stop' EXIT
    "$here/postgres.sh" start
  fi
  KEFU_PG_DSN=$("$here/postgres.sh" dsn) "$@"
else
  "$@"
fi
