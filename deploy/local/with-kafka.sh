#!/usr/bin/env bash
# Run a command with a local Kafka broker: starts it unless KAFKA_BOOTSTRAP is set or it already runs,
# exports KAFKA_BOOTSTRAP for the command, and stops the broker afterwards if this script started it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${KAFKA_BOOTSTRAP:-}" ] && ! "$here/kafka.sh" status >/dev/null 2>&1; then
  trap '"$here/kafka.sh" stop >/dev/null' EXIT  # quietly: the command's own last line (make demo: the report path) stays last
  # A broker of this command's own starts empty: every test and demo run makes topics of its own, and a data
  # directory kept from run to run grows until the broker runs out of file handles (20,000 partitions).
  "$here/kafka.sh" wipe >/dev/null
  "$here/kafka.sh" start
fi
# Only the command gets KAFKA_BOOTSTRAP: with it set, kafka.sh would take the broker for someone else's and
# the EXIT trap would leave it running. The broker's secured listeners, CA and users come with it (kafka.sh env).
bootstrap=$("$here/kafka.sh" bootstrap)
secured=$("$here/kafka.sh" env)
env KAFKA_BOOTSTRAP="$bootstrap" $secured "$@"
