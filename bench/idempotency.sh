#!/usr/bin/env bash
# The cost of Idempotency-Key on the hot path: POST /api/v1/properties without and with a fresh key
# per request (so every keyed request claims, runs and stores), alternating in one run on one
# server, so both see the same machine load.
#
#   bench/idempotency.sh              build the runnable JAR (package only), then measure
#   bench/idempotency.sh --no-build   measure bootstrap/target/leaseport.jar as it is
#
# Settings (environment): DURATION (seconds per measurement, default 10), ROUNDS (4; the order
# alternates, so neither side always runs first), WARMUP (20 s for each side first), CONNECTIONS
# (8), THREADS (2), JAR (the runnable JAR to measure). Needs java, curl, python3 and wrk. Holds /tmp/leaseport-it.lock like run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

if [[ -z "${LEASEPORT_BENCH_LOCKED:-}" ]]; then
  echo "waiting for /tmp/leaseport-it.lock ..." >&2
  exec env LEASEPORT_BENCH_LOCKED=1 flock /tmp/leaseport-it.lock "$0" "$@"
fi

DURATION="${DURATION:-10}"
ROUNDS="${ROUNDS:-4}"
WARMUP="${WARMUP:-20}"
CONNECTIONS="${CONNECTIONS:-8}"
THREADS="${THREADS:-2}"
JAR="${JAR:-$root/bootstrap/target/leaseport.jar}"
if [[ "${1:-}" != "--no-build" ]]; then
  mvn -B -q -pl bootstrap -am package -DskipTests -Dspotless.check.skip=true
fi
[[ -f "$JAR" ]] || { echo "no $JAR: run without --no-build" >&2; exit 2; }

work=$(mktemp -d /tmp/leaseport-idem-bench.XXXXXX)
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
HTTP_PORT=$(free_port)
BASE="http://127.0.0.1:$HTTP_PORT"
env LEASEPORT_MODE=local LEASEPORT_HTTP_HOST=127.0.0.1 LEASEPORT_HTTP_PORT="$HTTP_PORT" \
  LEASEPORT_DATA_DIR="$work/data" LEASEPORT_EMBEDDED_DB_PORT="$(free_port)" \
  LEASEPORT_ENV_FILE=no-env-file WLP_JAR_EXTRACT_DIR="$work/extracted" \
  LEASEPORT_RATE_LIMIT_CALLER=100000000/1m \
  java -jar "$JAR" >"$work/server.log" 2>&1 &
server_pid=$!
trap 'kill $server_pid 2>/dev/null; wait $server_pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 1800); do
  curl -fsS "$BASE/health/ready" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.1
done

TOKEN=$(curl -fsS -X POST "$BASE/api/v1/dev/tokens" -H 'Content-Type: application/json' \
  -d '{"userType":"OWNER","email":"idem-bench@bench.test"}' |
  sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
export TOKEN

measure() { # $1: 0 or 1 (with a key); prints requests per second
  WITH_KEY="$1" RUN_ID="$RANDOM$RANDOM" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2:-$DURATION}s" \
    -s bench/lua/post-property.lua "$BASE" >"$work/wrk.out"
  if grep -q "Non-2xx" "$work/wrk.out"; then
    cat "$work/wrk.out" >&2
    echo "some requests failed" >&2
    exit 1
  fi
  awk '/Requests\/sec/ {print $2}' "$work/wrk.out"
}

measure 0 "$WARMUP" >/dev/null
measure 1 "$WARMUP" >/dev/null
echo "| round | without key, req/s | with a fresh key, req/s | with / without |"
echo "|---|---|---|---|"
ratios=()
for round in $(seq 1 "$ROUNDS"); do
  if ((round % 2)); then
    plain=$(measure 0)
    keyed=$(measure 1)
  else
    keyed=$(measure 1)
    plain=$(measure 0)
  fi
  ratio=$(python3 -c "print(f'{$keyed / $plain:.3f}')")
  ratios+=("$ratio")
  echo "| $round | $plain | $keyed | $ratio |"
done
echo "median with / without: $(python3 -c "import statistics, sys; print(f\"{statistics.median(map(float, sys.argv[1:])):.3f}\")" "${ratios[@]}")"
