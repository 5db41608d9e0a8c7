#!/usr/bin/env bash
# Monitoring benchmark, one run: loads demo scale 10 (registry + four campaigns) into a fresh database, prepares a
# campaign over the VK accounts assigned to 32 new experts (bench/monitoring-prepare.py), then measures on 127.0.0.1
#   wrk, 32 connections = 32 experts: saving an evaluation's ~20 criteria (PUT …/answers, each evaluation once)
#        and submitting it (POST …/submit), beside the empty endpoint GET /api/v1/ping (the ceiling);
#   wrk, 16 connections: the coordinator's progress dashboard of the demo 2023-Q2 campaign;
#   pgbench: the SQL the progress endpoint ran (captured from the PostgreSQL log) at the same 16 connections,
#        and the SQL one save ran, at one connection (the database's share of a save);
# and writes the "Monitoring" section of bench/RESULTS.md. Needs what bench/run.sh needs. About 5 minutes.
# Overrides: BENCH_SCALE (10), BENCH_SECONDS (20), BENCH_PORT (18181), PG_LOG, QUICK=1 (5 s per measurement).
# The outbox worker is off (OUTBOX_WORKER=false): its polling statements would otherwise land in the captured SQL.
# The application runs with -Xmx256m; its peak RSS (VmHWM, the demo load included) is reported.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/jvm-options.sh
source "$ROOT/bench/jvm-options.sh"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
SCALE=${BENCH_SCALE:-10}
if [[ "${QUICK:-0}" == 1 ]]; then SECONDS_PER_RUN=${BENCH_SECONDS:-5}; else SECONDS_PER_RUN=${BENCH_SECONDS:-20}; fi
PORT=${BENCH_PORT:-18181}
PG_LOG=${PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
DB=bridge_bench_monitoring
EXPERTS=32
BASE="http://127.0.0.1:$PORT"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres)

[[ -f "$JAR" ]] || { echo "Missing $JAR — build first: mvn package -DskipTests" >&2; exit 2; }
for tool in wrk pgbench psql curl python3 java; do
    command -v "$tool" >/dev/null || { echo "Missing $tool (Debian: apt-get install -y wrk postgresql-client curl python3)" >&2; exit 2; }
done
[[ -r "$PG_LOG" ]] || { echo "Cannot read the PostgreSQL log $PG_LOG (set PG_LOG)" >&2; exit 2; }

WORK=$(mktemp -d /tmp/bridge-bench-monitoring.XXXXXX)
APP_PID=""
cleanup() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
    "${PSQL[@]}" -d postgres -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null 2>&1 || true
}
trap cleanup EXIT
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2"; }
run_wrk() { # run_wrk FILE CONNECTIONS SECONDS ONCE
    BENCH_REQUESTS=$1 BENCH_THREADS=2 BENCH_ONCE=$4 wrk -t2 -c"$2" -d"${3}s" --timeout 5s \
        -s "$ROOT/bench/requests.lua" "$BASE" | grep '^BENCH'
}
capture() { # capture OUTFILE MARKER METHOD PATH TOKEN BODY — runs one request and extracts the SQL it ran
    local offset
    offset=$(stat -c %s "$PG_LOG")
    curl -sf -o /dev/null -X "$3" -H 'Accept: application/json' -H 'Content-Type: application/json' \
        -H "Authorization: Bearer $5" ${6:+--data "$6"} "$BASE$4"
    sleep 0.5
    tail -c +"$((offset + 1))" "$PG_LOG" | python3 "$ROOT/bench/extract-sql.py" "$DB" "$2" >"$1"
}
pg_run() { # pg_run SCRIPT CLIENTS -> "tps p50 p99"
    rm -f "$WORK"/pgbench_log.*
    (cd "$WORK" && pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$2" -j 2 -T "$SECONDS_PER_RUN" -l \
        --log-prefix=pgbench_log -f "$1" "$DB" >"$WORK/pgbench.out" 2>&1)
    local tps
    tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/pgbench.out" | head -1)
    echo "$tps $(cat "$WORK"/pgbench_log.* | awk '{print $3 / 1000}' | sort -n |
        awk '{v[NR] = $1} END {printf "%.2f %.2f", v[int(NR * 0.5) + 1], v[int(NR * 0.99) + 1]}')"
}

echo "Monitoring benchmark: scale $SCALE, ${SECONDS_PER_RUN}s per run; work files in $WORK"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
"${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"

echo "1. Start with demo data at scale $SCALE"
DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres DB_PASSWORD=postgres BRIDGE_DEMO=true \
    BRIDGE_DEMO_SCALE="$SCALE" QUARKUS_HTTP_PORT="$PORT" BRIDGE_DATA_DIR="$WORK/data" OUTBOX_WORKER=false \
    java $BENCH_JAVA_OPTS -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 600); do
    curl -sf -o /dev/null "$BASE/q/health/ready" && break
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log" >&2; exit 1; }
    sleep 0.5
done
LOADED=$(grep -o 'Demo data loaded in [0-9]* ms[^:]*: [^"]*' "$WORK/app.log" | head -1 | cut -c1-200 || echo "?")
echo "  $LOADED"
"${PSQL[@]}" -d "$DB" -c "vacuum analyze"

echo "2. Prepare: $EXPERTS experts, a campaign over the VK accounts, request files"
PREPARED=$(python3 "$ROOT/bench/monitoring-prepare.py" "$BASE" "$DB" "$WORK" "$EXPERTS")
echo "  $PREPARED"
"${PSQL[@]}" -d "$DB" -c "vacuum analyze"

echo "3. Capture the SQL of one progress request, one save and one submission"
# ALTER SYSTEM + reload reaches the pool's open connections too (ALTER DATABASE would not)
"${PSQL[@]}" -d postgres -c "alter system set log_min_duration_statement = 0" -c "select pg_reload_conf()" >/dev/null
sleep 1
IFS=$'\t' read -r _ PROGRESS_PATH COORD_TOKEN _ <"$WORK/progress.tsv"
capture "$WORK/progress.sql" "evaluation" GET "$PROGRESS_PATH" "$COORD_TOKEN" ""
IFS=$'\t' read -r _ SAVE_PATH SAVE_TOKEN SAVE_BODY < <(tail -1 "$WORK/save.tsv")
capture "$WORK/save.sql" "" PUT "$SAVE_PATH" "$SAVE_TOKEN" "$SAVE_BODY"
SAVE_ID=$(sed -n 's#.*/evaluations/\([^/]*\)/answers#\1#p' <<<"$SAVE_PATH")
IFS=$'\t' read -r _ SUBMIT_PATH SUBMIT_TOKEN SUBMIT_BODY < <(grep -F "/evaluations/$SAVE_ID/submit" "$WORK/submit.tsv")
capture "$WORK/submit.sql" "" POST "$SUBMIT_PATH" "$SUBMIT_TOKEN" "$SUBMIT_BODY"
"${PSQL[@]}" -d postgres -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null
head -n -1 "$WORK/save.tsv" >"$WORK/save-run.tsv"
statements() { grep -cviE '^(begin|commit|rollback|start transaction)\b' "$1" || true; }
PROGRESS_STATEMENTS=$(statements "$WORK/progress.sql")
SAVE_STATEMENTS=$(statements "$WORK/save.sql")
SUBMIT_STATEMENTS=$(statements "$WORK/submit.sql")
echo "  statements — progress: $PROGRESS_STATEMENTS; save: $SAVE_STATEMENTS; submit: $SUBMIT_STATEMENTS"

echo "4. wrk"
echo -e "GET\t/api/v1/ping\t-\t-" >"$WORK/ping.tsv"
run_wrk "$WORK/ping.tsv" "$EXPERTS" 5 0 >/dev/null
run_wrk "$WORK/progress.tsv" 16 5 0 >/dev/null
PING=$(run_wrk "$WORK/ping.tsv" "$EXPERTS" "$SECONDS_PER_RUN" 0); echo "  ping:     $PING"
PROGRESS=$(run_wrk "$WORK/progress.tsv" 16 "$SECONDS_PER_RUN" 0); echo "  progress: $PROGRESS"
SAVE=$(run_wrk "$WORK/save-run.tsv" "$EXPERTS" "$SECONDS_PER_RUN" 1); echo "  save:     $SAVE"
CAMPAIGN=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["campaign"])' "$PREPARED")
SAVED=$("${PSQL[@]}" -d "$DB" -At -c "select count(*) from evaluation where campaign_id = '$CAMPAIGN' and version = 1")
mapfile -t SAVED_IDS < <("${PSQL[@]}" -d "$DB" -At -c "select id from evaluation where campaign_id = '$CAMPAIGN' and version = 1")
printf '%s\n' "${SAVED_IDS[@]}" >"$WORK/saved.ids"
grep -F -f "$WORK/saved.ids" "$WORK/submit.tsv" >"$WORK/submit-run.tsv" || true
SUBMIT=$(run_wrk "$WORK/submit-run.tsv" "$EXPERTS" "$SECONDS_PER_RUN" 1); echo "  submit:   $SUBMIT"
SUBMITTED=$("${PSQL[@]}" -d "$DB" -At -c "select count(*) from evaluation where campaign_id = '$CAMPAIGN' and status = 'SUBMITTED'")
echo "  evaluations saved: $SAVED, submitted: $SUBMITTED"
RSS_MB=$(($(ps -o rss= -p "$APP_PID" | tr -d ' ') / 1024))
PEAK_MB=$(($(awk '/^VmHWM:/ { print $2 }' "/proc/$APP_PID/status") / 1024))
echo "  RSS at the end ${RSS_MB} MB, peak ${PEAK_MB} MB"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""

echo "5. pgbench"
read -r PG_PROGRESS_TPS PG_PROGRESS_P50 PG_PROGRESS_P99 < <(pg_run "$WORK/progress.sql" 16)
echo "  progress SQL at 16 connections: $PG_PROGRESS_TPS tps, p50 $PG_PROGRESS_P50 ms, p99 $PG_PROGRESS_P99 ms"
read -r PG_SAVE_TPS PG_SAVE_P50 PG_SAVE_P99 < <(pg_run "$WORK/save.sql" 1)
echo "  save SQL at 1 connection: $PG_SAVE_TPS tps, p50 $PG_SAVE_P50 ms, p99 $PG_SAVE_P99 ms"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

verdict() { awk -v x="$1" -v limit="$2" 'BEGIN { print (x <= limit ? "pass" : "**fail**") }'; }
errors() { echo $(($(field errors "$1") + $(field non2xx "$1"))); }
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "?")
SECTION="$WORK/section.md"
cat >"$SECTION" <<MD
<!-- monitoring:start -->
## Monitoring (issue 3)

Written by \`bench/monitoring.sh\` — rerun with \`mvn package -DskipTests && bench/monitoring.sh\`.

- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $COMMIT; $(nproc) CPUs; load average before/after: $LOAD_BEFORE / $LOAD_AFTER
- Data: demo scale $SCALE in \`$DB\` — $LOADED
- Prepared: $PREPARED (a campaign over the VK accounts, no doubles, assigned to $EXPERTS new experts)
- Application: \`java $BENCH_JAVA_OPTS -jar backend/target/quarkus-app/quarkus-run.jar\` (MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX); wrk, pgbench, the application and
  PostgreSQL on the same machine; ${SECONDS_PER_RUN} s per measurement; RSS at the end ${RSS_MB} MB, **peak RSS
  (VmHWM, demo load included) ${PEAK_MB} MB**
- SQL statements per request, from the PostgreSQL log (begin/commit not counted): save **$SAVE_STATEMENTS**,
  submit **$SUBMIT_STATEMENTS**, progress dashboard $PROGRESS_STATEMENTS

| measurement | connections | req/s | p50 ms | p99 ms | errors/non-2xx |
| --- | ---: | ---: | ---: | ---: | ---: |
| ceiling: \`GET /api/v1/ping\` | $EXPERTS | $(field rps "$PING") | $(field p50_ms "$PING") | $(field p99_ms "$PING") | $(errors "$PING") |
| save an evaluation's criteria: \`PUT /api/v1/evaluations/{id}/answers\` (each evaluation once) | $EXPERTS | $(field rps "$SAVE") | $(field p50_ms "$SAVE") | $(field p99_ms "$SAVE") | $(errors "$SAVE") |
| submit it: \`POST /api/v1/evaluations/{id}/submit\` | $EXPERTS | $(field rps "$SUBMIT") | $(field p50_ms "$SUBMIT") | $(field p99_ms "$SUBMIT") | $(errors "$SUBMIT") |
| progress dashboard: \`GET /api/v1/campaigns/{2023-Q2}/progress\` | 16 | $(field rps "$PROGRESS") | $(field p50_ms "$PROGRESS") | $(field p99_ms "$PROGRESS") | $(errors "$PROGRESS") |
| the progress SQL in pgbench (\`-M prepared\`) | 16 | $PG_PROGRESS_TPS | $PG_PROGRESS_P50 | $PG_PROGRESS_P99 | |
| the SQL of one save in pgbench (\`-M prepared\`) | 1 | $PG_SAVE_TPS | $PG_SAVE_P50 | $PG_SAVE_P99 | |

Evaluations saved during the save run: $SAVED; submitted during the submit run: $SUBMITTED.

| target | measured | result |
| --- | --- | --- |
| submitting an evaluation (~20 criteria) at $EXPERTS concurrent experts: p99 ≤ 50 ms — save | $(field p99_ms "$SAVE") ms | $(verdict "$(field p99_ms "$SAVE")" 50) |
| the same — submit | $(field p99_ms "$SUBMIT") ms | $(verdict "$(field p99_ms "$SUBMIT")" 50) |
| progress dashboard p99 ≤ 100 ms | $(field p99_ms "$PROGRESS") ms | $(verdict "$(field p99_ms "$PROGRESS")" 100) |
| save and submit in ≤ 5 SQL statements each | $SAVE_STATEMENTS / $SUBMIT_STATEMENTS | $(verdict "$((SAVE_STATEMENTS > SUBMIT_STATEMENTS ? SAVE_STATEMENTS : SUBMIT_STATEMENTS))" 5) |
| peak RSS ≤ 300 MB with \`-Xmx256m\` | $PEAK_MB MB | $(verdict "$PEAK_MB" 300) |
<!-- monitoring:end -->
MD
python3 - "$ROOT/bench/RESULTS.md" "$SECTION" <<'PY'
import re, sys
path, section = sys.argv[1], open(sys.argv[2]).read()
try:
    text = open(path).read()
except FileNotFoundError:
    text = "# Benchmark results\n"
pattern = re.compile(r"<!-- monitoring:start -->.*?<!-- monitoring:end -->\n?", re.S)
text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
open(path, "w").write(text)
PY
echo "Done: the Monitoring section of bench/RESULTS.md"
sed -n '/| measurement | connections/,/monitoring:end/p' "$ROOT/bench/RESULTS.md"
