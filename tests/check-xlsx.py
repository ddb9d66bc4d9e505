#!/usr/bin/python3
# Reads Ronten's card tables back with independent readers (openpyxl for
# .xlsx, Python's csv module for CSV) and checks them against the committee
# they were written from (its JSON).
#
# Usage: check-xlsx.py CHECK COMMITTEE.json FILE [ARG]
# Exits 0 when the check passes; prints what is wrong otherwise.

import csv
import io
import json
import sys

import openpyxl

HEADER = ["番号", "意見", "発言者", "会議", "会議日", "テーマ", "資料ラベル", "論点", "非公開", "状態",
          "対応", "事務局の考え方", "原文", "作成日時", "更新日時", "カードID"]


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def board(d):
    """The cards in board order: theme by theme (label order), then the inbox."""
    labels = {l["id"]: l["name"] for l in d["labels"]}
    people = {p["id"]: p["name"] + p["role"] for p in d["people"]}
    meetings = {m["id"]: m["number"] for m in d["meetings"]}
    points = {}
    for f in d["frameworks"]:
        for p in f["points"]:
            points[p["id"]] = p["number"]
    links = {}
    for card, point in d["card_points"]:
        links.setdefault(card, []).append(points[point])
    # The answer that counts for a card: its own, else its theme's.
    kinds = {k["id"]: k["name"] for k in d.get("response_kinds", [])}
    responses = {r["id"]: r for r in d.get("responses", [])}
    own = {card: responses[r] for r, card in d.get("response_cards", [])}
    of_theme = {r["theme"]: r for r in d.get("responses", []) if r["theme"] is not None}
    rows = []
    order = [(t, [c for c in d["cards"] if c["theme"] == t["id"]]) for t in d["themes"]]
    order.append((None, [c for c in d["cards"] if c["theme"] is None]))
    for t, cards in order:
        for c in cards:
            rows.append({
                "意見": c["text"],
                "発言者": people.get(c["speaker"], ""),
                "会議": "第%d回" % meetings[c["meeting"]] if c["meeting"] else "",
                "テーマ": t["name"] if t else "",
                "資料ラベル": labels.get(t["label"], "") if t else "",
                "論点": "、".join("論点%d" % n for n in sorted(links.get(c["id"], []))),
                "非公開": {"private": "非公開", "anonymous": "発言者非公開"}.get(c["visibility"], ""),
                "対応": kinds.get(answer(own, of_theme, c)["kind"], "") if answer(own, of_theme, c) else "",
                "事務局の考え方": answer(own, of_theme, c)["text"] if answer(own, of_theme, c) else "",
                "カードID": c["id"],
            })
    return rows


def answer(own, of_theme, c):
    return own.get(c["id"]) or of_theme.get(c["theme"])


def compare(rows, want, columns):
    if len(rows) != len(want):
        fail("%d rows, want %d" % (len(rows), len(want)))
    for i, (got, w) in enumerate(zip(rows, want)):
        for column in columns:
            g = got[HEADER.index(column)]
            g = "" if g is None else g
            if str(g) != str(w[column]):
                fail("row %d, %s: got %r, want %r" % (i + 1, column, g, w[column]))


def check_xlsx(d, path, arg):
    wb = openpyxl.load_workbook(path)
    if wb.sheetnames != ["意見カード"]:
        fail("sheets: %r" % wb.sheetnames)
    ws = wb.active
    rows = list(ws.iter_rows(values_only=True))
    if list(rows[0]) != HEADER:
        fail("header: %r" % (rows[0],))
    if ws.freeze_panes != "A2":
        fail("frozen panes at %r, want the header row" % ws.freeze_panes)
    if ws.column_dimensions["B"].width < 40 or ws.column_dimensions["A"].width > 10:
        fail("widths: A %r, B %r" % (ws.column_dimensions["A"].width, ws.column_dimensions["B"].width))
    if not ws["B2"].alignment.wrap_text or not ws["A1"].font.bold:
        fail("no wrap in the text, or a plain header")
    if ws.auto_filter.ref is None:
        fail("no filter on the header row")
    compare(rows[1:], board(d), ["意見", "発言者", "会議", "テーマ", "資料ラベル", "論点", "非公開", "対応", "事務局の考え方",
                                 "カードID"])
    numbers = [r[0] for r in rows[1:]]
    if numbers != list(range(1, len(numbers) + 1)):
        fail("番号 is not 1..n")


def check_meetings(d, path, arg):
    wb = openpyxl.load_workbook(path)
    want = board(d)
    names = []
    for row in want:
        name = row["会議"] or "会議なし"
        if name not in names:
            names.append(name)
    names.sort(key=lambda n: (n == "会議なし", int(n[1:-1]) if n != "会議なし" else 0))
    if wb.sheetnames != names:
        fail("sheets %r, want %r" % (wb.sheetnames, names))
    for name in names:
        ws = wb[name]
        rows = list(ws.iter_rows(values_only=True))
        if list(rows[0]) != HEADER or ws.freeze_panes != "A2":
            fail("sheet %s: header or frozen row" % name)
        compare(rows[1:], [w for w in want if (w["会議"] or "会議なし") == name], ["意見", "発言者", "テーマ"])


def check_csv(d, path, encoding):
    raw = open(path, "rb").read()
    if encoding == "utf-8":
        if not raw.startswith(b"\xef\xbb\xbf"):
            fail("no BOM")
        text = raw[3:].decode("utf-8")
    else:
        text = raw.decode("cp932")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if text.count("\r\n") < len(rows):
        fail("lines do not end with CRLF")
    if rows[0] != HEADER:
        fail("header: %r" % rows[0])
    want = board(d)
    if encoding != "utf-8":
        for w in want:
            w["意見"] = w["意見"].replace("〜", "～")
    body = [[cell[1:] if cell[:2] in ("'=", "'+", "'-", "'@") else cell for cell in row] for row in rows[1:]]
    compare(body, want, ["意見", "発言者", "会議", "テーマ", "資料ラベル", "非公開", "カードID"])


def check_same_cards(d, path, arg):
    """Two committees have the same cards, speakers and themes, in order."""
    other = json.load(open(path, encoding="utf-8"))
    a, b = board(d), board(other)
    compare([[r.get(h, "") for h in HEADER] for r in b], a, ["意見", "発言者", "会議", "テーマ", "資料ラベル"])
    for key in ("people",):
        na = sorted(p["name"] + p["role"] for p in d[key])
        nb = sorted(p["name"] + p["role"] for p in other[key])
        if na != nb:
            fail("speakers differ: %r / %r" % (na, nb))
    if [t["name"] for t in d["themes"]] != [t["name"] for t in other["themes"]]:
        fail("themes differ")


checks = {
    "xlsx": check_xlsx,
    "meetings": check_meetings,
    "csv": check_csv,
    "same-cards": check_same_cards,
}

check, committee, path = sys.argv[1:4]
arg = sys.argv[4] if len(sys.argv) > 4 else None
checks[check](json.load(open(committee, encoding="utf-8")), path, arg)
