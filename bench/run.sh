#!/usr/bin/env bash
# Leaseport benchmark: the HTTP API next to the raw database limit, on this machine, in one run.
#
#   bench/run.sh              build the runnable JAR (package only), then measure
#   bench/run.sh --no-build   measure bootstrap/target/leaseport.jar as it is
#
# Starts the server in local mode on free loopback ports with a data folder of its own (never
# 9080/55432), under /tmp/leaseport-it.lock so no integration test runs meanwhile. Loads data
# through SQL: 1k properties over 50 owners, then 100k over 5,000 owners, plus one large owner
# (5,000 properties, 50,000 units). After each load, bench/sql/money.sql gives the new units
# leases, a year of rent charges and payments (a few refunds, a few overdue), repairs and
# expenses. For each endpoint in bench/endpoints.txt and each stage it runs wrk (bounded in time)
# as an owner, then pgbench with the same statements in one transaction under the same role and
# claims, at the same concurrency (@TODAY@ in a body is today's date, UTC); pg_stat_statements
# counts the statements each request sends. Prints a table (also written to $OUT/results.md).
#
# Settings (environment): DURATION (seconds per measurement, default 5), WARMUP (2 s per
# measurement), WARMUP_ALL (20 s over all endpoints before the first stage),
# CONNECTIONS (8), THREADS (2), JVM_OPTS (extra java options for the server), RATE_LIMIT_CALLER
# (the per-caller rate limit; by default too high to throttle, so its cost is measured and its
# 429s are not), RATE_LIMIT_STRICT (likewise for the strict routes, e.g. the exports), OUT (results
# folder, default a fresh folder under /tmp). Needs java, curl, python3, psql and pgbench
# (Debian: apt-get install -y postgresql-client) and wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

for tool in java curl python3 psql pgbench wrk flock; do
  if ! command -v "$tool" >/dev/null; then
    case "$tool" in
      wrk) echo "wrk is not installed: apt-get install -y wrk" >&2 ;;
      psql | pgbench) echo "$tool is not installed: apt-get install -y postgresql-client" >&2 ;;
      *) echo "$tool is not installed" >&2 ;;
    esac
    exit 2
  fi
done

# The whole run holds the integration tests' lock: both want the two cores to themselves.
if [[ -z "${LEASEPORT_BENCH_LOCKED:-}" ]]; then
  echo "waiting for /tmp/leaseport-it.lock ..." >&2
  exec env LEASEPORT_BENCH_LOCKED=1 flock /tmp/leaseport-it.lock "$0" "$@"
fi

DURATION="${DURATION:-5}"
WARMUP="${WARMUP:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
THREADS="${THREADS:-2}"
OUT="${OUT:-$(mktemp -d /tmp/leaseport-bench-results.XXXXXX)}"
mkdir -p "$OUT"
JAR="$root/bootstrap/target/leaseport.jar"

if [[ "${1:-}" != "--no-build" ]]; then
  echo "building the runnable JAR (mvn package, tests skipped) ..." >&2
  mvn -B -q -pl bootstrap -am package -DskipTests -Dspotless.check.skip=true
fi
[[ -f "$JAR" ]] || { echo "no $JAR: run without --no-build" >&2; exit 2; }

work=$(mktemp -d /tmp/leaseport-bench.XXXXXX)
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
HTTP_PORT=$(free_port)
DB_PORT=$(free_port)
BASE="http://127.0.0.1:$HTTP_PORT"
server_pid=""

stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
  # The JAR refuses to unpack into an existing folder: each launch unpacks afresh, to the same
  # path (so a class-data archive made by one launch still matches the next).
  rm -rf "$work/extracted"
}
cleanup() {
  stop_server
  rm -rf "$work"
}
trap cleanup EXIT

# Starts the server; sets $launch_to_ready to the seconds from launch to /health/ready UP.
start_server() {
  local started
  started=$(date +%s.%N)
  env LEASEPORT_MODE=local LEASEPORT_HTTP_HOST=127.0.0.1 LEASEPORT_HTTP_PORT="$HTTP_PORT" \
    LEASEPORT_DATA_DIR="$work/data" LEASEPORT_EMBEDDED_DB_PORT="$DB_PORT" \
    LEASEPORT_ENV_FILE=no-env-file WLP_JAR_EXTRACT_DIR="$work/extracted" \
    LEASEPORT_RATE_LIMIT_CALLER="${RATE_LIMIT_CALLER:-100000000/1m}" \
    LEASEPORT_RATE_LIMIT_STRICT="${RATE_LIMIT_STRICT:-100000000/1m}" \
    java ${JVM_OPTS:-} -jar "$JAR" >>"$OUT/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 1800); do
    if curl -fsS "$BASE/health/ready" 2>/dev/null | grep -q '"UP"'; then
      launch_to_ready=$(python3 -c "import time; print(f'{time.time() - $started:.1f}')")
      return
    fi
    kill -0 "$server_pid" 2>/dev/null || { echo "the server stopped; see $OUT/server.log" >&2; exit 1; }
    sleep 0.05
  done
  echo "not ready after 90 s; see $OUT/server.log" >&2
  exit 1
}

# Resident memory of the server and its child processes (a launcher may start the real JVM).
resident_kb() {
  local pids="$1" all="$1"
  while [[ -n "$pids" ]]; do
    pids=$(pgrep -P "$(tr ' ' ',' <<<"$pids")" | tr '\n' ' ' | sed 's/ *$//')
    all="$all $pids"
  done
  ps -o rss= -p "$(tr -s ' ' ',' <<<"$all" | sed 's/,$//')" | awk '{sum += $1} END {print sum}'
}

sql() { psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d leaseport -X -q -v ON_ERROR_STOP=1 "$@"; }
json_field() { sed -E "s/.*\"$1\":\"([^\"]+)\".*/\1/"; }
token_for() {
  curl -fsS -X POST "$BASE/api/v1/dev/tokens" -H 'Content-Type: application/json' \
    -d "{\"userType\":\"OWNER\",\"email\":\"$1\"}" | json_field accessToken
}

# The first start unpacks the JAR and creates the database; the second is the figure that counts.
start_server
first_start=$launch_to_ready
stop_server
start_server
ready=$launch_to_ready
echo "launch to ready: first start ${first_start} s (unpack, initdb, migrations), restart ${ready} s" >&2
sql -c "create extension if not exists pg_stat_statements" >/dev/null

SMALL_EMAIL=small-owner@bench.test
LARGE_EMAIL=large-owner@bench.test
SMALL_TOKEN=$(token_for "$SMALL_EMAIL")
LARGE_TOKEN=$(token_for "$LARGE_EMAIL")
SMALL_ID=$(curl -fsS "$BASE/api/v1/me" -H "Authorization: Bearer $SMALL_TOKEN" | json_field id)
LARGE_ID=$(curl -fsS "$BASE/api/v1/me" -H "Authorization: Bearer $LARGE_TOKEN" | json_field id)

load_owner() {
  sql -v owner="$1" -v properties="$2" -v units_per="$3" -v name="$4" -f bench/sql/owner.sql
}
load_owners() {
  sql -v owners="$1" -v per_owner="$2" -v units_per="$3" -v tag="$4" -f bench/sql/owners.sql
}
# Leases, a year of rent and its payments, refunds, repairs and expenses for the units just loaded.
load_money() {
  local started
  started=$(date +%s.%N)
  sql -f bench/sql/money.sql
  echo "  money loaded in $(python3 -c "import time; print(f'{time.time() - $started:.1f}')") s" >&2
}
property_of() {
  sql -At -c "select id from leaseport.properties where owner_id = '$1' order by name, id limit 1"
}

results="$OUT/rows.tsv"
: >"$results"

# One endpoint at one stage: wrk as the owner, then pgbench with the same statements.
measure() {
  local stage="$1" token="$2" sub="$3" email="$4" property="$5" name="$6" path="$7" body="$8"
  local url="$BASE${path//\{property\}/$property}"
  local auth="Authorization: Bearer $token"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H "$auth" "$url" >/dev/null
  sql -c "select pg_stat_statements_reset()" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$auth" "$url" >"$work/wrk.txt"
  local statements
  statements=$(sql -At -c "select coalesce(sum(calls), 0) from pg_stat_statements s
      join pg_database d on d.oid = s.dbid where d.datname = 'leaseport'
      and s.query !~* '^(begin|commit|rollback|set |show |select pg_stat_statements)'
      and s.query !~ 'pg_catalog.pg_type'")
  if grep -q "Non-2xx" "$work/wrk.txt"; then
    echo "$stage $name: non-2xx answers:" >&2
    cat "$work/wrk.txt" >&2
    exit 1
  fi
  sed -e "s/@SUB@/$sub/g" -e "s/@EMAIL@/$email/g" bench/pgbench/caller.sql >"$work/script.sql"
  sed -e "s/@PROPERTY@/$property/g" -e "s/@Q@/${BENCH_Q:-12}/g" -e "s/@TODAY@/$(date -u +%F)/g" \
    "bench/pgbench/$body" >>"$work/script.sql"
  echo "COMMIT;" >>"$work/script.sql"
  pgbench -n -h 127.0.0.1 -p "$DB_PORT" -U authenticator -c "$CONNECTIONS" -j "$THREADS" \
    -T "$DURATION" -f "$work/script.sql" leaseport >"$work/pgbench.txt" 2>&1 \
    || { cat "$work/pgbench.txt" >&2; exit 1; }
  python3 bench/parse.py "$stage" "$name" "$work/wrk.txt" "$work/pgbench.txt" "$statements" \
    >>"$results"
}

trim() { sed -E 's/^[[:space:]]+|[[:space:]]+$//g' <<<"$1"; }

measure_all() {
  local stage="$1" token="$2" sub="$3" email="$4"
  local property
  property=$(property_of "$sub")
  while IFS='|' read -r name path body; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    echo "  $stage: $(trim "$name")" >&2
    measure "$stage" "$token" "$sub" "$email" "$property" "$(trim "$name")" "$(trim "$path")" \
      "$(trim "$body")"
  done <bench/endpoints.txt
}

echo "loading 1k properties ..." >&2
load_owner "$SMALL_ID" 20 5 maple
load_owners 49 20 2 k1
load_money
# The JIT warms up on every endpoint first, so the 1k stage is not measured on a cold server.
echo "warming up (${WARMUP_ALL:-20} s) ..." >&2
while IFS='|' read -r name path body; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  path=$(trim "$path")
  path="${path//\{property\}/$(property_of "$SMALL_ID")}"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$(( ${WARMUP_ALL:-20} / 5 + 1 ))s" \
    -H "Authorization: Bearer $SMALL_TOKEN" "$BASE$path" >/dev/null
done <bench/endpoints.txt
measure_all 1k "$SMALL_TOKEN" "$SMALL_ID" "$SMALL_EMAIL"

echo "loading up to 100k properties and the large owner ..." >&2
load_owners 4950 20 2 k100
load_owner "$LARGE_ID" 5000 10 block
load_money
measure_all 100k "$SMALL_TOKEN" "$SMALL_ID" "$SMALL_EMAIL"
measure_all large "$LARGE_TOKEN" "$LARGE_ID" "$LARGE_EMAIL"

rss_kb=$(resident_kb "$server_pid")
counts=$(sql -At -c "select (select count(*) from leaseport.properties) || ' properties, ' ||
  (select count(*) from leaseport.units) || ' units, ' || (select count(*) from leaseport.users) || ' users'")
python3 bench/parse.py --table "$results" \
  "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)" \
  "$counts" "$first_start" "$ready" "$rss_kb" "$DURATION" "$CONNECTIONS" | tee "$OUT/results.md"
echo "results in $OUT" >&2
