#!/usr/bin/env bash
# Confluent Parallel Consumer for the router benchmark (bench/router_bench.py, its Parallel Consumer rows).
#   parallel-consumer.sh fetch | build | classpath
# fetch: Parallel Consumer's jar and its runtime dependencies from Maven Central through Maven, as listed in
#   bench/parallel_consumer/pom.xml (explicitly: its own pom's tree is not resolved), cached in $KEFU_CACHE (default
#   ~/.cache/kefu-router) under parallel-consumer-<version>/libs.
# build: fetch, then compile bench/parallel_consumer/Bench.java with javac into
#   $KEFU_RUN/parallel-consumer/classes (KEFU_RUN defaults to <repo>/.run); again only when the source changed.
# classpath: build, then print the class path that runs it: java -cp "$(parallel-consumer.sh classpath)" Bench
# Needs Java 17+ (javac) and Maven (mvn).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
src=$repo/bench/parallel_consumer
version=$(sed -n 's:.*<pc.version>\(.*\)</pc.version>.*:\1:p' "$src/pom.xml")
cache=${KEFU_CACHE:-$HOME/.cache/kefu-router}/parallel-consumer-$version
out=${KEFU_RUN:-$repo/.run}/parallel-consumer

fetch() {
  if [ -f "$cache/.complete" ] && [ "$cache/.complete" -nt "$src/pom.xml" ]; then return 0; fi
  command -v mvn >/dev/null || { echo "parallel-consumer.sh: Maven (mvn) is required to fetch the jars" >&2; exit 1; }
  echo "parallel-consumer.sh: fetching Parallel Consumer $version and its runtime dependencies into $cache" >&2
  rm -rf "$cache" && mkdir -p "$cache"
  mvn -q -B -f "$src/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$cache/libs" >&2
  touch "$cache/.complete"
}

build() {
  fetch
  command -v javac >/dev/null || { echo "parallel-consumer.sh: a JDK 17+ (javac) is required" >&2; exit 1; }
  local stamp="$out/classes/.built-$version"
  if [ -f "$stamp" ] && [ "$stamp" -nt "$src/Bench.java" ] && [ "$stamp" -nt "$cache/.complete" ]; then return 0; fi
  rm -rf "$out/classes" && mkdir -p "$out/classes"
  javac -nowarn -d "$out/classes" -cp "$cache/libs/*" "$src/Bench.java" >&2
  touch "$stamp"
}

case "${1:-}" in
  fetch) fetch ;;
  build) build ;;
  classpath) build; echo "$out/classes:$cache/libs/*" ;;
  *) echo "usage: $0 fetch|build|classpath" >&2; exit 2 ;;
esac
