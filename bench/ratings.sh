#!/usr/bin/env bash
# Ratings benchmark (issue 8, §5), one run at demo scale 10:
#   A. the rating page — GET /api/v1/ratings/snapshots/{latest}/rows (the first page of the overall account rating
#      of the newest campaign) — with wrk at 64 connections, as an ETag miss (no If-None-Match) and as an ETag hit
#      (If-None-Match with the page's tag: 304), each against the empty endpoint measured back to back in the same
#      round: GET /api/v1/ping of bench/empty-app (an empty Quarkus application, the physical baseline) and of the
#      application itself. BENCH_ROUNDS rounds (3); the ratios are taken within each round, the median is reported.
#   B. computing a snapshot: the application recomputes the newest campaign's snapshot whenever one of its published
#      evaluations is corrected (POST /api/v1/evaluations/{id}/corrections); RatingSnapshots logs the time of
#      compute() alone. The same SQL in psql: compute()'s statements with the campaign bound — its reads verbatim
#      and its writes as one INSERT … SELECT of the same snapshot row and rating rows — in a transaction that is
#      rolled back. BENCH_REPEAT (5) of each, alternately; medians compared (target ≤ 1.5×).
# The database (BENCH_DB, bench_scale10) is loaded once and kept: BENCH_REUSE=1 uses it as it is when it holds rating
# snapshots (bench/opendata.sh can use the same database). Needs: the packaged backend, wrk, psql, curl, python3, mvn.
# Overrides: BENCH_PORT (18380; the empty application on +1), BENCH_SECONDS (10 per wrk run), BENCH_ROUNDS (3),
# BENCH_REPEAT (5), BENCH_SCALE (10), BENCH_WARMUP (10 s of wrk on each of the four before the rounds). Prints a Markdown report; BENCH_WRITE=1 appends it to bench/RESULTS.md.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/jvm-options.sh
source "$ROOT/bench/jvm-options.sh"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
EMPTY_DIR="$ROOT/bench/empty-app"
EMPTY_JAR="$EMPTY_DIR/target/quarkus-app/quarkus-run.jar"
SCALE=${BENCH_SCALE:-10}
PORT=${BENCH_PORT:-18380}
EMPTY_PORT=$((PORT + 1))
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
ROUNDS=${BENCH_ROUNDS:-3}
REPEAT=${BENCH_REPEAT:-5}
CONNECTIONS=64
THREADS=2
DB=${BENCH_DB:-bench_scale10}
EMPTY_DB=bench_empty
ADMIN_EMAIL=bench-admin@bridge.test
ADMIN_PASSWORD=bench-admin-password-1
BASE="http://127.0.0.1:$PORT"
EMPTY_BASE="http://127.0.0.1:$EMPTY_PORT"
export PGPASSWORD=${PGPASSWORD:-postgres}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres)

[[ -f "$JAR" ]] || { echo "Missing $JAR — build first: mvn -f backend package -DskipTests" >&2; exit 2; }
for tool in wrk psql curl python3 java mvn; do
    command -v "$tool" >/dev/null || { echo "Missing $tool (Debian: apt-get install -y wrk postgresql-client)" >&2; exit 2; }
done
for p in "$PORT" "$EMPTY_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "Port $p is in use; set BENCH_PORT" >&2; exit 2; fi
done

WORK=$(mktemp -d /tmp/bridge-bench-ratings.XXXXXX)
APP_PID=""
EMPTY_PID=""
cleanup() {
    for pid in "$APP_PID" "$EMPTY_PID"; do
        if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
    done
}
trap cleanup EXIT

wait_ready() { # base pid log
    for _ in $(seq 1 1200); do
        curl -sf -o /dev/null "$1/q/health/ready" && return
        kill -0 "$2" 2>/dev/null || { tail -40 "$3" >&2; exit 1; }
        sleep 0.5
    done
    echo "not ready: $1" >&2; tail -40 "$3" >&2; exit 1
}
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2"; }
run_wrk() { # base path seconds [if-none-match]
    echo "$2" >"$WORK/paths"
    BENCH_PATHS="$WORK/paths" BENCH_IF_NONE_MATCH="${4:-}" \
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${3}s" --timeout 5s -s "$ROOT/bench/rotate.lua" "$1" | grep '^BENCH'
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
UPTIME_BEFORE=$(uptime)
echo "Ratings benchmark: scale $SCALE, database $DB, $CONNECTIONS connections, ${SECONDS_PER_RUN}s per run, $ROUNDS rounds; work files in $WORK"

echo "0. Build the baseline bench/empty-app"
if [[ ! -f "$EMPTY_JAR" || -n "$(find "$EMPTY_DIR/pom.xml" "$EMPTY_DIR/src" -newer "$EMPTY_JAR" -print -quit)" ]]; then
    mvn -q -f "$EMPTY_DIR/pom.xml" package -DskipTests >"$WORK/empty-build.log" 2>&1 || { tail -40 "$WORK/empty-build.log" >&2; exit 1; }
fi

echo "1. Databases"
FRESH=1
if [[ "${BENCH_REUSE:-0}" == 1 ]] &&
    [[ "$("${PSQL[@]}" -d postgres -At -c "select count(*) from pg_database where datname = '$DB'")" == 1 ]] &&
    [[ "$("${PSQL[@]}" -d "$DB" -At -c "select count(*) from rating_snapshot" 2>/dev/null || echo 0)" -gt 0 ]]; then
    FRESH=0
    echo "  reusing $DB"
else
    "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
fi
"${PSQL[@]}" -d postgres -c "drop database if exists $EMPTY_DB with (force)" -c "create database $EMPTY_DB"

echo "2. Start the application (-Xmx256m$([[ $FRESH == 1 ]] && echo ", loading demo scale $SCALE")) and the empty application"
T0=$(date +%s)
DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_USER=postgres DB_PASSWORD="$PGPASSWORD" BRIDGE_DEMO=true \
    BRIDGE_DEMO_SCALE="$SCALE" QUARKUS_HTTP_PORT="$PORT" BRIDGE_DATA_DIR="$WORK/data" OUTBOX_WORKER=false \
    MAIL_PLAN_EVERY=off BRIDGE_ADMIN_EMAIL=$ADMIN_EMAIL BRIDGE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    java $BENCH_JAVA_OPTS -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
wait_ready "$BASE" "$APP_PID" "$WORK/app.log"
echo "  ready after $(($(date +%s) - T0)) s; $(grep -o 'Demo data loaded in [^:]*: [0-9]* organizations, [0-9]* accounts' "$WORK/app.log" || echo 'data already loaded')"
[[ $FRESH == 1 ]] && "${PSQL[@]}" -d "$DB" -c "vacuum analyze"
DB_URL="jdbc:postgresql://127.0.0.1:5432/$EMPTY_DB" DB_USER=postgres DB_PASSWORD="$PGPASSWORD" QUARKUS_HTTP_PORT="$EMPTY_PORT" \
    java $BENCH_JAVA_OPTS -jar "$EMPTY_JAR" >"$WORK/empty.log" 2>&1 &
EMPTY_PID=$!
wait_ready "$EMPTY_BASE" "$EMPTY_PID" "$WORK/empty.log"

echo "3. The rating page"
read -r SNAPSHOT CAMPAIGN < <(curl -sf "$BASE/api/v1/ratings/campaigns" |
    python3 -c 'import json, sys; c = json.load(sys.stdin)[0]; print(c["latestSnapshotId"], c["campaign"]["id"])')
PAGE="/api/v1/ratings/snapshots/$SNAPSHOT/rows"
curl -sf -D "$WORK/page.headers" -o "$WORK/page.json" -H 'Accept: application/json' "$BASE$PAGE"
ETAG=$(sed -n 's/^[Ee][Tt][Aa][Gg]: *\(.*\)\r$/\1/p' "$WORK/page.headers")
PAGE_BYTES=$(stat -c %s "$WORK/page.json")
PAGE_ROWS=$(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(len(d["items"]), d["total"])' "$WORK/page.json")
HIT_STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: application/json' -H "If-None-Match: $ETAG" "$BASE$PAGE")
echo "  $PAGE: $PAGE_BYTES bytes, items/total $PAGE_ROWS, ETag $ETAG; with If-None-Match: HTTP $HIT_STATUS"
[[ -n "$ETAG" && "$HIT_STATUS" == 304 ]] || { echo "The rating page has no working ETag" >&2; exit 1; }

WARMUP=${BENCH_WARMUP:-10}
echo "  warm-up, ${WARMUP}s each"
run_wrk "$EMPTY_BASE" /api/v1/ping "$WARMUP" >/dev/null
run_wrk "$BASE" /api/v1/ping "$WARMUP" >/dev/null
run_wrk "$BASE" "$PAGE" "$WARMUP" >/dev/null
run_wrk "$BASE" "$PAGE" "$WARMUP" "$ETAG" >/dev/null
: >"$WORK/rounds"
for r in $(seq 1 "$ROUNDS"); do
    EMPTY=$(run_wrk "$EMPTY_BASE" /api/v1/ping "$SECONDS_PER_RUN")
    PING=$(run_wrk "$BASE" /api/v1/ping "$SECONDS_PER_RUN")
    MISS=$(run_wrk "$BASE" "$PAGE" "$SECONDS_PER_RUN")
    HIT=$(run_wrk "$BASE" "$PAGE" "$SECONDS_PER_RUN" "$ETAG")
    LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
    line="$r $(field rps "$EMPTY") $(field rps "$PING") $(field rps "$MISS") $(field p99_ms "$MISS") $(field rps "$HIT") $(field p99_ms "$HIT") $(($(field errors "$MISS") + $(field non2xx "$MISS") + $(field errors "$HIT") + $(field non2xx "$HIT"))) $LOAD"
    echo "$line" >>"$WORK/rounds"
    echo "  round $r: empty app ping $(field rps "$EMPTY") req/s; app ping $(field rps "$PING"); miss $(field rps "$MISS") (p99 $(field p99_ms "$MISS") ms); hit $(field rps "$HIT") (p99 $(field p99_ms "$HIT") ms); load $LOAD"
done

echo "4. Computing a snapshot of campaign $CAMPAIGN: the application (a correction recomputes it) and psql"
TOKEN=$(curl -sf -H 'content-type: application/json' -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" \
    "$BASE/api/v1/auth/login" | python3 -c 'import json, sys; print(json.load(sys.stdin)["accessToken"])')
read -r EVALUATION CRITERION < <("${PSQL[@]}" -d "$DB" -At -F ' ' -c "
    select e.id, a.criterion_id from evaluation e
      join evaluation_answer a on a.evaluation_id = e.id join criterion cr on cr.id = a.criterion_id
     where e.campaign_id = '$CAMPAIGN' and e.role = 'PRIMARY' and e.status = 'PUBLISHED'
       and cr.type = 'BOOLEAN' and not a.not_applicable
     order by e.id desc, cr.position limit 1")
# compute()'s statements, bound to this campaign (see RatingSnapshots.compute and .statistics)
write_psql_script() {
    local latest prev_campaign prev_snapshot comparable criteria_set
    read -r latest criteria_set < <("${PSQL[@]}" -d "$DB" -At -F ' ' -c "
        select s.id, c.criteria_set_id from rating_snapshot s join campaign c on c.id = s.campaign_id
         where s.campaign_id = '$CAMPAIGN' order by s.revision desc limit 1")
    read -r prev_snapshot comparable < <("${PSQL[@]}" -d "$DB" -At -F ' ' -c "
        select coalesce(previous_campaign_id::text, '-'), comparison from rating_snapshot where id = '$latest'")
    if [[ "$prev_snapshot" != "-" ]]; then
        prev_snapshot=$("${PSQL[@]}" -d "$DB" -At -c "
            select id from rating_snapshot where campaign_id = '$prev_snapshot' order by revision desc limit 1")
    fi
    cat <<SQL
begin;
select c.id, c.period, c.published_at, s.id, s.family_id, s.edition, s.name
  from campaign c join criteria_set s on s.id = c.criteria_set_id where c.id = '$CAMPAIGN' for update of c;
select r.evaluation_id, r.revision, r.account_id, r.account_name, r.platform, r.organization_id,
       r.organization_name, r.organization_kind, r.sector, r.municipality_id, r.municipality_name, r.index_value
  from evaluation e join evaluation_revision r on r.evaluation_id = e.id and r.revision = e.revision
 where e.campaign_id = '$CAMPAIGN' and e.role = 'PRIMARY' and e.status = 'PUBLISHED';
select c.id, s.edition,
       (select rs.id from rating_snapshot rs where rs.campaign_id = c.id order by rs.revision desc limit 1)
  from campaign c join criteria_set s on s.id = c.criteria_set_id,
       (select s2.family_id, c2.period, c2.published_at from campaign c2 join criteria_set s2 on s2.id = c2.criteria_set_id
         where c2.id = '$CAMPAIGN') h
 where s.family_id = h.family_id and c.id <> '$CAMPAIGN' and c.stage = 'PUBLISHED'
   and (c.period < h.period or (c.period = h.period and c.published_at < coalesce(h.published_at, now())))
 order by c.period desc, c.published_at desc, c.id limit 1;
$(if [[ "$comparable" == COMPARABLE && "$prev_snapshot" != "-" ]]; then echo "select level, peer_group, peer_key, unit_id, name, index_value, place_from from rating_row where snapshot_id = '$prev_snapshot';"; fi)
select id from rating_snapshot where campaign_id = '$CAMPAIGN' order by revision desc limit 1;
select coalesce(max(revision), 0) + 1 from rating_snapshot where campaign_id = '$CAMPAIGN';
select level, peer_group, peer_key, unit_id, name, index_value, place_from from rating_row where snapshot_id = '$latest';
select code, title from criterion where criteria_set_id = '$criteria_set';
with answers as (
    select r.sector, r.organization_kind as kind, a ->> 'code' as code,
           (a ->> 'points')::numeric as points, (a ->> 'maxPoints')::numeric as max_points
      from evaluation e
      join evaluation_revision r on r.evaluation_id = e.id and r.revision = e.revision
      cross join lateral jsonb_array_elements(r.answers) a
     where e.campaign_id = '$CAMPAIGN' and e.role = 'PRIMARY' and e.status = 'PUBLISHED'
       and not (a ->> 'notApplicable')::boolean and a ->> 'points' is not null
), grouped as (
    select 'OVERALL' as peer_group, '' as peer_key, code, points, max_points from answers
    union all select 'SECTOR', sector, code, points, max_points from answers
    union all select 'KIND', kind, code, points, max_points from answers
)
select peer_group, peer_key, code, count(*)::int, count(*) filter (where points >= max_points)::int
  from grouped group by peer_group, peer_key, code order by peer_group, peer_key, code;
with questions as (
    select r.municipality_id::text as municipality, r.municipality_name, r.sector,
           extract(epoch from q.answered_at - q.asked_at) / 3600 as hours
      from evaluation e
      join evaluation_revision r on r.evaluation_id = e.id and r.revision = e.revision
      join citizen_question q on q.evaluation_id = e.id
     where e.campaign_id = '$CAMPAIGN' and e.role = 'PRIMARY' and e.status = 'PUBLISHED'
), grouped as (
    select 'MUNICIPALITY' as level, municipality as unit_id, municipality_name as name, hours from questions
    union all select 'SECTOR', sector, sector, hours from questions
)
select level, unit_id, min(name), count(*)::int, count(hours)::int,
       round(percentile_cont(0.5) within group (order by hours)::numeric, 2),
       round(100.0 * count(*) filter (where hours <= 24) / count(*), 2)
  from grouped group by level, unit_id order by level, unit_id;
create temp table next_snapshot on commit drop as select gen_random_uuid() as id;
insert into rating_snapshot (id, campaign_id, revision, criteria_set_id, methodology_family_id, methodology_edition,
       methodology_name, rules, comparison, previous_campaign_id, previous_edition, reason, corrected_evaluation_id,
       index_before, index_after, moved, statistics, evaluations)
select n.id, campaign_id, (select max(revision) + 1 from rating_snapshot where campaign_id = '$CAMPAIGN'),
       criteria_set_id, methodology_family_id, methodology_edition, methodology_name, rules, comparison,
       previous_campaign_id, previous_edition, reason, corrected_evaluation_id, index_before, index_after, moved,
       statistics, evaluations
  from rating_snapshot, next_snapshot n where rating_snapshot.id = '$latest';
insert into rating_row (snapshot_id, level, peer_group, peer_key, unit_id, name, evaluation_id, evaluation_revision,
       organization_id, municipality_id, municipality_name, sector, kind, platform, evaluated, total, index_value,
       ranked, place_from, place_to, place_of, previous_index, index_delta, previous_place, place_delta)
select n.id, level, peer_group, peer_key, unit_id, name, evaluation_id, evaluation_revision, organization_id,
       municipality_id, municipality_name, sector, kind, platform, evaluated, total, index_value, ranked, place_from,
       place_to, place_of, previous_index, index_delta, previous_place, place_delta
  from rating_row, next_snapshot n where snapshot_id = '$latest';
rollback;
SQL
}
write_psql_script >"$WORK/compute.sql"
ROW_COUNT=$("${PSQL[@]}" -d "$DB" -At -c "select count(*) from rating_row where snapshot_id = '$SNAPSHOT'")
: >"$WORK/app-ms"
: >"$WORK/psql-ms"
for i in $(seq 1 "$REPEAT"); do
    value=$((i % 2))
    before=$(grep -c 'rating snapshot .* computed in' "$WORK/app.log" || true)
    status=$(curl -s -o "$WORK/correction.json" -w '%{http_code}' -H "authorization: Bearer $TOKEN" \
        -H 'content-type: application/json' \
        -d "{\"reason\":\"Бенчмарк: пересчёт рейтинга $i\",\"answers\":[{\"criterionId\":\"$CRITERION\",\"value\":$value}]}" \
        "$BASE/api/v1/evaluations/$EVALUATION/corrections")
    [[ "$status" == 200 ]] || { echo "correction: HTTP $status $(head -c 400 "$WORK/correction.json")" >&2; exit 1; }
    sleep 0.3
    grep 'rating snapshot .* computed in' "$WORK/app.log" | tail -n +"$((before + 1))" | tail -1 |
        sed -n 's/.*computed in \([0-9.]*\) ms.*/\1/p' >>"$WORK/app-ms"
    start=$(date +%s%N)
    "${PSQL[@]}" -d "$DB" -f "$WORK/compute.sql" >/dev/null
    echo "scale=1; ($(date +%s%N) - $start) / 1000000" | bc >>"$WORK/psql-ms"
done
APP_COMPUTE=$(median <"$WORK/app-ms")
PSQL_COMPUTE=$(median <"$WORK/psql-ms")
COMPUTE_LINE=$(grep 'rating snapshot .* computed in' "$WORK/app.log" | tail -1 | sed 's/.*rating snapshot/rating snapshot/')
echo "  application compute(): $(tr '\n' ' ' <"$WORK/app-ms")ms — median $APP_COMPUTE ms ($COMPUTE_LINE)"
echo "  psql, the same statements: $(tr '\n' ' ' <"$WORK/psql-ms")ms — median $PSQL_COMPUTE ms"
PEAK_MB=$(($(awk '/^VmHWM:/ { print $2 }' "/proc/$APP_PID/status") / 1024))
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
UPTIME_AFTER=$(uptime)

REPORT=$(python3 - "$WORK/rounds" "$APP_COMPUTE" "$PSQL_COMPUTE" <<'PY'
import statistics, sys
rounds = [line.split() for line in open(sys.argv[1]) if line.strip()]
app_ms, psql_ms = float(sys.argv[2]), float(sys.argv[3])
print("| round | empty app `GET /ping` req/s | app `GET /ping` req/s | rating page, ETag miss req/s (p99 ms) | rating page, ETag hit → 304 req/s (p99 ms) | miss / empty | hit / empty | miss / app ping | hit / app ping | errors | load avg |")
print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
miss_e, hit_e, miss_p, hit_p = [], [], [], []
for r in rounds:
    n, empty, ping, miss, miss99, hit, hit99, errors = r[0], *map(float, r[1:7]), r[7]
    miss_e.append(100 * miss / empty); hit_e.append(100 * hit / empty)
    miss_p.append(100 * miss / ping); hit_p.append(100 * hit / ping)
    print(f"| {n} | {empty:,.0f} | {ping:,.0f} | {miss:,.0f} ({miss99:.1f}) | {hit:,.0f} ({hit99:.1f}) | {miss_e[-1]:.1f} % | {hit_e[-1]:.1f} % | {miss_p[-1]:.1f} % | {hit_p[-1]:.1f} % | {errors} | {' '.join(r[8:11])} |")
med = statistics.median
verdict = lambda ok: "pass" if ok else "**fail**"
ratio = app_ms / psql_ms
print()
print("| target | measured (median of the rounds) | result |")
print("| --- | --- | --- |")
print(f"| rating page, ETag miss ≥ 50 % of the empty endpoint at 64 connections | {med(miss_e):.1f} % of bench/empty-app ({med(miss_p):.1f} % of the app's own /ping) | {verdict(med(miss_e) >= 50)} |")
print(f"| rating page, ETag hit (304) ≥ 80 % of the empty endpoint | {med(hit_e):.1f} % of bench/empty-app ({med(hit_p):.1f} % of the app's own /ping) | {verdict(med(hit_e) >= 80)} |")
print(f"| computing a snapshot ≤ 1.5× the same SQL in psql | {app_ms:.0f} ms / {psql_ms:.0f} ms = {ratio:.2f}× | {verdict(ratio <= 1.5)} |")
PY
)
echo
echo "$REPORT"
echo "  page: $PAGE ($PAGE_BYTES bytes, items/total $PAGE_ROWS); snapshot rows $ROW_COUNT; peak RSS $PEAK_MB MB"
echo "  load: $UPTIME_BEFORE / $UPTIME_AFTER"

if [[ "${BENCH_WRITE:-0}" == 1 ]]; then
    {
        echo
        echo "## Ratings (issue 8): rating page and snapshot computation"
        echo
        echo "\`bench/ratings.sh\` — $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD); scale $SCALE (\`$DB\`);"
        echo "wrk -t$THREADS -c$CONNECTIONS, ${SECONDS_PER_RUN} s per run, $ROUNDS rounds, each round measuring the four back to back;"
        echo "\`uptime\` before: \`$UPTIME_BEFORE\`; after: \`$UPTIME_AFTER\`; application \`-Xmx256m\`, peak RSS $PEAK_MB MB."
        echo "Page: \`GET $PAGE\` ($PAGE_BYTES bytes, items/total $PAGE_ROWS). Snapshot: $ROW_COUNT rating rows; application"
        echo "\`compute()\` times $(tr '\n' ' ' <"$WORK/app-ms")ms, psql $(tr '\n' ' ' <"$WORK/psql-ms")ms ($REPEAT each, alternately)."
        echo
        echo "$REPORT"
    } >>"$ROOT/bench/RESULTS.md"
fi
