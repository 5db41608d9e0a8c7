#!/usr/bin/env bash
# Outbox and webhooks under load, two instances on one database, one of them killed with kill -9 mid-way:
#   1. a fresh database; two packaged instances (ports P and P+1) with the outbox worker on, loopback allowed;
#   2. a local receiver (bench/outbox-receiver.py) registered as a webhook endpoint for organization.created;
#   3. EVENTS organisations created through the API (half to each instance, CONCURRENCY at a time): one event each;
#   4. when a third of the events have been received, instance A is killed with kill -9 (deliveries it had claimed
#      are taken over by B when their lease ends);
#   5. waits until every event was received (or TIMEOUT s) and reports
#      events/s (first commit to last receipt), p50/p99 commit→receipt (the event's occurred_at to the receiver's
#      clock, same machine), receipts, distinct events received, duplicates (a second receipt of one webhook-id:
#      allowed by at-least-once, expected only for what A held when killed), duplicates within one attempt (the same
#      delivery and attempt recorded twice, or more receipts of an event than attempts: target 0) and lost (events
#      never received: target 0).
# Needs: backend/target/quarkus-app (mvn -f backend package -DskipTests), PostgreSQL on 127.0.0.1:5432 (postgres),
# psql, curl, python3, xargs. Environment: EVENTS (10000), CONCURRENCY (8), BENCH_PORT (18280), TIMEOUT (600),
# PGPASSWORD (postgres).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
EVENTS=${EVENTS:-10000}
CONCURRENCY=${CONCURRENCY:-8}
PORT=${BENCH_PORT:-18280}
RECEIVER_PORT=$((PORT + 10))
TIMEOUT=${TIMEOUT:-600}
DB=bridge_bench_outbox
export PGPASSWORD=${PGPASSWORD:-postgres}
PSQL=(psql -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres)
WORK=$(mktemp -d)
ADMIN_EMAIL=bench-admin@bridge.test
ADMIN_PASSWORD=bench-admin-password-1

[[ -f "$JAR" ]] || { echo "Missing $JAR: mvn -f backend package -DskipTests" >&2; exit 1; }

PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT

"${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB"

start() { # port log
    DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB DB_USER=postgres DB_PASSWORD=$PGPASSWORD \
    QUARKUS_HTTP_PORT=$1 WEBHOOKS_ALLOW_LOOPBACK=true OUTBOX_POLL=200ms \
    BRIDGE_ADMIN_EMAIL=$ADMIN_EMAIL BRIDGE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
        java -Xmx512m -jar "$JAR" >"$2" 2>&1 &
    echo $!
}
ready() { for _ in $(seq 1 180); do curl -fs "http://127.0.0.1:$1/q/health/ready" >/dev/null && return; sleep 1; done; exit 1; }

A=$(start "$PORT" "$WORK/a.log"); PIDS+=("$A"); ready "$PORT"   # A first: it runs the migration
B=$(start $((PORT + 1)) "$WORK/b.log"); PIDS+=("$B"); ready $((PORT + 1))
python3 "$ROOT/bench/outbox-receiver.py" "$RECEIVER_PORT" "$WORK/received.txt" & PIDS+=("$!")
touch "$WORK/received.txt"

TOKEN=$(curl -fs -H 'content-type: application/json' \
    -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" \
    "http://127.0.0.1:$PORT/api/v1/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
api() { curl -fs -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' "$@"; }
CLIENT=$(api -d '{"name":"Bench","roles":["COORDINATOR"]}' "http://127.0.0.1:$PORT/api/v1/api-clients" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["client"]["id"])')
api -d "{\"apiClientId\":\"$CLIENT\",\"url\":\"http://127.0.0.1:$RECEIVER_PORT/hook\",\"eventTypes\":[\"organization.created\"]}" \
    "http://127.0.0.1:$PORT/api/v1/webhooks" >/dev/null

echo "producing $EVENTS events through both instances…"
seq 1 "$EVENTS" | xargs -P "$CONCURRENCY" -I{} sh -c '
    port=$(( '"$PORT"' + {} % 2 ))
    curl -fs -o /dev/null -H "authorization: Bearer '"$TOKEN"'" -H "content-type: application/json" \
      -d "{\"name\":\"Организация нагрузки {}\",\"kind\":\"OTHER\",\"sector\":\"OTHER\",\"municipalityId\":\"64000000-0000-4000-8000-000000000005\"}" \
      http://127.0.0.1:$port/api/v1/organizations || true' &
PRODUCER=$!

KILLED=no
deadline=$((SECONDS + TIMEOUT))
while (( SECONDS < deadline )); do
    got=$(sort -u -k2,2 "$WORK/received.txt" | wc -l)
    if [[ $KILLED == no && $got -ge $((EVENTS / 3)) ]]; then
        kill -9 "$A"; KILLED="yes, after $got receipts"; echo "kill -9 instance A ($KILLED)"
    fi
    made=$("${PSQL[@]}" -d $DB -c "select count(*) from outbox_event where type = 'organization.created'")
    if ! kill -0 $PRODUCER 2>/dev/null && [[ $got -ge $made ]]; then break; fi
    sleep 1
done
wait $PRODUCER || true

"${PSQL[@]}" -d $DB -c "create temp table r (at double precision, id text, ts bigint)" \
    -c "\\copy r from '$WORK/received.txt' with (format text, delimiter ' ')" \
    -c "select
        'events written       ' || (select count(*) from outbox_event where type = 'organization.created') || E'\n' ||
        'receipts             ' || (select count(*) from r) || E'\n' ||
        'distinct received    ' || (select count(distinct id) from r) || E'\n' ||
        'duplicates (at least once, after the kill) ' || (select count(*) - count(distinct id) from r) || E'\n' ||
        'duplicates within one attempt (target 0)   ' ||
            ((select count(*) - count(distinct (delivery_id, attempt)) from outbox_attempt)
             + (select count(*) from (select r.id, count(*) n from r group by r.id) x
                  join outbox_delivery d on d.event_id::text = x.id where x.n > d.attempts)) || E'\n' ||
        'lost (target 0)      ' || (select count(*) from outbox_event e where type = 'organization.created'
                                       and not exists (select 1 from r where r.id = e.id::text)) || E'\n' ||
        'events/s             ' || (select round(count(distinct r.id) / nullif(max(r.at) - extract(epoch from min(e.occurred_at)), 0))
                                      from r join outbox_event e on e.id::text = r.id) || E'\n' ||
        'commit→receipt p50 ms ' || (select round(percentile_cont(0.5) within group (order by first_at - extract(epoch from e.occurred_at)) * 1000)
                                      from (select id, min(at) first_at from r group by id) f join outbox_event e on e.id::text = f.id) || E'\n' ||
        'commit→receipt p99 ms ' || (select round(percentile_cont(0.99) within group (order by first_at - extract(epoch from e.occurred_at)) * 1000)
                                      from (select id, min(at) first_at from r group by id) f join outbox_event e on e.id::text = f.id)"
echo "instance A killed: $KILLED; logs in $WORK"
