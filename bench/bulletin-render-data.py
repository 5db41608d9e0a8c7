#!/usr/bin/env python3
"""SQL for bench/bulletin-render.sh: N published bulletin issues (revision 1) in series `main`, each with the
kinds of blocks the compiler proposes (leaders, municipalities, failures, answer times, follow-up; 20 rows each)
and Markdown text, so a PDF is a realistic 2–3 pages. Usage: bulletin-render-data.py N > data.sql"""
import json
import sys
import uuid

n = int(sys.argv[1])
SERIES = "b0000000-0000-4000-8000-000000000001"


def rows(k, f):
    return [f(i) for i in range(k)]


def document(i):
    md = ("За период проверено **%d** аккаунтов органов власти и подведомственных учреждений. "
          "Ниже — лидеры, картина по муниципалитетам и частые ошибки с советами, как их исправить.\n\n"
          "- Закрепите пост с контактами\n- Отвечайте на комментарии в течение суток\n\n"
          "Подробности — на [сайте проекта](https://example.org/bridge)." % (1000 + i))
    return {"blocks": [
        {"id": "b1", "kind": "SUMMARY", "title": "Итоги кампании", "markdown": md, "data": {}},
        {"id": "b2", "kind": "LEADERS", "title": "Лидеры рейтинга", "markdown": "Лучшие аккаунты по группам.",
         "data": {"rows": rows(20, lambda r: {"name": "Администрация района № %d" % (r + 1),
                                              "municipality": "Муниципалитет %d" % (r % 7 + 1),
                                              "index": round(95 - r * 1.7, 1)})}},
        {"id": "b3", "kind": "MUNICIPALITIES", "title": "Муниципалитеты", "markdown": "",
         "data": {"rows": rows(20, lambda r: {"municipality": "Муниципалитет %d" % (r + 1),
                                              "averageIndex": round(80 - r * 1.3, 1), "accounts": 30 + r})}},
        {"id": "b4", "kind": "FAILURES", "title": "Частые ошибки", "markdown": "Что чаще всего не выполняется.",
         "data": {"criteria": rows(20, lambda r: {"criterion": "Критерий %d" % (r + 1), "failing": 200 - r * 7,
                                                  "failingShare": round(0.6 - r * 0.02, 3),
                                                  "howToFix": "Разместите сведения в шапке сообщества.",
                                                  "examples": [{"name": "Хороший пример",
                                                                "url": "https://vk.com/example%d" % r}]})}},
        {"id": "b5", "kind": "ANSWER_TIMES", "title": "Ответы за 24 часа", "markdown": "",
         "data": {"within24hShare": 0.72, "answeredShare": 0.9}},
        {"id": "b6", "kind": "FOLLOW_UP", "title": "Выполнение рекомендаций", "markdown": "",
         "data": {"criteria": rows(20, lambda r: {"criterion": "Критерий %d" % (r + 1), "fixed": 40 - r,
                                                  "notFixed": 10 + r})}},
    ]}


print("begin;")
for i in range(n):
    iid = str(uuid.uuid4())
    doc = json.dumps(document(i), ensure_ascii=False).replace("'", "''")
    title = "Выпуск для замера %d" % (i + 1)
    print("insert into bulletin_issue (id, series_id, number, title, period_from, period_to, status, document,"
          " revision, published_at) values ('%s', '%s', %d, '%s', '2026-01-01', '2026-03-31', 'PUBLISHED',"
          " '%s'::jsonb, 1, now());" % (iid, SERIES, 1000 + i, title, doc))
    print("insert into bulletin_issue_revision (issue_id, revision, title, document, published_at)"
          " values ('%s', 1, '%s', '%s'::jsonb, now());" % (iid, title, doc))
print("commit;")
