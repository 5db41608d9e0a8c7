#!/bin/bash
# Compiles and publishes one bulletin issue (campaign f1d21ab0…, which has a previous campaign) on a copy of tpl_scale10
# with the jar in JARDIR, dumps the draft, the published document and every personal section (sha256) and samples
# RSS/heap every 2 s into OUT.watch (bench/bulletin-watch.sh). Compare two jars: run it twice, cmp the files.
# usage: IDENT_PORT=18122 IDENT_JAVA_OPTS="$BENCH_JAVA_OPTS" bench/bulletin-compare.sh JARDIR DB OUT
# The template database is TEMPLATE (default tpl_scale10), e.g. one kept by KEEP_DB=1 MEMORY_DB=… bench/memory.sh.
# usage: mem2-ident.sh JARDIR DB OUT
set -u
JARDIR=$1; DB=$2; OUT=$3; PORT=${IDENT_PORT:-18121}
export PGPASSWORD=postgres
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB TEMPLATE ${TEMPLATE:-tpl_scale10}"
DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB DB_USER=postgres DB_PASSWORD=postgres QUARKUS_HTTP_PORT=$PORT OUTBOX_WORKER=false \
  BRIDGE_DATA_DIR=/tmp/bulletin-compare-data-$DB QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=1800s \
  java ${IDENT_JAVA_OPTS:--Xmx256m} -jar $JARDIR/quarkus-run.jar > $OUT.app.log 2>&1 &
APP=$!; "$(dirname "$0")"/bulletin-watch.sh $APP $OUT.watch &
for i in $(seq 1 300); do curl -sf http://127.0.0.1:$PORT/api/v1/ping >/dev/null && break; sleep 2; done
python3 - $PORT $OUT <<'PY'
import json, sys, urllib.request
port, out = sys.argv[1], sys.argv[2]
base = f"http://127.0.0.1:{port}/api/v1"
def call(method, path, body=None, token=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **({"Authorization": "Bearer " + token} if token else {})})
    with urllib.request.urlopen(req, timeout=3600) as r:
        return json.loads(r.read() or b"null")
def login(email):
    r = call("POST", "/auth/login", {"email": email, "password": "demo-bridge-2026"})
    return r.get("accessToken") or r.get("token")
admin = login("admin@demo.bridge"); coord = login("coordinator@demo.bridge")
d = call("POST", "/bulletins/issues", {"series": "main", "title": "ident", "periodFrom": "2024-01-01", "periodTo": "2024-03-31",
    "campaignId": "f1d21ab0-674d-4e76-a845-f9199a3080a9", "reviewerId": "fbadddcd-7a09-4a3d-acf2-4a7074d8a5b7"}, admin)
json.dump(d.get("document") or d.get("blocks"), open(out + ".draft.json", "w"), ensure_ascii=False)
s = call("POST", f"/bulletins/issues/{d['id']}/submit", {"version": d["version"]}, admin)
p = call("POST", f"/bulletins/issues/{d['id']}/publish", {"version": s["version"]}, coord)
print(d["id"], p["status"])
open(out + ".id", "w").write(d["id"])
PY
ID=$(cat $OUT.id)
psql -h 127.0.0.1 -U postgres -d $DB -Atc "select document::text from bulletin_issue_revision where issue_id='$ID' order by revision" > $OUT.doc
psql -h 127.0.0.1 -U postgres -d $DB -Atc "select organization_id || ' ' || document::text from bulletin_personal_section where issue_id='$ID' order by organization_id" > $OUT.sections
wc -l $OUT.sections; sha256sum $OUT.doc $OUT.sections $OUT.draft.json
kill $APP; wait $APP
