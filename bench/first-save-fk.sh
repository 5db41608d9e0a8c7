#!/usr/bin/env bash
# First saves of evaluations with and without the foreign key evaluation_answer → criterion (the measurement behind
# migration V355). pgbench only, no application: on a copy of a scale-10 demo database, the evaluations of the two
# largest campaigns lose their answers; each transaction is the first save of the next one (lock the evaluation,
# insert 18 answers as the application's upsert does, bump its version). Runs alternate with / without the key, RUNS
# times each, and print tps, WAL records and bytes per save and multixacts created per save (the last two do not
# depend on the machine's load).
#
#   BENCH_TEMPLATE=tpl_scale10 RUNS=2 bash bench/first-save-fk.sh
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres) and a template database loaded with the demo at scale 10 (see
# bench/monitoring.sh). The database named by DB (default bench_first_save) is recreated and dropped at the end.
set -euo pipefail
TEMPLATE=${BENCH_TEMPLATE:-tpl_scale10}
DB=${DB:-bench_first_save}
RUNS=${RUNS:-2}
CLIENTS=${CLIENTS:-32}
TX=${TX:-300}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
P=(psql -h 127.0.0.1 -U postgres -X -q -At -v ON_ERROR_STOP=1)

"${P[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB template $TEMPLATE"
"${P[@]}" -d "$DB" <<'SQL'
create table bench_fresh as
  select row_number() over (order by random()) as n, e.id from evaluation e
   where e.campaign_id in (select campaign_id from evaluation group by campaign_id order by count(*) desc limit 2);
alter table bench_fresh add primary key (n);
delete from evaluation_answer where evaluation_id in (select id from bench_fresh);
create sequence bench_seq;
create table bench_answers as
  select c.id as criterion_id, c.max_points from criterion c
   where c.criteria_set_id = (select k.criteria_set_id from campaign k
                               where k.id = (select campaign_id from evaluation where id = (select id from bench_fresh where n = 1)))
     and c.position <= 18;
vacuum analyze;
SQL
cat > "$WORK/first-save.sql" <<'SQL'
select b.id as eid from bench_fresh b where b.n = (select nextval('bench_seq')) \gset
begin;
select version from evaluation where id = :eid for no key update;
insert into evaluation_answer (evaluation_id, criterion_id, value, not_applicable, points, max_points)
  select :eid, a.criterion_id, 1, false, a.max_points, a.max_points from bench_answers a
  on conflict (evaluation_id, criterion_id) do update set value = excluded.value, points = excluded.points;
update evaluation set version = version + 1, updated_at = now() where id = :eid;
commit;
SQL

has_key() {
  "${P[@]}" -d "$DB" -c "select count(*) from pg_constraint where conname = 'evaluation_answer_criterion_id_fkey'"
}
set_key() {
  if [ "$1" = with ] && [ "$(has_key)" = 0 ]; then
    "${P[@]}" -d "$DB" -c "alter table evaluation_answer add constraint evaluation_answer_criterion_id_fkey
                            foreign key (criterion_id) references criterion (id)"
  elif [ "$1" = without ] && [ "$(has_key)" = 1 ]; then
    "${P[@]}" -d "$DB" -c "alter table evaluation_answer drop constraint evaluation_answer_criterion_id_fkey"
  fi
}
run() {
  set_key "$1"
  "${P[@]}" -d "$DB" -c "delete from evaluation_answer where evaluation_id in (select id from bench_fresh)" \
    -c "select setval('bench_seq', 1, false)" >/dev/null
  "${P[@]}" -d "$DB" -c "vacuum evaluation_answer" -c "checkpoint"
  local w0 m0 w1 m1 out done
  w0=$("${P[@]}" -d "$DB" -c "select wal_records || ' ' || wal_bytes from pg_stat_wal")
  m0=$("${P[@]}" -d "$DB" -c "select next_multixact_id from pg_control_checkpoint()")
  out=$(cd "$WORK" && pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$CLIENTS" -j 2 -t "$TX" -f first-save.sql "$DB" 2>&1)
  "${P[@]}" -d "$DB" -c "checkpoint"
  w1=$("${P[@]}" -d "$DB" -c "select wal_records || ' ' || wal_bytes from pg_stat_wal")
  m1=$("${P[@]}" -d "$DB" -c "select next_multixact_id from pg_control_checkpoint()")
  done=$(grep -o 'number of transactions actually processed: [0-9]*' <<<"$out" | grep -o '[0-9]*$')
  read -r r0 b0 <<<"$w0"
  read -r r1 b1 <<<"$w1"
  printf '%-8s tps %s | WAL records/save %s | WAL bytes/save %s | multixacts/save %s\n' "$1" \
    "$(grep -o '^tps = [0-9.]*' <<<"$out" | grep -o '[0-9.]*$')" $(( (r1 - r0) / done )) $(( (b1 - b0) / done )) \
    "$(awk -v m=$((m1 - m0)) -v t="$done" 'BEGIN { printf "%.2f", m / t }')"
}
echo "first saves: $CLIENTS clients x $TX transactions, 18 answers each; uptime: $(uptime)"
for _ in $(seq 1 "$RUNS"); do
  run with
  run without
done
"${P[@]}" -d postgres -c "drop database $DB with (force)"
