#!/usr/bin/env python3
"""Bulletin delivery under load (issue 11, §3), driven by bench/bulletin-send.sh.

One published issue with personal sections for ORGS organisations is sent to RECIPIENTS people (learners of those
organisations, example.org addresses) by the packaged application through its outbox to a local SMTP sink run by this
script (asyncio, in-process). When half of the messages have been received the application is killed with kill -9
and started again; the script waits until every message is in or TIMEOUT passes and prints a METRICS line (JSON):

- messages/s: distinct messages received before the kill / (first receipt → kill), and over the whole run;
- baseline: the same number of messages of the same size sent straight to the same sink by CONCURRENCY Python
  smtplib clients in this run (the physical ceiling of sink + loopback), and the application's ratio to it;
- peak RSS of the JVM (VmHWM of each process, the larger one);
- duplicates: receipts of a message id (X-Bridge-Bulletin-Message) beyond the first, split into those of a new
  attempt (X-Bridge-Bulletin-Attempt differs: the claims the killed instance held, re-sent after their lease) and
  those within one attempt (must be 0); lost: messages never received (must be 0). New attempts may be at most one
  per sender thread (OUTBOX_CONCURRENCY): each outcome is committed as soon as the server answered for it.
"""
import asyncio
import json
import os
import signal
import smtplib
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from collections import defaultdict
from email.message import EmailMessage

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RECIPIENTS = int(os.environ.get("RECIPIENTS", "10000"))
ORGS = int(os.environ.get("ORGS", "500"))
RATE = int(os.environ.get("BULLETIN_RATE", "1000"))
LEASE = os.environ.get("BULLETIN_LEASE", "PT15S")
DB = os.environ.get("BENCH_DB", "bench_bulletin")
PORT = int(os.environ.get("APP_PORT", "18091"))
SMTP_PORT = int(os.environ.get("SMTP_PORT", "18025"))
CONCURRENCY = int(os.environ.get("OUTBOX_CONCURRENCY", "8"))
TIMEOUT = int(os.environ.get("TIMEOUT", "900"))
JAR = os.path.join(ROOT, "backend/target/quarkus-app/quarkus-run.jar")
PSQL = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-q"]
ENV = dict(os.environ, PGPASSWORD="postgres")
# the JVM options of every benchmark (bench/jvm-options.sh, exported by bench/bulletin-send.sh)
JAVA_OPTS = os.environ.get("BENCH_JAVA_OPTS", "-Xmx256m").split()
STARTED = []


# ------------------------------------------------------------------ SMTP sink

class Sink:
    def __init__(self):
        self.receipts = defaultdict(list)  # message id -> [attempt, ...]
        self.first = None
        self.last = None
        self.total = 0
        self.other = 0
        self.lock = threading.Lock()

    def record(self, data: bytes):
        head = data.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace")
        ident, attempt = None, None
        for line in head.split("\r\n"):
            low = line.lower()
            if low.startswith("x-bridge-bulletin-message:"):
                ident = line.split(":", 1)[1].strip()
            elif low.startswith("x-bridge-bulletin-attempt:"):
                attempt = line.split(":", 1)[1].strip()
        now = time.monotonic()
        with self.lock:
            self.total += 1
            if ident is None:
                self.other += 1
                return
            if self.first is None:
                self.first = now
            self.last = now
            self.receipts[ident].append(attempt)

    def distinct(self):
        with self.lock:
            return len(self.receipts)


async def session(reader, writer, sink):
    writer.write(b"220 sink ESMTP\r\n")
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            cmd = line[:4].upper()
            if cmd in (b"EHLO", b"HELO"):
                writer.write(b"250-sink\r\n250-PIPELINING\r\n250 8BITMIME\r\n")
            elif cmd == b"DATA":
                writer.write(b"354 go ahead\r\n")
                await writer.drain()
                chunks = []
                while True:
                    part = await reader.readline()
                    if not part or part == b".\r\n":
                        break
                    chunks.append(part)
                sink.record(b"".join(chunks))
                writer.write(b"250 ok\r\n")
            elif cmd == b"QUIT":
                writer.write(b"221 bye\r\n")
                await writer.drain()
                break
            else:  # MAIL, RCPT, RSET, NOOP
                writer.write(b"250 ok\r\n")
            await writer.drain()
    except (ConnectionResetError, BrokenPipeError):
        pass
    finally:
        writer.close()


def start_sink(sink, port):
    loop = asyncio.new_event_loop()

    async def serve():
        server = await asyncio.start_server(lambda r, w: session(r, w, sink), "127.0.0.1", port, limit=1 << 20)
        async with server:
            await server.serve_forever()

    threading.Thread(target=lambda: loop.run_until_complete(serve()), daemon=True).start()
    time.sleep(0.5)


# ------------------------------------------------------------------ application

def psql(sql, db=DB, capture=False):
    out = subprocess.run(PSQL + ["-d", db, "-tA", "-c", sql], env=ENV, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit("psql failed: " + out.stderr.strip())
    return out.stdout.strip()


def start_app(log):
    env = dict(os.environ,
               DB_URL=f"jdbc:postgresql://127.0.0.1:5432/{DB}", DB_USER="postgres", DB_PASSWORD="postgres",
               SMTP_HOST="127.0.0.1", SMTP_PORT=str(SMTP_PORT), SMTP_STARTTLS="DISABLED",
               BULLETIN_RATE=str(RATE), BULLETIN_LEASE=LEASE, OUTBOX_POLL="200ms",
               OUTBOX_CONCURRENCY=str(CONCURRENCY), MAIL_PLAN_EVERY="off", QUARKUS_HTTP_PORT=str(PORT),
               PUBLIC_BASE_URL="https://bridge.example.org")
    proc = subprocess.Popen(["java", *JAVA_OPTS, "-jar", JAR], env=env, stdout=log, stderr=subprocess.STDOUT)
    STARTED.append(proc)
    for _ in range(240):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/q/health/ready", timeout=2) as r:
                if r.status == 200:
                    return proc
        except Exception:
            pass
        if proc.poll() is not None:
            raise SystemExit("the application exited at start; see " + log.name)
        time.sleep(0.5)
    raise SystemExit("the application did not become ready")


def hwm(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return 0


SEED = """
insert into organization (id, name, kind, sector, municipality_id)
select ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 'Учреждение ' || g, 'MUNICIPAL_INSTITUTION',
       'EDUCATION', (select id from municipality order by sort_order limit 1)
  from generate_series(1, {orgs}) g;
insert into training_learner (id, surname, name, email, organization_id, consent_at, consent_version)
select gen_random_uuid(), 'Участник', 'Номер ' || g, 'bench-' || g || '@example.org',
       ('00000000-0000-4000-8000-' || lpad(to_hex(1 + g % {orgs}), 12, '0'))::uuid, now(), 'bench'
  from generate_series(1, {people}) g;
insert into bulletin_issue (id, series_id, number, title, period_from, period_to, status, revision, document,
                            published_at)
select '{issue}', id, 9000, 'Выпуск для нагрузочного теста', '2026-01-01', '2026-03-31', 'PUBLISHED', 1,
       '{{"blocks":[]}}', now() from bulletin_series where slug = 'main';
insert into bulletin_issue_revision (issue_id, revision, title, document)
values ('{issue}', 1, 'Выпуск для нагрузочного теста', ('{{"blocks":[{{"id":"a1","kind":"ARTICLE","title":"Итоги",'
        || '"markdown":"{body}"}}]}}')::jsonb);
insert into bulletin_personal_section (issue_id, revision, organization_id, document)
select '{issue}', 1, id, ('{{"blocks":[{{"id":"p1","kind":"ORG_RECOMMENDATIONS","title":"Рекомендации",'
        || '"markdown":"Рекомендации для ' || name || ': опубликовать часы приёма, отвечать за 24 часа."}}]}}')::jsonb
  from organization where name like 'Учреждение %';
-- the publication event, as bcore writes it; the bulletin channel fans it out
insert into outbox_event (id, type, occurred_at, resource_type, resource_id, payload)
values ('{event}', 'bulletin.issue.published', now(), 'bulletin-issue', '{issue}',
        '{{"issueId":"{issue}","revision":1}}');
insert into outbox_delivery (id, event_id, channel, target, status, due_at, give_up_at, created_at)
values (gen_random_uuid(), '{event}', 'bulletin', 'issue:{issue}:1', 'PENDING', now(), now() + interval '1 day', now());
"""


def baseline(size):
    """CONCURRENCY smtplib clients send RECIPIENTS messages of `size` bytes to the sink: the ceiling."""
    sink = Sink()
    port = SMTP_PORT + 1
    start_sink(sink, port)
    body = "x" * max(100, size - 400)

    def client(n, k):
        with smtplib.SMTP("127.0.0.1", port) as s:
            for i in range(n):
                m = EmailMessage()
                m["From"] = "noreply@example.org"
                m["To"] = f"base-{k}-{i}@example.org"
                m["Subject"] = "baseline"
                m["X-Bridge-Bulletin-Message"] = str(uuid.uuid4())
                m.set_content(body)
                s.send_message(m)

    per = RECIPIENTS // CONCURRENCY
    t0 = time.monotonic()
    threads = [threading.Thread(target=client, args=(per, k)) for k in range(CONCURRENCY)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    elapsed = time.monotonic() - t0
    return sink.distinct() / elapsed


def main():
    subprocess.run(PSQL + ["-d", "postgres", "-c", f"drop database if exists {DB} with (force)",
                           "-c", f"create database {DB}"], env=ENV, check=True)
    sink = Sink()
    start_sink(sink, SMTP_PORT)
    log1 = open("/tmp/bridge-bench-bulletin-1.log", "w")
    app = start_app(log1)
    issue, event = str(uuid.uuid4()), str(uuid.uuid4())
    body = "Сводка выпуска. " * 60
    t_seed = time.monotonic()
    psql(SEED.format(orgs=ORGS, people=RECIPIENTS, issue=issue, event=event, body=body))
    print(f"seeded {RECIPIENTS} recipients in {ORGS} organisations; issue {issue}", flush=True)

    half = RECIPIENTS // 2
    deadline = time.monotonic() + TIMEOUT
    while sink.distinct() < half and time.monotonic() < deadline:
        time.sleep(0.05)
    rss1 = hwm(app.pid)
    held = psql("select count(*) from outbox_delivery where channel = 'bulletin' and status = 'SENDING'")
    os.kill(app.pid, signal.SIGKILL)
    app.wait()
    t_kill = time.monotonic()
    at_kill = sink.distinct()
    first = sink.first
    queued = int(psql(f"select count(*) from bulletin_message where issue_id = '{issue}'"))
    print(f"killed after {at_kill} distinct receipts ({held} claims held); {queued} messages queued", flush=True)

    log2 = open("/tmp/bridge-bench-bulletin-2.log", "w")
    t_restart = time.monotonic()
    app = start_app(log2)
    restarted = time.monotonic() - t_restart
    while time.monotonic() < deadline:
        pending = int(psql("select count(*) from outbox_delivery where channel = 'bulletin'"
                           " and status in ('PENDING', 'SENDING')"))
        if sink.distinct() >= queued and pending == 0:
            break
        time.sleep(0.5)
    time.sleep(1)
    rss2 = hwm(app.pid)
    report = json.loads(psql(
        "select json_build_object('sent', count(*) filter (where status = 'SENT'), 'failed',"
        " count(*) filter (where status = 'FAILED'), 'pending', count(*) filter (where status = 'PENDING'))"
        f" from bulletin_message where issue_id = '{issue}'"))
    app.send_signal(signal.SIGTERM)
    app.wait(timeout=60)

    dup_new = dup_same = 0
    for attempts in sink.receipts.values():
        if len(attempts) > 1:
            dup_new += len(set(attempts)) - 1
            dup_same += len(attempts) - len(set(attempts))
    distinct = sink.distinct()
    base = baseline(4000)
    metrics = {
        "recipients": RECIPIENTS,
        "organizations": ORGS,
        "queued": queued,
        "rate_limit": RATE,
        "receipts": sum(len(a) for a in sink.receipts.values()),
        "distinct": distinct,
        "lost": queued - distinct,
        "duplicates_new_attempt": dup_new,
        "duplicates_within_attempt": dup_same,
        "claims_held_at_kill": int(held),
        "sender_threads": CONCURRENCY,
        "killed_after": at_kill,
        "messages_per_second_before_kill": round(at_kill / (t_kill - first), 1),
        "messages_per_second_overall": round(distinct / (sink.last - first - restarted), 1),
        "seconds_seed_to_last": round(sink.last - t_seed, 1),
        "restart_seconds": round(restarted, 1),
        "baseline_messages_per_second": round(base, 1),
        "ratio_to_baseline": round((at_kill / (t_kill - first)) / base, 3),
        "peak_rss_mb": max(rss1, rss2),
        "rss_mb_first_instance": rss1,
        "rss_mb_second_instance": rss2,
        "report": report,
    }
    print("METRICS " + json.dumps(metrics), flush=True)
    # each outcome is committed as soon as the server answered, so the kill can re-send at most one per thread
    ok = metrics["lost"] == 0 and dup_same == 0 and dup_new <= CONCURRENCY
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    try:
        main()
    finally:
        for proc in STARTED:
            if proc.poll() is None:
                proc.kill()
