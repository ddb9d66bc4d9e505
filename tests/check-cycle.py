#!/usr/bin/python3
# Reads the documents of the meeting cycle back — a PDF through pdftotext, a
# Word file through python-docx — and checks them against the committee
# they were written from (its JSON): every field of the 次第, the 議事要旨,
# the 宿題 list and the 答申 outline is there, the statements in the order
# they were said, and nothing 非公開.
#
# Usage: check-cycle.py CHECK COMMITTEE.json FILE.pdf|FILE.docx [ARG]
# Exits 0 when the check passes; prints what is wrong otherwise.

import json
import re
import subprocess
import sys

ERA = [("令和", 2019, 5, 1), ("平成", 1989, 1, 8)]
WEEKDAYS = "月火水木金土日"


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def flat(text):
    """Text without white space: a line broken by a page or a cell reads whole."""
    return re.sub(r"\s+", "", text.replace("\u3000", " "))


def read_text(path):
    if path.endswith(".docx"):
        import docx
        document = docx.Document(path)
        parts = [p.text for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        for section in document.sections:
            parts += [p.text for p in section.header.paragraphs]
        return "\n".join(parts)
    return subprocess.run(["pdftotext", "-q", "-raw", path, "-"], capture_output=True, text=True,
                          check=True).stdout


def era_date(iso):
    import datetime
    y, m, d = (int(x) for x in iso.split("-"))
    day = datetime.date(y, m, d)
    for name, ey, em, ed in ERA:
        if (y, m, d) >= (ey, em, ed):
            n = y - ey + 1
            return "%s%s年%d月%d日（%s）" % (name, "元" if n == 1 else n, m, d, WEEKDAYS[day.weekday()])
    return "%d年%d月%d日（%s）" % (y, m, d, WEEKDAYS[day.weekday()])


def clock(t):
    h, m = (int(x) for x in t.split(":"))
    return "%d時" % h if m == 0 else "%d時%d分" % (h, m)


def meeting(d, number):
    for m in d["meetings"]:
        if m["number"] == int(number):
            return m
    fail("no meeting %s" % number)


def expect_in(text, needles, what):
    for needle in needles:
        if flat(needle) not in text:
            fail("%s: missing %r" % (what, needle))


def expect_order(text, needles, what):
    at = -1
    for needle in needles:
        i = text.find(flat(needle), at + 1)
        if i < 0:
            fail("%s: %r missing or out of order" % (what, needle))
        at = i


def card(d, cid):
    return next(c for c in d["cards"] if c["id"] == cid)


def followup_listed(d, f, m):
    """As the 次第 lists 宿題: due at this meeting, or still open from an earlier one."""
    c = card(d, f["card"]) if f["card"] else None
    if c and c["visibility"] == "private":
        return False
    due = meeting_number(d, f["due_meeting"])
    if due == m["number"]:
        return True
    if f["status"] == "answered" or (due and due > m["number"]):
        return False
    origin = meeting_number(d, c["meeting"]) if c else 0
    if origin:
        return origin < m["number"]
    return not m["date"] or f["created"] < m["date"]


def meeting_number(d, mid):
    for m in d["meetings"]:
        if m["id"] == mid:
            return m["number"]
    return 0


def check_agenda(d, text, number):
    m = meeting(d, number)
    items = [a for a in d["agenda_items"] if a["meeting"] == m["id"]]
    materials = [x for x in d["materials"] if x["meeting"] == m["id"]]
    if m["date"]:
        when = era_date(m["date"]) + (clock(m["start_time"]) + "～" + clock(m["end_time"]) if m["start_time"] else "")
    else:
        when = "日時（未定）"
    expect_in(text, ["次第", "日時", when, "場所", m["place"] or "（未定）", "【配布資料】"], "the agenda")
    needles = []
    top = 0
    previous = None
    for a in items:
        if a["kind"] != "item":
            top += 1
            needles.append("%s　%s" % ("０１２３４５６７８９"[top], a["title"]))
        else:
            if previous != "item":
                top += 1
                needles.append("%s　議事" % "０１２３４５６７８９"[top])
            needles.append(a["title"])
        previous = a["kind"]
    expect_order(text, needles, "the agenda's items")
    expect_order(text, ["【配布資料】"] + [x["number"] + x["title"] + ("（委員限り）" if x["restricted"] else "")
                                         for x in materials], "the materials")
    listed = [f for f in d["followups"] if followup_listed(d, f, m)]
    for f in d["followups"]:
        if f in listed:
            expect_in(text, ["【前回までの宿題・資料要求】", f["question"]], "the open follow-ups")
        elif flat(f["question"]) in text:
            fail("the agenda lists a follow-up it should not: " + f["question"])


def check_summary(d, text, number):
    m = meeting(d, number)
    s = next((s for s in d["summaries"] if s["meeting"] == m["id"]), None)
    if s is None:
        fail("no summary for meeting %s" % number)
    expect_in(text, ["議事要旨", "会議名", "日時", "場所", "出席委員", "欠席委員", "事務局", "傍聴者", "配布資料",
                     "公開・非公開"], "the summary's header")
    if not s["final"] and "（案）" not in text:
        fail("a draft summary without （案）")
    if s["final"] and "議事要旨（案）" in text:
        fail("a final summary with （案）")
    cards = [c for c in d["cards"] if c["meeting"] == m["id"]]
    public = [c for c in cards if c["visibility"] != "private" and c["kind"] != "procedure"]
    expect_order(text, [c["text"] for c in sorted(public, key=lambda c: c["id"])], "the statements")
    for c in cards:
        if c["visibility"] == "private" and flat(c["text"])[:20] in text:
            fail("a 非公開 statement is printed: " + c["text"])
        if c["kind"] == "procedure" and flat(c["text"]) in text:
            fail("a 進行 statement is printed: " + c["text"])


def check_followups(d, text, arg):
    expect_in(text, ["宿題・資料要求一覧", "No.", "宿題・資料要求", "発言", "担当", "期限", "状況", "回答"],
              "the follow-up list's header")
    for f in d["followups"]:
        c = card(d, f["card"]) if f["card"] else None
        if c and c["visibility"] == "private":
            if flat(f["question"]) in text:
                fail("a follow-up of a 非公開 card is printed")
            continue
        status = {"open": "未対応", "in-progress": "対応中", "answered": "回答済"}[f["status"]]
        expect_in(text, [f["question"], f["assignee"], f["answer"], status], "follow-up %d" % f["id"])


def check_outline(d, text, version):
    o = next((o for o in d["outlines"] if o["version"] == int(version)), None)
    if o is None:
        fail("no outline version %s" % version)
    expect_in(text, ["答申骨子", o["stage"], "第%d版" % o["version"]], "the outline's title")
    lines = [l.strip() for l in o["text"].splitlines() if l.strip()]
    expect_order(text, [l.lstrip("・").lstrip("→") for l in lines], "the outline's lines")


def check_outline_changes(d, text, arg):
    """ARG: the kind of change, the text before and after, separated by |."""
    kind, before, after = arg.split("|")
    expect_in(text, ["主な変更点", "箇所", "区分", "変更前", "変更後", kind], "the changes' table")
    expect_order(text, [before, after], "the changed sentence")


def check_label(d, text, label):
    if flat("【%s】" % label) not in text:
        fail("no 【%s】 in the document" % label)


def check_no_label(d, text, label):
    if flat("【%s】" % label) in text:
        fail("【%s】 in the document" % label)


checks = {
    "agenda": check_agenda,
    "summary": check_summary,
    "followups": check_followups,
    "outline": check_outline,
    "outline-changes": check_outline_changes,
    "label": check_label,
    "no-label": check_no_label,
}

check, committee, path = sys.argv[1:4]
arg = sys.argv[4] if len(sys.argv) > 4 else ""
checks[check](json.load(open(committee, encoding="utf-8")), flat(read_text(path)), arg)
