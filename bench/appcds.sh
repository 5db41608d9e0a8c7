#!/usr/bin/env bash
# Builds the AppCDS archive of a Quarkus fast-jar the way every benchmark script does it, identically for the
# application and bench/empty-app: the JVM options of bench/jvm-options.sh, -XX:ArchiveClassesAtExit and
# -Dquarkus.appcds.generate=true. Quarkus then stops in its static init, once the CDI container is ready, and the
# application's launcher starts no database; that stop is only compiled in when the jar was packaged with
# -Dquarkus.package.jar.appcds.enabled=true (checked here). Run the application later with the same java, the same
# jar path and -XX:SharedArchiveFile=<archive>.
# Usage: bench/appcds.sh <quarkus-run.jar> <archive.jsa>   (prints the CPU seconds the generation took)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/jvm-options.sh
source "$ROOT/bench/jvm-options.sh"
JAR=${1:?quarkus-run.jar}
OUT=${2:?archive path}
LOG="$OUT.log"
if ! unzip -Z1 "$(dirname "$JAR")/quarkus/generated-bytecode.jar" | grep -c 'ArcProcessor\$signalBeanContainerReady' >/dev/null; then
    echo "$JAR was not packaged for AppCDS: package it with -Dquarkus.package.jar.appcds.enabled=true" >&2
    exit 2
fi
rm -f "$OUT"
env -u DB_URL BRIDGE_DATA_DIR="$(dirname "$OUT")/appcds-data" \
    java $BENCH_JAVA_OPTS -XX:ArchiveClassesAtExit="$OUT" -Dquarkus.appcds.generate=true -jar "$JAR" >"$LOG" 2>&1 || true
[[ -s "$OUT" ]] || { echo "No archive written for $JAR:" >&2; tail -20 "$LOG" >&2; exit 1; }
# CPU of the finished child (bash's `times`, second line: children's user and system time)
times >"$OUT.times" # not in a pipe: a subshell would not see this shell's children
cpu=$(awk 'NR == 2 { split($1, u, "m"); split($2, s, "m"); printf "%.2f", u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$OUT.times")
echo "AppCDS archive $OUT ($(du -m "$OUT" | cut -f1) MB) in ${cpu} CPU s"
