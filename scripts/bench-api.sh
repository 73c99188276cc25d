#!/usr/bin/env bash
# Baseline HTTP benchmark of a running local-mode Leaseport (start it with ./run.sh first).
# Loopback only, bounded in time: each scenario runs DURATION seconds with CONCURRENCY clients.
#   scripts/bench-api.sh                 # against http://localhost:9080
#   BASE=http://localhost:9181 DURATION=5s scripts/bench-api.sh
# Needs `hey` (Debian: apt-get install hey). Prints requests/s and latency percentiles.
set -euo pipefail
BASE="${BASE:-http://localhost:9080}"
DURATION="${DURATION:-15s}"
CONCURRENCY="${CONCURRENCY:-8}"
case "$BASE" in http://localhost:*|http://127.0.0.1:*) ;; *) echo "loopback targets only" >&2; exit 2;; esac
command -v hey >/dev/null || { echo "hey is not installed (apt-get install hey)" >&2; exit 2; }

json() { sed -E "s/.*\"$1\":\"([^\"]+)\".*/\1/"; }
email="bench-$(date +%s)@example.test"
TOKEN=$(curl -fsS -X POST "$BASE/api/v1/dev/tokens" -H 'Content-Type: application/json' \
  -d "{\"userType\":\"OWNER\",\"email\":\"$email\"}" | json accessToken)
AUTH="Authorization: Bearer $TOKEN"
for p in $(seq 1 20); do
  PROPERTY=$(curl -fsS -X POST "$BASE/api/v1/properties" -H "$AUTH" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Bench $p\",\"address\":{\"line1\":\"$p Main St\",\"city\":\"Springfield\"},\"propertyType\":\"APARTMENT\"}" | json id)
  for u in 1 2 3 4 5; do
    curl -fsS -o /dev/null -X POST "$BASE/api/v1/properties/$PROPERTY/units" -H "$AUTH" -H 'Content-Type: application/json' \
      -d "{\"unitNumber\":\"$u\",\"bedrooms\":2,\"rentAmount\":{\"amount\":150000,\"currency\":\"usd\"}}"
  done
done

run() {
  local name="$1"; shift
  echo "== $name"
  hey -z "$DURATION" -c "$CONCURRENCY" -H "$AUTH" "$@" | grep -E "Requests/sec|Average|  (50|90|99)% in|^  \[[0-9]{3}\]"
}
curl -fsS "$BASE/health/ready" -o /dev/null
echo "Leaseport API baseline: $(nproc) cores, $DURATION per scenario, $CONCURRENCY concurrent clients, $(date -u +%FT%TZ)"
run "GET /health/ready (no database work beyond a pool check)" "$BASE/health/ready"
run "GET /api/v1/me (token + provisioning + one user-tier read)" "$BASE/api/v1/me"
run "GET /api/v1/properties?limit=20 (list of 20 with unit counts, true total)" "$BASE/api/v1/properties?limit=20"
run "GET /api/v1/properties/{id}" "$BASE/api/v1/properties/$PROPERTY"
run "GET /api/v1/units?limit=100" "$BASE/api/v1/units?limit=100"
