#!/usr/bin/env bash
# Benchmark of a quarterly close through the real job (issue 4, item 6). Not run in CI.
#
#   ./mvnw -B -q -DskipITs package && src/test/scripts/benchmark-runs.sh [REPS] [DATABASE]
#
# 1. creates the PostgreSQL database DATABASE (default portal_bench_runs) afresh on 127.0.0.1:5432
#    and fills it with the demo generator's benchmark company of REPS reps (default 10000;
#    2023Q2 and 2023Q3, >= 50 sales per rep and quarter, other facts in proportion);
# 2. times the plain SQL aggregation of the same measures, streamed to a client (the floor): the
#    scheme's measures of 2023Q3 and those the growth rate and the plan need of 2023Q2 (the
#    faster of two passes);
# 3. starts Payara Micro with -Xmx1g on that database, starts the 2023Q3 close with
#    POST /api/v1/runs and waits until the run completes, sampling the server's heap;
# 4. prints reps, fact rows, wall time, reps/s, peak heap, SQL floor, the ratio, the CPU seconds
#    the server (of which JIT compiling and GC) and the rest of the machine used during the close,
#    the job's step times (from the server log) and the load average.
# BENCH_PORT, BENCH_WAR and BENCH_START_TIMEOUT (s) override the port, the war and the start wait;
# BENCH_JAVA_OPTS adds server JVM options (e.g. a flight recording); BENCH_CLOSES=2 closes the
# quarter a second time on the same (then warm) server; BENCH_REUSE=1 keeps the data of an earlier
# benchmark of the same database and removes only its runs.
set -euo pipefail
cd "$(dirname "$0")/../../.."
. src/test/scripts/lib.sh

REPS="${1:-10000}"
DB="${2:-portal_bench_runs}"
PORT="${BENCH_PORT:-8991}"
PG="jdbc:postgresql://127.0.0.1:5432/$DB"
WORK="target/benchmark-runs"
WAR="${BENCH_WAR:-target/portal.war}"
mkdir -p "$WORK"

[ -f target/portal.war ] && [ -d target/test-classes ] || { echo "build first: ./mvnw -B -q -DskipITs package"; exit 1; }
[ -f target/payara-micro.jar ] || { echo "target/payara-micro.jar missing: run ./mvnw -B -q -DskipTests package"; exit 1; }
if [ ! -f "$WORK/classpath" ]; then
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath" >/dev/null
fi
CP="target/classes:target/test-classes:$(cat "$WORK/classpath")"

# Work a killed server left running in the database (the alert rules evaluated after each close,
# for one) would compete with this benchmark: end it first, and again when this benchmark ends.
end_other_sessions() {
  psql -h 127.0.0.1 -U postgres -q -At -c "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity
    WHERE datname = '$DB' AND pid <> pg_backend_pid()" postgres >/dev/null 2>&1 || true
}
end_other_sessions

if [ "${BENCH_REUSE:-0}" = "1" ]; then
  echo "== reusing database $DB (BENCH_REUSE=1); earlier runs are removed"
  # TRUNCATE, not DELETE: a deleted run's rows stay as dead tuples and index entries that the next
  # run's writes would wade through (and autovacuum would clean up during it).
  psql -h 127.0.0.1 -U postgres -q -c "SET client_min_messages = warning" \
    -c "TRUNCATE evaluation_result, evaluation_item, evaluation_run CASCADE" "$DB"
else
  echo "== database $DB with $REPS reps"
  psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $DB" postgres
  psql -h 127.0.0.1 -U postgres -q -c "CREATE DATABASE $DB" postgres
  GEN_START=$(date +%s)
  java -Xmx2g -cp "$CP" com.salesperf.demo.control.BenchmarkData "$PG" postgres postgres "$REPS" \
    | tee "$WORK/generation.txt"
  echo "generated in $(( $(date +%s) - GEN_START )) s"
  psql -h 127.0.0.1 -U postgres -q -c "VACUUM ANALYZE" "$DB"
fi

FACTS=$(psql -h 127.0.0.1 -U postgres -At -c "SELECT (SELECT COUNT(*) FROM sale) + (SELECT COUNT(*) FROM receivable)
  + (SELECT COUNT(*) FROM feedback) + (SELECT COUNT(*) FROM rating) + (SELECT COUNT(*) FROM plan_submission)
  + (SELECT COUNT(*) FROM activity) + (SELECT COUNT(*) FROM opportunity) + (SELECT COUNT(*) FROM training)
  + (SELECT COUNT(*) FROM compliance_incident) + (SELECT COUNT(*) FROM target)" "$DB")

echo "== SQL floor: one set-based query of the measures the job reads (this and the previous quarter), streamed to the client, best of two"
FLOOR_MS=$(python3 - "$DB" <<'PY'
import subprocess, sys, time
db = sys.argv[1]
query = """
WITH s AS (SELECT employee_id, SUM(amount) actual, COUNT(*) orders, COUNT(DISTINCT customer_id) payers
           FROM sale WHERE excluded = FALSE AND signed_date BETWEEN DATE '2023-07-01' AND DATE '2023-09-30'
           GROUP BY employee_id),
     n AS (SELECT s.employee_id, COUNT(DISTINCT s.customer_id) fresh FROM sale s
           WHERE s.excluded = FALSE AND s.signed_date BETWEEN DATE '2023-07-01' AND DATE '2023-09-30'
             AND NOT EXISTS (SELECT 1 FROM sale e WHERE e.customer_id = s.customer_id AND e.excluded = FALSE
                             AND e.signed_date < s.signed_date)
           GROUP BY s.employee_id),
     r AS (SELECT employee_id, SUM(amount_due) due,
                  SUM(CASE WHEN collected_date <= due_date THEN amount_collected ELSE 0 END) on_time,
                  SUM(CASE WHEN collected_date <= DATE '2023-09-30' THEN amount_collected ELSE 0 END) collected
           FROM receivable WHERE due_date BETWEEN DATE '2023-07-01' AND DATE '2023-09-30' GROUP BY employee_id),
     f AS (SELECT employee_id, AVG(satisfaction) sat FROM feedback
           WHERE feedback_date BETWEEN DATE '2023-07-01' AND DATE '2023-09-30' GROUP BY employee_id),
     t AS (SELECT employee_id, AVG(score) teamwork FROM rating WHERE period_code = '2023Q3'
             AND dimension = 'TEAMWORK' AND rater_role IN ('SUPERVISOR', 'PEER') GROUP BY employee_id),
     p AS (SELECT employee_id, SUM(CASE WHEN submitted_at IS NULL OR submitted_at > due_at THEN 1 ELSE 0 END) late
           FROM plan_submission WHERE period_code IN ('2023Q3', '2023-07', '2023-08', '2023-09') GROUP BY employee_id),
     g AS (SELECT t.employee_id, t.target_value FROM target t JOIN period pe ON pe.id = t.period_id
           WHERE pe.code = '2023Q3' AND t.scope = 'REP' AND t.measure = 'sales'),
     ps AS (SELECT employee_id, SUM(amount) actual FROM sale
            WHERE excluded = FALSE AND signed_date BETWEEN DATE '2023-04-01' AND DATE '2023-06-30'
            GROUP BY employee_id),
     pn AS (SELECT s.employee_id, COUNT(DISTINCT s.customer_id) fresh FROM sale s
            WHERE s.excluded = FALSE AND s.signed_date BETWEEN DATE '2023-04-01' AND DATE '2023-06-30'
              AND NOT EXISTS (SELECT 1 FROM sale e WHERE e.customer_id = s.customer_id AND e.excluded = FALSE
                              AND e.signed_date < s.signed_date)
            GROUP BY s.employee_id),
     pg AS (SELECT t.employee_id, t.target_value FROM target t JOIN period pe ON pe.id = t.period_id
            WHERE pe.code = '2023Q2' AND t.scope = 'REP' AND t.measure = 'sales')
SELECT e.employee_no, s.actual, g.target_value, n.fresh, r.due, r.on_time, r.collected, f.sat, t.teamwork, p.late,
       ps.actual, pg.target_value, pn.fresh
FROM employee e LEFT JOIN s ON s.employee_id = e.id LEFT JOIN n ON n.employee_id = e.id
LEFT JOIN r ON r.employee_id = e.id LEFT JOIN f ON f.employee_id = e.id LEFT JOIN t ON t.employee_id = e.id
LEFT JOIN p ON p.employee_id = e.id LEFT JOIN g ON g.employee_id = e.id
LEFT JOIN ps ON ps.employee_id = e.id LEFT JOIN pn ON pn.employee_id = e.id LEFT JOIN pg ON pg.employee_id = e.id
WHERE e.position = 'SALES_REP'
""".replace("\n", " ")
# Twice, the faster counts: the first pass may still read from disk or set hint bits.
best = None
for _ in range(2):
    start = time.time()
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c",
                    "\\copy (" + query + ") TO '/dev/null'", db], check=True)
    elapsed = int((time.time() - start) * 1000)
    best = elapsed if best is None else min(best, elapsed)
print(best)
PY
)
echo "SQL floor: $FLOOR_MS ms"

echo "== Payara Micro (-Xmx1g) on $DB"
if curl -s -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; then
  echo "port $PORT is in use (another server?): set BENCH_PORT"; exit 1
fi
rm -rf "$WORK/root-bench" "$WORK/server-bench.log"
BASE="http://127.0.0.1:$PORT/portal"
# -Xmx1g after the scripts' default heap: the last one counts.
# shellcheck disable=SC2086
PORTAL_WAR="$WAR" PORTAL_PG_PASSWORD="${BENCH_PG_PASSWORD:-postgres}" \
  start_portal bench "$PORT" "$DB" -Xmx1g ${BENCH_JAVA_OPTS:-}
SERVER=$SERVER_PID
trap 'kill $SERVER 2>/dev/null || true; end_other_sessions' EXIT
await_portal bench "$PORT" "${BENCH_START_TIMEOUT:-900}"

# CPU seconds so far: of the server process, and of the whole machine (all processors, idle and
# I/O wait left out), from /proc; JIT and GC seconds from the server's own counters (the summed
# duration of its compile tasks, which includes waiting for a processor, and of its GC pauses).
server_cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$SERVER/stat"; }
machine_cpu() { awk -v hz="$(getconf CLK_TCK)" 'NR==1 {printf "%.1f", ($2+$3+$4+$7+$8+$9) / hz}' /proc/stat; }
jit_seconds() { jstat -compiler "$SERVER" | awk 'NR==2 {print $4}'; }
gc_seconds() { jstat -gcutil "$SERVER" | awk 'NR==2 {print $NF}'; }

# One close of 2023Q3 through the REST API, timed from the POST until the run is COMPLETED, with
# the server's heap sampled meanwhile; sets RUN, WALL_MS and PEAK. A later close of the same period
# supersedes the earlier draft, as an administrator's re-run does.
close_quarter() {
  CPU_BEFORE="$(server_cpu) $(machine_cpu) $(jit_seconds) $(gc_seconds)"
  # The login page can answer before the REST application is ready (503): retry the start briefly.
  for _ in $(seq 1 60); do
    START_MS=$(date +%s%3N)
    RESPONSE=$(curl -s -u "$ADMIN" -H 'Content-Type: application/json' \
      -d '{"period":"2023Q3","scheme":"Q-DEFAULT"}' "$BASE/api/v1/runs")
    RUN=$(echo "$RESPONSE" | sed -n 's/.*"id":\([0-9]*\).*/\1/p')
    case "$RESPONSE" in *"503"*) sleep 2 ;; *) break ;; esac
  done
  [ -n "$RUN" ] || { echo "could not start the run: $RESPONSE"; exit 1; }
  # One sampling jstat for the whole close, every 250 ms: starting a jstat (a JVM) per sample took
  # about 0.2 s of CPU each time, taken from the server and the database on two processors.
  jstat -gc "$SERVER" 250 > "$WORK/heap.txt" &
  local sampler=$!
  while true; do
    STATUS=$(run_status "$RUN")
    case "$STATUS" in *'"status":"COMPLETED"'*|*'"status":"FAILED"'*) break ;; esac
    sleep 0.5
  done
  WALL_MS=$(( $(date +%s%3N) - START_MS ))
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  PEAK=$(awk 'NR > 1 && $3 ~ /^[0-9.]+$/ {used = ($3 + $4 + $6 + $8) / 1024; if (used > peak) peak = used}
    END {printf "%d", peak}' "$WORK/heap.txt")
  CPU_AFTER="$(server_cpu) $(machine_cpu) $(jit_seconds) $(gc_seconds)"
  echo "$STATUS" > "$WORK/run.json"
  case "$STATUS" in *'"status":"FAILED"'*) echo "run FAILED: $STATUS"; exit 1 ;; esac
}

# BENCH_CLOSES=2 closes the quarter again on the same server: the first close after a start also
# pays for compiling the job's code (two processors shared with the JIT compiler), a long-running
# server's quarterly close does not.
CLOSES="${BENCH_CLOSES:-1}"
for CLOSE in $(seq 1 "$CLOSES"); do
  close_quarter
  python3 - "$REPS" "$FACTS" "$WALL_MS" "$PEAK" "$FLOOR_MS" "$CLOSE" "$CLOSES" <<'PY'
import sys
reps, facts, wall, peak, floor, close, closes = (int(x) for x in sys.argv[1:])
first = " (the first after the server started)" if close == 1 and closes > 1 else ""
print(f"== result of close {close} of {closes}{first}")
print(f"reps            {reps:,}")
print(f"fact rows       {facts:,}")
print(f"wall time       {wall / 1000:.1f} s (POST to COMPLETED, polled every 0.5 s)")
print(f"reps/s          {reps / (wall / 1000):,.0f}")
print(f"peak heap       {peak:,} MB used (server runs with -Xmx1g)")
print(f"SQL floor       {floor / 1000:.1f} s")
print(f"ratio           {wall / max(floor, 1):.1f} x the SQL floor")
PY
  python3 - $CPU_BEFORE $CPU_AFTER "$WALL_MS" "$(nproc)" <<'PY'
import sys
b, a = [float(x) for x in sys.argv[1:5]], [float(x) for x in sys.argv[5:9]]
wall, cpus = int(sys.argv[9]) / 1000, int(sys.argv[10])
server, machine, jit, gc = (a[i] - b[i] for i in range(4))
print(f"CPU             server {server:.1f} s (JIT compile tasks {jit:.1f} s, GC pauses {gc:.1f} s),"
      f" rest of the machine {machine - server:.1f} s (the database and others),"
      f" of {cpus * wall:.1f} s on {cpus} processors")
PY
  echo "step times      $(grep -o "Evaluation run $RUN step [a-z]* took [0-9]* ms" "$WORK/server-bench.log" \
    | sed 's/Evaluation run [0-9]* step \([a-z]*\) took \([0-9]*\) ms/\1 \2 ms/' | paste -sd, - | sed 's/,/, /g')"
done
echo "load average    $(uptime | sed 's/.*load average: //')"
