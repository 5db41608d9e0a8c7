#!/usr/bin/env bash
# What Hibernate ORM itself costs in memory: bench/empty-app (the application's extensions, one Panache entity, one
# ping endpoint) against a copy of it without quarkus-hibernate-orm-panache (quarkus-narayana-jta keeps @Transactional
# and the Agroal datasource; the entity and the hibernate-orm properties removed). Both are built into a temporary
# directory and started alternately STARTS times (3) with the benchmark JVM options (bench/jvm-options.sh) and NMT
# summary. For each start: at ready, and again after wrk has sent PINGS seconds (10) of GET /api/v1/ping at 8
# connections: RSS (VmRSS) and peak RSS (VmHWM) in MB, loaded classes (jstat), and NMT's committed metaspace + class
# space, code and symbols in MB. Medians per variant and their differences at the end.
# Usage: bash bench/hibernate-cost.sh     (needs mvn, wrk, jcmd; PostgreSQL on 127.0.0.1:5432)
# Environment: STARTS (3), PINGS (10), PORT (18191), DB (bench_empty, created if missing).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/jvm-options.sh
source "$ROOT/bench/jvm-options.sh"
STARTS=${STARTS:-3}
PINGS=${PINGS:-10}
PORT=${PORT:-18191}
DB=${DB:-bench_empty}
WORK=$(mktemp -d /tmp/bridge-hibernate-cost.XXXXXX)
PID=""
stop() {
    if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi
    PID=""
}
finish() { stop; rm -rf "$WORK"; }
trap finish EXIT
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "Port $PORT is already in use; choose a free one with PORT" >&2
    exit 2
fi
if ! psql -X -h 127.0.0.1 -U postgres -d postgres -Atc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
    psql -X -q -h 127.0.0.1 -U postgres -d postgres -c "create database $DB"
fi

# the two variants
cp -r "$ROOT/bench/empty-app" "$WORK/with"
cp -r "$ROOT/bench/empty-app" "$WORK/without"
rm -rf "$WORK/with/target" "$WORK/without/target" "$WORK/without/src/main/java/bench/empty/Note.java"
sed -i 's/<artifactId>quarkus-hibernate-orm-panache<\/artifactId>/<artifactId>quarkus-narayana-jta<\/artifactId>/' \
    "$WORK/without/pom.xml"
sed -i '/^quarkus\.hibernate-orm\./d' "$WORK/without/src/main/resources/application.properties"
grep -q quarkus-narayana-jta "$WORK/without/pom.xml" || { echo "could not swap the extension" >&2; exit 1; }
for v in with without; do
    (cd "$WORK/$v" && mvn -B -q package -DskipTests >"$WORK/build-$v.log" 2>&1) || { tail -30 "$WORK/build-$v.log" >&2; exit 1; }
done

# sample VARIANT: "rss hwm classes meta code symbols" (MB)
sample() {
    local rss hwm classes nmt meta code sym
    rss=$(awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$PID/status")
    hwm=$(awk '/^VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$PID/status")
    classes=$(jstat -class "$PID" 2>/dev/null | awk 'NR == 2 { print $1 }')
    nmt=$(jcmd "$PID" VM.native_memory summary scale=KB 2>/dev/null)
    # NMT of JDK 17: "Class" is the compressed class space, "Metaspace" the rest of the class metadata
    meta=$(awk '/^-  *(Class|Metaspace) \(/ { gsub(/.*committed=|KB.*/, ""); s += $0 } END { printf "%.1f", s / 1024 }' <<<"$nmt")
    code=$(awk '/^-  *Code \(/ { gsub(/.*committed=|KB.*/, ""); printf "%.1f", $0 / 1024 }' <<<"$nmt")
    sym=$(awk '/^-  *Symbol \(/ { gsub(/.*committed=|KB.*/, ""); printf "%.1f", $0 / 1024 }' <<<"$nmt")
    echo "$rss $hwm ${classes:-?} ${meta:-?} ${code:-?} ${sym:-?}"
}
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
declare -A R M
for i in $(seq 1 "$STARTS"); do
    if ((i % 2 == 1)); then order=(with without); else order=(without with); fi
    for v in "${order[@]}"; do
        # shellcheck disable=SC2086 # word splitting of the options is intended
        DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres DB_PASSWORD=postgres QUARKUS_HTTP_PORT="$PORT" \
            java $BENCH_JAVA_OPTS -XX:NativeMemoryTracking=summary -jar "$WORK/$v/target/quarkus-app/quarkus-run.jar" \
            >"$WORK/$v-$i.log" 2>&1 &
        PID=$!
        until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
            kill -0 "$PID" 2>/dev/null || { echo "$v exited during start-up:" >&2; tail -30 "$WORK/$v-$i.log" >&2; exit 1; }
            sleep 0.05
        done
        sleep 2
        ready=$(sample)
        wrk -t2 -c8 -d"${PINGS}s" "http://127.0.0.1:$PORT/api/v1/ping" >/dev/null
        sleep 2
        loaded=$(sample)
        stop
        echo "$v $i: at ready (RSS, peak, classes, metaspace+class, code, symbols): $ready | after ${PINGS} s of pings: $loaded"
        R[$v-ready]+="$ready;"
        R[$v-loaded]+="$loaded;"
    done
done
for phase in ready loaded; do
    for v in with without; do
        IFS=';' read -r -a rows <<<"${R[$v-$phase]}"
        line=""
        for col in 1 2 3 4 5 6; do
            vals=()
            for row in "${rows[@]}"; do vals+=("$(awk -v c="$col" '{ print $c }' <<<"$row")"); done
            line+=" $(median "${vals[@]}")"
        done
        M[$v]="$line"
        echo "median $phase, $v Hibernate ORM:$line  (RSS MB, peak RSS MB, classes, metaspace+class MB, code MB, symbols MB)"
    done
    read -r -a a <<<"${M[with]}"
    read -r -a b <<<"${M[without]}"
    echo "difference $phase (with − without): RSS $((a[0] - b[0])) MB, peak $((a[1] - b[1])) MB, classes $((a[2] - b[2])), metaspace+class $(awk -v x="${a[3]}" -v y="${b[3]}" 'BEGIN { printf "%.1f", x - y }') MB, code $(awk -v x="${a[4]}" -v y="${b[4]}" 'BEGIN { printf "%.1f", x - y }') MB, symbols $(awk -v x="${a[5]}" -v y="${b[5]}" 'BEGIN { printf "%.1f", x - y }') MB"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
