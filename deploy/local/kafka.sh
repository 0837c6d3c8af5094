#!/usr/bin/env bash
# A single-node Apache Kafka (KRaft) on 127.0.0.1 for tests, benchmarks and the demo.
#   kafka.sh fetch | start | stop | status | restart | bootstrap | env | wipe
# Jars come from Maven Central through Maven and are cached in $KEFU_CACHE (default ~/.cache/kefu-router).
# State (data, log, PID) lives in $KEFU_RUN (default <repo>/.run/kafka). Port: $KAFKA_PORT (default 29092).
# Listeners, all on 127.0.0.1: PLAINTEXT on the port, the controller on port+1, SASL_SSL (SCRAM-SHA-512 and -256)
# on port+2, SSL with client certificates (mTLS) on port+3. The script makes a CA, the broker's certificate and a
# client's (tls/), and SCRAM users with random passwords when it formats the data directory (tls/users/<name>):
# one per role (kefu-router, kefu-gateway, kefu-follower) and kefu-tools for tests and the demo's tooling.
# `kafka.sh env` prints what a client needs as shell assignments (with-kafka.sh exports them).
# ACLs are enforced (StandardAuthorizer): the plain-text listener (ANONYMOUS), kefu-router and kefu-tools are super
# users, so the suite runs unhindered; kefu-gateway and kefu-follower get only what `kafka.sh acl` grants them
# (Kafka's AclCommand; tests/integration/test_kafka_acls.py grants deploy/k8s/kafka/users.yaml's lists). A client
# certificate's CN is its user (ssl.principal.mapping.rules).
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
sport=$((port + 2))
tport=$((port + 3))
tls=${KEFU_RUN:-$repo/.run}/kafka/tls
USERS=(kefu-router kefu-gateway kefu-follower kefu-tools)
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

# The CA, the broker's certificate (127.0.0.1 and localhost) in a PKCS#12 keystore, and a client certificate for
# the mTLS listener (CN=kefu-router). Made once per run directory; nothing leaves 127.0.0.1.
tls_material() {
  if [ -f "$tls/.complete" ]; then return 0; fi
  command -v openssl >/dev/null || { echo "kafka.sh: openssl is required to make the broker's certificates" >&2; exit 1; }
  rm -rf "$tls" && mkdir -p "$tls/users" && chmod 700 "$tls"
  (
    cd "$tls"
    openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=kefu-router local CA" \
        -keyout ca.key -out ca.pem 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout broker.key -out broker.csr 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > broker.ext
    openssl x509 -req -in broker.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 825 \
        -extfile broker.ext -out broker.pem 2>/dev/null
    openssl rand -hex 16 > keystore.password
    openssl pkcs12 -export -in broker.pem -inkey broker.key -certfile ca.pem -name broker \
        -passout "file:keystore.password" -out broker.p12
    openssl req -newkey rsa:2048 -nodes -subj "/CN=kefu-router" -keyout client.key -out client.csr 2>/dev/null
    openssl x509 -req -in client.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 825 -out client.pem 2>/dev/null
    rm -f ./*.csr broker.ext
    chmod 600 ./*.key keystore.password
  )
  touch "$tls/.complete"
}

# The SCRAM users' passwords, new each time the data directory is formatted (the broker keeps their hashes there).
scram_users() {
  local args=() u
  for u in "${USERS[@]}"; do
    openssl rand -hex 16 > "$tls/users/$u" && chmod 600 "$tls/users/$u"
    args+=(--add-scram "SCRAM-SHA-512=[name=$u,password=$(cat "$tls/users/$u")]"
           --add-scram "SCRAM-SHA-256=[name=$u,password=$(cat "$tls/users/$u")]")
  done
  printf '%s\n' "${args[@]}"
}

pid_alive() { [ -f "$run/kafka.pid" ] && kill -0 "$(cat "$run/kafka.pid")" 2>/dev/null; }

start() {
  if [ -n "${KAFKA_BOOTSTRAP:-}" ]; then echo "kafka.sh: using KAFKA_BOOTSTRAP=$KAFKA_BOOTSTRAP"; return 0; fi
  if pid_alive; then echo "kafka.sh: already running (pid $(cat "$run/kafka.pid")) on 127.0.0.1:$port"; return 0; fi
  fetch
  mkdir -p "$run"
  tls_material
  umask 077  # (it holds the keystore password)
  cat > "$run/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$cport
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport,SASL_SSL://127.0.0.1:$sport,SSL://127.0.0.1:$tport
advertised.listeners=PLAINTEXT://127.0.0.1:$port,SASL_SSL://127.0.0.1:$sport,SSL://127.0.0.1:$tport
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_SSL:SASL_SSL,SSL:SSL
inter.broker.listener.name=PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512,SCRAM-SHA-256
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
ssl.keystore.type=PKCS12
ssl.keystore.location=$tls/broker.p12
ssl.keystore.password=$(cat "$tls/keystore.password")
ssl.key.password=$(cat "$tls/keystore.password")
ssl.truststore.type=PEM
ssl.truststore.location=$tls/ca.pem
listener.name.ssl.ssl.client.auth=required
ssl.principal.mapping.rules=RULE:^CN=([^,]+)\$/\$1/,DEFAULT
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:ANONYMOUS;User:kefu-router;User:kefu-tools
allow.everyone.if.no.acl.found=false
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
  chmod 600 "$run/server.properties"  # (umask applies to a new file only)
  local cp="$cache/libs/*"
  local jvm=(-Xms256m -Xmx1g -XX:+UseG1GC -Djava.awt.headless=true
             -Dlog4j.configuration="file:$here/kafka/log4j.properties")
  if [ ! -f "$run/data/meta.properties" ]; then
    local scram; mapfile -t scram < <(scram_users)
    java "${jvm[@]}" -cp "$cp" kafka.tools.StorageTool format --ignore-formatted "${scram[@]}" \
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

# What a client of this broker needs, as shell assignments: the listeners, the CA, the tools' SCRAM user and the
# mTLS client certificate. Nothing for a cluster named by KAFKA_BOOTSTRAP (its own settings apply).
client_env() {
  if [ -n "${KAFKA_BOOTSTRAP:-}" ] || [ ! -f "$tls/.complete" ]; then return 0; fi
  cat <<ENV
KAFKA_SASL_BOOTSTRAP=127.0.0.1:$sport
KAFKA_SSL_BOOTSTRAP=127.0.0.1:$tport
KAFKA_CA_FILE=$tls/ca.pem
KAFKA_USERS_DIR=$tls/users
KAFKA_SASL_USERNAME=kefu-tools
KAFKA_SASL_PASSWORD_FILE=$tls/users/kefu-tools
KAFKA_CLIENT_CERT=$tls/client.pem
KAFKA_CLIENT_KEY=$tls/client.key
ENV
}

# Kafka's AclCommand against this broker, over the plain-text listener (a super user): `kafka.sh acl --add …`.
acl() {
  fetch
  java -Xmx256m -cp "$cache/libs/*" -Dlog4j.configuration="file:$here/kafka/log4j.properties" kafka.admin.AclCommand \
      --bootstrap-server "${KAFKA_BOOTSTRAP:-127.0.0.1:$port}" "$@"
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status) if pid_alive; then echo "running pid $(cat "$run/kafka.pid") port $port"; else echo "stopped"; exit 1; fi ;;
  bootstrap) echo "${KAFKA_BOOTSTRAP:-127.0.0.1:$port}" ;;
  env) client_env ;;
  acl) shift; acl "$@" ;;
  wipe) stop; rm -rf "$run/data" ;;
  *) echo "usage: $0 fetch|start|stop|restart|status|bootstrap|env|acl|wipe" >&2; exit 2 ;;
esac
