#!/usr/bin/env python3
"""Reads PostgreSQL log text (log_min_duration_statement = 0) on stdin and prints, one per line and ending in ';',
the executed statements of one database that contain a marker, with their bind parameters inlined as literals:
a pgbench script that runs exactly what the application ran. An optional third argument, a UTC time
'YYYY-MM-DD HH:MM:SS.mmm', skips entries logged before it: a scheduled job's statement on a pooled connection, flushed
to the log after the caller took its offset, is not part of the request."""
import re
import sys

database, marker = sys.argv[1], sys.argv[2]
since = sys.argv[3] if len(sys.argv) > 3 else ""
entry_start = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")
entries, current = [], None
for line in sys.stdin:
    if entry_start.match(line):
        current = [line.rstrip("\n")]
        entries.append(current)
    elif current is not None:
        current.append(line.rstrip("\n"))

execute = re.compile(r"LOG:\s+duration: [\d.]+ ms\s+execute [^:]*:\s?(.*)$", re.S)
params = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")


def pgbench_safe(literal):
    """A literal pgbench will not read variables in: pgbench takes ':name' anywhere in a script line for a variable
    (a JSON value such as '{"index":null}' became '{"index"$1}', a time '12:30:00' two variables), so the literal is
    written as a Unicode-escape string with each colon as \\003A. Unlike splicing in chr(58), that keeps it an untyped
    literal, which PostgreSQL still reads as a timestamptz, jsonb or numeric where the column needs one."""
    if literal == "NULL" or ":" not in literal:
        return literal
    return "U&" + literal.replace("\\", "\\\\").replace(":", "\\003A")


pending = None
for lines in entries:
    text = "\n".join(lines)
    if f"@{database} " not in lines[0] or lines[0][:23] < since:
        continue
    found = execute.search(text)
    if found:
        if pending:
            print(pending)
        sql = found.group(1)
        pending = " ".join(part.strip() for part in sql.splitlines()) + ";" if marker in sql else None
        continue
    if pending and "DETAIL:  parameters:" in text:
        values = dict((int(n), pgbench_safe(v)) for n, v in params.findall(text))
        pending = re.sub(r"\$(\d+)", lambda m: values.get(int(m.group(1)), m.group(0)), pending)
        print(pending)
        pending = None
if pending:
    print(pending)
