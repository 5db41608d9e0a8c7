#!/usr/bin/env bash
# Digital Bridge benchmark, one run: loads demo scale 10 into a fresh database, then measures on 127.0.0.1
#   start-up to ready (first start with the load, second start on the loaded database),
#   wrk: the empty endpoint GET /api/v1/ping (ceiling) and GET /api/v1/accounts?q=…&municipality=… (search),
#   pgbench: the very SQL the search endpoint ran (captured from the PostgreSQL log), same connections,
#   the process RSS after the load, and writes bench/RESULTS.md.
# Needs: the packaged backend (see below), PostgreSQL on 127.0.0.1:5432 (user postgres, trust), wrk, pgbench,
# psql, curl, python3. Takes about 3 minutes. Environment overrides: BENCH_SCALE (10), BENCH_SECONDS (20),
# BENCH_PORT (18180), PG_LOG (/var/log/postgresql/postgresql-15-main.log).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
SCALE=${BENCH_SCALE:-10}
SECONDS_PER_RUN=${BENCH_SECONDS:-20}
PORT=${BENCH_PORT:-18180}
PG_LOG=${PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
DB=bridge_bench
CONNECTIONS=16
THREADS=2
BASE="http://127.0.0.1:$PORT"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres)

if [[ ! -f "$JAR" ]]; then
    echo "Missing $JAR — build the backend first:" >&2
    echo "  mvn -f backend/pom.xml package -DskipTests      (or from the root: mvn package -DskipTests)" >&2
    exit 2
fi
for tool in wrk pgbench psql curl python3 java; do
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
stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
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

# Starts the packaged application against the bench database; sets STARTUP_MS (process start to /q/health/ready).
start_app() {
    local label=$1 timeout_s=$2
    local log="$WORK/app-$label.log"
    local t0 now
    t0=$(date +%s%N)
    DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres DB_PASSWORD=postgres \
        BRIDGE_DEMO=true BRIDGE_DEMO_SCALE="$SCALE" QUARKUS_HTTP_PORT="$PORT" BRIDGE_DATA_DIR="$WORK/data" \
        java -Xmx256m -jar "$JAR" >"$log" 2>&1 &
    APP_PID=$!
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
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        echo "Something else answered on port $PORT ($label); the application exited:" >&2
        tail -20 "$log" >&2
        exit 1
    fi
    QUARKUS_REPORTED=$(grep -o 'started in [0-9.]*s' "$log" | head -1 | grep -o '[0-9.]*' || echo "?")
    echo "  $label: ready after ${STARTUP_MS} ms (Quarkus reports ${QUARKUS_REPORTED} s)"
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

echo "1. Fresh database $DB"
"${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
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

echo "4. Second start on the loaded database"
start_app second 120
SECOND_MS=$STARTUP_MS
SECOND_QUARKUS=$QUARKUS_REPORTED

echo "5. wrk: warm-up, then the ceiling (GET /api/v1/ping) and the search"
echo "/api/v1/ping" >"$WORK/ping.paths"
run_wrk "$WORK/ping.paths" 5 >/dev/null
run_wrk "$WORK/search.paths" 5 >/dev/null
PING=$(run_wrk "$WORK/ping.paths" "$SECONDS_PER_RUN")
echo "  ping:   $PING"
SEARCH=$(run_wrk "$WORK/search.paths" "$SECONDS_PER_RUN")
echo "  search: $SEARCH"
RSS_KB=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
echo "  RSS after the load: $((RSS_KB / 1024)) MB"
stop_app

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
# keep the section bench/monitoring.sh writes
MONITORING_SECTION=$(sed -n '/<!-- monitoring:start -->/,/<!-- monitoring:end -->/p' "$ROOT/bench/RESULTS.md" 2>/dev/null || true)
PING_RPS=$(field rps "$PING"); PING_P50=$(field p50_ms "$PING"); PING_P99=$(field p99_ms "$PING")
SEARCH_RPS=$(field rps "$SEARCH"); SEARCH_P50=$(field p50_ms "$SEARCH"); SEARCH_P99=$(field p99_ms "$SEARCH")
SEARCH_ERRORS=$(($(field errors "$SEARCH") + $(field non2xx "$SEARCH")))
RSS_MB=$((RSS_KB / 1024))
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? 100 * a / b : 0) }'; }
verdict() { awk -v ok="$1" 'BEGIN { print (ok ? "pass" : "**fail**") }'; }
R_PG=$(ratio "$SEARCH_RPS" "$PG_TPS")
R_CEIL=$(ratio "$SEARCH_RPS" "$PING_RPS")
V_P99=$(verdict "$(awk -v x="$SEARCH_P99" 'BEGIN { print (x <= 30) }')")
V_PG=$(verdict "$(awk -v x="$R_PG" 'BEGIN { print (x >= 25) }')")
V_START=$(verdict "$((SECOND_MS <= 2500))")
V_RSS=$(verdict "$((RSS_MB <= 300))")
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
- Application: \`java -Xmx256m -jar backend/target/quarkus-app/quarkus-run.jar\`, PostgreSQL on 127.0.0.1:5432
- Load: ${CONNECTIONS} connections, ${THREADS} threads, ${SECONDS_PER_RUN} s per measurement after a 5 s warm-up;
  wrk and pgbench run on the same machine as the application and the database

| measurement | req/s | p50 ms | p99 ms |
| --- | ---: | ---: | ---: |
| ceiling: \`GET /api/v1/ping\` (wrk) | $PING_RPS | $PING_P50 | $PING_P99 |
| search: \`GET /api/v1/accounts?q=…&municipality=…\` (wrk) | $SEARCH_RPS | $SEARCH_P50 | $SEARCH_P99 |
| the same SQL in PostgreSQL (pgbench \`-M prepared\`) | $PG_TPS | $PG_P50 | $PG_P99 |

- search / pgbench: **${R_PG} %**; search / ceiling: **${R_CEIL} %**
- Start-up to \`/q/health/ready\` from process start: first start (migrations + demo load) ${FIRST_MS} ms;
  second start on the loaded database ${SECOND_MS} ms (Quarkus reports ${SECOND_QUARKUS} s)
- RSS of the application after the load: ${RSS_MB} MB
- Search errors or non-2xx responses: ${SEARCH_ERRORS}

| target | measured | result |
| --- | --- | --- |
| search p99 ≤ 30 ms at 16 connections | ${SEARCH_P99} ms | $V_P99 |
| search ≥ 25 % of pgbench's rate on the same SQL | ${R_PG} % | $V_PG |
| start-up ≤ 2.5 s (second start) | ${SECOND_MS} ms | $V_START |
| RSS ≤ 300 MB | ${RSS_MB} MB | $V_RSS |
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
