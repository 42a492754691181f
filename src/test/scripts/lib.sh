# Shared by the server scripts (sourced, not run): starting Payara Micro with the built war on
# loopback, waiting for it, and the runs REST API as the administrator. Every wait is bounded.
#
# Callers set WORK (their directory under target/) before starting a server.

ADMIN=admin:demo1234

# require_build: the war, Payara Micro and the PostgreSQL driver as `./mvnw -DskipTests package`
# leaves them.
require_build() {
  [ -f target/portal.war ] && [ -f target/payara-micro.jar ] && [ -f target/postgresql.jar ] \
    || { echo "build first: ./mvnw -B -q -DskipTests package"; exit 1; }
}

# start_portal NAME PORT DATABASE [JVM options...]: starts a server in the background (its pid in
# SERVER_PID), root dir $WORK/root-NAME, log $WORK/server-NAME.log (appended: a restarted server
# keeps its history). DATABASE is h2 (the embedded one, in the root dir) or a PostgreSQL database
# name on 127.0.0.1:5432. The JVM runs the Parallel collector, as the README's start command does.
start_portal() {
  local name=$1 port=$2 database=$3
  shift 3
  local war="${PORTAL_WAR:-target/portal.war}"
  local common=(--deploy "$war" --rootdir "$WORK/root-$name" --port "$port" --nocluster
    --disablephonehome --interfaces 127.0.0.1)
  if [ "$database" = h2 ]; then
    java -Xmx768m -XX:+UseParallelGC "$@" -jar target/payara-micro.jar "${common[@]}" \
      --postbootcommandfile server-config/post-boot-h2.asadmin >> "$WORK/server-$name.log" 2>&1 &
  else
    PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" PORTAL_DB_USER=postgres \
      PORTAL_DB_PASSWORD="${PORTAL_PG_PASSWORD:-postgres}" \
      java -Xmx768m -XX:+UseParallelGC "$@" -jar target/payara-micro.jar "${common[@]}" --addlibs target/postgresql.jar \
      --postbootcommandfile server-config/post-boot-postgresql.asadmin >> "$WORK/server-$name.log" 2>&1 &
  fi
  SERVER_PID=$!
}

# await_portal NAME PORT [SECONDS]: until the login page answers (default 10 minutes: a loaded
# 2-core machine has needed more than 5 to boot one), else fails the script.
await_portal() {
  local name=$1 port=$2
  for _ in $(seq 1 "${3:-600}"); do
    curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/portal/login.xhtml" 2>/dev/null \
      | grep -q 200 && { echo "server $name is up on port $port"; return 0; }
    sleep 1
  done
  echo "FAIL: server $name did not start; see $WORK/server-$name.log"
  exit 1
}

# The runs API of the server at BASE (http://127.0.0.1:PORT/portal).
run_status() { curl -s -u "$ADMIN" "$BASE/api/v1/runs/$1"; }

# start_run [PERIOD]: the new run's id (empty when refused).
start_run() {
  curl -s -u "$ADMIN" -H 'Content-Type: application/json' \
    -d "{\"period\":\"${1:-2023Q3}\",\"scheme\":\"Q-DEFAULT\"}" "$BASE/api/v1/runs" \
    | sed -n 's/.*"id":\([0-9]*\).*/\1/p'
}

# await_end RUN SECONDS: prints the run's last status; succeeds only when it COMPLETED.
await_end() {
  local status=""
  for _ in $(seq 1 "$2"); do
    status=$(run_status "$1")
    case "$status" in
      *'"status":"COMPLETED"'*) echo "$status"; return 0 ;;
      *'"status":"FAILED"'*) echo "$status"; return 1 ;;
    esac
    sleep 1
  done
  echo "$status"
  return 1
}

# await_scored RUN: until some reps of the run are scored (or it is already over), polled every
# 50 ms for at most a minute. Prints the status then seen.
await_scored() {
  local status=""
  for _ in $(seq 1 1200); do
    status=$(run_status "$1")
    case "$status" in
      *'"scoredItems":'[1-9]*|*'"writtenItems":'[1-9]*|*'"status":"COMPLETED"'*|*'"status":"FAILED"'*) break ;;
    esac
    sleep 0.05
  done
  echo "$status"
}

hash_of() { sed -n 's/.*"runHash":"\([0-9a-f]*\)".*/\1/p'; }
