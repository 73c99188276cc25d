#!/usr/bin/env bash
# Builds Leaseport and starts it on http://localhost:9080 (Ctrl-C stops it).
# Local mode by default: embedded PostgreSQL with data in ./.leaseport, migrations applied.
#   ./run.sh            start
#   ./run.sh --demo     start and load demo data (owner demo.owner@leaseport.test)
# Settings come from the environment, then ./.env (see .env.example); the environment wins.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

if [[ "${1:-}" == "--demo" ]]; then
  export LEASEPORT_DEMO_DATA=true
elif [[ $# -gt 0 ]]; then
  echo "usage: ./run.sh [--demo]" >&2
  exit 2
fi

# Liberty reads server.xml values from the environment, so .env entries become environment
# variables here, unless the environment already sets them.
if [[ -f .env ]]; then
  while IFS= read -r line || [[ -n "$line" ]]; do
    line="${line#"${line%%[![:space:]]*}"}"
    [[ -z "$line" || "$line" == \#* || "$line" != *=* ]] && continue
    line="${line#export }"
    key="${line%%=*}"
    value="${line#*=}"
    value="${value%\"}"; value="${value#\"}"; value="${value%\'}"; value="${value#\'}"
    [[ "$key" =~ ^[A-Z_][A-Z0-9_]*$ ]] || continue
    # Blank means unset, so server.xml keeps its default.
    [[ -z "$value" || -n "${!key:-}" ]] || export "$key=$value"
  done < .env
fi
export LEASEPORT_DATA_DIR="${LEASEPORT_DATA_DIR:-$root/.leaseport}"
export LEASEPORT_ENV_FILE="$root/.env"

# Tests and the formatting check belong to `mvn -B verify`; this command only builds.
mvn -B -q -DskipTests -Dspotless.check.skip=true install
mvn -B -q -f bootstrap/pom.xml liberty:create liberty:deploy
exec bootstrap/target/liberty/wlp/bin/server run leaseport
