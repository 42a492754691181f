#!/usr/bin/env bash
# Kill -9 during a run, start again: the run is resumed and completes with the hashes of a clean
# run (issue 4, "failure and bad input"). Loopback only, bounded time, H2 in a root dir that
# survives the restart. Part of `./mvnw verify`.
#
#   ./mvnw -B -q -DskipTests package && src/test/scripts/kill-restart-run.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
. src/test/scripts/lib.sh
PORT="${KILL_PORT:-8992}"
WORK="target/kill-restart-run"
BASE="http://127.0.0.1:$PORT/portal"
require_build
rm -rf "$WORK" && mkdir -p "$WORK"
# A run whose server died is taken over after 20 s without progress (default: minutes).
ORPHANED_AFTER=(-Dportal.runs.orphaned-after-seconds=20)

start_portal node "$PORT" h2 "${ORPHANED_AFTER[@]}"
trap 'kill $SERVER_PID 2>/dev/null || true' EXIT
await_portal node "$PORT"
CLEAN=$(start_run)
CLEAN_HASH=$(await_end "$CLEAN" 600 | hash_of || true)
[ -n "$CLEAN_HASH" ] || { echo "FAIL: the clean run $CLEAN did not complete"; exit 1; }
echo "clean run $CLEAN: $CLEAN_HASH"

# Kill in the middle of the work, once some reps are scored: killing right after the claim would
# also test H2's write delay (the embedded H2 writes commits to disk up to a second later). A run
# of the 198 demo reps takes a second or two, so it may be over first: then try again (bounded).
KILLED=""
for attempt in 1 2 3 4 5 6 7 8; do
  RUN=$(start_run)
  [ -n "$RUN" ] || { echo "FAIL: could not start a run"; exit 1; }
  SEEN=$(await_scored "$RUN")
  case "$SEEN" in
    *'"status":"COMPLETED"'*|*'"status":"FAILED"'*) echo "attempt $attempt: run $RUN ended before the kill; again" ;;
    *) KILLED=$RUN; break ;;
  esac
done
[ -n "$KILLED" ] || { echo "FAIL: no run was caught working in 8 attempts"; exit 1; }
echo "killing the server (kill -9) during run $KILLED: $SEEN"
kill -9 "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true

start_portal node "$PORT" h2 "${ORPHANED_AFTER[@]}"
await_portal node "$PORT"
RESUMED=$(await_end "$KILLED" 600) || { echo "FAIL: $RESUMED"; exit 1; }
RESUMED_HASH=$(echo "$RESUMED" | hash_of)
echo "resumed run $KILLED: $RESUMED_HASH"
if [ "$RESUMED_HASH" = "$CLEAN_HASH" ]; then
  echo "PASS: the resumed run has the hash of the clean run"
else
  echo "FAIL: hashes differ"; exit 1
fi
