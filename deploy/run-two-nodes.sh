#!/usr/bin/env bash
# Two Sourcewise nodes on one PostgreSQL behind nginx, on this machine, from Debian's packages:
#
#   apt-get install -y nginx postgresql      # the packages only: no system service is used
#   ./mvnw -B package -DskipTests             # target/sourcewise-*.jar
#   deploy/run-two-nodes.sh                   # then open http://localhost:8080; Ctrl-C stops everything
#
# It starts, each in a fresh temporary folder (kept with KEEP=1, removed otherwise):
#   1. a throw-away PostgreSQL cluster (initdb + pg_ctl; as root, run as the user `postgres`),
#      with the database `sourcewise` owned by the role `sourcewise`;
#   2. node1, which migrates the schema and seeds demo mode, and once it is healthy node2
#      (two first starts at once would race to seed the demo course);
#   3. nginx in the foreground with deploy/nginx.conf.template (sticky sessions, passive health checks).
# docs/deployment.md, "Several nodes on one database", explains the config and the rolling restart
# (deploy/rolling-restart.sh).
#
# Settings (environment):
#   LISTEN_PORT (8080)  NODE1_PORT (8081)  NODE2_PORT (8082)  PG_PORT (5433)
#   JAR (target/sourcewise-*.jar)  JAVA (java on JAVA_HOME, else on PATH; 21 or newer)
#   NODE_HEAP (512m)  PG_BIN (the newest /usr/lib/postgresql/*/bin)  WORK (a new temporary folder)
#   DEMO (true)  KEEP (0)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
LISTEN_PORT="${LISTEN_PORT:-8080}"
NODE1_PORT="${NODE1_PORT:-8081}"
NODE2_PORT="${NODE2_PORT:-8082}"
PG_PORT="${PG_PORT:-5433}"
NODE_HEAP="${NODE_HEAP:-512m}"
DEMO="${DEMO:-true}"
KEEP="${KEEP:-0}"

fail() { echo "run-two-nodes: $*" >&2; exit 1; }
say() { echo "run-two-nodes: $*"; }

# --- what it needs -------------------------------------------------------------------------------
command -v nginx >/dev/null || fail "nginx is not installed: apt-get install -y nginx"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
[ -x "${PG_BIN:-}/initdb" ] || fail "no PostgreSQL server binaries (initdb) in '${PG_BIN:-}': apt-get install -y postgresql, or set PG_BIN"
if [ -z "${JAVA:-}" ]; then
  if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="$(command -v java || true)"; fi
fi
[ -x "${JAVA:-}" ] || fail "no java: set JAVA_HOME to a JDK 21 or newer"
if [ -z "${JAR:-}" ]; then
  JAR="$(ls "$repo"/target/sourcewise-*.jar 2>/dev/null | head -1 || true)"
fi
[ -f "${JAR:-}" ] || fail "no jar: run ./mvnw -B package -DskipTests first, or set JAR"
for port in "$LISTEN_PORT" "$NODE1_PORT" "$NODE2_PORT" "$PG_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "port $port is already in use"; fi
done

WORK="${WORK:-$(mktemp -d /tmp/sourcewise-two-nodes.XXXXXX)}"
mkdir -p "$WORK"
chmod 755 "$WORK"   # nginx's worker and PostgreSQL may run as other users than this script
say "working folder $WORK (logs: node1.log node2.log postgres.log nginx/logs/)"

# The nodes run a copy of the jar in the working folder: a build that rewrites target/ (or a new jar
# copied over the old one) while a node runs pulls the classes from under it, and every request that
# needs a class not yet loaded fails (ClassNotFoundException). rolling-restart.sh installs a new jar by
# renaming it into place, which leaves the running node's open file alone.
cp "$JAR" "$WORK/sourcewise.jar.new" && mv -f "$WORK/sourcewise.jar.new" "$WORK/sourcewise.jar"
JAR="$WORK/sourcewise.jar"

# PostgreSQL refuses to run as root: as root, run its commands as the package's `postgres` user
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pids=()
stopping=0
stop_all() {
  [ "$stopping" = 1 ] && return
  stopping=1
  trap - INT TERM EXIT
  say "stopping"
  touch "$WORK/stopping"   # the node loops below start no node again
  [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
  for node in node1 node2; do   # SIGTERM: a node finishes the requests it has, then stops
    [ -f "$WORK/$node.pid" ] && kill "$(cat "$WORK/$node.pid")" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -f "$WORK/pgdata/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -m fast -w stop >/dev/null || true
  fi
  if [ "$KEEP" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
trap stop_all INT TERM EXIT

# --- 1. PostgreSQL ---------------------------------------------------------------------------------
mkdir -p "$WORK/pgdata" "$WORK/pgsocket"
touch "$WORK/postgres.log"
if [ "$(id -u)" = 0 ]; then chown postgres: "$WORK/pgdata" "$WORK/pgsocket" "$WORK/postgres.log"; fi
say "PostgreSQL ($("$PG_BIN/postgres" --version)) on port $PG_PORT"
as_pg "$PG_BIN/initdb" -D "$WORK/pgdata" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -l "$WORK/postgres.log" -w \
  -o "-p $PG_PORT -k $WORK/pgsocket -c listen_addresses=127.0.0.1 -c timezone=UTC" start >/dev/null
as_pg "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
  -c "create role sourcewise login password 'sourcewise'" -c "create database sourcewise owner sourcewise"

# --- 2. two nodes -----------------------------------------------------------------------------------
# Each node runs in a loop, as systemd's Restart=always would: a node that stops or is killed (a crash,
# or deploy/rolling-restart.sh stopping it to take a new jar) is started again with the same settings.
start_node() {  # name port
  echo "$2" >"$WORK/$1.port"
  (
    while [ ! -f "$WORK/stopping" ]; do
      SPRING_PROFILES_ACTIVE=postgres \
      SOURCEWISE_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/sourcewise" \
      SOURCEWISE_DB_USERNAME=sourcewise SOURCEWISE_DB_PASSWORD=sourcewise \
      SOURCEWISE_DATA_DIR="$WORK/$1-data" SOURCEWISE_DEMO="$DEMO" SOURCEWISE_FORWARD_HEADERS=native \
      SOURCEWISE_NODE_ROUTE="$1" PATH="$PG_BIN:$PATH" \
        "$JAVA" "-Xmx$NODE_HEAP" -jar "$JAR" "--server.port=$2" >>"$WORK/$1.log" 2>&1 &
      echo "$!" >"$WORK/$1.pid"
      wait "$!" || true
      sleep 1   # a Ctrl-C reaches the script's trap first, which tells this loop to stop
      [ -f "$WORK/stopping" ] || say "$1 ended; starting it again (see $WORK/$1.log)"
    done
  ) &
  pids+=("$!")
}
wait_healthy() {  # name port
  local deadline=$((SECONDS + 240))
  until curl -fsS "http://127.0.0.1:$2/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    [ "$SECONDS" -lt "$deadline" ] || fail "$1 did not report UP within 240 s (see $WORK/$1.log)"
    sleep 1
  done
  say "$1 is up on port $2 ($((SECONDS - t0)) s)"
}
t0=$SECONDS
start_node node1 "$NODE1_PORT"
wait_healthy node1 "$NODE1_PORT"
t0=$SECONDS
start_node node2 "$NODE2_PORT"
wait_healthy node2 "$NODE2_PORT"

# --- 3. nginx ---------------------------------------------------------------------------------------
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/temp"
sed -e "s|{{PREFIX}}|$WORK/nginx|g" -e "s|{{LISTEN}}|$LISTEN_PORT|g" \
    -e "s|{{NODE1}}|127.0.0.1:$NODE1_PORT|g" -e "s|{{NODE2}}|127.0.0.1:$NODE2_PORT|g" \
    "$here/nginx.conf.template" >"$WORK/nginx/nginx.conf"
nginx_args=(-p "$WORK/nginx" -e "$WORK/nginx/logs/error.log" -c "$WORK/nginx/nginx.conf")
nginx -t -q "${nginx_args[@]}" || fail "nginx refused its config ($WORK/nginx/nginx.conf)"
say "nginx on http://localhost:$LISTEN_PORT (node1 :$NODE1_PORT, node2 :$NODE2_PORT, PostgreSQL :$PG_PORT); Ctrl-C stops all"
nginx "${nginx_args[@]}" &
pids+=("$!")
# returns when nginx ends, or on Ctrl-C (the trap then stops the rest)
wait "${pids[-1]}" || true
[ "$stopping" = 1 ] || say "nginx ended (see $WORK/nginx/logs/error.log); stopping the rest"
