#!/usr/bin/env bash
# Certificates benchmark, one run: starts the packaged application on a fresh database and measures on 127.0.0.1
#   issuing BENCH_ISSUES (1000) certificates over HTTP (POST /api/v1/certificates, PDF rendered and stored in the
#        issuing transaction, numbers from the locked counter row), BENCH_CLIENTS (4) at a time: issues per second
#        and p50/p99 latency (bench/certificates-issue.py);
#   wrk, 16 connections: the public verification GET /api/v1/verifications/{code} beside the empty endpoint
#        GET /api/v1/ping (the ceiling); the target is verify ≥ 50 % of ping;
# and prints a "Certificates" section to paste into bench/RESULTS.md. Needs java, wrk, psql, curl, python3.
# Overrides: BENCH_ISSUES, BENCH_CLIENTS, BENCH_SECONDS (15), BENCH_PORT (18183), BENCH_DB (bridge_bench_certificates), BENCH_START_SECONDS (120, the wait for the application).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/jvm-options.sh
source "$ROOT/bench/jvm-options.sh"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
ISSUES=${BENCH_ISSUES:-1000}
CLIENTS=${BENCH_CLIENTS:-4}
SECONDS_PER_RUN=${BENCH_SECONDS:-15}
PORT=${BENCH_PORT:-18183}
DB=${BENCH_DB:-bridge_bench_certificates}
BASE="http://127.0.0.1:$PORT"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres)
ADMIN_EMAIL=bench-admin@bridge.test
ADMIN_PASSWORD=bench-admin-password-1

[[ -f "$JAR" ]] || { echo "Missing $JAR — build first: mvn package -DskipTests" >&2; exit 2; }
for tool in wrk psql curl python3 java; do
    command -v "$tool" >/dev/null || { echo "Missing $tool" >&2; exit 2; }
done

WORK=$(mktemp -d /tmp/bridge-bench-certificates.XXXXXX)
APP_PID=""
cleanup() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

"${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB"
DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres DB_PASSWORD="${PGPASSWORD:-postgres}" \
    BRIDGE_DATA_DIR="$WORK/data" BRIDGE_ADMIN_EMAIL=$ADMIN_EMAIL BRIDGE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    QUARKUS_HTTP_PORT=$PORT java $BENCH_JAVA_OPTS -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 "${BENCH_START_SECONDS:-120}"); do
    curl -sf "$BASE/api/v1/ping" >/dev/null 2>&1 && break
    sleep 1
done
curl -sf "$BASE/api/v1/ping" >/dev/null || { echo "the application did not start; see $WORK/app.log" >&2; exit 1; }

TOKEN=$(curl -sf -H 'Content-Type: application/json' \
    --data "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" "$BASE/api/v1/auth/login" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')

ISSUE=$(python3 "$ROOT/bench/certificates-issue.py" "$BASE" "$TOKEN" "$ISSUES" "$CLIENTS" "$WORK/code")
CODE=$(cat "$WORK/code")

rps() { wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --timeout 5s -H 'Accept: application/json' "$1" |
    awk '/Requests\/sec/ {print $2}'; }
PING=$(rps "$BASE/api/v1/ping")
VERIFY=$(rps "$BASE/api/v1/verifications/$CODE")
SHARE=$(python3 -c "print(f'{100 * $VERIFY / $PING:.0f}')")

cat <<REPORT

## Certificates ($(date -u +%Y-%m-%d), $(nproc) cores, bench/certificates.sh)

| measurement | result |
| --- | --- |
| issue $ISSUES certificates, $CLIENTS clients (PDF included) | $ISSUE |
| ceiling \`GET /api/v1/ping\`, 16 connections | $PING req/s |
| \`GET /api/v1/verifications/{code}\`, 16 connections | $VERIFY req/s ($SHARE % of ping; target ≥ 50 %) |
REPORT
