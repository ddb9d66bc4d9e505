#!/bin/bash
# The 意見と対応 handout and the speaker display policy through the command
# line, read back with independent readers: pdftotext, python-docx,
# openpyxl, the csv module, and the text of an SVG. Checks that the handout
# holds every answered opinion with its answer and the right counts, that
# pseudonyms stay the same across documents and meetings, and that no
# member's name is in any public output (PDF, Word, Excel, CSV, the map),
# nor any speaker at all when speakers are hidden.
#
# Usage: test-cli-responses.sh RONTEN

set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 RONTEN" >&2
  exit 2
fi

# The system's Python, which has python3-docx and python3-openpyxl.
py=/usr/bin/python3

for tool in pdfinfo pdftotext $py; do
  if ! command -v $tool >/dev/null; then
    echo "1..0 # SKIP $tool is missing (poppler-utils, python3)"
    exit 77
  fi
done
if ! $py -c "import docx, openpyxl" 2>/dev/null; then
  echo "1..0 # SKIP python3-docx or python3-openpyxl is missing (build-aux/install-deps.sh installs them)"
  exit 77
fi

ronten=$1
data=$(cd "$(dirname "$0")" && pwd)/data
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ronten-test-responses-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

failures=0
n=0

check () {
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

page_size () { pdfinfo "$1" | sed -n 's/^Page size: *\([0-9.]* x [0-9.]*\) pts.*/\1/p'; }
# The text of a PDF without line breaks or spaces, so that a cell broken
# over lines still reads whole.
flat () { pdftotext -q "$1" - | tr -d ' \n\t\f\r'; }

# Every name a member is known by: name with role, aliases, and the bare
# name when it is long enough not to be part of another word (林 in 森林).
names () {
  $py - "$1" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
names = set()
for p in d["people"]:
    if p["kind"] != "member" or not p["name"]:
        continue
    names.add(p["name"] + p["role"])
    names.update(p.get("aliases", []))
    if len(p["name"]) >= 2:
        names.add(p["name"])
print("\n".join(sorted(names)))
EOF
}
names "$tmp/sample.json" >"$tmp/names.txt"

# no_names FILE: FILE (text) holds none of the members' names.
no_names () {
  local file=$1 name found=0
  while read -r name; do
    if grep -qF -- "$name" "$file"; then
      echo "$file names $name" >&2
      found=1
    fi
  done <"$tmp/names.txt"
  [ $found -eq 0 ]
}

test_responses_pdf () {
  "$ronten" export-pdf "$tmp/sample.ronten" "$tmp/responses.pdf" --handout=responses >/dev/null || return 1
  # Alone, the table is A4 landscape.
  [ "$(page_size "$tmp/responses.pdf")" = "841.89 x 595.28" ] || { echo "size $(page_size "$tmp/responses.pdf")" >&2; return 1; }
  flat "$tmp/responses.pdf" >"$tmp/responses.flat"
  $py - "$tmp/sample.json" "$tmp/responses.flat" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
text = open(sys.argv[2], encoding="utf-8").read()
flat = lambda s: "".join(s.split())
own = {card: r for r, card in d["response_cards"]}
responses = {r["id"]: r for r in d["responses"]}
of_theme = {r["theme"]: r for r in d["responses"] if r["theme"] is not None}
shown = [c for t in d["themes"] for c in d["cards"] if c["theme"] == t["id"] and c["visibility"] != "private"]
answered = 0
# Cells break over lines, and the text of a page runs across the row: the
# first line of each cell reads whole.
for c in shown:
    if flat(c["text"])[:14] not in text:
        sys.exit("opinion missing: " + c["text"])
    r = responses.get(own.get(c["id"])) or of_theme.get(c["theme"])
    if r:
        answered += 1
        if flat(r["text"])[:14] not in text:
            sys.exit("answer missing: " + r["text"])
if answered != 24 or "%d件中%d件の意見は、対応が未記入です" % (len(shown), len(shown) - answered) not in text:
    sys.exit("counts: %d answered" % answered)
for head in ("委員意見と対応", "番号", "テーマ", "意見", "発言者", "対応", "考え方"):
    if head not in text:
        sys.exit("no " + head)
EOF
}

test_public_form () {
  "$ronten" export-pdf "$tmp/sample.ronten" "$tmp/public-form.pdf" --handout=responses --form=public >/dev/null || return 1
  flat "$tmp/public-form.pdf" >"$tmp/public-form.flat"
  # Every card of the sample has a speaker: opinions and distinct submitters.
  local count
  count=$($py - "$tmp/sample.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
shown = [c for t in d["themes"] for c in d["cards"] if c["theme"] == t["id"] and c["visibility"] != "private"]
print("意見の件数：%d件（%d人）" % (len(shown), len({c["speaker"] for c in shown})))
EOF
)
  grep -qF "お寄せいただいたご意見と市の考え方" "$tmp/public-form.flat" &&
  grep -qF "$count" "$tmp/public-form.flat" &&
  grep -qF "市の考え方" "$tmp/public-form.flat" &&
  ! grep -qF "発言者" "$tmp/public-form.flat"
}

test_responses_docx () {
  "$ronten" export-docx "$tmp/sample.ronten" "$tmp/responses.docx" --handout=responses >/dev/null &&
  $py "$(dirname "$0")/check-docx.py" responses "$tmp/sample.json" "$tmp/responses.docx"
}

# Every output a public version may be made of, with pseudonyms: not one
# member's name, and the same letter for the same member in each.
test_pseudonyms_everywhere () {
  local out
  for format in pdf docx; do
    "$ronten" export-$format "$tmp/sample.ronten" "$tmp/pseudo.$format" --handout=all --speakers=pseudonym \
      --coverage --since=2025-01-01 >/dev/null || return 1
  done
  "$ronten" export-xlsx "$tmp/sample.ronten" "$tmp/pseudo.xlsx" --speakers=pseudonym >/dev/null || return 1
  "$ronten" export-csv "$tmp/sample.ronten" "$tmp/pseudo.csv" --speakers=pseudonym >/dev/null || return 1
  "$ronten" render-map "$tmp/sample.ronten" "$tmp/pseudo.svg" --speakers=pseudonym >/dev/null || return 1

  pdftotext -q "$tmp/pseudo.pdf" "$tmp/pseudo-pdf.txt"
  $py - "$tmp/pseudo.docx" "$tmp/pseudo.xlsx" "$tmp/pseudo.csv" "$tmp/pseudo.svg" "$tmp" <<'EOF'
import csv, sys, zipfile, re, html
import docx, openpyxl
out = sys.argv[5]
d = docx.Document(sys.argv[1])
parts = [p.text for p in d.paragraphs]
for t in d.tables:
    for row in t.rows:
        parts.extend(c.text for c in row.cells)
for s in d.sections:
    parts.extend(p.text for p in s.header.paragraphs)
open(out + "/pseudo-docx.txt", "w", encoding="utf-8").write("\n".join(parts))
wb = openpyxl.load_workbook(sys.argv[2])
cells = [str(c) for ws in wb for row in ws.iter_rows(values_only=True) for c in row if c is not None]
open(out + "/pseudo-xlsx.txt", "w", encoding="utf-8").write("\n".join(cells))
rows = list(csv.reader(open(sys.argv[3], encoding="utf-8-sig", newline="")))
open(out + "/pseudo-csv.txt", "w", encoding="utf-8").write("\n".join("\t".join(r) for r in rows))
svg = open(sys.argv[4], encoding="utf-8").read()
open(out + "/pseudo-svg.txt", "w", encoding="utf-8").write(html.unescape(re.sub(r"<[^>]*>", " ", svg)))
EOF
  for out in pdf docx xlsx csv svg; do
    no_names "$tmp/pseudo-$out.txt" || return 1
  done
  # 林委員 is 委員A in the handouts and the tables alike.
  grep -qF "委員A" "$tmp/pseudo-pdf.txt" && grep -qF "委員A" "$tmp/pseudo-docx.txt" &&
  $py - "$tmp/pseudo-csv.txt" "$tmp/sample.json" <<'EOF'
import json, sys
rows = [line.split("\t") for line in open(sys.argv[1], encoding="utf-8").read().split("\n")]
d = json.load(open(sys.argv[2], encoding="utf-8"))
first = [c for c in d["cards"] if c["id"] == 1][0]
row = [r for r in rows if len(r) > 2 and r[1] == first["text"]][0]
if row[2] != "委員A":
    sys.exit("card 1 is named %r" % row[2])
EOF
}

test_letters_kept () {
  # The exports above kept the letters in the committee file.
  "$ronten" export-json "$tmp/sample.ronten" "$tmp/kept.json" &&
  $py - "$tmp/kept.json" "$tmp/later.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
letters = {p["person"]: p["letter"] for p in d["pseudonyms"]}
if len(letters) != 9 or letters[2] != "A":
    sys.exit("letters: %r" % letters)
# A new member who speaks first of all, at a meeting numbered before the
# others: the letters kept do not move; the newcomer takes the next one.
d["people"].append({"id": 99, "name": "相川", "role": "委員", "kind": "member", "aliases": ["相川委員"]})
d["meetings"].append({"id": 99, "number": 0, "title": "準備会", "date": None, "place": "", "agenda": "",
                      "start_time": "", "end_time": "", "observers": None, "public": True})
d["cards"].append({"id": 999, "text": "準備会での最初の発言。", "verbatim": "", "speaker": 99, "meeting": 99,
                   "theme": 1, "status": "new", "visibility": "public"})
d["settings"].append({"key": "pseudonyms.order", "value": "reading"})
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
EOF
  "$ronten" import-json "$tmp/later.json" "$tmp/sample.ronten" --replace >/dev/null || return 1
  "$ronten" export-csv "$tmp/sample.ronten" "$tmp/later.csv" --speakers=pseudonym >/dev/null || return 1
  $py - "$tmp/later.csv" "$tmp/pseudo.csv" <<'EOF'
import csv, sys
later = {r[1]: r[2] for r in csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline=""))}
before = {r[1]: r[2] for r in csv.reader(open(sys.argv[2], encoding="utf-8-sig", newline=""))}
for text, who in before.items():
    if later.get(text) != who:
        sys.exit("%s: %r, then %r" % (text, who, later.get(text)))
if later["準備会での最初の発言。"] != "委員J":
    sys.exit("newcomer: %r" % later["準備会での最初の発言。"])
EOF
}

test_hidden () {
  "$ronten" export-pdf "$tmp/sample.ronten" "$tmp/hidden.pdf" --handout=all --speakers=hidden --since=2025-01-01 >/dev/null &&
  "$ronten" export-csv "$tmp/sample.ronten" "$tmp/hidden.csv" --speakers=hidden >/dev/null || return 1
  pdftotext -q "$tmp/hidden.pdf" "$tmp/hidden.txt"
  no_names "$tmp/hidden.txt" && no_names "$tmp/hidden.csv" &&
  ! grep -qE "（(委員[A-Z]|委員|市長|副市長|事務局|準備室)）" "$tmp/hidden.txt" &&
  $py - "$tmp/hidden.csv" <<'EOF'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
if any(r[2] for r in rows[1:]):
    sys.exit("a speaker in the CSV")
EOF
}

test_public_version () {
  "$ronten" export-pdf "$tmp/sample.ronten" "$tmp/public.pdf" --handout=all,pseudonyms --public >/dev/null || return 1
  pdftotext -q "$tmp/public.pdf" "$tmp/public.txt"
  no_names "$tmp/public.txt" && ! grep -qF "委員限り" "$tmp/public.txt" && ! grep -qF "未記入" "$tmp/public.txt"
}

test_pseudonym_table () {
  "$ronten" export-pdf "$tmp/sample.ronten" "$tmp/table.pdf" --handout=pseudonyms >/dev/null || return 1
  flat "$tmp/table.pdf" >"$tmp/table.flat"
  grep -qF "委員限り" "$tmp/table.flat" && grep -qF "委員A林委員" "$tmp/table.flat" &&
  # Alone it is refused in a public version.
  ! "$ronten" export-pdf "$tmp/sample.ronten" "$tmp/refused.pdf" --handout=pseudonyms --public >/dev/null 2>&1
}

test_bad_options () {
  "$ronten" export-pdf "$tmp/sample.ronten" "$tmp/x.pdf" --speakers=nobody >/dev/null 2>&1; local a=$?
  "$ronten" export-pdf "$tmp/sample.ronten" "$tmp/x.pdf" --form=letter >/dev/null 2>&1; local b=$?
  "$ronten" export-csv "$tmp/sample.ronten" "$tmp/x.csv" --speakers= >/dev/null 2>&1; local c=$?
  [ $a -eq 2 ] && [ $b -eq 2 ] && [ $c -eq 2 ] && [ ! -e "$tmp/x.pdf" ] && [ ! -e "$tmp/x.csv" ]
}

# A real public comment's results (西東京市, tests/data/README.md) imported
# as minutes: each opinion's card gets the city's answer with it, and the
# public comment's form prints every opinion (though still in the 未分類
# inbox) beside its answer.
test_import_public_comment () {
  local pc=$data/nishitokyo-sangyo-results.tsv
  "$ronten" new "$tmp/pc.ronten" --empty --name=パブリックコメント >/dev/null &&
  "$ronten" import-minutes "$pc" "$tmp/pc.ronten" --meeting 1 >"$tmp/pc.out" &&
  grep -qx 'cards: 3' "$tmp/pc.out" && grep -qx 'answers: 3' "$tmp/pc.out" &&
  "$ronten" export-pdf "$tmp/pc.ronten" "$tmp/pc.pdf" --handout=responses --form=public >/dev/null || return 1
  flat "$tmp/pc.pdf" >"$tmp/pc.flat"
  grep -qF "意見の件数：3件" "$tmp/pc.flat" &&
  $py - "$pc" "$tmp/pc.flat" <<'EOF'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8"), delimiter="\t"))[1:]
flat = open(sys.argv[2], encoding="utf-8").read()
for row in rows:
    opinion, answer = row[2].replace(" ", ""), row[4].replace(" ", "")
    if opinion[:30] not in flat or answer[:30] not in flat:
        sys.exit("missing: " + row[0])
    if flat.index(opinion[:30]) > flat.index(answer[:30]):
        sys.exit("answer before its opinion: " + row[0])
EOF
}

echo "1..10"
check responses-pdf test_responses_pdf
check public-form test_public_form
check responses-docx test_responses_docx
check pseudonyms-everywhere test_pseudonyms_everywhere
check letters-kept test_letters_kept
check hidden test_hidden
check public-version test_public_version
check pseudonym-table test_pseudonym_table
check bad-options test_bad_options
check import-public-comment test_import_public_comment

exit $((failures > 0))
