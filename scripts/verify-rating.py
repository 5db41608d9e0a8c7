#!/usr/bin/env python3
"""Verify a published rating snapshot of Digital Bridge from its public API, with the standard library only.

    python3 scripts/verify-rating.py https://bridge.example.org SNAPSHOT_ID

Downloads the snapshot (its rules), every row of every level and peer group, the methodology and each account's
published evaluation revision, then recomputes independently:

  * every account index from the revision's per-criterion points and the methodology's weights
    (index = sum(weight * points / maxPoints) / sum(weight) * 100 over applicable criteria with points, exact,
    rounded half up to one decimal), checking that criteria excluded by platform/sector/kind are N/A;
  * every organization index (mean of its evaluated accounts) and every municipality and sector index (mean of
    their ranked organizations), with the evaluated/total counts and the minimum-data rule of the snapshot;
  * every place: competition ranking ("1, 2, 2, 4") within each level and peer group.

Prints "verified N" (N = rows checked) and exits 0, or lists the differences and exits 1. See docs/ratings.md.
"""
import json
import sys
import urllib.request
from collections import defaultdict
from fractions import Fraction

LEVEL_GROUPS = [("ACCOUNT", "OVERALL"), ("ACCOUNT", "SECTOR"), ("ACCOUNT", "KIND"),
                ("ORGANIZATION", "OVERALL"), ("ORGANIZATION", "SECTOR"), ("ORGANIZATION", "KIND"),
                ("MUNICIPALITY", "OVERALL"), ("SECTOR", "OVERALL")]


def get(base, path):
    request = urllib.request.Request(base.rstrip("/") + path, headers={"Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def half_up(value):
    """A Fraction rounded half up to one decimal, as a Fraction."""
    tenths = value * 10
    whole = tenths.numerator // tenths.denominator
    if tenths - whole >= Fraction(1, 2):
        whole += 1
    return Fraction(whole, 10)


def dec(text):
    return None if text is None else Fraction(str(text))


def mean(values):
    values = [v for v in values if v is not None]
    return half_up(sum(values, Fraction(0)) / len(values)) if values else None


def places(indexes):
    ranked = sorted((v for v in indexes if v is not None), reverse=True)
    result = []
    for v in indexes:
        if v is None:
            result.append(None)
        else:
            above = sum(1 for x in ranked if x > v)
            same = sum(1 for x in ranked if x == v)
            result.append((above + 1, above + same, len(ranked)))
    return result


def applies(criterion, subject):
    def ok(allowed, value):
        return not allowed or value in allowed
    return (ok(criterion.get("platforms"), subject["platform"]) and ok(criterion.get("sectors"), subject["sector"])
            and ok(criterion.get("organizationKinds"), subject["organizationKind"]))


def account_index(criteria, revision, problems, name):
    answers = {a["criterionId"]: a for a in revision["answers"]}
    numerator = Fraction(0)
    weights = Fraction(0)
    for criterion in criteria:
        answer = answers.get(criterion["id"])
        if not applies(criterion, revision["subject"]):
            if answer is not None and not answer["notApplicable"]:
                problems.append(f"{name}: {criterion['code']} does not apply to the frozen subject but is scored")
            continue
        if answer is None or answer["notApplicable"] or answer["points"] is None:
            continue
        weight = dec(criterion["weight"])
        numerator += weight * dec(answer["points"]) / dec(answer["maxPoints"])
        weights += weight
    return half_up(numerator / weights * 100) if weights else None


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    base, snapshot_id = argv[1], argv[2]
    snapshot = get(base, f"/api/v1/ratings/snapshots/{snapshot_id}")
    rules = snapshot["rules"]
    rows = {}
    for level, group in LEVEL_GROUPS:
        page, collected = 0, []
        while True:
            body = get(base, f"/api/v1/ratings/snapshots/{snapshot_id}/rows?level={level}&peerGroup={group}"
                             f"&size=200&page={page}")
            collected.extend(body["items"])
            if (page + 1) * body["size"] >= body["total"]:
                break
            page += 1
        rows[(level, group)] = collected
    methodology = get(base, f"/api/v1/criteria-sets/{snapshot['methodology']['criteriaSetId']}")
    criteria = methodology["criteria"]
    problems = []

    def check(row, what, expected, actual):
        if expected != actual:
            problems.append(f"{row['level']}/{row['peerGroup']}/{row['peerKey']} {row['name']}: {what} "
                            f"published {actual}, recomputed {expected}")

    # account indexes from the published revisions
    account_indexes = {}
    for row in rows[("ACCOUNT", "OVERALL")]:
        revision = get(base, f"/api/v1/evaluations/{row['evaluationId']}/revisions/{row['evaluationRevision']}")
        index = account_index(criteria, revision, problems, row["name"])
        published = dec(revision["index"])
        check(row, "revision index", index, published)
        check(row, "index", published, dec(row["index"]))
        account_indexes[row["unitId"]] = published
    # organizations from accounts
    by_organization = defaultdict(list)
    for row in rows[("ACCOUNT", "OVERALL")]:
        by_organization[row["organizationId"]].append(account_indexes[row["unitId"]])
    organization_indexes = {}
    for row in rows[("ORGANIZATION", "OVERALL")]:
        members = by_organization[row["unitId"]]
        evaluated = [v for v in members if v is not None]
        check(row, "evaluated/total", (len(evaluated), len(members)), (row["evaluated"], row["total"]))
        check(row, "index", mean(evaluated), dec(row["index"]))
        ranked = len(evaluated) >= max(1, rules["minimumAccountsPerOrganization"])
        check(row, "ranked", ranked, row["ranked"])
        organization_indexes[row["unitId"]] = (mean(evaluated), ranked, row)
    # municipalities and sectors from organizations
    for level, key, minimum in (("MUNICIPALITY", "municipalityId", rules["minimumOrganizationsPerMunicipality"]),
                                ("SECTOR", "sector", rules["minimumOrganizationsPerSector"])):
        members = defaultdict(list)
        for index, ranked, org in organization_indexes.values():
            members[org[key]].append(index if ranked else None)
        for row in rows[(level, "OVERALL")]:
            values = members[row["unitId"]]
            evaluated = [v for v in values if v is not None]
            check(row, "evaluated/total", (len(evaluated), len(values)), (row["evaluated"], row["total"]))
            check(row, "index", mean(evaluated), dec(row["index"]))
            check(row, "ranked", len(evaluated) >= max(1, minimum), row["ranked"])
    # every row of every peer group: same index as its overall row, places by competition ranking
    checked = 0
    for (level, group), listed in rows.items():
        overall = {r["unitId"]: r for r in rows[(level, "OVERALL")]}
        peers = defaultdict(list)
        for row in listed:
            check(row, "index as overall", dec(overall[row["unitId"]]["index"]), dec(row["index"]))
            peers[row["peerKey"]].append(row)
        for peer in peers.values():
            expected = places([dec(r["index"]) if r["ranked"] else None for r in peer])
            for row, place in zip(peer, expected):
                actual = None if row["place"] is None else (row["place"]["from"], row["place"]["to"], row["place"]["of"])
                check(row, "place", place, actual)
                checked += 1
    if problems:
        for problem in problems:
            print(problem)
        print(f"FAILED: {len(problems)} differences in {checked} rows")
        return 1
    print(f"verified {checked} rows of snapshot {snapshot_id} (revision {snapshot['revision']}, "
          f"{len(account_indexes)} account indexes recomputed from their criteria)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
