#!/usr/bin/env python3
"""Prepares the monitoring benchmark on a running application loaded with demo data:
creates 32 expert users and a campaign over the VK accounts of the registry, assigns it to them, opens the
evaluation stage, and writes request files for bench/requests.lua:
  save.tsv    PUT /api/v1/evaluations/{id}/answers, version 0, a value for every applicable non-derived criterion
  submit.tsv  POST /api/v1/evaluations/{id}/submit, version 1 (after the saves)
  progress.tsv GET /api/v1/campaigns/{demo 2023-Q2}/progress as the coordinator
Usage: monitoring-prepare.py BASE_URL DATABASE WORKDIR EXPERTS"""
import json
import random
import subprocess
import sys
import urllib.request

base, database, work, experts_wanted = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
PASSWORD = "demo-bridge-2026"


def call(method, path, token=None, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Accept", "application/json")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=600) as response:
        text = response.read()
        return json.loads(text) if text else None


def login(email, password=PASSWORD):
    return call("POST", "/api/v1/auth/login", body={"email": email, "password": password})["accessToken"]


def psql(sql):
    out = subprocess.run(["psql", "-X", "-At", "-F", "\t", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


admin = login("admin@demo.bridge")
coordinator = login("coordinator@demo.bridge")
suffix = "%06d" % random.Random().randrange(10**6)
experts = []
for i in range(experts_wanted):
    email = f"bench-expert-{suffix}-{i:02d}@bench.bridge"
    user = call("POST", "/api/v1/users", admin, {"email": email, "fullName": f"Эксперт нагрузочного теста {i:02d}",
                                                  "password": PASSWORD, "roles": ["EXPERT"]})
    experts.append((user["id"], email))
criteria_set = "3e7d0000-0000-4000-8000-000000002022"
campaign = call("POST", "/api/v1/campaigns", coordinator, {
    "title": f"Нагрузочный тест {suffix}", "period": "2024-Q1", "criteriaSetId": criteria_set,
    "scope": {"platforms": ["VK"]}, "evaluationDeadline": "2030-01-31", "reviewDeadline": "2030-02-28",
    "doubleShare": 0, "replyDays": 10, "keepMunicipalities": False})
campaign = call("PUT", f"/api/v1/campaigns/{campaign['id']}/experts", coordinator,
                {"experts": [{"userId": e[0], "municipalities": []} for e in experts], "version": campaign["version"]})
call("POST", f"/api/v1/campaigns/{campaign['id']}/assign", coordinator, {})
campaign = call("GET", f"/api/v1/campaigns/{campaign['id']}", coordinator)
call("POST", f"/api/v1/campaigns/{campaign['id']}/transition", coordinator, {"to": "EVALUATION", "version": campaign["version"]})
tokens = {e[0]: login(e[1]) for e in experts}

# one body per evaluation: every criterion that applies to the account, except the derived ones
rows = psql(f"""
    select e.id, e.expert_id, a.url, json_agg(json_build_object('id', c.id, 'type', c.type, 'levels', c.levels,
           'thresholds', c.thresholds) order by c.position)
      from evaluation e join account a on a.id = e.account_id join organization o on o.id = a.organization_id
      join criterion c on c.criteria_set_id = '{criteria_set}' and c.type <> 'DERIVED'
       and (cardinality(c.platforms) = 0 or a.platform = any (c.platforms))
       and (cardinality(c.sectors) = 0 or o.sector = any (c.sectors))
       and (cardinality(c.organization_kinds) = 0 or o.kind = any (c.organization_kinds))
     where e.campaign_id = '{campaign['id']}'
     group by e.id, e.expert_id, a.url order by e.id""")
rng = random.Random(2022)
criteria_counts = []
with open(f"{work}/save.tsv", "w") as save, open(f"{work}/submit.tsv", "w") as submit:
    for evaluation, expert, url, criteria in rows:
        answers = []
        for c in json.loads(criteria):
            if c["type"] == "BOOLEAN":
                value = rng.choice([0, 1, 1, 1])
            elif c["type"] == "SCALE":
                value = rng.choice(c["levels"])["value"]
            else:
                value = rng.choice([0, 1, 2, 3, 5, 7, 14, 21, 40])
            answers.append({"criterionId": c["id"], "value": value, "notApplicable": False,
                            "evidenceUrl": url, "evidenceNote": "Проверено при нагрузочном тесте"})
        criteria_counts.append(len(answers))
        token = tokens[expert]
        save.write(f"PUT\t/api/v1/evaluations/{evaluation}/answers\t{token}\t"
                   + json.dumps({"version": 0, "answers": answers}, ensure_ascii=False) + "\n")
        submit.write(f"POST\t/api/v1/evaluations/{evaluation}/submit\t{token}\t" + json.dumps({"version": 1}) + "\n")
demo = [c for c in call("GET", "/api/v1/campaigns?size=200", coordinator)["items"] if c["period"] == "2023-Q2"][0]
with open(f"{work}/progress.tsv", "w") as progress:
    progress.write(f"GET\t/api/v1/campaigns/{demo['id']}/progress\t{coordinator}\t-\n")
print(json.dumps({"campaign": campaign["id"], "evaluations": len(rows),
                  "criteria_per_save": round(sum(criteria_counts) / max(1, len(criteria_counts)), 1),
                  "demo_campaign": demo["id"], "demo_accounts": demo["accountCount"]}))
