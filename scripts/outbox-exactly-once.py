#!/usr/bin/env python3
"""Outbox delivery across two application instances, one of them killed with kill -9 (issue 9, §1).

Run by `mvn verify` after packaging (backend/pom.xml, execution "outbox-two-instances"); stdlib only.

1. Recreates the database OUTBOX_DB_URL (default: DB_URL's server with the database bridge_outbox) with psql.
2. Starts the packaged application twice on free ports (A first, it migrates; then B), both with the outbox worker
   on, a short claim lease (WEBHOOKS_LEASE) and loopback webhook targets allowed.
3. Registers a webhook endpoint for organization.created pointing at a receiver in this process, which checks each
   Standard Webhooks signature and records the webhook-id (the event id, the subscriber's de-duplication key).
4. Creates EVENTS organizations (1,000) through both instances, CONCURRENCY requests at a time; when a third of the
   events have been received, instance A is killed with SIGKILL. Whatever A had claimed stays leased until the lease
   ends, then B attempts it again (a new attempt, so a second receipt of such an event is allowed: at-least-once).
5. Waits until every delivery is DELIVERED and fails loudly unless
   - every organization.created event in the database was received (lost = 0),
   - no event was received more often than it was attempted (claims, outbox_delivery.attempts), and no attempt is
     recorded twice (duplicates within one attempt = 0),
   - every signature verified, every event had exactly one delivery for the one subscriber, A was really killed
     while work was still going on, and B delivered after the kill.

Environment: OUTBOX_DB_URL, DB_USER / DB_PASSWORD (postgres / postgres), EVENTS (1000), CONCURRENCY (6),
OUTBOX_TEST_TIMEOUT (seconds for the whole run, 240), JAR (backend/target/quarkus-app/quarkus-run.jar),
WEBHOOKS_LEASE_SECONDS (15), RECEIVER_DELAY_MS (10). On success it also prints a METRICS line (JSON: events per
second, commit→receipt percentiles) that bench/outbox.sh reports.
"""

import base64
import hashlib
import hmac
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.environ.get("JAR", os.path.join(ROOT, "backend", "target", "quarkus-app", "quarkus-run.jar"))
# JVM options: bench/outbox.sh passes those of every benchmark (bench/jvm-options.sh); the verify-time run keeps
# C1 only, which starts the two instances sooner
JAVA_OPTS = os.environ.get("BENCH_JAVA_OPTS", "-Xmx256m -XX:TieredStopAtLevel=1").split()
EVENTS = int(os.environ.get("EVENTS", "1000"))
CONCURRENCY = int(os.environ.get("CONCURRENCY", "6"))
TIMEOUT = int(os.environ.get("OUTBOX_TEST_TIMEOUT", "240"))
LEASE_SECONDS = int(os.environ.get("WEBHOOKS_LEASE_SECONDS", "15"))
RECEIVER_DELAY = float(os.environ.get("RECEIVER_DELAY_MS", "10")) / 1000
# OUTBOX_TEST_INJECT=duplicate|lost: the receiver records its 100th receipt twice / not at all, to see this test fail
INJECT = os.environ.get("OUTBOX_TEST_INJECT", "")
RECEIVER_CLOSE = os.environ.get("RECEIVER_CLOSE", "0") == "1"
DB_USER = os.environ.get("DB_USER", "postgres")
DB_PASSWORD = os.environ.get("DB_PASSWORD", "postgres")
ADMIN_EMAIL = "outbox-test-admin@bridge.test"
ADMIN_PASSWORD = "outbox-test-admin-password-1"
MUNICIPALITY = "64000000-0000-4000-8000-000000000005"
EVENT_TYPE = "organization.created"
STARTED = time.monotonic()


def log(message):
    print(f"[outbox-two-instances {time.monotonic() - STARTED:6.1f}s] {message}", flush=True)


class Failure(Exception):
    pass


def database_url():
    explicit = os.environ.get("OUTBOX_DB_URL")
    if explicit:
        return explicit
    base = os.environ.get("DB_URL", "jdbc:postgresql://127.0.0.1:5432/bridge_test")
    match = re.match(r"jdbc:postgresql://([^/]+)/", base)
    if not match:
        raise Failure(f"cannot derive a database URL from DB_URL={base}; set OUTBOX_DB_URL")
    return f"jdbc:postgresql://{match.group(1)}/bridge_outbox"


DB_URL = database_url()
_match = re.match(r"jdbc:postgresql://([^:/]+)(?::(\d+))?/([A-Za-z0-9_]+)", DB_URL)
if not _match:
    sys.exit(f"OUTBOX_DB_URL must look like jdbc:postgresql://host:port/name, got {DB_URL}")
PG_HOST, PG_PORT, PG_DB = _match.group(1), _match.group(2) or "5432", _match.group(3)


def psql(database, sql):
    env = dict(os.environ, PGPASSWORD=DB_PASSWORD)
    result = subprocess.run(
        ["psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-h", PG_HOST, "-p", PG_PORT, "-U", DB_USER,
         "-d", database, "-c", sql],
        env=env, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        raise Failure(f"psql failed: {result.stderr.strip()}")
    return result.stdout.strip()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(method, url, body=None, token=None, timeout=30):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("accept", "application/json")
    if data is not None:
        request.add_header("content-type", "application/json")
    if token:
        request.add_header("authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=timeout) as response:
        text = response.read().decode()
        return response.status, (json.loads(text) if text else None)


class Receiver:
    """Answers every webhook with 204 after a short pause (so deliveries are in flight when A dies)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.receipts = []  # (event id, receipt time)
        self.count = 0
        self.bad_signatures = []
        self.secret = None
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            # keep-alive, as real receivers do: with HTTP/1.0 (close after each answer) ~1 % of the deliveries met a
            # connection the JDK client had pooled and the receiver had closed ("header parser received no bytes")
            # RECEIVER_CLOSE=1: HTTP/1.0, the connection closed after each answer (the client must not lose attempts to it)
            protocol_version = "HTTP/1.0" if RECEIVER_CLOSE else "HTTP/1.1"

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                event_id = self.headers.get("webhook-id")
                timestamp = self.headers.get("webhook-timestamp")
                signature = self.headers.get("webhook-signature") or ""
                if RECEIVER_DELAY:
                    time.sleep(RECEIVER_DELAY)
                ok = receiver.verify(event_id, timestamp, body, signature)
                with receiver.lock:
                    receiver.count += 1
                    if not (INJECT == "lost" and receiver.count == 100):
                        receiver.receipts.append((event_id, time.time()))
                    if INJECT == "duplicate" and receiver.count == 100:
                        receiver.receipts.append((event_id, time.time()))
                    if not ok:
                        receiver.bad_signatures.append(event_id)
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        class Server(ThreadingHTTPServer):
            request_queue_size = 256  # the default backlog of 5 drops connections when 16 deliveries arrive at once

        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def verify(self, event_id, timestamp, body, header):
        if self.secret is None or event_id is None or timestamp is None:
            return False
        key = base64.b64decode(self.secret.removeprefix("whsec_"))
        expected = "v1," + base64.b64encode(
            hmac.new(key, f"{event_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()).decode()
        return any(hmac.compare_digest(expected, candidate) for candidate in header.split())

    def distinct(self):
        with self.lock:
            return len({event_id for event_id, _ in self.receipts})


class Instance:
    """One packaged application. Both share one data directory: the JWT signing keys A generates (a token issued by
    one instance is accepted by the other, as behind a load balancer); only A creates the administrator."""

    def __init__(self, name, work, admin):
        self.name = name
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = os.path.join(work, f"{name}.log")
        env = dict(os.environ,
                   DB_URL=DB_URL, DB_USER=DB_USER, DB_PASSWORD=DB_PASSWORD,
                   QUARKUS_HTTP_PORT=str(self.port), BRIDGE_DATA_DIR=os.path.join(work, "data"),
                   BRIDGE_DEMO="false", OUTBOX_WORKER="true", OUTBOX_POLL="250ms", WEBHOOKS_ALLOW_LOOPBACK="true",
                   WEBHOOKS_LEASE=f"{LEASE_SECONDS}s", MAIL_PLAN_EVERY="off")
        for key in ("BRIDGE_ADMIN_EMAIL", "BRIDGE_ADMIN_PASSWORD", "BRIDGE_DEMO_SCALE"):
            env.pop(key, None)
        if admin:
            env.update(BRIDGE_ADMIN_EMAIL=ADMIN_EMAIL, BRIDGE_ADMIN_PASSWORD=ADMIN_PASSWORD)
        self.log_file = open(self.log_path, "w")
        self.process = subprocess.Popen(
            ["java", *JAVA_OPTS, "-jar", JAR],
            env=env, stdout=self.log_file, stderr=subprocess.STDOUT, start_new_session=True)
        log(f"instance {name}: pid {self.process.pid}, port {self.port}")

    def wait_ready(self, deadline):
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise Failure(f"instance {self.name} exited ({self.process.returncode}) during start-up:\n"
                              + self.tail())
            try:
                status, _ = http("GET", self.base + "/q/health/ready", timeout=5)
                if status == 200:
                    log(f"instance {self.name} ready")
                    return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.5)
        raise Failure(f"instance {self.name} not ready in time:\n" + self.tail())

    def wait_migrated(self, keys, deadline):
        """Until the schema is migrated and the signing keys are written (then a second instance may start)."""
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise Failure(f"instance {self.name} exited ({self.process.returncode}) during start-up:\n"
                              + self.tail())
            self.log_file.flush()
            with open(self.log_path, errors="replace") as f:
                text = f.read()
            if ("Successfully applied" in text or "is up to date" in text) and os.path.exists(keys):
                return
            time.sleep(0.3)
        raise Failure(f"instance {self.name} did not migrate in time:\n" + self.tail())

    def alive(self):
        return self.process.poll() is None

    def kill9(self):
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self):
        if self.alive():
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.log_file.close()

    def tail(self, lines=40):
        self.log_file.flush()
        with open(self.log_path, errors="replace") as f:
            return "".join(f.readlines()[-lines:])


def produce(instances, token, killed):
    """Creates EVENTS organizations; a request to a dead instance is sent to the other one."""
    failures = []

    def create(i):
        body = {"name": f"Организация проверки доставки {i}", "kind": "OTHER", "sector": "OTHER",
                "municipalityId": MUNICIPALITY}
        for attempt in range(6):
            target = instances[(i + attempt) % 2]
            if killed.is_set() and target is instances[0]:
                target = instances[1]
            try:
                status, _ = http("POST", target.base + "/api/v1/organizations", body, token)
                if status == 201:
                    return
            except urllib.error.HTTPError as e:
                if e.code < 500:
                    failures.append(f"organization {i}: HTTP {e.code} {e.read()[:300]!r}")
                    return
            except (urllib.error.URLError, OSError):
                pass  # the killed instance; try the other one
            time.sleep(0.2)
        failures.append(f"organization {i}: no instance accepted it")

    with ThreadPoolExecutor(CONCURRENCY) as pool:
        list(pool.map(create, range(EVENTS)))
    return failures


def main():
    if not os.path.isfile(JAR):
        raise Failure(f"{JAR} is missing: package the backend first")
    for tool in ("java", "psql"):
        if shutil.which(tool) is None:
            raise Failure(f"{tool} is required")
    deadline = STARTED + TIMEOUT
    work = tempfile.mkdtemp(prefix="bridge-outbox-test-")
    log(f"database {PG_DB} on {PG_HOST}:{PG_PORT}, {EVENTS} events, work files in {work}")
    psql("postgres", f"drop database if exists {PG_DB} with (force)")
    psql("postgres", f"create database {PG_DB}")

    receiver = Receiver()
    instances = []
    try:
        a = Instance("A", work, admin=True)
        instances.append(a)
        a.wait_migrated(os.path.join(work, "data", "jwt", "public.pem"), deadline)  # A migrates, writes the keys
        b = Instance("B", work, admin=False)
        instances.append(b)
        a.wait_ready(deadline)
        b.wait_ready(deadline)

        _, session = http("POST", a.base + "/api/v1/auth/login", {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
        token = session["accessToken"]
        _, client = http("POST", a.base + "/api/v1/api-clients",
                         {"name": "Outbox test", "roles": ["COORDINATOR"]}, token)
        _, webhook = http("POST", a.base + "/api/v1/webhooks",
                          {"apiClientId": client["client"]["id"], "url": f"http://127.0.0.1:{receiver.port}/hook",
                           "eventTypes": [EVENT_TYPE]}, token)
        receiver.secret = webhook["secret"]

        killed = threading.Event()
        kill_info = {}

        def killer():
            while not killed.is_set() and time.monotonic() < deadline:
                if receiver.distinct() >= EVENTS // 3:
                    held = psql(PG_DB, "select count(*) from outbox_delivery where status = 'SENDING'"
                                       f" and claimed_by like 'worker-{a.process.pid}-%'")
                    a.kill9()
                    kill_info.update(received=receiver.distinct(), held=int(held), at=time.time())
                    killed.set()
                    log(f"kill -9 instance A after {kill_info['received']} events received;"
                        f" A held {held} claimed deliveries")
                    return
                time.sleep(0.05)

        kill_thread = threading.Thread(target=killer, daemon=True)
        kill_thread.start()
        log(f"creating {EVENTS} organizations through both instances, {CONCURRENCY} at a time")
        failures = produce(instances, token, killed)
        kill_thread.join(timeout=max(1, deadline - time.monotonic()))
        if failures:
            raise Failure(f"{len(failures)} organizations were not created: {failures[:5]}")
        if not killed.is_set():
            raise Failure("instance A was never killed (too few events received in time)")
        produced = int(psql(PG_DB, f"select count(*) from outbox_event where type = '{EVENT_TYPE}'"))
        log(f"{produced} {EVENT_TYPE} events written; waiting for every delivery")
        if produced < EVENTS:
            raise Failure(f"only {produced} events were written for {EVENTS} organizations created")

        while time.monotonic() < deadline:
            open_deliveries = int(psql(PG_DB, "select count(*) from outbox_delivery"
                                              " where status in ('PENDING', 'SENDING')"))
            if open_deliveries == 0:  # each was recorded after its receiver had answered
                break
            time.sleep(0.5)
        if not b.alive():
            raise Failure("instance B died:\n" + b.tail())

        receipts = {}
        with receiver.lock:
            for event_id, _ in receiver.receipts:
                receipts[event_id] = receipts.get(event_id, 0) + 1
            bad = list(receiver.bad_signatures)
        rows = psql(PG_DB, f"""
            select e.id, count(d.id), coalesce(max(d.attempts), 0), coalesce(min(d.status), '-'),
                   count(*) filter (where d.status = 'DELIVERED')
              from outbox_event e left join outbox_delivery d on d.event_id = e.id and d.channel = 'webhook'
             where e.type = '{EVENT_TYPE}' group by e.id""").splitlines()
        problems = []
        lost, over, reattempted, not_delivered = [], [], 0, []
        for row in rows:
            event_id, deliveries, attempts, status, delivered = row.split("|")
            deliveries, attempts = int(deliveries), int(attempts)
            if deliveries != 1:
                problems.append(f"event {event_id} has {deliveries} webhook deliveries for one subscriber")
            if status != "DELIVERED":
                not_delivered.append(f"{event_id} ({status})")
            received = receipts.get(event_id, 0)
            if received == 0:
                lost.append(event_id)
            if received > attempts:
                over.append(f"{event_id}: received {received}x in {attempts} attempt(s)")
            if attempts > 1:
                reattempted += 1
        unknown = set(receipts) - {row.split("|")[0] for row in rows}
        twice_recorded = int(psql(PG_DB, "select count(*) from (select delivery_id, attempt from outbox_attempt"
                                         " group by delivery_id, attempt having count(*) > 1) x"))
        after_kill = int(psql(PG_DB, "select count(*) from outbox_attempt where outcome = 'DELIVERED' and"
                                     f" worker like 'worker-{b.process.pid}-%' and started_at >"
                                     f" to_timestamp({kill_info['at']})"))
        total_receipts = sum(receipts.values())
        log(f"events {len(rows)}, receipts {total_receipts}, distinct {len(receipts)}, lost {len(lost)},"
            f" received more often than attempted {len(over)}, attempts recorded twice {twice_recorded},"
            f" re-attempted after the kill {reattempted}, delivered by B after the kill {after_kill},"
            f" bad signatures {len(bad)}")
        if lost:
            problems.append(f"LOST: {len(lost)} events never received, e.g. {lost[:5]}")
        if over:
            problems.append(f"DUPLICATED WITHIN ONE ATTEMPT: {len(over)} events, e.g. {over[:5]}")
        if twice_recorded:
            problems.append(f"{twice_recorded} attempts recorded twice")
        if not_delivered:
            problems.append(f"{len(not_delivered)} deliveries not DELIVERED in time, e.g. {not_delivered[:5]}")
        if unknown:
            problems.append(f"{len(unknown)} receipts of events that are not in the outbox, e.g. {list(unknown)[:3]}")
        if bad:
            problems.append(f"{len(bad)} receipts with a signature that does not verify")
        if after_kill == 0:
            problems.append("instance B delivered nothing after A was killed")
        if problems:
            raise Failure("\n  ".join(["outbox delivery across two instances FAILED:"] + problems))
        metrics(receiver, len(rows), total_receipts, len(lost), len(over), twice_recorded, kill_info)
        log(f"PASS: {len(rows)} events each delivered exactly once per attempt, none lost;"
            f" A killed after {kill_info['received']} receipts holding {kill_info['held']} claims")
    except Failure:
        for instance in instances:
            print(f"--- last lines of instance {instance.name} ---\n{instance.tail(30)}", file=sys.stderr)
        raise
    finally:
        for instance in instances:
            instance.stop()
        receiver.server.shutdown()
        shutil.rmtree(work, ignore_errors=True)


def metrics(receiver, events, receipts, lost, over, twice_recorded, kill_info):
    """Prints one JSON line for bench/outbox.sh: rate and latency from the event's time to its first receipt."""
    occurred = {}
    for line in psql(PG_DB, "select id, extract(epoch from occurred_at) from outbox_event"
                            f" where type = '{EVENT_TYPE}'").splitlines():
        event_id, at = line.split("|")
        occurred[event_id] = float(at)
    first = {}
    with receiver.lock:
        for event_id, at in receiver.receipts:
            first[event_id] = min(at, first.get(event_id, at))
    latencies = sorted((first[e] - occurred[e]) * 1000 for e in first if e in occurred)
    if not latencies:
        return

    def pct(p):
        return round(latencies[min(len(latencies) - 1, int(p * len(latencies)))], 1)

    span = max(first.values()) - min(occurred.values())
    failed = int(psql(PG_DB, "select count(*) from outbox_attempt where outcome = 'FAILED'"))
    print("METRICS " + json.dumps({
        "events": events, "receipts": receipts, "distinct": len(first), "lost": lost,
        "duplicates_within_attempt": over + twice_recorded, "duplicates_at_least_once": receipts - len(first),
        "seconds_first_event_to_last_receipt": round(span, 2), "events_per_second": round(len(first) / span, 1),
        "commit_to_receipt_ms": {"p50": pct(0.5), "p90": pct(0.9), "p99": pct(0.99), "max": round(latencies[-1], 1)},
        "killed_after_receipts": kill_info.get("received"), "claims_held_by_killed": kill_info.get("held"),
        "lease_seconds": LEASE_SECONDS, "failed_attempts": failed, "receiver_closes": RECEIVER_CLOSE}), flush=True)


def on_signal(signum, frame):
    raise SystemExit(128 + signum)


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        main()
    except Failure as e:
        print(f"[outbox-two-instances] {e}", file=sys.stderr)
        sys.exit(1)
