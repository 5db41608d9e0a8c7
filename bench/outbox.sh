#!/usr/bin/env bash
# Outbox and webhooks under load (issue 9, §5): EVENTS (10,000) organization.created events delivered to a local
# webhook receiver by two application instances on one database, one of them killed with kill -9 when a third of
# the events have been received. It is the verify-time test scripts/outbox-exactly-once.py run at bench size: the
# same two instances, receiver (signature checked, 0 ms pause by default here), kill and checks (lost = 0,
# duplicates within one attempt = 0, or it exits 1), plus its METRICS line:
#   events/s: distinct events received / (first event's occurred_at → last first receipt),
#   commit→receipt: the event's occurred_at (written in the transaction of the change) to its first receipt,
#     same machine clock; p50/p90/p99/max,
#   duplicates (at least once): second receipts of an event, allowed only as a new attempt (what the killed instance
#     had claimed and may have sent is attempted again by the other one when its lease, WEBHOOKS_LEASE_SECONDS, ends).
# Needs the packaged backend, PostgreSQL on 127.0.0.1:5432 (postgres/postgres), psql, python3.
# Overrides: EVENTS (10000), CONCURRENCY (8 producer threads), BENCH_DB (bench_outbox), WEBHOOKS_LEASE_SECONDS (15),
# RECEIVER_DELAY_MS (0), OUTBOX_TEST_TIMEOUT (900), RECEIVER_CLOSE=1 (HTTP/1.0 receiver: closes after each answer). BENCH_WRITE=1 appends the figures to bench/RESULTS.md.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/jvm-options.sh
source "$ROOT/bench/jvm-options.sh"
export BENCH_JAVA_OPTS MALLOC_ARENA_MAX # read by scripts/outbox-exactly-once.py
export EVENTS=${EVENTS:-10000}
export CONCURRENCY=${CONCURRENCY:-8}
export OUTBOX_DB_URL="jdbc:postgresql://127.0.0.1:5432/${BENCH_DB:-bench_outbox}"
export WEBHOOKS_LEASE_SECONDS=${WEBHOOKS_LEASE_SECONDS:-15}
export RECEIVER_DELAY_MS=${RECEIVER_DELAY_MS:-0}
export OUTBOX_TEST_TIMEOUT=${OUTBOX_TEST_TIMEOUT:-900}
OUT=$(mktemp /tmp/bridge-bench-outbox.XXXXXX)

UPTIME_BEFORE=$(uptime)
START=$(date -u '+%Y-%m-%d %H:%M UTC')
status=0
python3 "$ROOT/scripts/outbox-exactly-once.py" 2>&1 | tee "$OUT" || status=$?
UPTIME_AFTER=$(uptime)
METRICS=$(sed -n 's/^METRICS //p' "$OUT")
echo "uptime before: $UPTIME_BEFORE"
echo "uptime after:  $UPTIME_AFTER"
[[ $status == 0 && -n "$METRICS" ]] || { echo "outbox benchmark FAILED (exit $status); output in $OUT" >&2; exit 1; }

REPORT=$(python3 - "$METRICS" <<'PY'
import json, sys
m = json.loads(sys.argv[1])
l = m["commit_to_receipt_ms"]
verdict = lambda ok: "pass" if ok else "**fail**"
print("| events | receipts | distinct | events/s | commit→receipt p50 / p90 / p99 / max ms | duplicates (new attempt) | duplicates within one attempt | lost | failed attempts | receiver closes after each answer |")
print("| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |")
print(f"| {m['events']:,} | {m['receipts']:,} | {m['distinct']:,} | {m['events_per_second']:,.1f} | {l['p50']} / {l['p90']} / {l['p99']} / {l['max']} | {m['duplicates_at_least_once']} | {m['duplicates_within_attempt']} | {m['lost']} | {m['failed_attempts']} | {'yes' if m['receiver_closes'] else 'no'} |")
print()
print(f"Instance A was killed with kill -9 after {m['killed_after_receipts']:,} receipts, holding {m['claims_held_by_killed']} claimed deliveries"
      f" (lease {m['lease_seconds']} s); {m['seconds_first_event_to_last_receipt']} s from the first event to the last first receipt."
      f" Duplicates within one attempt: {verdict(m['duplicates_within_attempt'] == 0)}; lost: {verdict(m['lost'] == 0)}.")
PY
)
echo "$REPORT"
if [[ "${BENCH_WRITE:-0}" == 1 ]]; then
    {
        echo
        echo "## Outbox delivery (issue 9): two instances, one killed with kill -9"
        echo
        echo "\`bench/outbox.sh\` — $START, commit $(git -C "$ROOT" rev-parse --short HEAD); EVENTS=$EVENTS, CONCURRENCY=$CONCURRENCY producers,"
        echo "receiver pause ${RECEIVER_DELAY_MS} ms, outbox poll 250 ms, batch 50, 8 deliveries in parallel per instance;"
        echo "\`uptime\` before: \`$UPTIME_BEFORE\`; after: \`$UPTIME_AFTER\`."
        echo
        echo "$REPORT"
    } >>"$ROOT/bench/RESULTS.md"
fi
