#!/usr/bin/env bash
# Peak RSS (VmHWM) of the packaged application started on a fresh database that loads the demo data at start.
#
#   bash bench/memory.sh                    # scale 10, the JVM options of bench/jvm-options.sh
#   SCALE=1 bash bench/memory.sh
#   BENCH_JAVA_OPTS="-Xmx256m" MALLOC_ARENA_MAX=8 bash bench/memory.sh   # compare with other options
#   NMT=1 bash bench/memory.sh              # also print the JVM's native memory summary (jcmd) when ready
#   HISTOGRAM=1 bash bench/memory.sh        # also print the 25 largest classes of the live heap (after the figures)
#   TRACE=trace.tsv bash bench/memory.sh    # also write, every second until ready: seconds, RSS MB, peak RSS MB,
#                                           # heap committed and used MB (jstat), the last log line (the load phase)
#   NMT=1 NMT_DIFF=1 bash bench/memory.sh   # also take an NMT baseline when a log line matches NMT_BASELINE_AT (a
#                                           # regex, default: the end of the certificates, i.e. the bulletin phase
#                                           # starts) and, each time the peak RSS has grown by 3 MB since the last
#                                           # one (at most every 5 s), an NMT summary.diff with /proc/<pid>/smaps_rollup;
#                                           # prints the last one (the one nearest the peak) after the figures
#   OUTBOX_WORKER=true bash bench/memory.sh # the outbox worker on during the load, as in bench/run.sh (default off)
#   LIVE=1 bash bench/memory.sh             # also, every 5 s from NMT_BASELINE_AT until the bulletins are published,
#                                           # the live heap (jcmd GC.class_histogram total: forces a full collection,
#                                           # so the peak RSS of such a run is not comparable); prints the largest
#
# Needs a built backend (mvn -f backend package -DskipTests) and PostgreSQL on 127.0.0.1:5432 (DB_USER/DB_PASSWORD,
# default postgres/postgres). The database named by MEMORY_DB (default bridge_memory) is dropped and recreated (and
# dropped at the end unless KEEP_DB=1: the loaded database can then serve as a template, e.g. for bulletin-compare.sh).
# Prints one line: options, scale, seconds to ready, peak RSS, RSS when ready, threads, load average.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/jvm-options.sh
source "$ROOT/bench/jvm-options.sh"
SCALE=${SCALE:-10}
DB=${MEMORY_DB:-bridge_memory}
PORT=${BENCH_PORT:-18097}
if [[ -n "${NMT:-}" ]]; then BENCH_JAVA_OPTS="$BENCH_JAVA_OPTS -XX:NativeMemoryTracking=summary"; fi
JAR=${BENCH_JAR:-"$ROOT/backend/target/quarkus-app/quarkus-run.jar"}
export PGPASSWORD=${DB_PASSWORD:-postgres}
PSQL=(psql -q -h 127.0.0.1 -U "${DB_USER:-postgres}" -d postgres)
"${PSQL[@]}" -c "drop database if exists $DB with (force)" -c "create database $DB"
WORK=$(mktemp -d /tmp/bridge-memory.XXXXXX)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
t0=$(date +%s)
# shellcheck disable=SC2086 # the options are words
DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER="${DB_USER:-postgres}" \
    DB_PASSWORD="$PGPASSWORD" BRIDGE_DEMO=true BRIDGE_DEMO_SCALE="$SCALE" QUARKUS_HTTP_PORT="$PORT" \
    BRIDGE_DATA_DIR="$WORK/data" OUTBOX_WORKER="${OUTBOX_WORKER:-false}" java $BENCH_JAVA_OPTS -jar "$JAR" >"$WORK/app.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
PEAK_THREADS=0
BASELINE_AT=${NMT_BASELINE_AT:-Demo certificates issued}
BASELINED= DIFF_HWM=0 DIFF_TIME=0 LIVE_TIME=0 LIVE_MAX=0
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
    kill -0 $PID 2>/dev/null || { tail -30 "$WORK/app.log" >&2; exit 1; }
    threads=$(awk '/^Threads:/ { print $2 }' /proc/$PID/status)
    if [[ -n "${TRACE:-}" ]]; then
        # jstat -gc: S0C S1C S0U S1U EC EU OC OU … (KB); committed = S0C+S1C+EC+OC, used = S0U+S1U+EU+OU
        heap=$(jstat -gc $PID 2>/dev/null | awk 'NR == 2 { printf "%d\t%d", ($1+$2+$5+$7)/1024, ($3+$4+$6+$8)/1024 }') || heap=
        printf '%d\t%d\t%d\t%s\t%s\n' $(($(date +%s) - t0)) \
            $(($(awk '/^VmRSS:/ { print $2 }' /proc/$PID/status) / 1024)) \
            $(($(awk '/^VmHWM:/ { print $2 }' /proc/$PID/status) / 1024)) "${heap:-\t}" \
            "$(grep -E 'INFO|WARN|ERROR' "$WORK/app.log" | tail -1 | cut -c1-160)" >>"$TRACE"
    fi
    ((threads > PEAK_THREADS)) && PEAK_THREADS=$threads
    if [[ -n "${NMT:-}" && -n "${NMT_DIFF:-}" ]]; then
        if [[ -z "$BASELINED" ]] && grep -qE "$BASELINE_AT" "$WORK/app.log"; then
            jcmd $PID VM.native_memory baseline >/dev/null 2>&1 && BASELINED=$(($(date +%s) - t0))
            DIFF_HWM=$(awk '/^VmHWM:/ { print int($2 / 1024) }' /proc/$PID/status)
        elif [[ -n "$BASELINED" ]]; then
            hwm=$(awk '/^VmHWM:/ { print int($2 / 1024) }' /proc/$PID/status)
            now=$(date +%s)
            if ((hwm >= DIFF_HWM + 3 && now - DIFF_TIME >= 5)); then
                {
                    echo "--- NMT diff at $((now - t0)) s (baseline at $BASELINED s): peak RSS $hwm MB, RSS" \
                        "$(($(awk '/^VmRSS:/ { print $2 }' /proc/$PID/status) / 1024)) MB"
                    jcmd $PID VM.native_memory summary.diff | grep -E '^(Total|-)' -A1 | grep -v '^--$' || true
                    grep -E '^(Rss|Pss_Anon|Pss_File|Anonymous)' /proc/$PID/smaps_rollup || true
                } >"$WORK/nmt-diff.tmp" 2>&1
                mv "$WORK/nmt-diff.tmp" "$WORK/nmt-diff.txt"
                DIFF_HWM=$hwm DIFF_TIME=$now
            fi
        fi
    fi
    if [[ -n "${LIVE:-}" ]] && grep -qE "$BASELINE_AT" "$WORK/app.log" \
        && ! grep -q "Demo bulletin issues published" "$WORK/app.log" && (($(date +%s) - LIVE_TIME >= 5)); then
        live=$(jcmd $PID GC.class_histogram 2>/dev/null | awk '$1 == "Total" { print int($3 / 1048576) }') || live=
        LIVE_TIME=$(date +%s)
        if [[ -n "$live" ]]; then
            echo "$((LIVE_TIME - t0)) s: live heap ${live} MB | $(grep -E 'INFO|WARN|ERROR' "$WORK/app.log" | tail -1 | cut -c1-100)" >>"$WORK/live.txt"
            ((live > LIVE_MAX)) && LIVE_MAX=$live
        fi
    fi
    sleep 1
done
READY=$(($(date +%s) - t0))
# a few requests after the load, as a user would make them
for path in /api/v1/accounts?size=50 /api/v1/organizations?size=50 /api/v1/campaigns /api/v1/reference/municipalities; do
    curl -s -o /dev/null "http://127.0.0.1:$PORT$path" || true
done
sleep 2
status=/proc/$PID/status
HWM=$(($(awk '/^VmHWM:/ { print $2 }' $status) / 1024))
RSS=$(($(awk '/^VmRSS:/ { print $2 }' $status) / 1024))
THREADS=$(awk '/^Threads:/ { print $2 }' $status)
((THREADS > PEAK_THREADS)) && PEAK_THREADS=$THREADS
if [[ -n "${NMT:-}" ]]; then jcmd $PID VM.native_memory summary | grep -E '^(Total|-)' || true; fi
if [[ -n "${NMT_DIFF:-}" && -f "$WORK/nmt-diff.txt" ]]; then cat "$WORK/nmt-diff.txt"; fi
if [[ -n "${LIVE:-}" ]]; then cat "$WORK/live.txt" 2>/dev/null || true; echo "largest live heap in the bulletin phase: ${LIVE_MAX} MB"; fi
# the histogram forces a full collection, so it comes after the figures were read
if [[ -n "${HISTOGRAM:-}" ]]; then jcmd $PID GC.class_histogram | head -28 || true; fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
echo "scale $SCALE | MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX $BENCH_JAVA_OPTS | ready ${READY}s | peak RSS ${HWM} MB | RSS ${RSS} MB | threads ${THREADS} (peak ${PEAK_THREADS}) | load ${LOAD_BEFORE} → ${LOAD_AFTER}"
kill $PID
wait $PID 2>/dev/null || true
if [[ -z "${KEEP_DB:-}" ]]; then "${PSQL[@]}" -c "drop database if exists $DB with (force)"; fi
