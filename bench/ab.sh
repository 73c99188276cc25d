#!/usr/bin/env bash
# Two builds of the server side by side: the same data, the same load, taking turns.
#
#   bench/ab.sh A.jar B.jar                  HTTP: each endpoint of bench/endpoints.txt, A then B,
#                                            ROUNDS times; prints req/s, p50, p99 and B ÷ A
#   SQL_AB='old.sql new.sql' bench/ab.sh A.jar B.jar
#                                            also pgbench with each file in turns (on B's database,
#                                            as its owner, in one transaction with caller.sql)
#
# On a shared machine absolute rates drift from minute to minute; a build measured right after the
# other, several times over, is what can be compared. Each server runs in local mode on free
# loopback ports with its own data folder (never 9080/55432), under /tmp/leaseport-it.lock, with
# the owner's 20 properties × 5 units and 49 more owners (1k properties), as bench/run.sh's first
# stage. Settings (environment): DURATION (5 s), WARMUP (20 s per server), ROUNDS (3),
# CONNECTIONS (8), THREADS (2), JVM_OPTS, JFR (a folder: record a CPU profile of B's last round
# there), SQL_AT_100K (load up to 100k properties on B before the pgbench turns), ENV_A / ENV_B
# (settings for one side only, e.g. ENV_A=LEASEPORT_RATE_LIMITS_ENABLED=false with the same JAR
# twice measures what the rate limiter costs). Needs java, curl, python3, psql, pgbench and wrk.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -ne 2 ]]; then
  echo "usage: bench/ab.sh A.jar B.jar" >&2
  exit 2
fi
if [[ -z "${LEASEPORT_BENCH_LOCKED:-}" ]]; then
  echo "waiting for /tmp/leaseport-it.lock ..." >&2
  exec env LEASEPORT_BENCH_LOCKED=1 flock /tmp/leaseport-it.lock "$0" "$@"
fi

DURATION="${DURATION:-5}"
WARMUP="${WARMUP:-20}"
ROUNDS="${ROUNDS:-3}"
CONNECTIONS="${CONNECTIONS:-8}"
THREADS="${THREADS:-2}"
work=$(mktemp -d /tmp/leaseport-ab.XXXXXX)
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
declare -A jar http db pid token owner property ready
declare -A extra_env=([A]="${ENV_A:-}" [B]="${ENV_B:-}")
jar[A]=$(realpath "$1")
jar[B]=$(realpath "$2")

stop_all() {
  for side in A B; do
    if [[ -n "${pid[$side]:-}" ]] && kill -0 "${pid[$side]}" 2>/dev/null; then
      kill "${pid[$side]}"
      wait "${pid[$side]}" 2>/dev/null || true
    fi
  done
  rm -rf "$work"
}
trap stop_all EXIT

start() {
  local side="$1"
  http[$side]=$(free_port)
  db[$side]=$(free_port)
  # shellcheck disable=SC2086 # the options are words
  env LEASEPORT_MODE=local LEASEPORT_HTTP_HOST=127.0.0.1 LEASEPORT_HTTP_PORT="${http[$side]}" \
    LEASEPORT_DATA_DIR="$work/$side/data" LEASEPORT_EMBEDDED_DB_PORT="${db[$side]}" \
    LEASEPORT_ENV_FILE=no-env-file WLP_JAR_EXTRACT_DIR="$work/$side/extracted" \
    LEASEPORT_RATE_LIMIT_CALLER=100000000/1m ${extra_env[$side]} \
    java ${JVM_OPTS:-} -jar "${jar[$side]}" >>"$work/$side.log" 2>&1 &
  pid[$side]=$!
  local started
  started=$(date +%s.%N)
  for _ in $(seq 1 3600); do
    if curl -fsS "http://127.0.0.1:${http[$side]}/health/ready" 2>/dev/null | grep -q '"UP"'; then
      ready[$side]=$(python3 -c "import time; print(f'{time.time() - $started:.1f}')")
      return
    fi
    kill -0 "${pid[$side]}" 2>/dev/null || { tail -20 "$work/$side.log" >&2; exit 1; }
    sleep 0.05
  done
  echo "$side not ready after 180 s" >&2
  exit 1
}
sql() {
  local side="$1"
  shift
  psql -h 127.0.0.1 -p "${db[$side]}" -U postgres -d leaseport -X -q -v ON_ERROR_STOP=1 "$@"
}
field() { sed -E "s/.*\"$1\":\"([^\"]+)\".*/\1/"; }

EMAIL=small-owner@bench.test
for side in A B; do
  start "$side"
  base="http://127.0.0.1:${http[$side]}"
  token[$side]=$(curl -fsS -X POST "$base/api/v1/dev/tokens" -H 'Content-Type: application/json' \
    -d "{\"userType\":\"OWNER\",\"email\":\"$EMAIL\"}" | field accessToken)
  owner[$side]=$(curl -fsS "$base/api/v1/me" -H "Authorization: Bearer ${token[$side]}" | field id)
  sql "$side" -v owner="${owner[$side]}" -v properties=20 -v units_per=5 -v name=maple \
    -f bench/sql/owner.sql
  sql "$side" -v owners=49 -v per_owner=20 -v units_per=2 -v tag=k1 -f bench/sql/owners.sql
  property[$side]=$(sql "$side" -At -c "select id from leaseport.properties
    where owner_id = '${owner[$side]}' order by name, id limit 1")
done

trim() { sed -E 's/^[[:space:]]+|[[:space:]]+$//g' <<<"$1"; }
endpoints=()
while IFS='|' read -r name path _; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  endpoints+=("$(trim "$name")|$(trim "$path")")
done <bench/endpoints.txt

url() { local side="$1" path="$2"; echo "http://127.0.0.1:${http[$side]}${path//\{property\}/${property[$side]}}"; }
load() {
  local side="$1" path="$2" seconds="$3"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency \
    -H "Authorization: Bearer ${token[$side]}" "$(url "$side" "$path")"
}

echo "warming up ($WARMUP s each) ..." >&2
for side in A B; do
  for entry in "${endpoints[@]}"; do
    load "$side" "${entry#*|}" $((WARMUP / ${#endpoints[@]} + 1)) >/dev/null
  done
done

rows="$work/rows.tsv"
: >"$rows"
for round in $(seq 1 "$ROUNDS"); do
  for entry in "${endpoints[@]}"; do
    for side in A B; do
      if [[ -n "${JFR:-}" && $side == B && $round == "$ROUNDS" ]]; then
        mkdir -p "$JFR"
        jcmd "${pid[B]}" JFR.start name=ab settings=profile >/dev/null
      fi
      load "$side" "${entry#*|}" "$DURATION" >"$work/wrk.txt"
      if [[ -n "${JFR:-}" && $side == B && $round == "$ROUNDS" ]]; then
        label="${entry%%|*}"
        jcmd "${pid[B]}" JFR.stop name=ab filename="$JFR/${label// /-}.jfr" >/dev/null
      fi
      grep -q "Non-2xx" "$work/wrk.txt" && { cat "$work/wrk.txt" >&2; exit 1; }
      python3 - "$round" "${entry%%|*}" "$side" "$work/wrk.txt" >>"$rows" <<'EOF'
import re, sys
text = open(sys.argv[4]).read()
def ms(label):
    m = re.search(rf"{label}%\s+([\d.]+)(us|ms|s)\b", text)
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
print(*sys.argv[1:4], f"{rate:.0f}", f"{ms(50):.2f}", f"{ms(99):.2f}", sep="\t")
EOF
    done
  done
done

if [[ -n "${SQL_AB:-}" ]]; then
  read -r -a scripts <<<"$SQL_AB"
  if [[ -n "${SQL_AT_100K:-}" ]]; then
    echo "loading up to 100k properties on B ..." >&2
    sql B -v owners=4950 -v per_owner=20 -v units_per=2 -v tag=k100 -f bench/sql/owners.sql
  fi
  for round in $(seq 1 "$ROUNDS"); do
    for script in "${scripts[@]}"; do
      sed -e "s/@SUB@/${owner[B]}/g" -e "s/@EMAIL@/$EMAIL/g" bench/pgbench/caller.sql >"$work/script.sql"
      sed -e "s/@PROPERTY@/${property[B]}/g" -e "s/@Q@/${BENCH_Q:-12}/g" "$script" >>"$work/script.sql"
      echo "COMMIT;" >>"$work/script.sql"
      tps=$(pgbench -n -h 127.0.0.1 -p "${db[B]}" -U authenticator -c "$CONNECTIONS" \
        -j "$THREADS" -T "$DURATION" -f "$work/script.sql" leaseport 2>&1 \
        | sed -nE 's/^tps = ([0-9.]+).*/\1/p')
      printf 'pgbench\t%s\t%s\t%.0f\n' "$round" "$(basename "$script")" "$tps" >>"$work/pgbench.tsv"
    done
  done
fi

echo "uptime before the report: $(uptime)"
# Start-up, first launch (unpacking and a new database included), and what Liberty says it spent.
for side in A B; do
  echo "$side: launch to ready ${ready[$side]} s; $(grep -oE '(Feature update completed|Application leaseport started|The leaseport server started) in [0-9.]+ seconds' "$work/$side.log" | paste -sd ';' -)"
done
python3 - "$rows" "${work}/pgbench.tsv" <<'EOF'
import collections, statistics, sys, os
rows = [line.split("\t") for line in open(sys.argv[1]).read().splitlines()]
by = collections.defaultdict(list)
for rnd, name, side, rate, p50, p99 in rows:
    by[(name, side)].append((float(rate), float(p50), float(p99)))
print("| endpoint | A req/s (each round) | B req/s (each round) | B ÷ A (median of rounds) | A p50/p99 ms | B p50/p99 ms |")
print("|---|---|---|---|---|---|")
for name in dict.fromkeys(r[1] for r in rows):
    a, b = by[(name, "A")], by[(name, "B")]
    ratio = statistics.median(y[0] / x[0] for x, y in zip(a, b))
    med = lambda v, i: statistics.median(x[i] for x in v)
    print(f"| {name} | {', '.join(f'{x[0]:.0f}' for x in a)} | {', '.join(f'{x[0]:.0f}' for x in b)}"
          f" | {ratio:.2f} | {med(a,1):.2f} / {med(a,2):.2f} | {med(b,1):.2f} / {med(b,2):.2f} |")
if os.path.exists(sys.argv[2]):
    tps = collections.defaultdict(list)
    for _, rnd, script, value in (l.split("\t") for l in open(sys.argv[2]).read().splitlines()):
        tps[script].append(value)
    print()
    print("| pgbench script | tps (each round) |")
    print("|---|---|")
    for script, values in tps.items():
        print(f"| {script} | {', '.join(values)} |")
EOF
