#!/usr/bin/python3
# Reads Ronten's .docx handouts back with python-docx, an independent reader,
# and checks them against the committee they were written from (its JSON).
#
# Usage: check-docx.py CHECK COMMITTEE.json FILE.docx [ARG]
# Exits 0 when the check passes; prints what is wrong otherwise.

import json
import re
import sys
import zipfile

import docx
from docx.shared import Pt

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def load(path):
    return json.load(open(path, encoding="utf-8"))


def board_order(d, with_inbox=False):
    """The themes in board order, each with its cards in board order."""
    themes = []
    for t in d["themes"]:
        cards = [c for c in d["cards"] if c["theme"] == t["id"]]
        themes.append((t, cards))
    inbox = [c for c in d["cards"] if c["theme"] is None]
    return themes, inbox


def person(d, pid):
    for p in d["people"]:
        if p["id"] == pid:
            return p["name"] + p["role"]
    return ""


# Characters XML 1.0 cannot hold; the writer leaves them out.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def opinion(d, c):
    text = NOT_XML.sub("", c["text"].strip())
    if c["visibility"] == "anonymous":
        return text + "（発言者非公開）"
    who = person(d, c["speaker"])
    return text + ("（" + who + "）" if who else "")


def paragraphs(document, style=None):
    return [p for p in document.paragraphs if style is None or p.style.name == style]


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def expect_equal(what, got, want):
    if got != want:
        for i, (g, w) in enumerate(zip(got, want)):
            if g != w:
                fail("%s differ at %d:\n  got  %r\n  want %r" % (what, i, g, w))
        fail("%s: got %d, want %d" % (what, len(got), len(want)))


def check_opinions(d, document, arg):
    themes, inbox = board_order(d)
    want_headings = [t["name"] for t, cards in themes]
    want_opinions = [opinion(d, c) for t, cards in themes for c in cards if c["visibility"] != "private"]
    expect_equal("themes (見出し 2)", [p.text for p in paragraphs(document, "Heading 2")], want_headings)
    expect_equal("opinions (箇条書き)", [p.text for p in paragraphs(document, "List Bullet")], want_opinions)
    # The speaker is a run of its own in the 発言者 character style.
    for p in paragraphs(document, "List Bullet"):
        if "（" in p.text and not any(r.style is not None and r.style.name == "発言者" for r in p.runs):
            fail("no 発言者 run in: " + p.text)
    # Section titles are 見出し 1: one per handout label that has themes.
    labels = [l["name"] for l in d["labels"] if any(t["label"] == l["id"] for t, c in themes)]
    titles = [p.text for p in paragraphs(document, "Heading 1")]
    if len(titles) != len(labels) or not all(t.startswith("委員意見一覧（テーマ別）") for t in titles):
        fail("titles: %r for labels %r" % (titles, labels))
    expect_equal("labels in the headers", header_labels(document), labels)


def header_labels(document):
    labels = []
    for section in document.sections:
        text = section.header.paragraphs[0].text if section.header.paragraphs else ""
        m = re.match(r"【(.*)】$", text)
        labels.append(m.group(1) if m else None)
    return labels


def check_points(d, document, arg):
    points = d["frameworks"][0]["points"]
    if len(document.tables) != 1:
        fail("%d tables, want 1" % len(document.tables))
    table = document.tables[0]
    if len(table.columns) != 5 or len(table.rows) != len(points) + 1:
        fail("table of %d × %d, want %d × 5" % (len(table.rows), len(table.columns), len(points) + 1))
    header = [c.text for c in table.rows[0].cells]
    expect_equal("header row", header, ["No.", "全国的な論点・問い", "答申等による提案", "関連する委員意見", "状況・委員会の方向性"])
    if table.rows[0]._tr.trPr is None or table.rows[0]._tr.trPr.find(W + "tblHeader") is None:
        fail("the header row does not repeat")
    if table.style is None or table.style.name != "Table Grid":
        fail("table style: %r" % (table.style.name if table.style else None))
    for row, point in zip(table.rows[1:], points):
        cells = row.cells
        if cells[0].text != str(point["number"]):
            fail("number %r for point %d" % (cells[0].text, point["number"]))
        first = cells[1].paragraphs[0]
        if first.text != point["title"] or not all(r.bold for r in first.runs):
            fail("title of point %d: %r" % (point["number"], first.text))
        proposals = [p.text for p in cells[2].paragraphs if p.style.name == "表の箇条書き"]
        expect_equal("proposals of point %d" % point["number"], proposals, point["proposals"])
    # 論点1 has theme 4 and cards 25–27, 44–46 in the sample.
    opinions = [p.text for p in table.rows[1].cells[3].paragraphs]
    linked = [c for (card, pt) in d["card_points"] if pt == points[0]["id"] for c in d["cards"] if c["id"] == card]
    for c in linked:
        if c["visibility"] != "private" and opinion(d, c) not in opinions:
            fail("point 1 lacks: " + opinion(d, c))


def check_speakers(d, document, arg):
    themes, inbox = board_order(d)
    names = [p["name"] + p["role"] for p in d["people"]]
    counts = {}
    for t, cards in themes:
        for c in cards:
            if c["visibility"] == "public":
                counts[c["speaker"]] = counts.get(c["speaker"], 0) + 1
    # Tables: the speakers down the first column, in committee order, then 計.
    columns = []
    for table in document.tables:
        first = [r.cells[0].text for r in table.rows]
        if first[0] != "発言者" or first[-1] != "計":
            fail("table rows: %r" % first)
        expect_equal("speakers of a table", first[1:-1], names)
        columns += [c.text for c in table.rows[0].cells[1:] if c.text != "計"]
        total = table.rows[-1].cells[-1].text
    expect_equal("theme columns", columns, [t["name"] for t, c in themes])
    if int(total) != sum(counts.values()):
        fail("total %s, want %d" % (total, sum(counts.values())))
    headings = [p.text for p in paragraphs(document, "Heading 2")]
    want = ["%s（%d件）" % (person(d, p["id"]), counts[p["id"]]) for p in d["people"] if counts.get(p["id"])]
    expect_equal("speaker headings", headings, want)


def check_map(d, document, arg):
    # The whole map, then the map of each point with themes or opinions
    # linked to it, under its heading: one picture a page.
    z = zipfile.ZipFile(arg)
    images = [n for n in z.namelist() if n.startswith("word/media/")]
    if not images or not all(z.read(n).startswith(b"\x89PNG") for n in images):
        fail("images: %r" % images)
    shapes = document.inline_shapes
    if len(shapes) != len(images) or any(s.width < Pt(300) or s.height < Pt(300) for s in shapes):
        fail("the map is %d shapes, %r" % (len(shapes), [(s.width, s.height) for s in shapes]))
    if paragraphs(document, "Heading 1")[0].text != "論点マップ":
        fail("map title")
    headings = [p.text for p in paragraphs(document, "Heading 2")]
    if len(headings) != len(shapes) - 1 or not all(h.startswith("論点") for h in headings):
        fail("point maps: %d pictures, headings %r" % (len(shapes), headings))


def check_changes(d, document, arg):
    headings = [p.text for p in paragraphs(document, "Heading 2")]
    if (len(headings) != 5 or not headings[0].startswith("新しい意見（") or
            not headings[2].startswith("対応を記入した意見（") or not headings[3].startswith("新しい委員会の方向性（") or
            not headings[4].startswith("宿題・資料要求への回答（")):
        fail("headings: %r" % headings)
    # Listed: the new, the changed and the answered opinions, and the 宿題 answered.
    n = sum(int(re.search(r"（(\d+)件）", headings[i]).group(1)) for i in (0, 1, 2, 4))
    bullets = [p for p in paragraphs(document, "List Bullet")]
    if len(bullets) != n:
        fail("%d opinions listed, headings say %d" % (len(bullets), n))


def check_responses(d, document, arg):
    """The committee form of 意見と対応: a row for every public opinion of the
    themes, with its speaker, kind and answer (or a reference to the row
    that has it)."""
    themes, inbox = board_order(d)
    kinds = {k["id"]: k["name"] for k in d["response_kinds"]}
    responses = {r["id"]: r for r in d["responses"]}
    own = {card: responses[r] for r, card in d["response_cards"]}
    of_theme = {r["theme"]: r for r in d["responses"] if r["theme"] is not None}
    if len(document.tables) != 1:
        fail("%d tables, want 1" % len(document.tables))
    rows = document.tables[0].rows
    expect_equal("header row", [c.text for c in rows[0].cells], ["番号", "テーマ", "意見", "発言者", "対応", "考え方"])
    want = [c for t, cards in themes for c in cards if c["visibility"] != "private"]
    if len(rows) - 1 != len(want):
        fail("%d rows, want %d" % (len(rows) - 1, len(want)))
    first = {}
    for i, (row, c) in enumerate(zip(rows[1:], want)):
        cells = [cell.text for cell in row.cells]
        if cells[0] != str(i + 1) or cells[2] != NOT_XML.sub("", c["text"].strip()):
            fail("row %d: %r" % (i + 1, cells[:3]))
        who = "発言者非公開" if c["visibility"] == "anonymous" else person(d, c["speaker"])
        if cells[3] != (who or "－"):
            fail("row %d speaker %r, want %r" % (i + 1, cells[3], who))
        r = own.get(c["id"]) or of_theme.get(c["theme"])
        if r is None:
            if cells[4] or cells[5]:
                fail("row %d has an answer: %r" % (i + 1, cells[4:]))
            continue
        if cells[4] != kinds.get(r["kind"], ""):
            fail("row %d kind %r" % (i + 1, cells[4]))
        if r["id"] in first:
            if cells[5] != "No.%dと同じ" % first[r["id"]]:
                fail("row %d: %r, want a reference to row %d" % (i + 1, cells[5], first[r["id"]]))
        else:
            first[r["id"]] = i + 1
            if not cells[5].startswith(r["text"]):
                fail("row %d answer %r" % (i + 1, cells[5]))


def check_all(d, document, arg):
    want = ["資料1-1", "資料1-2", "資料2", "資料3", "資料4", "資料5", "資料6"]
    expect_equal("sections", header_labels(document), want)
    for section in document.sections:
        xml = section.footer._element.xml
        if "PAGE" not in xml or "fldChar" not in xml:
            fail("no PAGE field in a footer")
        if section.header.paragraphs[-1].style.name != "Header":
            fail("header style")
        if section.page_width != docx.shared.Twips(11906) or section.page_height != docx.shared.Twips(16838):
            fail("page size %r × %r" % (section.page_width, section.page_height))
    z = zipfile.ZipFile(arg)
    xml = z.read("word/document.xml").decode()
    if xml.count('<w:pgNumType w:start="1"/>') != 7:
        fail("page numbers do not restart in every handout")


def check_paper(d, document, arg):
    width, height, margin = (float(x) for x in arg.split(","))
    for section in document.sections:
        for got, want in ((section.page_width.pt, width), (section.page_height.pt, height),
                          (section.left_margin.pt, margin), (section.right_margin.pt, margin),
                          (section.bottom_margin.pt, margin)):
            if abs(got - want) > 0.1:
                fail("page %.2f × %.2f margin %.2f, want %s" % (section.page_width.pt, section.page_height.pt,
                                                               section.left_margin.pt, arg))
        if (width > height) != (section.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE):
            fail("orientation")


def check_styles(d, document, arg):
    names = {s.name for s in document.styles}
    for name in ("Heading 1", "Heading 2", "Body Text", "List Bullet", "Table Grid", "注記", "資料番号",
                 "表本文", "表見出し", "表の箇条書き", "発言者"):
        if name not in names:
            fail("no style " + name)
    xml = zipfile.ZipFile(arg).read("word/styles.xml").decode()
    for alias in ("見出し 1", "見出し 2", "本文", "箇条書き", "表 (格子)"):
        if '<w:aliases w:val="%s"/>' % alias not in xml:
            fail("no Japanese name " + alias)
    for font in ("游明朝", "游ゴシック"):
        if 'w:eastAsia="%s"' % font not in xml:
            fail("no East Asian font " + font)
    fonts = zipfile.ZipFile(arg).read("word/fontTable.xml").decode()
    if "ＭＳ 明朝" not in fonts or "Noto Sans CJK JP" not in fonts:
        fail("no fallback fonts")


def check_text(d, document, arg):
    """Every given line of text is in the document, whole."""
    text = "\n".join(p.text for p in document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                text += "\n" + cell.text
    for line in open(arg, encoding="utf-8").read().splitlines():
        if line and line not in text:
            fail("missing: " + line)


def check_absent(d, document, arg):
    text = "\n".join(p.text for p in document.paragraphs)
    for line in open(arg, encoding="utf-8").read().splitlines():
        if line and line[:20] in text:
            fail("printed: " + line)


checks = {
    "opinions": check_opinions,
    "points": check_points,
    "speakers": check_speakers,
    "map": check_map,
    "changes": check_changes,
    "responses": check_responses,
    "all": check_all,
    "paper": check_paper,
    "styles": check_styles,
    "text": check_text,
    "absent": check_absent,
}

check, committee, path = sys.argv[1:4]
arg = sys.argv[4] if len(sys.argv) > 4 else path
checks[check](load(committee), docx.Document(path), arg)
