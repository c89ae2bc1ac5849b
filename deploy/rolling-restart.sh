#!/usr/bin/env bash
# A rolling restart of the nodes that deploy/run-two-nodes.sh started, onto a new jar if one is given:
# one node at a time is stopped, started again and waited for, so that one node always serves.
# Usage: deploy/rolling-restart.sh WORK [NEW_JAR]   (WORK: the working folder the start script printed)
# The new jar is renamed into place (WORK/sourcewise.jar), never copied over the running one: a node
# still running reads its classes from the file it opened, and a file rewritten under it breaks it.
#
# What students notice (docs/deployment.md, "Rolling restart"): those on the node being restarted are
# sent by nginx to the other node, which does not hold their page; they log in again there and are led
# back to their attempt with every saved answer. Nobody else notices.
set -euo pipefail
WORK="${1:?usage: rolling-restart.sh WORK (the folder deploy/run-two-nodes.sh printed)}"
FAIL_TIMEOUT="${FAIL_TIMEOUT:-10}"   # nginx's fail_timeout: how long it leaves a failed node alone
if [ -n "${2:-}" ]; then
  [ -f "$2" ] || { echo "rolling-restart: no jar $2" >&2; exit 1; }
  cp "$2" "$WORK/sourcewise.jar.new" && mv -f "$WORK/sourcewise.jar.new" "$WORK/sourcewise.jar"
  echo "rolling-restart: $2 is the nodes' jar from their next start"
fi

for node in node1 node2; do
  [ -f "$WORK/$node.pid" ] && [ -f "$WORK/$node.port" ] || { echo "rolling-restart: no $node in $WORK" >&2; exit 1; }
  pid="$(cat "$WORK/$node.pid")"
  port="$(cat "$WORK/$node.port")"
  t0=$SECONDS
  echo "rolling-restart: stopping $node (pid $pid)"
  kill -TERM "$pid"   # graceful: the requests it is serving are finished first
  while kill -0 "$pid" 2>/dev/null; do sleep 1; done
  # run-two-nodes.sh starts it again; wait for the new process to report UP
  until [ "$(cat "$WORK/$node.pid")" != "$pid" ] && curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    [ $((SECONDS - t0)) -lt 300 ] || { echo "rolling-restart: $node is not UP after 300 s; see $WORK/$node.log" >&2; exit 1; }
    sleep 1
  done
  echo "rolling-restart: $node is UP again after $((SECONDS - t0)) s"
  # before the next node goes, this one must be back in nginx's rotation
  sleep "$FAIL_TIMEOUT"
done
echo "rolling-restart: done"
