#!/usr/bin/env bash
# Kill -9 during a run, start again: the run is resumed and completes with the hashes of a clean
# run (issue 4, "failure and bad input"). Loopback only, bounded time, H2 in a root dir that
# survives the restart.
#
#   ./mvnw -B -q -DskipTests package && src/test/scripts/kill-restart-run.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT="${KILL_PORT:-8992}"
WORK="target/kill-restart-run"
BASE="http://127.0.0.1:$PORT/portal"
rm -rf "$WORK" && mkdir -p "$WORK"

start_server() {
  java -Xmx768m -Dportal.runs.orphaned-after-seconds=20 -jar target/payara-micro.jar \
    --deploy target/portal.war --postbootcommandfile server-config/post-boot-h2.asadmin \
    --rootdir "$WORK/root" --port "$PORT" --nocluster --disablephonehome --interfaces 127.0.0.1 \
    >> "$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 300); do
    curl -s -o /dev/null -w '%{http_code}' "$BASE/login.xhtml" | grep -q 200 && return 0
    sleep 1
  done
  echo "server did not start"; exit 1
}
run_status() { curl -s -u admin:demo1234 "$BASE/api/v1/runs/$1"; }
await_completed() {
  for _ in $(seq 1 600); do
    S=$(run_status "$1")
    case "$S" in *'"status":"COMPLETED"'*) echo "$S"; return 0 ;; *'"status":"FAILED"'*) echo "$S"; return 1 ;; esac
    sleep 1
  done
  return 1
}
start_run() {
  curl -s -u admin:demo1234 -H 'Content-Type: application/json' \
    -d '{"period":"2023Q3","scheme":"Q-DEFAULT"}' "$BASE/api/v1/runs" | sed -n 's/.*"id":\([0-9]*\).*/\1/p'
}
hash_of() { sed -n 's/.*"runHash":"\([0-9a-f]*\)".*/\1/p'; }

start_server
CLEAN=$(start_run)
CLEAN_HASH=$(await_completed "$CLEAN" | hash_of)
echo "clean run $CLEAN: $CLEAN_HASH"

KILLED=$(start_run)
# Kill in the middle of the work, once some reps are scored: killing right after the claim would
# also test H2's write delay (the embedded H2 writes commits to disk up to a second later).
for _ in $(seq 1 1200); do
  run_status "$KILLED" | grep -q '"scoredItems":[1-9]\|"writtenItems":[1-9]' && break
  sleep 0.05
done
echo "killing the server (kill -9) during run $KILLED: $(run_status "$KILLED")"
kill -9 "$SERVER"; wait "$SERVER" 2>/dev/null || true

start_server
trap 'kill $SERVER 2>/dev/null || true' EXIT
RESUMED=$(await_completed "$KILLED") || { echo "FAIL: $RESUMED"; exit 1; }
RESUMED_HASH=$(echo "$RESUMED" | hash_of)
echo "resumed run $KILLED: $RESUMED_HASH"
if [ "$RESUMED_HASH" = "$CLEAN_HASH" ]; then
  echo "PASS: the resumed run has the hash of the clean run"
else
  echo "FAIL: hashes differ"; exit 1
fi
