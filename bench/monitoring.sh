#!/usr/bin/env bash
# Monitoring benchmark, one run: loads demo scale 10 (registry + four campaigns) into a fresh database, prepares a
# campaign over the VK accounts assigned to 32 new experts (bench/monitoring-prepare.py), then measures on 127.0.0.1
#   wrk, 32 connections = 32 experts: saving an evaluation's ~20 criteria (PUT …/answers, each evaluation once)
#        and submitting it (POST …/submit), beside the empty endpoint GET /api/v1/ping (the ceiling), two ways:
#        - paced ("32 experts"): each connection waits a random 0.5–1.5 × BENCH_THINK_MS (800 ms, the SPA's
#          autosave debounce) before each request — 32 experts typing without a pause, the most 32 SPAs send;
#        - closed loop ("saturation"): each connection sends its next request as soon as the answer arrives, so
#          req/s is the most the machine serves and latency is mostly queueing (Little's law: 32 / req/s);
#        and the JVM's CPU time per request (utime + stime of the process from /proc, before/after each run) and
#        PostgreSQL's (the same for the backends connected to the database);
#   wrk, 16 connections: the coordinator's progress dashboard of the demo 2023-Q2 campaign;
#   pgbench: the SQL the progress endpoint ran (captured from the PostgreSQL log) at the same 16 connections;
#        the SQL one save ran, replayed as captured at one connection (the database's share of a save); and the
#        physical baseline: the save's and the submission's own statements (bench/monitoring-pgbench.py: a random
#        evaluation of the campaign per transaction, the version the locked read returned) at 32 clients —
#        what PostgreSQL alone does on this machine, to compare the application's closed-loop figures with;
# and prints the "Monitoring" section (BENCH_WRITE=1 also writes it into bench/RESULTS.md). Needs what
# bench/run.sh needs. About 6 minutes.
# Overrides: BENCH_SCALE (10), BENCH_SECONDS (20), BENCH_PORT (18181), PG_LOG, QUICK=1 (5 s per measurement),
# BENCH_DB (bridge_bench_monitoring, dropped and created), BENCH_TEMPLATE (a database with the demo already loaded
# at BENCH_SCALE, copied into BENCH_DB instead of loading the demo — nothing may be connected to it),
# BENCH_THINK_MS (800), BENCH_START_SECONDS (1800: how long the start, demo load included, may take), BENCH_WRITE=1.
# The outbox worker is off (OUTBOX_WORKER=false): its polling statements would otherwise land in the captured SQL.
# Transactions may last BENCH_TX_TIMEOUT (600s): on a loaded machine the preparation's assignment of ~26,000
# evaluations in one transaction outlived the default 60 s and was rolled back. Access tokens last 120 minutes (the
# run outlasts the default 15 on a loaded machine).
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
DB=${BENCH_DB:-bridge_bench_monitoring}
TEMPLATE=${BENCH_TEMPLATE:-}
THINK_MS=${BENCH_THINK_MS:-800}
PACED_LINES=2000 # save requests set aside for the paced run (32 experts send ~40 a second at 800 ms)
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
HZ=$(getconf CLK_TCK)
jvm_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }
pg_ticks() { # CPU ticks of the PostgreSQL backends connected to the database (the application's pool)
    local pid total=0
    for pid in $("${PSQL[@]}" -d postgres -At -c "select pid from pg_stat_activity where datname = '$DB'"); do
        total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}
run_wrk() { # run_wrk FILE CONNECTIONS SECONDS ONCE [THINK_MS] — the BENCH line plus jvm_us= and pg_us= per request
    local jvm0 pg0 out requests
    jvm0=$(jvm_ticks); pg0=$(pg_ticks)
    out=$(BENCH_REQUESTS=$1 BENCH_THREADS=2 BENCH_ONCE=$4 BENCH_THINK_MS=${5:-0} wrk -t2 -c"$2" -d"${3}s" \
        --timeout 5s -s "$ROOT/bench/requests.lua" "$BASE" | grep '^BENCH')
    requests=$(field requests "$out")
    awk -v out="$out" -v n="$requests" -v j="$(($(jvm_ticks) - jvm0))" -v p="$(($(pg_ticks) - pg0))" -v hz="$HZ" \
        'BEGIN { printf "%s jvm_us=%.0f pg_us=%.0f\n", out, n ? j * 1e6 / hz / n : 0, n ? p * 1e6 / hz / n : 0 }'
}
capture() { # capture OUTFILE MARKER METHOD PATH TOKEN BODY — runs one request and extracts the SQL it ran
    local offset since
    offset=$(stat -c %s "$PG_LOG")
    since=$(date -u '+%Y-%m-%d %H:%M:%S.%3N') # what a scheduled job ran before the request is not the request's
    curl -sf -o /dev/null -X "$3" -H 'Accept: application/json' -H 'Content-Type: application/json' \
        -H "Authorization: Bearer $5" ${6:+--data "$6"} "$BASE$4"
    sleep 0.5
    tail -c +"$((offset + 1))" "$PG_LOG" | python3 "$ROOT/bench/extract-sql.py" "$DB" "$2" "$since" >"$1"
}
pg_run() { # pg_run SCRIPT CLIENTS [pgbench options] -> "tps p50 p99"
    local script=$1 clients=$2
    shift 2
    rm -f "$WORK"/pgbench_log.*
    (cd "$WORK" && pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$clients" -j 2 -T "$SECONDS_PER_RUN" -l \
        --log-prefix=pgbench_log "$@" -f "$script" "$DB" >"$WORK/pgbench.out" 2>&1) ||
        { cat "$WORK/pgbench.out" >&2; exit 1; }
    local tps
    tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/pgbench.out" | head -1)
    echo "$tps $(cat "$WORK"/pgbench_log.* | awk '{print $3 / 1000}' | sort -n |
        awk '{v[NR] = $1} END {printf "%.2f %.2f", v[int(NR * 0.5) + 1], v[int(NR * 0.99) + 1]}')"
}

echo "Monitoring benchmark: scale $SCALE, ${SECONDS_PER_RUN}s per run; work files in $WORK"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
"${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)"
if [[ -n "$TEMPLATE" ]]; then
    "${PSQL[@]}" -d postgres -c "create database $DB template $TEMPLATE"
    echo "1. Start on a copy of $TEMPLATE (demo data at scale $SCALE already loaded)"
else
    "${PSQL[@]}" -d postgres -c "create database $DB"
    echo "1. Start with demo data at scale $SCALE"
fi
DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres DB_PASSWORD=postgres BRIDGE_DEMO=true \
    BRIDGE_DEMO_SCALE="$SCALE" QUARKUS_HTTP_PORT="$PORT" BRIDGE_DATA_DIR="$WORK/data" OUTBOX_WORKER=false \
    QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT="${BENCH_TX_TIMEOUT:-600s}" ACCESS_TOKEN_MINUTES=120 \
    java $BENCH_JAVA_OPTS -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
# the demo load runs before the HTTP server listens: on a loaded machine it outlasted the 5 minutes this loop used
# to wait, after which the preparation ran against a closed port
READY_BY=$((SECONDS + ${BENCH_START_SECONDS:-1800}))
until curl -sf -o /dev/null "$BASE/q/health/ready"; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log" >&2; exit 1; }
    ((SECONDS < READY_BY)) || { echo "Not ready after ${BENCH_START_SECONDS:-1800} s (BENCH_START_SECONDS)" >&2; exit 1; }
    sleep 0.5
done
if [[ -n "$TEMPLATE" ]]; then
    LOADED="copied from \`$TEMPLATE\`: $("${PSQL[@]}" -d "$DB" -At -c "select (select count(*) from organization) ||
        ' organizations, ' || (select count(*) from account) || ' accounts, ' || (select count(*) from evaluation) ||
        ' evaluations'")"
else
    LOADED=$(grep -o 'Demo data loaded in [0-9]* ms[^:]*: [^"]*' "$WORK/app.log" | head -1 | cut -c1-200 || echo "?")
fi
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
# warm-up: one save and one submission of another evaluation first, so the capture holds what every save runs,
# not the first request's one-off reads (the criteria set before it is cached, the driver's type look-ups); then
# a pause longer than the credential check's 1 s cache (AccessCheck), so the captured save includes that check
IFS=$'\t' read -r _ WARM_PATH WARM_TOKEN WARM_BODY < <(tail -2 "$WORK/save.tsv" | head -1)
curl -sf -o /dev/null -X PUT -H 'Content-Type: application/json' -H "Authorization: Bearer $WARM_TOKEN" \
    --data "$WARM_BODY" "$BASE$WARM_PATH"
WARM_ID=$(sed -n 's#.*/evaluations/\([^/]*\)/answers#\1#p' <<<"$WARM_PATH")
IFS=$'\t' read -r _ WARM_PATH WARM_TOKEN WARM_BODY < <(grep -F "/evaluations/$WARM_ID/submit" "$WORK/submit.tsv")
curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $WARM_TOKEN" \
    --data "$WARM_BODY" "$BASE$WARM_PATH"
sleep 1.2
IFS=$'\t' read -r _ SAVE_PATH SAVE_TOKEN SAVE_BODY < <(tail -1 "$WORK/save.tsv")
capture "$WORK/save.sql" "" PUT "$SAVE_PATH" "$SAVE_TOKEN" "$SAVE_BODY"
SAVE_ID=$(sed -n 's#.*/evaluations/\([^/]*\)/answers#\1#p' <<<"$SAVE_PATH")
IFS=$'\t' read -r _ SUBMIT_PATH SUBMIT_TOKEN SUBMIT_BODY < <(grep -F "/evaluations/$SAVE_ID/submit" "$WORK/submit.tsv")
sleep 1.2
capture "$WORK/submit.sql" "" POST "$SUBMIT_PATH" "$SUBMIT_TOKEN" "$SUBMIT_BODY"
"${PSQL[@]}" -d postgres -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null
SAVE_EXPERT=$("${PSQL[@]}" -d "$DB" -At -c "select expert_id from evaluation where id = '$SAVE_ID'")
head -n -2 "$WORK/save.tsv" >"$WORK/save-all.tsv" # the last two were the warm-up and the captured save
sed -n "1,${PACED_LINES}p" "$WORK/save-all.tsv" >"$WORK/save-paced.tsv"
sed -n "$((PACED_LINES + 1)),\$p" "$WORK/save-all.tsv" >"$WORK/save-run.tsv"
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
SAVE_PACED=$(run_wrk "$WORK/save-paced.tsv" "$EXPERTS" "$SECONDS_PER_RUN" 1 "$THINK_MS"); echo "  save, paced:       $SAVE_PACED"
SAVE=$(run_wrk "$WORK/save-run.tsv" "$EXPERTS" "$SECONDS_PER_RUN" 1); echo "  save, closed loop: $SAVE"
CAMPAIGN=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["campaign"])' "$PREPARED")
SAVED=$("${PSQL[@]}" -d "$DB" -At -c "select count(*) from evaluation where campaign_id = '$CAMPAIGN' and version = 1")
mapfile -t SAVED_IDS < <("${PSQL[@]}" -d "$DB" -At -c "select id from evaluation where campaign_id = '$CAMPAIGN' and version = 1")
printf '%s\n' "${SAVED_IDS[@]}" >"$WORK/saved.ids"
grep -F -f "$WORK/saved.ids" "$WORK/submit.tsv" >"$WORK/submit-saved.tsv" || true
# the evaluations saved in the paced run are submitted paced, the others in the closed loop
cut -f2 "$WORK/save-paced.tsv" | sed 's#/answers$#/submit#' >"$WORK/paced.paths"
grep -F -f "$WORK/paced.paths" "$WORK/submit-saved.tsv" >"$WORK/submit-paced.tsv" || true
grep -v -F -f "$WORK/paced.paths" "$WORK/submit-saved.tsv" >"$WORK/submit-run.tsv" || true
SUBMIT_PACED=$(run_wrk "$WORK/submit-paced.tsv" "$EXPERTS" "$SECONDS_PER_RUN" 1 "$THINK_MS"); echo "  submit, paced:       $SUBMIT_PACED"
SUBMIT=$(run_wrk "$WORK/submit-run.tsv" "$EXPERTS" "$SECONDS_PER_RUN" 1); echo "  submit, closed loop: $SUBMIT"
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
# the physical baseline: the save's and the submission's statements, a random evaluation of the campaign each time
"${PSQL[@]}" -d "$DB" -c "drop table if exists bench_save_pick" -c "create table bench_save_pick as
    select (row_number() over (order by id))::int as n, id as evaluation_id, expert_id from evaluation
     where campaign_id = '$CAMPAIGN'" -c "alter table bench_save_pick add primary key (n)" -c "analyze bench_save_pick"
PICKS=$("${PSQL[@]}" -d "$DB" -At -c "select count(*) from bench_save_pick")
python3 "$ROOT/bench/monitoring-pgbench.py" "$WORK/save.sql" "$SAVE_ID" "$SAVE_EXPERT" >"$WORK/save-baseline.sql"
python3 "$ROOT/bench/monitoring-pgbench.py" "$WORK/submit.sql" "$SAVE_ID" "$SAVE_EXPERT" >"$WORK/submit-baseline.sql"
read -r PG_SAVE32_TPS PG_SAVE32_P50 PG_SAVE32_P99 < <(pg_run "$WORK/save-baseline.sql" "$EXPERTS" -D picks="$PICKS")
echo "  save statements at $EXPERTS clients: $PG_SAVE32_TPS tps, p50 $PG_SAVE32_P50 ms, p99 $PG_SAVE32_P99 ms"
read -r PG_SUBMIT32_TPS PG_SUBMIT32_P50 PG_SUBMIT32_P99 < <(pg_run "$WORK/submit-baseline.sql" "$EXPERTS" -D picks="$PICKS")
echo "  submit statements at $EXPERTS clients: $PG_SUBMIT32_TPS tps, p50 $PG_SUBMIT32_P50 ms, p99 $PG_SUBMIT32_P99 ms"
"${PSQL[@]}" -d "$DB" -c "drop table bench_save_pick"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

verdict() { awk -v x="$1" -v limit="$2" 'BEGIN { print (x <= limit ? "pass" : "**fail**") }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", (b > 0 ? 100 * a / b : 0) }'; }
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
  (VmHWM, $([[ -n "$TEMPLATE" ]] && echo "no demo load: the database was copied" || echo "demo load included")) ${PEAK_MB} MB**
- SQL statements per request, from the PostgreSQL log (begin/commit not counted; captured after a warm-up save
  and submission): save **$SAVE_STATEMENTS**, submit **$SUBMIT_STATEMENTS**, progress dashboard $PROGRESS_STATEMENTS
- Two ways to load the save and the submission with $EXPERTS connections = $EXPERTS experts: **paced** — each
  connection waits a random 0.5–1.5 × $THINK_MS ms (the SPA's autosave debounce) before each request, 32 experts
  typing without a pause: the realistic "32 experts" latency; **closed loop** — the next request as soon as the
  answer arrives: the saturation throughput, where latency is queueing (Little's law: $EXPERTS / req/s).
  CPU per request: utime + stime of the JVM, and of the PostgreSQL backends connected to \`$DB\`, from /proc
  before and after the run, divided by the requests (meaningful in the closed-loop runs; in a paced run a few
  hundred requests share the process's background CPU — JIT, GC, timers — so it reads high).

| measurement | connections | req/s | p50 ms | p99 ms | errors/non-2xx | JVM CPU µs/req | PostgreSQL CPU µs/req |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| ceiling: \`GET /api/v1/ping\` (closed loop) | $EXPERTS | $(field rps "$PING") | $(field p50_ms "$PING") | $(field p99_ms "$PING") | $(errors "$PING") | $(field jvm_us "$PING") | |
| save an evaluation's criteria: \`PUT /api/v1/evaluations/{id}/answers\` (each evaluation once), **paced** | $EXPERTS | $(field rps "$SAVE_PACED") | $(field p50_ms "$SAVE_PACED") | $(field p99_ms "$SAVE_PACED") | $(errors "$SAVE_PACED") | $(field jvm_us "$SAVE_PACED") | $(field pg_us "$SAVE_PACED") |
| the same, **closed loop** | $EXPERTS | $(field rps "$SAVE") | $(field p50_ms "$SAVE") | $(field p99_ms "$SAVE") | $(errors "$SAVE") | $(field jvm_us "$SAVE") | $(field pg_us "$SAVE") |
| the save's statements alone in pgbench, $EXPERTS clients, a random evaluation each (physical baseline) | $EXPERTS | $PG_SAVE32_TPS | $PG_SAVE32_P50 | $PG_SAVE32_P99 | | | |
| submit it: \`POST /api/v1/evaluations/{id}/submit\`, **paced** | $EXPERTS | $(field rps "$SUBMIT_PACED") | $(field p50_ms "$SUBMIT_PACED") | $(field p99_ms "$SUBMIT_PACED") | $(errors "$SUBMIT_PACED") | $(field jvm_us "$SUBMIT_PACED") | $(field pg_us "$SUBMIT_PACED") |
| the same, **closed loop** | $EXPERTS | $(field rps "$SUBMIT") | $(field p50_ms "$SUBMIT") | $(field p99_ms "$SUBMIT") | $(errors "$SUBMIT") | $(field jvm_us "$SUBMIT") | $(field pg_us "$SUBMIT") |
| the submission's statements alone in pgbench, $EXPERTS clients (physical baseline) | $EXPERTS | $PG_SUBMIT32_TPS | $PG_SUBMIT32_P50 | $PG_SUBMIT32_P99 | | | |
| progress dashboard: \`GET /api/v1/campaigns/{2023-Q2}/progress\` (closed loop) | 16 | $(field rps "$PROGRESS") | $(field p50_ms "$PROGRESS") | $(field p99_ms "$PROGRESS") | $(errors "$PROGRESS") | $(field jvm_us "$PROGRESS") | $(field pg_us "$PROGRESS") |
| the progress SQL in pgbench (\`-M prepared\`) | 16 | $PG_PROGRESS_TPS | $PG_PROGRESS_P50 | $PG_PROGRESS_P99 | | | |
| the SQL of one save in pgbench, replayed as captured (same row every time) | 1 | $PG_SAVE_TPS | $PG_SAVE_P50 | $PG_SAVE_P99 | | | |

Evaluations saved during the two save runs: $SAVED; submitted during the two submit runs: $SUBMITTED. Closed loop
against the physical baseline: save **$(ratio "$(field rps "$SAVE")" "$PG_SAVE32_TPS") %**, submit
**$(ratio "$(field rps "$SUBMIT")" "$PG_SUBMIT32_TPS") %** of pgbench's rate (the baseline runs one more
statement per transaction — the primary-key lookup that picks the evaluation — and needs no JVM: the two cores are
PostgreSQL's and pgbench's alone).

| target | measured | result |
| --- | --- | --- |
| save at $EXPERTS experts (paced): p99 ≤ 100 ms (issue 7 §6) | $(field p99_ms "$SAVE_PACED") ms | $(verdict "$(field p99_ms "$SAVE_PACED")" 100) |
| submit at $EXPERTS experts (paced): p99 ≤ 100 ms (issue 7 §6) | $(field p99_ms "$SUBMIT_PACED") ms | $(verdict "$(field p99_ms "$SUBMIT_PACED")" 100) |
| the same in the closed loop (saturation) — save / submit: p99 ≤ 100 ms | $(field p99_ms "$SAVE") / $(field p99_ms "$SUBMIT") ms | $(verdict "$(field p99_ms "$SAVE")" 100) / $(verdict "$(field p99_ms "$SUBMIT")" 100) |
| submitting an evaluation (~20 criteria) at $EXPERTS concurrent experts: p99 ≤ 50 ms (issue 3) — save, closed loop | $(field p99_ms "$SAVE") ms | $(verdict "$(field p99_ms "$SAVE")" 50) |
| the same — submit, closed loop | $(field p99_ms "$SUBMIT") ms | $(verdict "$(field p99_ms "$SUBMIT")" 50) |
| progress dashboard p99 ≤ 100 ms | $(field p99_ms "$PROGRESS") ms | $(verdict "$(field p99_ms "$PROGRESS")" 100) |
| save and submit in ≤ 5 SQL statements each | $SAVE_STATEMENTS / $SUBMIT_STATEMENTS | $(verdict "$((SAVE_STATEMENTS > SUBMIT_STATEMENTS ? SAVE_STATEMENTS : SUBMIT_STATEMENTS))" 5) |
| peak RSS ≤ 300 MB with \`-Xmx256m\` | $PEAK_MB MB | $(verdict "$PEAK_MB" 300) |
<!-- monitoring:end -->
MD
if [[ "${BENCH_WRITE:-0}" != 1 ]]; then
    cat "$SECTION"
    echo "Not written to bench/RESULTS.md (BENCH_WRITE=1 writes it); the section is in $SECTION"
    exit 0
fi
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
