"""Issues N certificates over HTTP with C concurrent clients; prints 'X issues/s, p50 Y ms, p99 Z ms' and writes
the verification code of the last one to the file named last (for the verify benchmark)."""
import json
import sys
import threading
import time
import urllib.request

base, token, total, clients, code_file = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
latencies = []
lock = threading.Lock()
counter = iter(range(total))
last_code = [None]


def body(i):
    return json.dumps({
        "surname": "Нагрузочная", "givenName": "Анна", "patronymic": "Петровна",
        "programmeTitle": "Цифровой мост: ведение официальных аккаунтов", "programmeVersion": "2023.1",
        "hours": 36, "studyStart": "2023-03-01", "studyEnd": "2023-04-28", "issueDate": "2023-05-12",
        "issuerName": "АНО «Цифровой мост»", "issuerInn": "6450000000",
        "licenceNumber": "Л035-00000-64/00000000", "licenceDate": "2021-09-01",
    }).encode()


def worker():
    while True:
        with lock:
            i = next(counter, None)
        if i is None:
            return
        request = urllib.request.Request(base + "/api/v1/certificates", data=body(i), method="POST", headers={
            "Authorization": "Bearer " + token, "Content-Type": "application/json", "Accept": "application/json"})
        started = time.perf_counter()
        with urllib.request.urlopen(request) as response:
            answer = json.load(response)
        elapsed = (time.perf_counter() - started) * 1000
        with lock:
            latencies.append(elapsed)
            last_code[0] = answer["code"]


started = time.perf_counter()
threads = [threading.Thread(target=worker) for _ in range(clients)]
for t in threads:
    t.start()
for t in threads:
    t.join()
wall = time.perf_counter() - started
latencies.sort()
with open(code_file, "w") as f:
    f.write(last_code[0])
print(f"{len(latencies) / wall:.1f} issues/s, p50 {latencies[len(latencies) // 2]:.0f} ms,"
      f" p99 {latencies[int(len(latencies) * 0.99) - 1]:.0f} ms")
