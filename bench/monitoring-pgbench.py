#!/usr/bin/env python3
"""Turns the SQL one save (or submission) ran, captured from the PostgreSQL log by bench/extract-sql.py, into a
pgbench script that runs the same statements for a different evaluation on every pgbench transaction:
  - picks a random evaluation of the benchmark campaign and its expert from the table bench_save_pick
    (n, evaluation_id, expert_id; pgbench -D picks=<rows>) — one primary-key lookup that the application does not
    make, the price of varying the rows;
  - the statements before the locked read (the per-request credential check) run on their own, as the
    application runs them; the locked read and everything after it run in one transaction (BEGIN … COMMIT);
  - the captured evaluation id and expert id become :eid and :uid; the version the write expects becomes the
    version the locked read returned (\\gset r_), so the optimistic check passes as it does in the application.
Usage: monitoring-pgbench.py CAPTURED_SQL EVALUATION_ID EXPERT_ID > script.sql"""
import re
import sys

path, evaluation, expert = sys.argv[1], sys.argv[2], sys.argv[3]
statements = [line.rstrip("\n") for line in open(path) if line.strip()]
locked = next((i for i, s in enumerate(statements) if "for no key update" in s or "for update" in s), None)
if locked is None:
    sys.exit(f"{path}: no locked read (… for no key update) among the captured statements")
out = ["\\set n random(1, :picks)",
       "select evaluation_id as eid, expert_id as uid from bench_save_pick where n = :n \\gset"]
for i, sql in enumerate(statements):
    if re.match(r"(?i)^(begin|start transaction)\b", sql):
        continue
    sql = sql.replace(f"'{evaluation}'", ":eid").replace(f"'{expert}'", ":uid")
    sql = re.sub(r"\band version = '?\d+'?", "and version = :r_version", sql)
    if i == locked:
        out.append("begin;")
        sql = sql.rstrip(";") + " \\gset r_"
    out.append(sql)
if not re.match(r"(?i)^commit;$", out[-1]):
    out.append("commit;")
print("\n".join(out))
