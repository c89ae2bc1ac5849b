#!/usr/bin/env bash
# Prepares the packaged jar for a fast start (docs/deployment.md, "A fast restart"):
#   1. extracts it into plain jars, because the JVM's AOT cache only holds classes loaded from the
#      class path, not from jars nested in the fat jar;
#   2. runs it once on a throwaway H2 database, serves the login page a few times, and stops it: the
#      JVM (25 or later) writes every class it loaded and linked, with their profiles, to the cache.
# Start the node with the printed command. The cache belongs to this build and this JDK: build it again
# after every upgrade of either (a mismatched cache is ignored with a warning, never used wrongly).
#
# usage: deploy/aot-cache.sh [path/to/sourcewise.jar] [output dir]
set -euo pipefail

jar=${1:-target/sourcewise-0.1.0-SNAPSHOT.jar}
out=${2:-target/app}
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java

[ -f "$jar" ] || { echo "No jar at $jar: run ./mvnw -B package -DskipTests first" >&2; exit 1; }
feature=$("$java_bin" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${feature:-0}" -lt 25 ]; then
    echo "The AOT cache needs Java 25 or later; $java_bin is Java $feature (set JAVA_HOME)" >&2
    exit 1
fi

rm -rf "$out"
"$java_bin" -Djarmode=tools -jar "$jar" extract --destination "$out" >/dev/null
app_jar="$out/$(basename "$jar")"
cache="$out/sourcewise.aot"

data=$(mktemp -d)
log="$data/training.log"
port=$(( 20000 + RANDOM % 20000 ))
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

echo "Training run on port $port (log: $log)..."
SOURCEWISE_DATA_DIR="$data" "$java_bin" -XX:AOTCacheOutput="$cache" -jar "$app_jar" --server.port="$port" >"$log" 2>&1 &
pid=$!
# up means ready: the first start also migrates and seeds the demo course, which the cache should see
for _ in $(seq 1 600); do
    if curl -fs -o /dev/null "http://localhost:$port/actuator/health"; then break; fi
    kill -0 "$pid" 2>/dev/null || { tail -20 "$log" >&2; echo "The training run stopped early" >&2; exit 1; }
    sleep 0.5
done
# the requests after the first load the classes that serve a page, not only those that start the app
for _ in 1 2 3 4 5; do
    curl -fs -o /dev/null "http://localhost:$port/login"
    curl -fs -o /dev/null "http://localhost:$port/actuator/health"
done
kill -TERM "$pid"
wait "$pid" || true
trap 'rm -rf "$data"' EXIT
[ -s "$cache" ] || { tail -20 "$log" >&2; echo "No AOT cache was written" >&2; exit 1; }

echo "AOT cache: $cache ($(du -h "$cache" | cut -f1))"
echo "Start a node with:"
echo "  java -XX:AOTCache=$cache -jar $app_jar"
