#!/usr/bin/env bash
# Run a command with a local Kafka broker: starts it unless KAFKA_BOOTSTRAP is set or it already runs,
# exports KAFKA_BOOTSTRAP for the command, and stops the broker afterwards if this script started it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
started=0
if [ -z "${KAFKA_BOOTSTRAP:-}" ] && ! "$here/kafka.sh" status >/dev/null 2>&1; then
  started=1
  trap '"$here/kafka.sh" stop' EXIT
  "$here/kafka.sh" start
fi
KAFKA_BOOTSTRAP=$("$here/kafka.sh" bootstrap)
export KAFKA_BOOTSTRAP
"$@"
