#!/usr/bin/env bash
# Times a node's start: seconds from launching the JVM to the login page answering 200, as a student
# whose node was restarted mid-exam meets it. Each run starts on a copy of one database made by a first,
# untimed start (migrated and seeded), so the runs time a restart, not a first install.
# docs/performance.md, "A fast restart", has the figures and the machine they were measured on.
#
# usage: deploy/time-start.sh RUNS JAR [java options...]
#   deploy/time-start.sh 5 target/sourcewise-0.1.0-SNAPSHOT.jar
#   deploy/time-start.sh 5 target/app/sourcewise-0.1.0-SNAPSHOT.jar -XX:AOTCache=target/app/sourcewise.aot
set -euo pipefail

runs=$1; jar=$2; shift 2
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

port() { echo $(( 20000 + RANDOM % 20000 )); }

# one untimed start makes the database every timed run restarts on
p=$(port)
SOURCEWISE_DATA_DIR="$work/seed" "$java_bin" "$@" -jar "$jar" --server.port="$p" >"$work/seed.log" 2>&1 &
pid=$!
until curl -fs -o /dev/null "http://localhost:$p/actuator/health"; do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$work/seed.log" >&2; exit 1; }
    sleep 0.5
done
kill "$pid"; wait "$pid" || true; pid=

times=()
cpus=()
for i in $(seq 1 "$runs"); do
    rm -rf "$work/run"; cp -r "$work/seed" "$work/run"
    p=$(port)
    start=$(date +%s%N)
    SOURCEWISE_DATA_DIR="$work/run" "$java_bin" "$@" -jar "$jar" --server.port="$p" >"$work/run.log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "http://localhost:$p/login"; do
        kill -0 "$pid" 2>/dev/null || { tail -20 "$work/run.log" >&2; exit 1; }
        sleep 0.05
    done
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    # CPU the JVM used until then (user + system, all its threads): on a busy machine the wall time
    # measures the neighbours too, this does not
    cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat")
    times+=("$ms")
    cpus+=("$cpu_ms")
    echo "run $i: $ms ms to the login page, $cpu_ms ms of CPU (load average $(cut -d' ' -f1 /proc/loadavg))"
    kill "$pid"; wait "$pid" || true; pid=
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
cpu_sorted=($(printf '%s\n' "${cpus[@]}" | sort -n))
echo "median of $runs: ${sorted[$(( runs / 2 ))]} ms; best ${sorted[0]} ms; worst ${sorted[$(( runs - 1 ))]} ms; median CPU ${cpu_sorted[$(( runs / 2 ))]} ms"
