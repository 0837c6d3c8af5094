#!/usr/bin/env bash
# A single-node Apache Kafka (KRaft) on 127.0.0.1 for tests, benchmarks and the demo.
#   kafka.sh fetch | start | stop | status | restart | bootstrap
# Jars come from Maven Central through Maven and are cached in $KEFU_CACHE (default ~/.cache/kefu-router).
# State (data, log, PID) lives in $KEFU_RUN (default <repo>/.run/kafka). Port: $KAFKA_PORT (default 29092).
# With KAFKA_BOOTSTRAP set, start/stop do nothing: that cluster is used instead.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
version=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$here/kafka/pom.xml")
cache=${KEFU_CACHE:-$HOME/.cache/kefu-router}/kafka-$version
run=${KEFU_RUN:-$repo/.run}/kafka
# Below the ephemeral range (32768-60999 on Linux): an outgoing connection of any client can hold a port in it for
# a while, and a broker started then cannot bind.
port=${KAFKA_PORT:-29092}
cport=$((port + 1))
py=${PYTHON:-$repo/.venv/bin/python}

fetch() {
  if [ -f "$cache/.complete" ]; then return 0; fi
  command -v mvn >/dev/null || { echo "kafka.sh: Maven (mvn) is required to fetch Kafka's jars" >&2; exit 1; }
  command -v java >/dev/null || { echo "kafka.sh: Java 17+ is required to run Kafka" >&2; exit 1; }
  echo "kafka.sh: fetching Apache Kafka $version jars from Maven Central into $cache"
  rm -rf "$cache" && mkdir -p "$cache"
  mvn -q -B -f "$here/kafka/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$cache/libs"
  touch "$cache/.complete"
}

pid_alive() { [ -f "$run/kafka.pid" ] && kill -0 "$(cat "$run/kafka.pid")" 2>/dev/null; }

start() {
  if [ -n "${KAFKA_BOOTSTRAP:-}" ]; then echo "kafka.sh: using KAFKA_BOOTSTRAP=$KAFKA_BOOTSTRAP"; return 0; fi
  if pid_alive; then echo "kafka.sh: already running (pid $(cat "$run/kafka.pid")) on 127.0.0.1:$port"; return 0; fi
  fetch
  mkdir -p "$run"
  cat > "$run/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$cport
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$run/data
auto.create.topics.enable=false
num.partitions=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=8
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=8
group.initial.rebalance.delay.ms=0
PROPS
  local cp="$cache/libs/*"
  local jvm=(-Xms256m -Xmx1g -XX:+UseG1GC -Djava.awt.headless=true
             -Dlog4j.configuration="file:$here/kafka/log4j.properties")
  if [ ! -f "$run/data/meta.properties" ]; then
    java "${jvm[@]}" -cp "$cp" kafka.tools.StorageTool format --ignore-formatted \
        -t "$(java "${jvm[@]}" -cp "$cp" kafka.tools.StorageTool random-uuid)" -c "$run/server.properties" >/dev/null
  fi
  nohup java "${jvm[@]}" -cp "$cp" kafka.Kafka "$run/server.properties" >"$run/kafka.log" 2>&1 &
  echo $! > "$run/kafka.pid"
  if ! KAFKA_BOOTSTRAP="127.0.0.1:$port" "$py" -m kefu wait-kafka --timeout 60 >/dev/null 2>&1; then
    echo "kafka.sh: broker did not become ready; last log lines:" >&2; tail -20 "$run/kafka.log" >&2
    stop; exit 1
  fi
  echo "kafka.sh: Kafka $version ready on 127.0.0.1:$port (pid $(cat "$run/kafka.pid"))"
}

stop() {
  if [ -n "${KAFKA_BOOTSTRAP:-}" ]; then return 0; fi
  if ! pid_alive; then rm -f "$run/kafka.pid"; return 0; fi
  local pid; pid=$(cat "$run/kafka.pid")
  kill -TERM "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then echo "kafka.sh: broker ignored SIGTERM for 30s; killing" >&2; kill -KILL "$pid"; fi
  rm -f "$run/kafka.pid"
  echo "kafka.sh: stopped"
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status) if pid_alive; then echo "running pid $(cat "$run/kafka.pid") port $port"; else echo "stopped"; exit 1; fi ;;
  bootstrap) echo "${KAFKA_BOOTSTRAP:-127.0.0.1:$port}" ;;
  wipe) stop; rm -rf "$run/data" ;;
  *) echo "usage: $0 fetch|start|stop|restart|status|bootstrap|wipe" >&2; exit 2 ;;
esac
