#!/usr/bin/env bash
# Start-up of the application against an already loaded database, compared with bench/empty-app (the same
# extensions, no application code), started alternately STARTS times (5) with the same JVM options
# (bench/jvm-options.sh). For each start it prints, at the moment /q/health/ready first answers:
#   wall ms from process start, the CPU seconds the JVM consumed until then (utime+stime of /proc/<pid>/stat;
#   independent of other load on a shared machine), and the number of loaded classes (jstat -class, read from
#   the JVM's perf data without attaching), the JIT compilations done by then (jstat -compiler) and the CPU seconds
#   of the JIT compiler threads among the CPU seconds (C1/C2 CompilerThread tasks in /proc/<pid>/task). Each pair
#   starts the two applications in turn, the first of the pair alternating (empty first in odd pairs), so that
#   neither always meets the caches the other warmed. Medians and the ratios application / empty application at the end.
# Usage: APP_DB=<loaded database> bench/startup.sh     (the packaged backend and a built bench/empty-app needed)
# Environment: APP_DB (required), EMPTY_DB (bench_empty, created if missing), STARTS (5), PORT (18190),
#   APP_ENV (extra environment for the application, default BRIDGE_DEMO=true BRIDGE_DEMO_SCALE=10 OUTBOX_WORKER=false),
#   APPCDS: 0 (default) without AppCDS archives; 1 with; both: each start pair once without and once with.
#     The archives are built first by bench/appcds.sh, the same way for both applications (into the work
#     directory, with the benchmark JVM options), and their generation CPU seconds printed; both jars must then be
#     packaged with -Dquarkus.package.jar.appcds.enabled=true (which also makes Quarkus build an app-cds.jsa of
#     its own, with its default JVM options, next to the jar: not used here),
#   (both get a 60 s connection acquisition timeout: on a saturated machine the default 5 s fails the start)
#   SETTLE=<s>: also the CPU seconds that many seconds after ready (work an application defers past readiness, such
#     as the validator factory built once the server listens, shows there; 0, the default, skips it),
#   KEEP_LOGS=1 keeps the logs (their directory is printed); JAR, EMPTY_JAR: other builds of the two applications.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/jvm-options.sh
source "$ROOT/bench/jvm-options.sh"
JAR=${JAR:-"$ROOT/backend/target/quarkus-app/quarkus-run.jar"}
EMPTY_JAR=${EMPTY_JAR:-"$ROOT/bench/empty-app/target/quarkus-app/quarkus-run.jar"}
APP_DB=${APP_DB:?set APP_DB to a database with the migrations and the demo data loaded}
EMPTY_DB=${EMPTY_DB:-bench_empty}
STARTS=${STARTS:-5}
PORT=${PORT:-18190}
SETTLE=${SETTLE:-0}
SETTLED=""
if ((SETTLE > 0)); then SETTLED=1; fi
APP_ENV=${APP_ENV:-"BRIDGE_DEMO=true BRIDGE_DEMO_SCALE=10 OUTBOX_WORKER=false"}
TICKS=$(getconf CLK_TCK)
for f in "$JAR" "$EMPTY_JAR"; do
    [[ -f "$f" ]] || { echo "Missing $f (mvn -f backend package -DskipTests; mvn -f bench/empty-app package)" >&2; exit 2; }
done
if ! psql -X -h 127.0.0.1 -U postgres -d postgres -Atc "select 1 from pg_database where datname = '$EMPTY_DB'" | grep -q 1; then
    psql -X -q -h 127.0.0.1 -U postgres -d postgres -c "create database $EMPTY_DB"
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "Port $PORT is already in use; choose a free one with PORT" >&2
    exit 2
fi
WORK=$(mktemp -d /tmp/bridge-startup.XXXXXX)
PID=""
stop() {
    if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi
    PID=""
}
finish() { stop; if [[ "${KEEP_LOGS:-0}" != 1 ]]; then rm -rf "$WORK"; fi; }
trap finish EXIT

APPCDS=${APPCDS:-0}
case "$APPCDS" in
    0) MODES=(off) ;;
    1) MODES=(on) ;;
    both) MODES=(off on) ;;
    *) echo "APPCDS is 0, 1 or both" >&2; exit 2 ;;
esac
if [[ "$APPCDS" != 0 ]]; then
    bash "$ROOT/bench/appcds.sh" "$EMPTY_JAR" "$WORK/empty.jsa"
    bash "$ROOT/bench/appcds.sh" "$JAR" "$WORK/app.jsa"
fi

# start KIND JAR DB LOG CDS ENV... — CDS: off or an archive; sets RESULT to "wall_ms cpu_s classes compilations jit_cpu_s"
# (runs in this shell: PID must stay set)
start() {
    local kind=$1 jar=$2 db=$3 log=$4 t0 stat cpu classes compiled jit
    local cds=()
    if [[ "$5" != off ]]; then cds=("-XX:SharedArchiveFile=$5"); fi
    shift 5
    t0=$(date +%s%N)
    env "$@" DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" DB_USER=postgres DB_PASSWORD=postgres \
        QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=60S QUARKUS_HTTP_PORT="$PORT" BRIDGE_DATA_DIR="$WORK/data" java $BENCH_JAVA_OPTS "${cds[@]}" -jar "$jar" >"$log" 2>&1 &
    PID=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
        kill -0 "$PID" 2>/dev/null || { echo "$kind exited during start-up:" >&2; tail -30 "$log" >&2; exit 1; }
        sleep 0.01
    done
    local wall=$((($(date +%s%N) - t0) / 1000000))
    # fields 14 and 15 of /proc/<pid>/stat (after the command name in parentheses)
    stat=$(sed 's/^.*) //' "/proc/$PID/stat")
    cpu=$(awk -v t="$TICKS" '{ printf "%.2f", ($12 + $13) / t }' <<<"$stat")
    # the compiler threads' share: tasks named "C1 CompilerThre…"/"C2 CompilerThre…"
    jit=$(for task in /proc/"$PID"/task/*; do
        if grep -q '^C[12] Compiler' "$task/comm" 2>/dev/null; then sed 's/^.*) //' "$task/stat"; fi
    done | awk -v t="$TICKS" '{ s += $12 + $13 } END { printf "%.2f", s / t }')
    classes=$(jstat -class "$PID" 2>/dev/null | awk 'NR == 2 { print $1 }')
    compiled=$(jstat -compiler "$PID" 2>/dev/null | awk 'NR == 2 { print $1 }')
    # SETTLE: the CPU seconds again that many seconds after ready (work deferred past readiness shows there)
    local settled=-
    if ((SETTLE > 0)); then
        sleep "$SETTLE"
        settled=$(sed 's/^.*) //' "/proc/$PID/stat" | awk -v t="$TICKS" '{ printf "%.2f", ($12 + $13) / t }')
    fi
    RESULT="$wall $cpu ${classes:-?} ${compiled:-?} $jit $settled"
}
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

read -r -a APP_ENV_ARR <<<"$APP_ENV"
for mode in "${MODES[@]}"; do
    declare -a AW=() AC=() AK=() AJ=() AT=() AS=() EW=() EC=() EK=() EJ=() ET=() ES=()
    empty_cds=off app_cds=off
    if [[ "$mode" == on ]]; then empty_cds="$WORK/empty.jsa" app_cds="$WORK/app.jsa"; fi
    for i in $(seq 1 "$STARTS"); do
        if ((i % 2 == 1)); then order=(empty app); else order=(app empty); fi
        for which in "${order[@]}"; do
            if [[ "$which" == empty ]]; then
                start empty "$EMPTY_JAR" "$EMPTY_DB" "$WORK/empty-$mode-$i.log" "$empty_cds"
                stop
                read -r w c k j t s <<<"$RESULT"
                EW+=("$w"); EC+=("$c"); EK+=("$k"); EJ+=("$j"); ET+=("$t"); ES+=("$s")
                echo "AppCDS $mode, empty       $i: wall ${w} ms, cpu ${c} s (JIT threads ${t} s), classes $k, compilations $j${SETTLED:+, cpu ${s} s ${SETTLE} s after ready}"
            else
                start app "$JAR" "$APP_DB" "$WORK/app-$mode-$i.log" "$app_cds" "${APP_ENV_ARR[@]}"
                stop
                read -r w c k j t s <<<"$RESULT"
                AW+=("$w"); AC+=("$c"); AK+=("$k"); AJ+=("$j"); AT+=("$t"); AS+=("$s")
                echo "AppCDS $mode, application $i: wall ${w} ms, cpu ${c} s (JIT threads ${t} s), classes $k, compilations $j${SETTLED:+, cpu ${s} s ${SETTLE} s after ready}"
            fi
        done
    done
    mw=$(median "${AW[@]}"); mc=$(median "${AC[@]}"); mk=$(median "${AK[@]}"); mj=$(median "${AJ[@]}"); mt=$(median "${AT[@]}")
    ew=$(median "${EW[@]}"); ec=$(median "${EC[@]}"); ek=$(median "${EK[@]}"); ej=$(median "${EJ[@]}"); et=$(median "${ET[@]}")
    echo "AppCDS $mode, medians: application wall ${mw} ms, cpu ${mc} s (JIT threads ${mt} s), classes ${mk}, compilations ${mj};" \
        "empty wall ${ew} ms, cpu ${ec} s (JIT threads ${et} s), classes ${ek}, compilations ${ej}"
    awk -v m="$mode" -v a="$mw" -v b="$ew" -v c="$mc" -v d="$ec" -v e="$mk" -v f="$ek" -v g="$mj" -v h="$ej" \
        'BEGIN { printf "AppCDS %s, ratios of the medians application / empty: wall %.2f, cpu %.2f, classes %.2f, compilations %.2f\n", m, a / b, c / d, e / f, g / h }'
    if [[ -n "$SETTLED" ]]; then
        ms=$(median "${AS[@]}"); es=$(median "${ES[@]}")
        awk -v m="$mode" -v n="$SETTLE" -v a="$ms" -v b="$es" \
            'BEGIN { printf "AppCDS %s, cpu %s s after ready (medians): application %s s, empty %s s, ratio %.2f\n", m, n, a, b, a / b }'
    fi
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ "${KEEP_LOGS:-0}" == 1 ]]; then echo "logs: $WORK"; fi
