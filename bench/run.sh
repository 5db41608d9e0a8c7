#!/usr/bin/env bash
# Digital Bridge benchmark, one run: loads demo scale 10 into a fresh database, then measures on 127.0.0.1
#   start-up to ready (first start with the load, second start on the loaded database),
#   wrk: the empty endpoint GET /api/v1/ping (ceiling) and GET /api/v1/accounts?q=…&municipality=… (search),
#   pgbench: the very SQL the search endpoint ran (captured from the PostgreSQL log), same connections,
#   the process RSS after the load, and writes bench/RESULTS.md.
# Needs: the packaged backend (see below), PostgreSQL on 127.0.0.1:5432 (user postgres, trust), wrk, pgbench,
# psql, curl, python3, mvn (builds bench/empty-app, the start-up baseline). Takes about 4 minutes.
# Environment overrides: BENCH_SCALE (10), BENCH_SECONDS (20), BENCH_PORT (18180),
# PG_LOG (/var/log/postgresql/postgresql-15-main.log), QUICK=1 (5 s per measurement, 2 s warm-up).
# Start-up: the application and bench/empty-app (an empty Quarkus application with the same extensions) are
# started alternately STARTS times (3) on the same machine in the same run; the medians are compared.
# Memory: the peak RSS (VmHWM) of every application process of the run, read before it is stopped.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/jvm-options.sh
source "$ROOT/bench/jvm-options.sh"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
SCALE=${BENCH_SCALE:-10}
if [[ "${QUICK:-0}" == 1 ]]; then
    SECONDS_PER_RUN=${BENCH_SECONDS:-5}
    WARMUP=2
else
    SECONDS_PER_RUN=${BENCH_SECONDS:-20}
    WARMUP=5
fi
STARTS=${STARTS:-3}
EMPTY_DIR="$ROOT/bench/empty-app"
EMPTY_JAR="$EMPTY_DIR/target/quarkus-app/quarkus-run.jar"
EMPTY_DB=bench_empty
PORT=${BENCH_PORT:-18180}
PG_LOG=${PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
DB=${BENCH_DB:-bench_search}
CONNECTIONS=16
THREADS=2
BASE="http://127.0.0.1:$PORT"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres)

if [[ ! -f "$JAR" ]]; then
    echo "Missing $JAR — build the backend first:" >&2
    echo "  mvn -f backend/pom.xml package -DskipTests      (or from the root: mvn package -DskipTests)" >&2
    exit 2
fi
for tool in wrk pgbench psql curl python3 java mvn; do
    command -v "$tool" >/dev/null || { echo "Missing $tool (Debian: apt-get install -y wrk postgresql-client curl python3)" >&2; exit 2; }
done
if [[ ! -r "$PG_LOG" ]]; then
    echo "Cannot read the PostgreSQL log $PG_LOG (set PG_LOG); it is needed to capture the endpoint's SQL" >&2
    exit 2
fi

if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "Port $PORT is already in use by another process; choose a free one with BENCH_PORT" >&2
    exit 2
fi

WORK=$(mktemp -d /tmp/bridge-bench.XXXXXX)
APP_PID=""
PEAK_KB=0
stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        local hwm
        hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$APP_PID/status" 2>/dev/null || echo 0)
        if [[ -n "${APP_LABEL:-}" ]]; then echo "  peak RSS of the $APP_LABEL process: $((hwm / 1024)) MB"; fi
        if ((hwm > PEAK_KB)); then PEAK_KB=$hwm; fi
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}
cleanup() {
    stop_app
    "${PSQL[@]}" -d postgres -c "alter database $DB reset log_min_duration_statement" >/dev/null 2>&1 || true
}
trap cleanup EXIT

# wait_ready LABEL LOG TIMEOUT T0 — polls /q/health/ready; sets STARTUP_MS (process start to ready)
wait_ready() {
    local label=$1 log=$2 timeout_s=$3 t0=$4 now
    until curl -sf -o /dev/null "$BASE/q/health/ready"; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            echo "The application exited during start-up ($label); its log:" >&2
            tail -40 "$log" >&2
            exit 1
        fi
        now=$(date +%s%N)
        if (((now - t0) / 1000000000 > timeout_s)); then
            echo "Not ready after ${timeout_s}s ($label)" >&2
            tail -40 "$log" >&2
            exit 1
        fi
        sleep 0.02
    done
    STARTUP_MS=$((($(date +%s%N) - t0) / 1000000))
    # CPU seconds the JVM consumed until ready (utime + stime, fields 14 and 15 of /proc/<pid>/stat): unlike the
    # wall time, it does not depend on what else the machine is doing
    STARTUP_CPU=$(sed 's/^.*) //' "/proc/$APP_PID/stat" 2>/dev/null | awk -v t="$(getconf CLK_TCK)" '{ printf "%.2f", ($12 + $13) / t }' 2>/dev/null || echo "?")
}

# Starts the empty application (bench/empty-app) on its own database; sets STARTUP_MS.
start_empty() {
    local label=$1 log="$WORK/empty-$1.log" t0
    t0=$(date +%s%N)
    DB_URL="jdbc:postgresql://127.0.0.1:5432/$EMPTY_DB" DB_USER=postgres DB_PASSWORD=postgres QUARKUS_HTTP_PORT="$PORT" \
        java $BENCH_JAVA_OPTS -jar "$EMPTY_JAR" >"$log" 2>&1 &
    APP_PID=$!
    APP_LABEL="empty application ($label)"
    wait_ready "empty $label" "$log" 300 "$t0"
    echo "  empty application $label: ready after ${STARTUP_MS} ms, ${STARTUP_CPU} CPU s"
}
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

# Starts the packaged application against the bench database; sets STARTUP_MS (process start to /q/health/ready).
start_app() {
    local label=$1 timeout_s=$2
    local log="$WORK/app-$label.log"
    local t0 now
    t0=$(date +%s%N)
    DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres DB_PASSWORD=postgres \
        BRIDGE_DEMO=true BRIDGE_DEMO_SCALE="$SCALE" QUARKUS_HTTP_PORT="$PORT" BRIDGE_DATA_DIR="$WORK/data" \
        java $BENCH_JAVA_OPTS -jar "$JAR" >"$log" 2>&1 &
    APP_PID=$!
    APP_LABEL="application ($label)"
    wait_ready "$label" "$log" "$timeout_s" "$t0"
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        echo "Something else answered on port $PORT ($label); the application exited:" >&2
        tail -20 "$log" >&2
        exit 1
    fi
    QUARKUS_REPORTED=$(grep -o 'started in [0-9.]*s' "$log" | head -1 | grep -o '[0-9.]*' || echo "?")
    echo "  $label: ready after ${STARTUP_MS} ms, ${STARTUP_CPU} CPU s (Quarkus reports ${QUARKUS_REPORTED} s)"
}

# Runs wrk on the paths in $1 for $2 seconds; prints the BENCH line.
run_wrk() {
    BENCH_PATHS=$1 wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2}s" --timeout 5s -s "$ROOT/bench/rotate.lua" "$BASE" |
        grep '^BENCH'
}
field() { # field NAME "BENCH a=1 b=2"
    sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2"
}

echo "Benchmark: scale $SCALE, ${CONNECTIONS} connections, ${THREADS} threads, ${SECONDS_PER_RUN}s per run; work files in $WORK"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

echo "0. Build the start-up baseline bench/empty-app"
if [[ ! -f "$EMPTY_JAR" || -n "$(find "$EMPTY_DIR/pom.xml" "$EMPTY_DIR/src" -newer "$EMPTY_JAR" -print -quit)" ]]; then
    mvn -q -f "$EMPTY_DIR/pom.xml" package -DskipTests >"$WORK/empty-build.log" 2>&1 || { tail -40 "$WORK/empty-build.log" >&2; exit 1; }
fi

echo "1. Fresh databases $DB and $EMPTY_DB"
"${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
"${PSQL[@]}" -d postgres -c "drop database if exists $EMPTY_DB with (force)" -c "create database $EMPTY_DB"
# Only during the first start: log every statement, to capture what the search endpoint runs.
"${PSQL[@]}" -d postgres -c "alter database $DB set log_min_duration_statement = 0"

echo "2. First start: migrations and demo data at scale $SCALE"
start_app first 300
FIRST_MS=$STARTUP_MS
LOADED=$(grep -o 'Demo data loaded in [0-9]* ms[^:]*: [0-9]* organizations, [0-9]* accounts' "$WORK/app-first.log" || echo "no load line")
echo "  $LOADED"

echo "3. Search requests and the SQL they run"
mapfile -t MUNICIPALITIES < <("${PSQL[@]}" -d "$DB" -At -c "
    select id from (select municipality_id as id, count(*) as n, row_number() over (order by count(*) desc) as rank
                      from account group by municipality_id) ranked
     where rank in (1, 2, 3, 10) order by rank")
if ((${#MUNICIPALITIES[@]} == 0)); then
    echo "No accounts in $DB after the first start: was the demo data loaded? See $WORK/app-first.log" >&2
    exit 1
fi
WORDS=("школа" "детский сад" "библиотека" "больница" "культуры" "спорт")
: >"$WORK/search.paths"
: >"$WORK/search.sql.list"
for i in "${!WORDS[@]}"; do
    municipality=${MUNICIPALITIES[$((i % ${#MUNICIPALITIES[@]}))]}
    q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "${WORDS[$i]}")
    path="/api/v1/accounts?q=$q&municipality=$municipality"
    echo "$path" >>"$WORK/search.paths"
    offset=$(stat -c %s "$PG_LOG")
    status=$(curl -s -o "$WORK/response-$i.json" -w '%{http_code}' -H 'Accept: application/json' "$BASE$path")
    total=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1])).get("total"))' "$WORK/response-$i.json" 2>/dev/null || echo "?")
    sleep 0.5
    tail -c +"$((offset + 1))" "$PG_LOG" | python3 "$ROOT/bench/extract-sql.py" "$DB" "from account" >"$WORK/search-$i.sql"
    statements=$(wc -l <"$WORK/search-$i.sql")
    echo "  ${WORDS[$i]} in $municipality: HTTP $status, total $total, $statements SQL statement(s)"
    if [[ "$status" != 200 || "$statements" == 0 ]]; then
        echo "The search endpoint did not answer 200 or ran no SQL that could be captured; see $WORK" >&2
        exit 1
    fi
    echo "-f $WORK/search-$i.sql" >>"$WORK/search.sql.list"
done
stop_app
"${PSQL[@]}" -d postgres -c "alter database $DB reset log_min_duration_statement"
"${PSQL[@]}" -d "$DB" -c "vacuum analyze"

echo "4. Start-up: the empty application and the application on the loaded database, alternately, $STARTS times"
EMPTY_TIMES=()
APP_TIMES=()
EMPTY_CPUS=()
APP_CPUS=()
QUARKUS_TIMES=()
for i in $(seq 1 "$STARTS"); do
    start_empty "$i"
    EMPTY_TIMES+=("$STARTUP_MS")
    EMPTY_CPUS+=("$STARTUP_CPU")
    stop_app
    start_app "second-$i" 300
    APP_TIMES+=("$STARTUP_MS")
    APP_CPUS+=("$STARTUP_CPU")
    QUARKUS_TIMES+=("$QUARKUS_REPORTED")
    if ((i < STARTS)); then stop_app; fi
done
EMPTY_MS=$(median "${EMPTY_TIMES[@]}")
SECOND_MS=$(median "${APP_TIMES[@]}")
SECOND_QUARKUS=$(median "${QUARKUS_TIMES[@]}")
START_RATIO=$(awk -v a="$SECOND_MS" -v b="$EMPTY_MS" 'BEGIN { printf "%.2f", a / b }')
EMPTY_CPU=$(median "${EMPTY_CPUS[@]}")
SECOND_CPU=$(median "${APP_CPUS[@]}")
CPU_RATIO=$(awk -v a="$SECOND_CPU" -v b="$EMPTY_CPU" 'BEGIN { printf "%.2f", a / b }')
echo "  medians: application ${SECOND_MS} ms, empty application ${EMPTY_MS} ms, ratio ${START_RATIO}"
echo "  CPU to ready (medians): application ${SECOND_CPU} s, empty application ${EMPTY_CPU} s, ratio ${CPU_RATIO}"

echo "5. wrk: warm-up, then the ceiling (GET /api/v1/ping) and the search"
echo "/api/v1/ping" >"$WORK/ping.paths"
run_wrk "$WORK/ping.paths" "$WARMUP" >/dev/null
run_wrk "$WORK/search.paths" "$WARMUP" >/dev/null
PING=$(run_wrk "$WORK/ping.paths" "$SECONDS_PER_RUN")
echo "  ping:   $PING"
SEARCH=$(run_wrk "$WORK/search.paths" "$SECONDS_PER_RUN")
echo "  search: $SEARCH"
RSS_KB=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
echo "  RSS after the load: $((RSS_KB / 1024)) MB"
stop_app
echo "  peak RSS over every application process of the run: $((PEAK_KB / 1024)) MB"

echo "6. pgbench: the same SQL, ${CONNECTIONS} connections, ${THREADS} threads"
mapfile -t SCRIPTS < <(tr ' ' '\n' <"$WORK/search.sql.list")
(cd "$WORK" && pgbench -h 127.0.0.1 -p 5432 -U postgres -n -M prepared -c "$CONNECTIONS" -j "$THREADS" \
    -T "$SECONDS_PER_RUN" -l --log-prefix=pgbench "${SCRIPTS[@]}" "$DB" >"$WORK/pgbench.out" 2>&1)
PG_TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/pgbench.out" | head -1)
read -r PG_P50 PG_P99 PG_N < <(cat "$WORK"/pgbench.*[0-9] | awk '{print $3 / 1000}' | sort -n |
    awk '{v[NR] = $1} END {printf "%.2f %.2f %d\n", v[int(NR * 0.5) + 1], v[int(NR * 0.99) + 1], NR}')
echo "  pgbench: tps $PG_TPS, p50 ${PG_P50} ms, p99 ${PG_P99} ms ($PG_N transactions)"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

echo "7. Writing bench/RESULTS.md"
# keep the section bench/monitoring.sh writes and everything after it (notes added by hand)
MONITORING_SECTION=$(sed -n '/<!-- monitoring:start -->/,$p' "$ROOT/bench/RESULTS.md" 2>/dev/null || true)
PING_RPS=$(field rps "$PING"); PING_P50=$(field p50_ms "$PING"); PING_P99=$(field p99_ms "$PING")
SEARCH_RPS=$(field rps "$SEARCH"); SEARCH_P50=$(field p50_ms "$SEARCH"); SEARCH_P99=$(field p99_ms "$SEARCH")
SEARCH_ERRORS=$(($(field errors "$SEARCH") + $(field non2xx "$SEARCH")))
RSS_MB=$((RSS_KB / 1024))
PEAK_MB=$((PEAK_KB / 1024))
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? 100 * a / b : 0) }'; }
verdict() { awk -v ok="$1" 'BEGIN { print (ok ? "pass" : "**fail**") }'; }
R_PG=$(ratio "$SEARCH_RPS" "$PG_TPS")
R_CEIL=$(ratio "$SEARCH_RPS" "$PING_RPS")
V_P99=$(verdict "$(awk -v x="$SEARCH_P99" 'BEGIN { print (x <= 30) }')")
V_PG=$(verdict "$(awk -v x="$R_PG" 'BEGIN { print (x >= 25) }')")
V_START=$(verdict "$((SECOND_MS <= 2500))")
V_RSS=$(verdict "$((PEAK_MB <= 300))")
V_EMPTY=$(verdict "$(awk -v r="$START_RATIO" 'BEGIN { print (r <= 1.3) }')")
V_ERR=$(verdict "$((SEARCH_ERRORS == 0))")
CPU=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)
MEM_MB=$(awk '/MemTotal/ { printf "%d", $2 / 1024 }' /proc/meminfo)
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "?")
DIRTY=$(git -C "$ROOT" status --porcelain 2>/dev/null | grep -qv '^??' && echo " (with uncommitted changes)" || true)

{
    cat <<MD
# Benchmark results

Written by \`bench/run.sh\` — rerun with:

\`\`\`
mvn -f backend/pom.xml package -DskipTests && bench/run.sh
\`\`\`

- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $COMMIT$DIRTY
- Machine: $(nproc) CPUs ($CPU), ${MEM_MB} MB RAM; load average before/after the run: $LOAD_BEFORE / $LOAD_AFTER
- Software: $(java -version 2>&1 | head -1); $("${PSQL[@]}" -d postgres -At -c "select split_part(version(), ' on ', 1)"); wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}')
- Data: demo scale $SCALE in database \`$DB\` — $LOADED
- Application: \`java $BENCH_JAVA_OPTS -jar backend/target/quarkus-app/quarkus-run.jar\` (MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX), PostgreSQL on 127.0.0.1:5432
- Load: ${CONNECTIONS} connections, ${THREADS} threads, ${SECONDS_PER_RUN} s per measurement after a ${WARMUP} s warm-up;
  wrk and pgbench run on the same machine as the application and the database

| measurement | req/s | p50 ms | p99 ms |
| --- | ---: | ---: | ---: |
| ceiling: \`GET /api/v1/ping\` (wrk) | $PING_RPS | $PING_P50 | $PING_P99 |
| search: \`GET /api/v1/accounts?q=…&municipality=…\` (wrk) | $SEARCH_RPS | $SEARCH_P50 | $SEARCH_P99 |
| the same SQL in PostgreSQL (pgbench \`-M prepared\`) | $PG_TPS | $PG_P50 | $PG_P99 |

- search / pgbench: **${R_PG} %**; search / ceiling: **${R_CEIL} %**
- Start-up to \`/q/health/ready\` from process start: first start (migrations + demo load) ${FIRST_MS} ms;
  on the loaded database ${SECOND_MS} ms (median of ${STARTS}: ${APP_TIMES[*]}; Quarkus reports ${SECOND_QUARKUS} s);
  the empty application with the same extensions (\`bench/empty-app\`), started alternately with it:
  ${EMPTY_MS} ms (median of ${STARTS}: ${EMPTY_TIMES[*]}); ratio **${START_RATIO}**;
  CPU seconds the JVM used until ready (utime + stime): application ${SECOND_CPU} s (${APP_CPUS[*]}),
  empty application ${EMPTY_CPU} s (${EMPTY_CPUS[*]}); ratio ${CPU_RATIO}
- Memory: peak RSS (VmHWM) over every application process of the run, the demo load included: **${PEAK_MB} MB**;
  RSS at the end of the search load: ${RSS_MB} MB
- Search errors or non-2xx responses: ${SEARCH_ERRORS}

| target | measured | result |
| --- | --- | --- |
| search p99 ≤ 30 ms at 16 connections | ${SEARCH_P99} ms | $V_P99 |
| search ≥ 25 % of pgbench's rate on the same SQL | ${R_PG} % | $V_PG |
| start-up ≤ 2.5 s (on the loaded database) | ${SECOND_MS} ms | $V_START |
| start-up within 1.3× of the empty application with the same extensions | ${START_RATIO}× | $V_EMPTY |
| peak RSS ≤ 300 MB with \`-Xmx256m\` | ${PEAK_MB} MB | $V_RSS |
| no errors under load | ${SEARCH_ERRORS} | $V_ERR |

Search requests, rotated by \`bench/rotate.lua\` (municipalities: the three with the most accounts and the tenth):

\`\`\`
$(cat "$WORK/search.paths")
\`\`\`

The SQL pgbench ran for the first of them: the statements the endpoint executed, captured from the PostgreSQL log
(\`log_min_duration_statement = 0\` during the first start only) with their parameters inlined by
\`bench/extract-sql.py\`; one pgbench script per request above.

\`\`\`sql
$(cat "$WORK/search-0.sql")
\`\`\`
MD
    if [[ -n "$MONITORING_SECTION" ]]; then printf '\n%s\n' "$MONITORING_SECTION"; fi
} >"$ROOT/bench/RESULTS.md"
echo "Done: bench/RESULTS.md"
cat "$ROOT/bench/RESULTS.md" | sed -n '/| measurement/,/no errors under load/p'
