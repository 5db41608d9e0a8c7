#!/usr/bin/env python3
"""Verify the training effect of a published Digital Bridge campaign from its open data, standard library only.

    python3 scripts/verify-training-effect.py https://bridge.example.org CAMPAIGN_ID [--revision N] [--quick]

The training effect is frozen: revision 1 is taken when the campaign is published, each later revision when a
coordinator recomputes it (with a reason) or an evaluation is corrected. Without --revision the latest is checked;
every revision stays downloadable and verifiable.

Downloads the training-effect dataset of the campaign (accounts.csv, figures.csv; their SHA-256 against the data
package), the campaign's published results (evaluations.csv, answers.csv; an evaluation revision the files no longer
show, because it was corrected later, from /api/v1/evaluations/ID/revisions/N), the methodology (which criterion
measures the median answer hours) and, unless --quick, every published campaign's evaluations.csv, then checks
independently:

  * every account row: its evaluation revision and index are published ones, its median answer hours is the
    published value of the MEDIAN_ANSWER_HOURS criterion, and every published evaluation of the campaign is listed;
  * each account's standing from its course month and the campaign period (GRADUATE: course month before the first
    month of the period; TRAINED_DURING: within it; NOT_TRAINED: no course, or after the period);
  * the before/after choice: this is the first campaign published by the revision's time (period start, then
    publication) starting after the course month in which the account was evaluated, and the "before" evaluation is the latest one ending before
    it, with its published index and hours (--quick only checks the named before evaluations);
  * every figure: medians (two decimals, half up; an even count takes the mean of the middle two), shares of accounts
    meeting each criterion (full points among those assessed), differences, counts, and the suppression of groups and
    criteria with fewer accounts than the minimum (5).

Prints "verified …" and exits 0, or lists the differences and exits 1. See docs/training.md, "Training effect".
"""
import csv
import hashlib
import io
import json
import sys
import urllib.request
from datetime import datetime
from decimal import Decimal, ROUND_HALF_UP

MINIMUM = 5


def fetch(base, path):
    request = urllib.request.Request(base.rstrip("/") + path, headers={"Accept": "*/*"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.read()


def get_json(base, path):
    return json.loads(fetch(base, path), parse_float=Decimal)


def table(data):
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def dec(text):
    return None if text in (None, "") else Decimal(text)


def two(value):
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def median(values):
    values = sorted(values)
    n = len(values)
    if n % 2:
        return two(values[n // 2])
    return two((values[n // 2 - 1] + values[n // 2]) / 2)


def text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def months(period):
    """(first, last) month of a period as (year, month) pairs: 2023-Q1, 2023-H2, 2023-Y."""
    year, part = period.split("-")
    year = int(year)
    if part.startswith("Q"):
        q = int(part[1])
        return (year, 3 * q - 2), (year, 3 * q)
    if part.startswith("H"):
        h = int(part[1])
        return (year, 6 * h - 5), (year, 6 * h)
    return (year, 1), (year, 12)


def month(text_value):
    year, m = text_value.split("-")
    return int(year), int(m)


class Published:
    """A published campaign's evaluations and answers, loaded on demand."""

    def __init__(self, base):
        self.base = base
        self.evaluations = {}
        self.answers = {}
        self.hours_criteria = {}
        self.published_at = {}

    def campaign(self, cid):
        if cid not in self.evaluations:
            path = "/api/v1/open-data/campaigns/" + cid
            self.evaluations[cid] = {r["evaluation_id"]: r for r in table(fetch(self.base, path + "/files/evaluations.csv"))}
        return self.evaluations[cid]

    def criteria(self, cid):
        """evaluation id -> {criterion code: met}, and evaluation id -> median answer hours."""
        if cid not in self.answers:
            path = "/api/v1/open-data/campaigns/" + cid
            methodology = get_json(self.base, path + "/datapackage.json")["methodology"]
            if methodology not in self.hours_criteria:
                criteria = get_json(self.base, "/api/v1/criteria-sets/" + methodology)["criteria"]
                self.hours_criteria[methodology] = {c["id"] for c in criteria if c.get("metric") == "MEDIAN_ANSWER_HOURS"}
            self.methodology = getattr(self, "methodology", {})
            self.methodology[cid] = methodology
            hours_ids = self.hours_criteria[methodology]
            met, hours = {}, {}
            for a in table(fetch(self.base, path + "/files/answers.csv")):
                evaluation = a["evaluation_id"]
                met.setdefault(evaluation, {})
                applicable = a["not_applicable"] != "true"
                if applicable and a["points"] != "":
                    met[evaluation][a["criterion_code"]] = Decimal(a["points"]) >= Decimal(a["max_points"])
                if applicable and a["criterion_id"] in hours_ids and a["value"] != "" and evaluation not in hours:
                    hours[evaluation] = Decimal(a["value"])
            self.answers[cid] = (met, hours)
        return self.answers[cid]

    def state(self, cid, evaluation, revision):
        """(index text, {criterion code: met}, median answer hours) of one published revision of an evaluation."""
        current = self.campaign(cid).get(evaluation)
        met, hours = self.criteria(cid)
        if current is None:
            return None
        if current["revision"] == revision:
            return current["index"], met.get(evaluation, {}), hours.get(evaluation)
        # corrected since: the revision as it was published
        published = get_json(self.base, "/api/v1/evaluations/%s/revisions/%s" % (evaluation, revision))
        hours_ids = self.hours_criteria[self.methodology[cid]]
        old_met, old_hours = {}, None
        for a in published["answers"]:
            if a["notApplicable"]:
                continue
            if a.get("points") is not None:
                old_met[a["code"]] = Decimal(str(a["points"])) >= Decimal(str(a["maxPoints"]))
            if a["criterionId"] in hours_ids and a.get("value") is not None and old_hours is None:
                old_hours = Decimal(str(a["value"]))
        index = published.get("index")
        return ("" if index is None else str(index)), old_met, old_hours

    def published(self, cid):
        if cid not in self.published_at:
            self.published_at[cid] = get_json(self.base, "/api/v1/campaigns/" + cid).get("publishedAt") or ""
        return self.published_at[cid]


def group_rows(comparison, name, accounts, codes, criteria_of):
    """The figure rows of one group: accounts, median index, median answer hours, each criterion's share."""
    suppressed = len(accounts) < MINIMUM
    rows = [(comparison, name, "ACCOUNTS", "", len(accounts), "", "", suppressed)]
    indexes = [a["index"] for a in accounts if a["index"] is not None]
    hours = [a["hours"] for a in accounts if a["hours"] is not None]
    mi = None if suppressed or len(indexes) < MINIMUM else median(indexes)
    mh = None if suppressed or len(hours) < MINIMUM else median(hours)
    rows.append((comparison, name, "MEDIAN_INDEX", "", len(indexes), "", mi, mi is None))
    rows.append((comparison, name, "MEDIAN_ANSWER_HOURS", "", len(hours), "", mh, mh is None))
    for code in codes:
        assessed = met = 0
        for a in accounts:
            m = criteria_of(a).get(code)
            if m is not None:
                assessed += 1
                met += 1 if m else 0
        share = None if suppressed or assessed < MINIMUM else two(Decimal(met * 100) / Decimal(assessed))
        rows.append((comparison, name, "CRITERION_MET_SHARE", code, assessed, met, share, share is None))
    return rows, mi, mh, len(indexes), len(hours)


def main(argv):
    quick = "--quick" in argv
    args = [a for a in argv if a != "--quick"]
    revision = None
    if "--revision" in args:
        i = args.index("--revision")
        revision = args[i + 1] if i + 1 < len(args) else ""
        del args[i:i + 2]
    if len(args) != 2 or (revision is not None and not revision.isdigit()):
        print(__doc__)
        return 2
    base, cid = args
    problems = []
    prefix = "/api/v1/open-data/training-effect/" + cid
    if revision is not None:
        prefix += "/revisions/" + revision
    package = get_json(base, prefix + "/datapackage.json")
    taken = datetime.fromisoformat(package["created"].replace("Z", "+00:00"))
    files = {}
    for resource in package["resources"]:
        data = fetch(base, prefix + "/" + resource["path"])
        if "sha256:" + hashlib.sha256(data).hexdigest() != resource["hash"]:
            problems.append("hash of " + resource["path"] + " differs from the data package")
        files[resource["path"]] = data
    accounts = table(files["files/accounts.csv"])
    published_figures = table(files["files/figures.csv"])
    store = Published(base)
    evaluations = store.campaign(cid)
    met, hours = store.criteria(cid)
    if {a["evaluation_id"] for a in accounts} != set(evaluations):
        problems.append("accounts.csv does not list exactly the campaign's published evaluations")
    period = None
    for e in evaluations.values():
        period = e["campaign_period"]
    first, last = months(period) if period else ((0, 0), (0, 0))

    # every published campaign's evaluated accounts, for the before/after choice
    history = {}
    if not quick:
        catalogue = get_json(base, "/api/v1/open-data")
        for dataset in catalogue["datasets"]:
            if dataset["kind"] != "CAMPAIGN":
                continue
            other = dataset["id"][len("campaign-"):]
            at = store.published(other)
            if at and datetime.fromisoformat(at.replace("Z", "+00:00")) > taken:
                continue  # published after this revision was taken: not in its input
            for e in store.campaign(other).values():
                history.setdefault(e["account_id"], []).append((other, e))

    def order(campaign_id, some_period):
        return months(some_period)[0], store.published(campaign_id), campaign_id

    rows = []
    for a in accounts:
        e = evaluations.get(a["evaluation_id"])
        if e is None:
            continue
        index, e_met, e_hours = store.state(cid, a["evaluation_id"], a["evaluation_revision"])
        if a["index"] != index or a["account_id"] != e["account_id"]:
            problems.append("account row %s differs from the published evaluation" % a["account_id"])
        if dec(a["median_answer_hours"]) != e_hours:
            problems.append("median answer hours of %s differ from the published answer" % a["account_id"])
        course = month(a["course_month"]) if a["course_month"] else None
        if course is None or course > last:
            standing = "NOT_TRAINED"
        elif course < first:
            standing = "GRADUATE"
        else:
            standing = "TRAINED_DURING"
        if standing != a["standing"]:
            problems.append("standing of %s: published %s, recomputed %s" % (a["account_id"], a["standing"], standing))
        row = {"index": dec(index), "hours": e_hours, "met": e_met, "evaluation": a["evaluation_id"], "campaign": cid, "standing": standing, "first_after": a["first_after_course"] == "true", "before": None}
        if not quick and standing == "GRADUATE":
            after = [(order(c, x["campaign_period"]), c, x) for c, x in history.get(a["account_id"], [])
                     if months(x["campaign_period"])[0] > course]
            before = [(order(c, x["campaign_period"]), c, x) for c, x in history.get(a["account_id"], [])
                      if months(x["campaign_period"])[1] < course]
            first_after = min(after)[1] == cid if after else False
            if first_after != row["first_after"]:
                problems.append("first campaign after the course of %s differs" % a["account_id"])
            expected_before = max(before)[2]["evaluation_id"] if before and first_after else ""
            if expected_before != a["before_evaluation_id"]:
                problems.append("before evaluation of %s differs" % a["account_id"])
        if standing != "GRADUATE" and (row["first_after"] or a["before_evaluation_id"]):
            problems.append("%s is not a graduate's account but has a before/after pair" % a["account_id"])
        if a["before_evaluation_id"]:
            bc = a["before_campaign_id"]
            b = store.campaign(bc).get(a["before_evaluation_id"])
            b_state = store.state(bc, a["before_evaluation_id"], a["before_evaluation_revision"]) if b else None
            if b is None or b["account_id"] != a["account_id"] or b_state[0] != a["before_index"]:
                problems.append("before evaluation of %s is not the published one" % a["account_id"])
            elif months(b["campaign_period"])[1] >= course:
                problems.append("before campaign of %s does not end before the course" % a["account_id"])
            else:
                row["before"] = {"index": dec(b_state[0]), "hours": b_state[2], "met": b_state[1],
                                 "evaluation": b["evaluation_id"], "campaign": bc}
        rows.append(row)

    def criteria_of(x):
        return x["met"]

    def codes(*groups):
        found = set()
        for g in groups:
            for x in g:
                found.update(criteria_of(x).keys())
        return sorted(found)

    graduates = [r for r in rows if r["standing"] == "GRADUATE"]
    not_trained = [r for r in rows if r["standing"] == "NOT_TRAINED"]
    pairs = [r for r in rows if r["first_after"] and r["before"] is not None]
    after_group = pairs
    before_group = [r["before"] for r in pairs]
    expected = []

    def diff(x, y):
        return None if x is None or y is None else x - y

    ab = "GRADUATES_VS_NOT_TRAINED"
    code_a = codes(graduates, not_trained)
    g_rows, g_i, g_h, g_ni, g_nh = group_rows(ab, "GRADUATES", graduates, code_a, criteria_of)
    n_rows, n_i, n_h, n_ni, n_nh = group_rows(ab, "NOT_TRAINED", not_trained, code_a, criteria_of)
    expected += g_rows + n_rows
    v = diff(g_i, n_i)
    expected.append((ab, "DIFFERENCE", "MEDIAN_INDEX", "", min(g_ni, n_ni), "", v, v is None))
    v = diff(g_h, n_h)
    expected.append((ab, "DIFFERENCE", "MEDIAN_ANSWER_HOURS", "", min(g_nh, n_nh), "", v, v is None))
    ba = "BEFORE_AFTER"
    code_b = codes(before_group, after_group)
    b_rows, b_i, b_h, b_ni, b_nh = group_rows(ba, "BEFORE", before_group, code_b, criteria_of)
    a_rows, a_i, a_h, a_ni, a_nh = group_rows(ba, "AFTER", after_group, code_b, criteria_of)
    expected += b_rows + a_rows
    v = diff(a_i, b_i)
    expected.append((ba, "DIFFERENCE", "MEDIAN_INDEX", "", min(b_ni, a_ni), "", v, v is None))
    v = diff(a_h, b_h)
    expected.append((ba, "DIFFERENCE", "MEDIAN_ANSWER_HOURS", "", min(b_nh, a_nh), "", v, v is None))
    changes = [r["index"] - r["before"]["index"] for r in pairs
               if r["index"] is not None and r["before"]["index"] is not None]
    v = median(changes) if len(changes) >= MINIMUM else None
    expected.append((ba, "PAIRED", "MEDIAN_INDEX_CHANGE", "", len(changes), "", v, v is None))

    expected_rows = [tuple(text(x) for x in row) for row in expected]
    keys = ["comparison", "group", "measure", "criterion_code", "n", "met", "value", "suppressed"]
    published_rows = [tuple(r[k] for k in keys) for r in published_figures]
    for row in expected_rows:
        if row not in published_rows:
            problems.append("recomputed, not published: " + ",".join(row))
    for row in published_rows:
        if row not in expected_rows:
            problems.append("published, not recomputed: " + ",".join(row))
    if problems:
        print("\n".join(problems))
        return 1
    print("verified revision %s: %d figures of campaign %s (%s) from %d accounts: %d graduates, %d not trained, %d before/after%s"
          % (package.get("version", "?"), len(expected_rows), cid, period, len(rows), len(graduates), len(not_trained), len(pairs),
             " (quick: before/after choice not checked)" if quick else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
