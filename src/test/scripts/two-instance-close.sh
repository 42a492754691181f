#!/usr/bin/env bash
# Two Payara Micro instances on loopback share one PostgreSQL database, both with the close timers:
# a close produces exactly one run (issue 4, "failure and bad input"). Part of `./mvnw verify`.
#
#   ./mvnw -B -q -DskipTests package && src/test/scripts/two-instance-close.sh
#
# 1. A first instance alone migrates a fresh database and writes the demo company (2022-2023).
# 2. The quarter that ended before today is added to the calendar, so that it is due for closing.
# 3. Both instances start at the same time, without a cluster between them (--nocluster: nothing
#    but the database coordinates them), with the quarterly close firing every minute. Each
#    catches up the due close at start-up, then each timer fires again: every one of these claims
#    races the other instance's.
# 4. After both instances have started and a timer minute has passed on both, the database must
#    hold exactly one run of that quarter, completed, and the two logs exactly one "Started" line.
#
# Loopback only; every wait is bounded.
set -euo pipefail
cd "$(dirname "$0")/../../.."
. src/test/scripts/lib.sh

DB="${TWO_INSTANCE_DB:-portal_two_instances}"
PORT_A="${TWO_INSTANCE_PORT_A:-8993}"
PORT_B="${TWO_INSTANCE_PORT_B:-8994}"
PG_HOST=127.0.0.1
WORK="target/two-instance-close"
SERVERS=()

require_build
rm -rf "$WORK" && mkdir -p "$WORK"
stop_all() { for pid in "${SERVERS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop_all EXIT

sql() { psql -h "$PG_HOST" -U postgres -At -v ON_ERROR_STOP=1 -c "$1" "$DB"; }

# start_instance NAME PORT [JVM options...]: in the background, on the shared database.
start_instance() {
  local name=$1 port=$2
  shift 2
  start_portal "$name" "$port" "$DB" "$@"
  SERVERS+=("$SERVER_PID")
}

echo "== fresh database $DB"
psql -h "$PG_HOST" -U postgres -q -c "DROP DATABASE IF EXISTS $DB" postgres
psql -h "$PG_HOST" -U postgres -q -c "CREATE DATABASE $DB" postgres

echo "== instance A alone: schema and demo company"
start_instance A "$PORT_A"
FIRST=$SERVER_PID
await_portal A "$PORT_A"
kill "$FIRST"
for _ in $(seq 1 60); do kill -0 "$FIRST" 2>/dev/null || break; sleep 1; done
kill -9 "$FIRST" 2>/dev/null || true

# The quarter that ended before today (the demo calendar stops in 2023, so nothing was due yet).
YEAR=$(date -u +%Y)
QUARTER=$(( ($(date -u +%-m) - 1) / 3 + 1 ))
if [ "$QUARTER" -eq 1 ]; then YEAR=$((YEAR - 1)); QUARTER=4; else QUARTER=$((QUARTER - 1)); fi
PERIOD="${YEAR}Q${QUARTER}"
FIRST_MONTH=$(( (QUARTER - 1) * 3 + 1 ))
START=$(printf '%d-%02d-01' "$YEAR" "$FIRST_MONTH")
END=$(date -u -d "$START +3 months -1 day" +%F)
[ "$(sql "SELECT COUNT(*) FROM evaluation_run")" = 0 ] || { echo "FAIL: runs before the test"; exit 1; }
sql "INSERT INTO period (id, code, type, start_date, end_date, status, version)
     VALUES (990000001, '$PERIOD', 'QUARTER', DATE '$START', DATE '$END', 'OPEN', 0)" > /dev/null
echo "== $PERIOD ($START..$END) is due; both instances start, quarterly close every minute"

EVERY_MINUTE=(-Dportal.runs.schedule.QUARTER='* * * *' -Dportal.runs.scheme.QUARTER=Q-DEFAULT)
start_instance A "$PORT_A" "${EVERY_MINUTE[@]}"
start_instance B "$PORT_B" "${EVERY_MINUTE[@]}"
await_portal A "$PORT_A"
await_portal B "$PORT_B"

# Let each instance's minute timer fire at least once more, after both are up.
sleep $(( 75 - $(date -u +%-S) ))

STATUS=""
for _ in $(seq 1 300); do
  STATUS=$(sql "SELECT string_agg(status, ',') FROM evaluation_run WHERE period_code = '$PERIOD'")
  case "$STATUS" in COMPLETED*|*FAILED*) break ;; esac
  sleep 1
done
RUNS=$(sql "SELECT COUNT(*) FROM evaluation_run WHERE period_code = '$PERIOD'")
STARTED=$(cat "$WORK"/server-*.log | grep -c "Started the $PERIOD close" || true)
CLAIMED_A=$(grep -c "Nothing to do for the $PERIOD close" "$WORK/server-A.log" || true)
CLAIMED_B=$(grep -c "Nothing to do for the $PERIOD close" "$WORK/server-B.log" || true)
echo "runs of $PERIOD: $RUNS (status $STATUS); 'Started' lines in both logs: $STARTED;"
echo "claims that found the run already there: A $CLAIMED_A, B $CLAIMED_B"
sql "SELECT id, trigger_key, status, total_items, requested_by FROM evaluation_run WHERE period_code = '$PERIOD'"
# Both instances tried at start-up and on the timer: at least three of the four claims lost.
if [ "$RUNS" = 1 ] && [ "$STARTED" = 1 ] && [ "$STATUS" = COMPLETED ] \
    && [ "$CLAIMED_A" -ge 1 ] && [ "$CLAIMED_B" -ge 1 ] && [ $((CLAIMED_A + CLAIMED_B)) -ge 3 ]; then
  echo "PASS: two instances, one close, one run"
else
  echo "FAIL: expected exactly one completed run of $PERIOD, one 'Started' line and >= 3 lost claims"
  exit 1
fi
