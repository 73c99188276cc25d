#!/usr/bin/env bash
# Launch-to-ready time and resident memory of the runnable JAR under different JVM settings.
#
#   bench/startup.sh [label=java options]...
#   bench/startup.sh baseline= 'serial=-XX:+UseSerialGC' 'heap256=-Xmx256m -Xss512k'
#
# Each variant: RUNS launches (default 3) on a data folder created once, each timed from launch
# to /health/ready UP; after the last, LOAD seconds (default 10) of wrk on /api/v1/properties as
# an owner with 20 properties, then the resident set size (RSS). JAVA (default: java on the
# PATH) picks the JVM, e.g. JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java. {dir} in the
# options is a folder kept for the whole run, so one variant can write a class-data archive that
# a later one reads:
#   bench/startup.sh 'cds-dump=-XX:ArchiveClassesAtExit={dir}/app.jsa' \
#     'cds=-XX:SharedArchiveFile={dir}/app.jsa'
#   JAVA=.../temurin-25-jdk-amd64/bin/java bench/startup.sh baseline= \
#     'aot-train=-XX:AOTCacheOutput={dir}/app.aot' 'aot=-XX:AOTCache={dir}/app.aot'
# Holds /tmp/leaseport-it.lock for the whole run, like bench/run.sh. Builds nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

if [[ -z "${LEASEPORT_BENCH_LOCKED:-}" ]]; then
  echo "waiting for /tmp/leaseport-it.lock ..." >&2
  exec env LEASEPORT_BENCH_LOCKED=1 flock /tmp/leaseport-it.lock "$0" "$@"
fi

RUNS="${RUNS:-3}"
LOAD="${LOAD:-10}"
JAVA="${JAVA:-java}"
JAR="$root/bootstrap/target/leaseport.jar"
[[ -f "$JAR" ]] || { echo "no $JAR: build it (bench/run.sh does)" >&2; exit 2; }
work=$(mktemp -d /tmp/leaseport-startup.XXXXXX)
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
trap 'stop_server; rm -rf "$work"' EXIT

# Starts the server with the given options; sets $launch_to_ready (seconds).
start_server() {
  local started
  started=$(date +%s.%N)
  # shellcheck disable=SC2086 # the options are words
  env LEASEPORT_MODE=local LEASEPORT_HTTP_HOST=127.0.0.1 LEASEPORT_HTTP_PORT="$HTTP_PORT" \
    LEASEPORT_DATA_DIR="$work/data" LEASEPORT_EMBEDDED_DB_PORT="$DB_PORT" \
    LEASEPORT_ENV_FILE=no-env-file WLP_JAR_EXTRACT_DIR="$work/extracted" \
    LEASEPORT_RATE_LIMIT_CALLER="${RATE_LIMIT_CALLER:-100000000/1m}" \
    "$JAVA" $1 -jar "$JAR" >>"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 3600); do
    if curl -fsS "$BASE/health/ready" 2>/dev/null | grep -q '"UP"'; then
      launch_to_ready=$(python3 -c "import time; print(f'{time.time() - $started:.1f}')")
      return
    fi
    kill -0 "$server_pid" 2>/dev/null || { tail -20 "$work/server.log" >&2; exit 1; }
    sleep 0.05
  done
  echo "not ready after 180 s" >&2
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

# First start: unpack and create the database, and an owner with data for the load.
start_server ""
token=$(curl -fsS -X POST "$BASE/api/v1/dev/tokens" -H 'Content-Type: application/json' \
  -d '{"userType":"OWNER","email":"startup@bench.test"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
owner=$(curl -fsS "$BASE/api/v1/me" -H "Authorization: Bearer $token" | sed -E 's/.*"id":"([^"]+)".*/\1/')
sql -v owner="$owner" -v properties=20 -v units_per=5 -v name=maple -f bench/sql/owner.sql
stop_server

echo "JVM: $("$JAVA" -version 2>&1 | head -1); $(nproc) cores; $RUNS launches per variant"
echo "| variant | options | launch to ready, s (each run) | RSS after ${LOAD} s of load, MiB |"
echo "|---|---|---|---|"
for variant in "$@"; do
  label="${variant%%=*}"
  options="${variant#*=}"
  mkdir -p "$work/archives"
  options="${options//\{dir\}/$work/archives}"
  times=()
  for _ in $(seq 1 "$RUNS"); do
    start_server "$options"
    times+=("$launch_to_ready")
    if [[ ${#times[@]} -lt $RUNS ]]; then stop_server; fi
  done
  wrk -t2 -c8 -d"${LOAD}s" -H "Authorization: Bearer $token" "$BASE/api/v1/properties?limit=20" >/dev/null
  rss_kb=$(resident_kb "$server_pid")
  stop_server
  echo "| $label | \`${variant#*=}\` | ${times[*]} | $((rss_kb / 1024)) |"
done
