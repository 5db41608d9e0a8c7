#!/usr/bin/env bash
# Open-data download benchmark, one run: loads demo scale 10 into a fresh database, starts the application with
# -Xmx256m, picks the published campaign with the most evaluations and measures, one download at a time,
#   the answers table (one row per evaluation × criterion) as NDJSON and as CSV through the API, and
#   the same rows through PostgreSQL itself: psql "COPY (the same SELECT) TO STDOUT" (CSV),
# each BENCH_REPEAT times (median), reporting rows/s, MB/s, the API's share of COPY's rate (target ≥ 50 %) and the
# application's peak RSS. Writes nothing to RESULTS.md unless BENCH_WRITE=1 (then appends an "Open data" section).
# Needs what bench/run.sh needs (java, psql, curl, python3; a built jar). Overrides: BENCH_SCALE (10),
# BENCH_REPEAT (5), BENCH_PORT (18182), BENCH_DB (bench_scale10); BENCH_REUSE=1 keeps that database when it already
# holds published results (bench/ratings.sh loads the same one), instead of loading it again.
# API and COPY downloads alternate (API NDJSON, API CSV, COPY, …), so all three see the same machine load.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/jvm-options.sh
source "$ROOT/bench/jvm-options.sh"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
SCALE=${BENCH_SCALE:-10}
REPEAT=${BENCH_REPEAT:-5}
PORT=${BENCH_PORT:-18182}
DB=${BENCH_DB:-bench_scale10}
BASE="http://127.0.0.1:$PORT"
export PGPASSWORD=${PGPASSWORD:-postgres}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres)

[[ -f "$JAR" ]] || { echo "Missing $JAR — build first: mvn package -DskipTests" >&2; exit 2; }
for tool in psql curl python3 java; do
    command -v "$tool" >/dev/null || { echo "Missing $tool" >&2; exit 2; }
done

WORK=$(mktemp -d /tmp/bridge-bench-opendata.XXXXXX)
APP_PID=""
cleanup() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

echo "Open-data benchmark: scale $SCALE, $REPEAT downloads each; work files in $WORK"
LOAD_BEFORE=$(uptime)
if [[ "${BENCH_REUSE:-0}" == 1 ]] &&
    [[ "$("${PSQL[@]}" -d postgres -At -c "select count(*) from pg_database where datname = '$DB'")" == 1 ]] &&
    [[ "$("${PSQL[@]}" -d "$DB" -At -c "select count(*) from monitoring_published_evaluation_view" 2>/dev/null || echo 0)" -gt 0 ]]; then
    echo "  reusing $DB"
else
    "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
fi

echo "1. Start with demo data at scale $SCALE"
DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres DB_PASSWORD=postgres BRIDGE_DEMO=true \
    BRIDGE_DEMO_SCALE="$SCALE" QUARKUS_HTTP_PORT="$PORT" BRIDGE_DATA_DIR="$WORK/data" EXPORTS_PER_CLIENT=8 \
    OUTBOX_WORKER=false MAIL_PLAN_EVERY=off \
    java $BENCH_JAVA_OPTS -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 1200); do
    curl -sf -o /dev/null "$BASE/q/health/ready" && break
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log" >&2; exit 1; }
    sleep 0.5
done
"${PSQL[@]}" -d "$DB" -c "vacuum analyze"

CAMPAIGN=$("${PSQL[@]}" -d "$DB" -At -c "
    select campaign_id from monitoring_published_evaluation_view group by campaign_id order by count(*) desc limit 1")
[[ -n "$CAMPAIGN" ]] || { echo "No published campaign in the demo data" >&2; exit 1; }
ROWS=$("${PSQL[@]}" -d "$DB" -At -c "
    select count(*) from monitoring_published_evaluation_view v
     cross join lateral jsonb_array_elements(v.answers) where v.campaign_id = '$CAMPAIGN'")
echo "  campaign $CAMPAIGN: $ROWS answer rows"

# the SELECT of OpenDataService.ANSWERS, with the campaign bound
SELECT="select v.id, v.revision, x.a ->> 'criterionId', x.a ->> 'code', (x.a ->> 'value')::numeric,
               (x.a ->> 'notApplicable')::boolean, x.a ->> 'naReason', (x.a ->> 'points')::numeric,
               (x.a ->> 'maxPoints')::numeric, x.a ->> 'evidenceUrl'
          from monitoring_published_evaluation_view v
         cross join lateral jsonb_array_elements(v.answers) with ordinality as x(a, n)
         where v.campaign_id = '$CAMPAIGN'
         order by v.id, x.n"

median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
api_once() { # file -> "seconds bytes"
    curl -sf -o /dev/null -w '%{time_total} %{size_download}\n' "$BASE/api/v1/open-data/campaigns/$CAMPAIGN/files/$1"
}
copy_once() { # -> "seconds bytes"
    local start end bytes
    start=$(date +%s%N)
    bytes=$("${PSQL[@]}" -d "$DB" -c "copy ($SELECT) to stdout with (format csv, header)" | wc -c)
    end=$(date +%s%N)
    echo "$(echo "scale=4; ($end - $start) / 1000000000" | bc) $bytes"
}

echo "2. Downloads (warm-up once each), then $REPEAT alternating rounds of API NDJSON, API CSV, COPY"
api_once answers.ndjson >/dev/null
api_once answers.csv >/dev/null
copy_once >/dev/null
: >"$WORK/ndjson"; : >"$WORK/csv"; : >"$WORK/copy"
for i in $(seq 1 "$REPEAT"); do
    api_once answers.ndjson >>"$WORK/ndjson"
    api_once answers.csv >>"$WORK/csv"
    copy_once >>"$WORK/copy"
    echo "  round $i: NDJSON $(tail -1 "$WORK/ndjson"), CSV $(tail -1 "$WORK/csv"), COPY $(tail -1 "$WORK/copy") (s bytes)"
done
mid() { sort -n "$1" | awk '{l[NR] = $0} END {print l[int((NR + 1) / 2)]}'; }
read -r NDJSON_S NDJSON_B <<<"$(mid "$WORK/ndjson")"
read -r CSV_S CSV_B <<<"$(mid "$WORK/csv")"
read -r COPY_S COPY_B <<<"$(mid "$WORK/copy")"
PEAK_MB=$(($(awk '/^VmHWM:/ { print $2 }' "/proc/$APP_PID/status") / 1024))
LOAD_AFTER=$(uptime)

REPORT=$(python3 - "$ROWS" "$NDJSON_S" "$NDJSON_B" "$CSV_S" "$CSV_B" "$COPY_S" "$COPY_B" <<'PY'
import sys
rows, nd_s, nd_b, csv_s, csv_b, copy_s, copy_b = int(sys.argv[1]), *map(float, sys.argv[2:])
copy_rate = rows / copy_s
def line(name, s, b):
    rate = rows / s
    return f"| {name} | {rate:,.0f} | {b / s / 1e6:.1f} | {100 * rate / copy_rate:.1f} % |"
print("| download of the answers table | rows/s | MB/s | share of COPY |")
print("| --- | ---: | ---: | ---: |")
print(line("API NDJSON", nd_s, nd_b))
print(line("API CSV", csv_s, csv_b))
print(f"| psql `COPY (same SELECT) TO STDOUT` CSV | {copy_rate:,.0f} | {copy_b / copy_s / 1e6:.1f} | 100 % |")
nd, cs = 100 * copy_s / nd_s, 100 * copy_s / csv_s
verdict = lambda ok: "pass" if ok else "**fail**"
print()
print(f"Target ≥ 50 % of COPY's rows/s with -Xmx256m: NDJSON {nd:.1f} % {verdict(nd >= 50)}, CSV {cs:.1f} % {verdict(cs >= 50)}.")
PY
)
echo "$REPORT"
echo "  peak RSS of the application (-Xmx256m, demo load included): $PEAK_MB MB; load before/after: $LOAD_BEFORE / $LOAD_AFTER"

if [[ "${BENCH_WRITE:-0}" == 1 ]]; then
    {
        echo
        echo "## Open data downloads"
        echo
        echo "\`bench/opendata.sh\` (scale $SCALE in \`$DB\`, median of $REPEAT alternating rounds of one download each, $ROWS rows"
        echo "of the answers table of campaign $CAMPAIGN), $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD);"
        echo "\`uptime\` before: \`$LOAD_BEFORE\`; after: \`$LOAD_AFTER\`; peak RSS $PEAK_MB MB with -Xmx256m (demo load included when loaded in this run)"
        echo
        echo "$REPORT"
    } >>"$ROOT/bench/RESULTS.md"
fi
