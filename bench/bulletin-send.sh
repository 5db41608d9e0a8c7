#!/usr/bin/env bash
# Bulletin delivery under load (issue 11, §3): one issue with personal sections sent to RECIPIENTS (10,000) people
# of ORGS (500) organisations through the outbox's paced "bulletin" channel to a local SMTP sink (Python asyncio,
# started by bench/bulletin-send.py); the application is killed with kill -9 when half the messages are in, then
# started again. Prints messages/s (before the kill and overall) against a baseline measured in the same run (the
# same number of messages sent straight to the sink by Python smtplib clients), the JVM's peak RSS, duplicates
# (split into a new attempt after the lease vs within one attempt) and lost messages; exits 1 when any message is
# lost or sent twice within one attempt, or when more messages came again as a new attempt than there are sender
# threads (OUTBOX_CONCURRENCY: each outcome is committed as soon as the server answered, so at most one per thread).
# Needs the packaged backend (mvn -f backend package -DskipTests), PostgreSQL on 127.0.0.1:5432 (postgres/postgres),
# psql, python3 and java. Overrides: RECIPIENTS, ORGS, BULLETIN_RATE (1000 messages/s), BULLETIN_LEASE (PT15S),
# OUTBOX_CONCURRENCY (8), BENCH_DB (bench_bulletin), TIMEOUT (900 s). BENCH_WRITE=1 appends to bench/RESULTS.md.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/jvm-options.sh
source "$ROOT/bench/jvm-options.sh"
export BENCH_JAVA_OPTS MALLOC_ARENA_MAX # read by bench/bulletin-send.py
OUT=$(mktemp /tmp/bridge-bench-bulletin.XXXXXX)
UPTIME_BEFORE=$(uptime)
START=$(date -u '+%Y-%m-%d %H:%M UTC')
status=0
python3 "$ROOT/bench/bulletin-send.py" 2>&1 | tee "$OUT" || status=$?
UPTIME_AFTER=$(uptime)
METRICS=$(sed -n 's/^METRICS //p' "$OUT")
echo "uptime before: $UPTIME_BEFORE"
echo "uptime after:  $UPTIME_AFTER"
[[ -n "$METRICS" ]] || { echo "bulletin benchmark FAILED (exit $status); output in $OUT" >&2; exit 1; }

REPORT=$(python3 - "$METRICS" <<'PY'
import json, sys
m = json.loads(sys.argv[1])
verdict = lambda ok: "pass" if ok else "**fail**"
print("| recipients | queued | receipts | distinct | msg/s before kill | msg/s overall | baseline msg/s (smtplib → same sink) | ratio | peak RSS MB | duplicates (new attempt) | duplicates within one attempt | lost |")
print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
print(f"| {m['recipients']:,} | {m['queued']:,} | {m['receipts']:,} | {m['distinct']:,} | {m['messages_per_second_before_kill']} | {m['messages_per_second_overall']} | {m['baseline_messages_per_second']} | {m['ratio_to_baseline']} | {m['peak_rss_mb']} | {m['duplicates_new_attempt']} | {m['duplicates_within_attempt']} | {m['lost']} |")
print()
print(f"Killed with kill -9 after {m['killed_after']:,} distinct receipts, holding {m['claims_held_at_kill']} claimed messages;"
      f" restart to ready {m['restart_seconds']} s; {m['seconds_seed_to_last']} s from seeding to the last receipt;"
      f" pacing limit {m['rate_limit']} messages/s; report after the run: {m['report']}."
      f" Within one attempt: {verdict(m['duplicates_within_attempt'] == 0)}; lost: {verdict(m['lost'] == 0)}"
      + (f"; new attempts at most one per sender thread ({m['sender_threads']}):"
         f" {verdict(m['duplicates_new_attempt'] <= m['sender_threads'])}" if 'sender_threads' in m else "") + ".")
PY
)
echo "$REPORT"
if [[ "${BENCH_WRITE:-0}" == 1 ]]; then
    {
        echo
        echo "## Bulletin delivery (issue 11): 10,000 recipients with personal sections, kill -9 halfway"
        echo
        echo "\`bench/bulletin-send.sh\` — $START, commit $(git -C "$ROOT" rev-parse --short HEAD);"
        echo "\`java $BENCH_JAVA_OPTS -jar backend/target/quarkus-app/quarkus-run.jar\` (MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX), outbox poll 200 ms, batch 50, 8 in parallel;"
        echo "\`uptime\` before: \`$UPTIME_BEFORE\`; after: \`$UPTIME_AFTER\`."
        echo
        echo "$REPORT"
    } >>"$ROOT/bench/RESULTS.md"
fi
exit $status
