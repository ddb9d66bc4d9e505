#!/bin/bash
# Drives export-xlsx, export-csv and import-table as a script would, and
# reads the files back with independent readers (check-xlsx.py: openpyxl and
# Python's csv): every card in board order, frozen header, widths, wrapping,
# CRLF and a BOM, Shift_JIS; the round trip through an empty committee; and
# bad input — broken quoting, a 50 MB CSV, a zip bomb, a workbook without a
# sheet, a mapping naming a missing column — each a clear message in English
# and in Japanese, with the committee file byte for byte as it was.
#
# Usage: test-cli-table.sh RONTEN

set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 RONTEN" >&2
  exit 2
fi

py=/usr/bin/python3
if ! $py -c 'import openpyxl' 2>/dev/null; then
  echo "1..0 # SKIP python3-openpyxl is missing (build-aux/install-deps.sh installs it)"
  exit 77
fi

ronten=$1
here=$(cd "$(dirname "$0")" && pwd)
check="$py $here/check-xlsx.py"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ronten-test-table-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

failures=0
n=0

ok () {
  local name=$1; shift
  n=$((n + 1))
  if "$@"; then
    echo "ok $n $name"
  else
    echo "not ok $n $name"
    failures=$((failures + 1))
  fi
}

"$ronten" new "$tmp/sample.ronten" >/dev/null
"$ronten" export-json "$tmp/sample.ronten" "$tmp/sample.json"

# The same sample with a 非公開 card, a hidden speaker, a point link and an
# opinion that looks like a formula.
$py - "$tmp/sample.json" "$tmp/odd.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
d["cards"][3]["visibility"] = "private"
d["cards"][4]["visibility"] = "anonymous"
d["cards"][5]["text"] = "=1+1 ではなく、\"引用\", そして\n改行"
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
EOF
"$ronten" import-json "$tmp/odd.json" "$tmp/odd.ronten" >/dev/null
"$ronten" export-json "$tmp/odd.ronten" "$tmp/odd-back.json"

test_xlsx () {
  "$ronten" export-xlsx "$tmp/odd.ronten" "$tmp/cards.xlsx" >/dev/null &&
  $check xlsx "$tmp/odd-back.json" "$tmp/cards.xlsx"
}

test_sheet_per_meeting () {
  "$ronten" export-xlsx "$tmp/sample.ronten" "$tmp/meetings.xlsx" --sheets=meeting >/dev/null &&
  $check meetings "$tmp/sample.json" "$tmp/meetings.xlsx"
}

test_csv () {
  "$ronten" export-csv "$tmp/odd.ronten" "$tmp/cards.csv" >/dev/null &&
  $check csv "$tmp/odd-back.json" "$tmp/cards.csv" utf-8 &&
  "$ronten" export-csv "$tmp/odd.ronten" "$tmp/cards-sjis.csv" --encoding=cp932 >/dev/null &&
  $check csv "$tmp/odd-back.json" "$tmp/cards-sjis.csv" cp932
}

test_cp932_refused () {
  $py - "$tmp/sample.json" "$tmp/kanji.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
d["cards"][7]["text"] = "𠮷野家の前の通り"
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
EOF
  "$ronten" import-json "$tmp/kanji.json" "$tmp/kanji.ronten" >/dev/null
  local status=0
  "$ronten" export-csv "$tmp/kanji.ronten" "$tmp/kanji.csv" --encoding=cp932 >/dev/null 2>"$tmp/err" || status=$?
  [ $status -eq 1 ] && [ ! -e "$tmp/kanji.csv" ] && grep -q 'U+20BB7' "$tmp/err" && grep -q 'Row 8' "$tmp/err"
}

test_public_only () {
  "$ronten" export-xlsx "$tmp/odd.ronten" "$tmp/public.xlsx" --public-only >/dev/null &&
  $py - "$tmp/public.xlsx" "$tmp/odd-back.json" <<'EOF'
import json, sys, openpyxl
d = json.load(open(sys.argv[2]))
rows = list(openpyxl.load_workbook(sys.argv[1]).active.iter_rows(values_only=True))
texts = [r[1] for r in rows[1:]]
assert len(rows) - 1 == len(d["cards"]) - 1, len(rows)
assert d["cards"][3]["text"] not in texts
anonymous = [r for r in rows if r[1] == d["cards"][4]["text"]][0]
assert anonymous[2] == "発言者非公開" and not anonymous[10], anonymous
EOF
}

# export-xlsx, then import-table into an empty committee: the same cards,
# speakers and themes, in the same order.
test_round_trip () {
  "$ronten" export-xlsx "$tmp/sample.ronten" "$tmp/round.xlsx" >/dev/null &&
  "$ronten" new "$tmp/empty.ronten" --empty >/dev/null &&
  "$ronten" import-table "$tmp/round.xlsx" "$tmp/empty.ronten" --text-column=意見 --speaker-column=発言者 \
    --category-column=テーマ --label-column=資料ラベル --meeting-column=会議 >"$tmp/round.out" &&
  grep -qx 'cards: 46' "$tmp/round.out" &&
  "$ronten" export-json "$tmp/empty.ronten" "$tmp/round.json" &&
  $check same-cards "$tmp/sample.json" "$tmp/round.json"
}

# The same through CSV, in Shift_JIS, with columns by number.
test_round_trip_csv () {
  "$ronten" export-csv "$tmp/sample.ronten" "$tmp/round.csv" --encoding=cp932 >/dev/null &&
  "$ronten" new "$tmp/empty2.ronten" --empty >/dev/null &&
  "$ronten" import-table "$tmp/round.csv" "$tmp/empty2.ronten" --text-column=2 --speaker-column=3 \
    --category-column=6 --label-column=7 --meeting-column=4 >"$tmp/round2.out" &&
  grep -qx 'encoding: Shift_JIS (CP932)' "$tmp/round2.out" &&
  "$ronten" export-json "$tmp/empty2.ronten" "$tmp/round2.json" &&
  $py - "$tmp/sample.json" "$tmp/round2.json" <<'EOF'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
ta = [c["text"].replace("〜", "～") for c in a["cards"]]
tb = [c["text"] for c in b["cards"]]
assert sorted(ta) == sorted(tb), set(ta) ^ set(tb)
EOF
}

test_dry_run () {
  cp "$tmp/sample.ronten" "$tmp/dry.ronten"
  "$ronten" import-table "$tmp/round.xlsx" "$tmp/dry.ronten" --text-column=意見 --dry-run >"$tmp/dry.out" 2>"$tmp/dry.err" &&
  [ "$(wc -l <"$tmp/dry.out")" -eq 46 ] && grep -q 'nothing was stored' "$tmp/dry.err" &&
  cmp -s "$tmp/sample.ronten" "$tmp/dry.ronten"
}

# Bad input: a clear message in English and in Japanese, exit status 1, and
# the committee file byte for byte as it was.
refused () {
  local what=$1 pattern_en=$2 pattern_ja=$3; shift 3
  local status=0
  cp "$tmp/sample.ronten" "$tmp/victim.ronten"
  LC_ALL=C.UTF-8 LANGUAGE= "$ronten" import-table "$@" "$tmp/victim.ronten" >/dev/null 2>"$tmp/err-en" || status=$?
  [ $status -eq 1 ] || { echo "$what: exit $status" >&2; return 1; }
  grep -q -- "$pattern_en" "$tmp/err-en" || { echo "$what (en): $(cat "$tmp/err-en")" >&2; return 1; }
  status=0
  LC_ALL=ja_JP.UTF-8 LANGUAGE=ja RONTEN_LOCALEDIR="${RT_BUILD_DIR:-$(dirname "$ronten")/..}/po" \
    "$ronten" import-table "$@" "$tmp/victim.ronten" >/dev/null 2>"$tmp/err-ja" || status=$?
  [ $status -eq 1 ] || { echo "$what: exit $status" >&2; return 1; }
  if locale -a 2>/dev/null | grep -qi '^ja_JP\.utf-\?8$'; then
    grep -q -- "$pattern_ja" "$tmp/err-ja" || { echo "$what (ja): $(cat "$tmp/err-ja")" >&2; return 1; }
  fi
  cmp -s "$tmp/sample.ronten" "$tmp/victim.ronten" || { echo "$what: the committee changed" >&2; return 1; }
}

test_broken_quoting () {
  printf '意見,氏名\r\n"閉じていない引用,山田\r\n次の行,林\r\n' >"$tmp/broken.csv"
  refused broken "Line 2: a quoted field" "2行目" "$tmp/broken.csv" --text-column=意見
}

test_huge_csv () {
  $py - "$tmp/huge.csv" <<'EOF'
import sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("意見,氏名\n")
    line = "公共施設の予約をインターネットでできるようにしてほしいという意見です。,市民\n"
    n = 50 * 1024 * 1024 // len(line.encode()) + 1
    f.write(line * n)
EOF
  local status=0
  [ "$(stat -c %s "$tmp/huge.csv")" -ge $((50 * 1024 * 1024)) ] &&
  refused huge "too large" "大きすぎ" "$tmp/huge.csv" --text-column=意見 || status=1
  rm -f "$tmp/huge.csv"
  return $status
}

test_zip_bomb () {
  $py - "$tmp/bomb.xlsx" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("xl/workbook.xml", '<workbook xmlns:r="r"><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="x/worksheet"/></Relationships>')
    z.writestr("xl/worksheets/sheet1.xml", b"<worksheet>" + b" " * (300 * 1024 * 1024))
EOF
  [ "$(stat -c %s "$tmp/bomb.xlsx")" -lt $((2 * 1024 * 1024)) ] &&
  refused bomb "zip bomb" "zip爆弾" "$tmp/bomb.xlsx" --text-column=1
}

test_no_sheet () {
  $py - "$tmp/nosheet.xlsx" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("xl/workbook.xml", "<workbook><sheets/></workbook>")
EOF
  refused no-sheet "no sheet" "シートがありません" "$tmp/nosheet.xlsx" --text-column=1
}

test_missing_column () {
  refused missing-column "no column “ご意見”" "「ご意見」という列はありません" "$tmp/round.xlsx" --text-column=ご意見 &&
  refused missing-number "no column “40”" "「40」という列はありません" "$tmp/round.xlsx" --text-column=意見 --speaker-column=40
}

# Real outside material: public comment results of 西東京市, as a city saves
# a CSV (see tests/data/README.md), into an empty committee and out as Word.
test_real_public_comments () {
  local data=$here/data/nishitokyo-public-comments.csv
  "$ronten" new "$tmp/real.ronten" --empty >/dev/null &&
  "$ronten" import-table "$data" "$tmp/real.ronten" --text-column=お寄せいただいた意見 \
    --category-column=案件 --date-column=検討結果公表日 >"$tmp/real.out" &&
  grep -qx 'encoding: Shift_JIS (CP932)' "$tmp/real.out" &&
  grep -qx 'cards: 11' "$tmp/real.out" &&
  grep -qx 'new-themes: 6' "$tmp/real.out" &&
  grep -qx 'dates-not-understood: 0' "$tmp/real.out" &&
  "$ronten" export-json "$tmp/real.ronten" "$tmp/real.json" &&
  "$ronten" export-docx "$tmp/real.ronten" "$tmp/real.docx" --handout=opinions >/dev/null &&
  $py - "$data" "$tmp/real.json" "$tmp/real.docx" <<'EOF'
import csv, io, json, sys, docx
rows = list(csv.DictReader(io.StringIO(open(sys.argv[1], encoding="cp932").read(), newline="")))
d = json.load(open(sys.argv[2]))
texts = [c["text"] for c in d["cards"]]
assert sorted(texts) == sorted(r["お寄せいただいた意見"] for r in rows), set(texts) ^ {r["お寄せいただいた意見"] for r in rows}
themes = {t["id"]: t["name"] for t in d["themes"]}
for c in d["cards"]:
    row = [r for r in rows if r["お寄せいただいた意見"] == c["text"]][0]
    assert themes[c["theme"]] == row["案件"]
# 平成21年1月15日 is 2009-01-15.
assert any(c["created"].startswith("2009-01-15") for c in d["cards"])
body = "\n".join(p.text for p in docx.Document(sys.argv[3]).paragraphs)
for r in rows:
    assert r["お寄せいただいた意見"].replace("\r\n", "\n") in body.replace("\n", "\n"), r["番号"]
EOF
}

# A workbook another program wrote (openpyxl): shared strings, a real date
# cell, numbers, a second sheet chosen by name.
test_openpyxl_workbook () {
  $py - "$tmp/openpyxl.xlsx" <<'EOF'
import datetime, sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "集計"
ws.append(["件数", 3])
answers = wb.create_sheet("回答")
answers.append(["回答日", "ご意見", "年代", "分類"])
answers.append([datetime.datetime(2026, 2, 20, 9, 30), "駅前に自転車置き場がほしい", 30, "交通"])
answers.append([datetime.date(2026, 3, 1), "子ども食堂への支援を続けてほしい", 40, "福祉"])
answers.append([None, "", 50, "交通"])
wb.save(sys.argv[1])
EOF
  "$ronten" new "$tmp/op.ronten" --empty >/dev/null &&
  "$ronten" import-table "$tmp/openpyxl.xlsx" "$tmp/op.ronten" --sheet=回答 --text-column=ご意見 \
    --speaker-column=年代 --category-column=分類 --date-column=回答日 >"$tmp/op.out" &&
  grep -qx 'cards: 2' "$tmp/op.out" && grep -qx 'skipped-empty: 1' "$tmp/op.out" &&
  grep -qx 'dates-not-understood: 0' "$tmp/op.out" &&
  "$ronten" export-json "$tmp/op.ronten" "$tmp/op.json" &&
  $py - "$tmp/op.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
cards = {c["text"]: c for c in d["cards"]}
assert cards["駅前に自転車置き場がほしい"]["created"].startswith("2026-02-20"), cards
assert cards["子ども食堂への支援を続けてほしい"]["created"].startswith("2026-03-01")
assert sorted(p["name"] + p["role"] for p in d["people"]) == ["30", "40"], d["people"]
assert sorted(t["name"] for t in d["themes"]) == ["交通", "福祉"]
EOF
}

test_usage () {
  local a=0 b=0 c=0
  "$ronten" import-table "$tmp/round.xlsx" "$tmp/sample.ronten" >/dev/null 2>&1 || a=$?
  "$ronten" export-csv "$tmp/sample.ronten" "$tmp/x.csv" --encoding=latin1 >/dev/null 2>&1 || b=$?
  "$ronten" export-xlsx "$tmp/sample.ronten" "$tmp/x.xlsx" --sheets=two >/dev/null 2>&1 || c=$?
  [ $a -eq 2 ] && [ $b -eq 2 ] && [ $c -eq 2 ] && [ ! -e "$tmp/x.csv" ] && [ ! -e "$tmp/x.xlsx" ]
}

ok xlsx-every-card test_xlsx
ok xlsx-sheet-per-meeting test_sheet_per_meeting
ok csv-bom-crlf-and-shift-jis test_csv
ok csv-shift-jis-refuses-what-it-cannot-hold test_cp932_refused
ok public-only test_public_only
ok round-trip-xlsx test_round_trip
ok round-trip-csv-shift-jis test_round_trip_csv
ok dry-run-stores-nothing test_dry_run
ok broken-quoting test_broken_quoting
ok csv-of-50-mb test_huge_csv
ok zip-bomb test_zip_bomb
ok workbook-without-sheet test_no_sheet
ok missing-column test_missing_column
ok real-public-comments test_real_public_comments
ok workbook-by-openpyxl test_openpyxl_workbook
ok usage test_usage

echo "1..$n"
[ $failures -eq 0 ]
