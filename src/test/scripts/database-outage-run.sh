#!/usr/bin/env bash
# The database becomes unreachable during a run: the run ends FAILED with a clear reason, and a
# restart after the database is back completes it with the hash of a clean run (issue 4, "failure
# and bad input"). PostgreSQL (database portal_db_outage, dropped and created afresh), loopback
# only, every wait bounded. Part of `./mvnw verify`.
#
#   ./mvnw -B -q -DskipTests package && src/test/scripts/database-outage-run.sh
#
# The outage: connections to the database are refused (ALLOW_CONNECTIONS false) and every open one
# is ended, for OUTAGE_SECONDS, while the run is scoring. A run of the 198 demo reps takes about a
# second, so the outage may miss it; the script then tries again with a new run (bounded).
set -euo pipefail
cd "$(dirname "$0")/../../.."
. src/test/scripts/lib.sh

DB="${OUTAGE_DB:-portal_db_outage}"
PORT="${OUTAGE_PORT:-8995}"
OUTAGE_SECONDS="${OUTAGE_SECONDS:-15}"
BASE="http://127.0.0.1:$PORT/portal"
WORK="target/database-outage-run"
require_build
rm -rf "$WORK" && mkdir -p "$WORK"

admin_sql() { psql -h 127.0.0.1 -U postgres -At -q -v ON_ERROR_STOP=1 -c "$1" postgres; }
database_back() { admin_sql "ALTER DATABASE $DB ALLOW_CONNECTIONS true" > /dev/null; }

echo "== fresh database $DB"
admin_sql "DROP DATABASE IF EXISTS $DB" > /dev/null 2>&1
admin_sql "CREATE DATABASE $DB" > /dev/null

start_portal node "$PORT" "$DB"
trap 'database_back; kill $SERVER_PID 2>/dev/null || true' EXIT
await_portal node "$PORT"

CLEAN=$(start_run)
CLEAN_HASH=$(await_end "$CLEAN" 600 | hash_of || true)
[ -n "$CLEAN_HASH" ] || { echo "FAIL: the clean run $CLEAN did not complete"; exit 1; }
echo "clean run $CLEAN: $CLEAN_HASH"

FAILED_RUN=""
for attempt in 1 2 3 4 5 6 7 8; do
  RUN=$(start_run)
  [ -n "$RUN" ] || { echo "FAIL: could not start a run"; exit 1; }
  await_scored "$RUN" > /dev/null
  admin_sql "ALTER DATABASE $DB ALLOW_CONNECTIONS false;
             SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '$DB'" > /dev/null
  echo "attempt $attempt: database $DB unreachable during run $RUN for $OUTAGE_SECONDS s"
  sleep "$OUTAGE_SECONDS"
  database_back
  # The failure is written by the scheduler's minute timer once the database answers again.
  END=$(await_end "$RUN" 300) || true
  case "$END" in
    *'"status":"FAILED"'*) FAILED_RUN=$RUN; echo "run $RUN: $END"; break ;;
    *'"status":"COMPLETED"'*) echo "run $RUN completed before the outage reached it; again" ;;
    *) echo "FAIL: run $RUN neither failed nor completed after the outage: $END"; exit 1 ;;
  esac
done
[ -n "$FAILED_RUN" ] || { echo "FAIL: no run was caught by the outage in 8 attempts"; exit 1; }
REASON=$(run_status "$FAILED_RUN" | sed -n 's/.*"failureReason":"\([^"]*\)".*/\1/p')
echo "failure reason: $REASON"
case "$REASON" in
  *"database could not be reached"*) ;;
  *) echo "FAIL: the reason does not say that the database could not be reached"; exit 1 ;;
esac

RESTART=$(curl -s -o /dev/null -w '%{http_code}' -u "$ADMIN" -X POST "$BASE/api/v1/runs/$FAILED_RUN/restart")
[ "$RESTART" = 202 ] || { echo "FAIL: restart answered $RESTART"; exit 1; }
RESTARTED_HASH=$(await_end "$FAILED_RUN" 600 | hash_of || true)
echo "restarted run $FAILED_RUN: $RESTARTED_HASH"
if [ "$RESTARTED_HASH" = "$CLEAN_HASH" ]; then
  echo "PASS: failed with the reason during the outage; the restart has the hash of the clean run"
else
  echo "FAIL: the restarted run's hash differs from the clean run's"; exit 1
fi
