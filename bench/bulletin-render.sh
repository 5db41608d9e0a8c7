#!/usr/bin/env bash
# Bulletin rendering benchmark, one run: starts the packaged application on a fresh database with BENCH_ISSUES (30)
# published issues (bench/bulletin-render-data.py: 6 blocks, 20-row tables and charts, ~3 A4 pages each) and measures
# on 127.0.0.1:
#   first PDF renders: GET /api/v1/bulletins/issues/{id}/pdf once per issue (each is rendered and stored), 2 clients
#        at a time → renders per second (wall clock over all issues);
#   wrk, 16 connections: GET .../issues/{id}/html (the page rendered on every request) and the stored PDF
#        GET .../issues/{id}/revisions/1/pdf, beside the empty endpoint GET /api/v1/ping (the ceiling);
# and prints a "Bulletin rendering" section to paste into bench/RESULTS.md. Needs java, wrk, psql, curl, python3.
# Overrides: BENCH_ISSUES, BENCH_SECONDS (10), BENCH_PORT (18184).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/jvm-options.sh
source "$ROOT/bench/jvm-options.sh"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
ISSUES=${BENCH_ISSUES:-30}
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
PORT=${BENCH_PORT:-18184}
DB=bridge_bench_bulletin_render
BASE="http://127.0.0.1:$PORT"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres)

[[ -f "$JAR" ]] || { echo "Missing $JAR — build first: mvn package -DskipTests" >&2; exit 2; }
for tool in wrk psql curl python3 java; do
    command -v "$tool" >/dev/null || { echo "Missing $tool" >&2; exit 2; }
done

WORK=$(mktemp -d /tmp/bridge-bench-bulletin.XXXXXX)
APP_PID=""
cleanup() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
"${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB"
DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres DB_PASSWORD="${PGPASSWORD:-postgres}" \
    BRIDGE_DATA_DIR="$WORK/data" QUARKUS_HTTP_PORT=$PORT java $BENCH_JAVA_OPTS -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
    curl -sf "$BASE/api/v1/ping" >/dev/null 2>&1 && break
    sleep 1
done
curl -sf "$BASE/api/v1/ping" >/dev/null || { echo "the application did not start; see $WORK/app.log" >&2; exit 1; }

python3 "$ROOT/bench/bulletin-render-data.py" "$ISSUES" >"$WORK/data.sql"
"${PSQL[@]}" -d "$DB" -f "$WORK/data.sql"
"${PSQL[@]}" -d "$DB" -At -c "select id from bulletin_issue where number >= 1000 order by number" >"$WORK/ids"
FIRST=$(head -1 "$WORK/ids")

# warm-up: one render that is not counted (class loading, fonts), then drop what it stored
curl -sf -o /dev/null "$BASE/api/v1/bulletins/issues/$FIRST/pdf"
"${PSQL[@]}" -d "$DB" -c "delete from bulletin_pdf"
PDF_BYTES=$(curl -sf "$BASE/api/v1/bulletins/issues/$FIRST/pdf" | wc -c)
"${PSQL[@]}" -d "$DB" -c "delete from bulletin_pdf"

START=$(date +%s.%N)
xargs -P2 -I{} curl -sf -o /dev/null "$BASE/api/v1/bulletins/issues/{}/pdf" <"$WORK/ids"
END=$(date +%s.%N)
STORED=$("${PSQL[@]}" -d "$DB" -At -c "select count(*) from bulletin_pdf")
RENDERS=$(python3 -c "print(f'{$ISSUES / ($END - $START):.2f}')")
MS=$(python3 -c "print(f'{1000 * ($END - $START) / $ISSUES:.0f}')")

rps() { wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --timeout 10s "$1" | awk '/Requests\/sec/ {print $2}'; }
PING=$(rps "$BASE/api/v1/ping")
HTML=$(rps "$BASE/api/v1/bulletins/issues/$FIRST/html")
CACHED=$(rps "$BASE/api/v1/bulletins/issues/$FIRST/revisions/1/pdf")
HTML_SHARE=$(python3 -c "print(f'{100 * $HTML / $PING:.1f}')")
CACHED_SHARE=$(python3 -c "print(f'{100 * $CACHED / $PING:.1f}')")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

cat <<REPORT

## Bulletin rendering ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, \`bench/bulletin-render.sh\`)

Reproduce: \`mvn -f backend/pom.xml package -DskipTests && bench/bulletin-render.sh\` (BENCH_ISSUES=$ISSUES,
BENCH_SECONDS=$SECONDS_PER_RUN). Load average before/after: $LOAD_BEFORE / $LOAD_AFTER (uptime:$(uptime | sed 's/.*up/ up/')).
Each issue: 6 blocks, 4 charts and 5 tables of 20 rows; its PDF is $PDF_BYTES bytes ($(python3 -c "print(round($PDF_BYTES/1024))") KiB).

| measurement | result |
| --- | --- |
| first PDF render (openhtmltopdf from the page HTML, stored), $ISSUES issues, 2 clients | $RENDERS PDFs/s ($MS ms wall per PDF; $STORED stored) |
| ceiling \`GET /api/v1/ping\`, 16 connections | $PING req/s |
| \`GET .../issues/{id}/html\` (page rendered per request), 16 connections | $HTML req/s ($HTML_SHARE % of ping) |
| \`GET .../issues/{id}/revisions/1/pdf\` (stored PDF), 16 connections | $CACHED req/s ($CACHED_SHARE % of ping) |
REPORT
