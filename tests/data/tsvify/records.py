#!/usr/bin/env python3
"""Random records for tsvify's round-trip tests, and the checks of what
came back.

  records.py gen SEED N RECORDS EXPECTED [plain]
                                           write N JSON Lines records and,
                                           as JSON, the string every column
                                           must read back as; "plain" keeps
                                           keys to letters (Miller reads
                                           header names unescaped)
  records.py jsonl EXPECTED FILE           FILE is JSON Lines (tsvify -r)
  records.py json EXPECTED FILE            FILE is one JSON array (Miller)
  records.py tsv EXPECTED FILE             FILE is linear TSV: Python's csv
                                           with QUOTE_NONE, then unescaping
  records.py csv EXPECTED FILE             FILE is from --quote=csv: Python's
                                           csv reader alone

Every check prints "ok - ..." or "not ok - ..." and the first difference.
"""
import csv
import json
import random
import re
import sys

PIECES = ["\t", "\n", "\r", "\r\n", "\\", "\\t", "\\n", "\\N", "\\\\", '"',
          '""', "'", "=", "=SUM(A1)", "a", "Z", " ", "  ", "0", "-", ",", ";",
          "中", "文", "亿元", "項(xiàng)", "🎉", "😀", "é", "\u3000", "\u00a0",
          "\u2028", "\x01", "\x1f", "\x7f", "\ufeff", "{", "}", "[", "]"]
NUMBERS = ["0.1", "1e400", "1E-400", "123456789012345678901234567890",
           "-0", "3567000000", "0.10", "-1.5e+10"]
KEYS = ["doc", "line", "text", "tab\tkey", 'quote"key', "中文键", "back\\slash",
        "value", "nl\nkey", "=lead"]
PLAIN_KEYS = ["doc", "line", "col", "text", "kind", "value", "unit", "qual"]


def random_string(rnd):
    n = rnd.choice([0, 0, 1, 1, 2, 3, 5, 8, 20])
    s = "".join(rnd.choice(PIECES) for _ in range(n))
    if rnd.random() < 0.1:
        s = rnd.choice(['"', "="]) + s
    return s


def gen(seed, n, records, expected, keys):
    rnd = random.Random(seed)
    want = []
    with open(records, "w", encoding="utf-8") as out:
        for i in range(n):
            parts, row = [], {}
            for k in keys:
                if i > 0 and rnd.random() < 0.15:
                    row[k] = ""          # a missing key reads back empty
                    continue
                if rnd.random() < 0.1:
                    v = rnd.choice(NUMBERS)
                    parts.append(json.dumps(k) + ":" + v)
                else:
                    v = random_string(rnd)
                    parts.append(json.dumps(k) + ":" + json.dumps(v))
                row[k] = v
            if i > 0:
                rnd.shuffle(parts)
            out.write("{" + ",".join(parts) + "}\n")
            want.append(row)
    with open(expected, "w", encoding="utf-8") as out:
        json.dump(want, out)


def unescape(s):
    table = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}
    return re.sub(r"\\(.)", lambda m: table.get(m.group(1), m.group(0)), s)


def rows_of_table(rows):
    header, body = rows[0], rows[1:]
    return [dict(zip(header, r)) for r in body if len(r) == len(header)] + \
        [None for r in body if len(r) != len(header)]


def read(kind, path):
    if kind == "jsonl":
        with open(path, encoding="utf-8") as f:
            return [json.loads(line) for line in f]
    if kind == "json":
        with open(path, encoding="utf-8") as f:
            # Miller writes control characters raw inside strings, and
            # writes the texts {} and [] as an empty object and array.
            recs = json.load(f, strict=False)
        return [{k: json.dumps(v) if v in ({}, []) else v
                 for k, v in r.items()} for r in recs]
    with open(path, encoding="utf-8", newline="") as f:
        if kind == "tsv":
            rows = list(csv.reader(f, delimiter="\t",
                                   quoting=csv.QUOTE_NONE))
            rows = [[unescape(c) for c in r] for r in rows]
        else:
            rows = list(csv.reader(f, delimiter="\t"))
    return rows_of_table(rows)


def check(kind, expected, path, what):
    with open(expected, encoding="utf-8") as f:
        want = json.load(f)
    got = read(kind, path)
    if len(got) != len(want):
        print("not ok - %s: %d records, expected %d" %
              (what, len(got), len(want)))
        return 1
    for i, (g, w) in enumerate(zip(got, want)):
        if g != w:
            print("not ok - %s: record %d differs:\n  got  %r\n  want %r" %
                  (what, i + 1, g, w))
            return 1
    print("ok - %s (%d records)" % (what, len(want)))
    return 0


def main():
    if sys.argv[1] == "gen":
        keys = PLAIN_KEYS if sys.argv[6:] == ["plain"] else KEYS
        gen(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5],
            keys)
        return 0
    return check(sys.argv[1], sys.argv[2], sys.argv[3],
                 " ".join(sys.argv[4:]) or sys.argv[1])


if __name__ == "__main__":
    sys.exit(main())
