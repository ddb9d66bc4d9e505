#!/bin/bash
# The documents of the meeting cycle, written by `ronten export-pdf` and
# `export-docx` and read back (pdftotext, python-docx): every field of the
# 次第, the 議事要旨, the 宿題 list and the 答申 outline; the 資料番号 of each
# handout as the meeting's 配布資料 give it; open 宿題 on the next meeting's
# 次第; every public statement of a meeting in its 議事要旨, in order, and no
# 非公開 one; a changed sentence between two outline versions.
#
# Usage: test-cycle-docs.sh RONTEN

set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 RONTEN" >&2
  exit 2
fi

if ! command -v pdftotext >/dev/null; then
  echo "1..0 # SKIP pdftotext is missing (poppler-utils)"
  exit 77
fi
# Debian's python3, which has python3-docx (build-aux/install-deps.sh).
py=/usr/bin/python3
if ! $py -c 'import docx' 2>/dev/null; then
  echo "1..0 # SKIP python3-docx is missing (build-aux/install-deps.sh installs it)"
  exit 77
fi

ronten=$1
here=$(cd "$(dirname "$0")" && pwd)
check="$py $here/check-cycle.py"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ronten-test-cycle-docs-XXXXXX")
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

# Both formats of one document: KIND OUT-BASE [options].
export_both () {
  local kind=$1 base=$2; shift 2
  "$ronten" export-pdf "$tmp/$committee.ronten" "$tmp/$base.pdf" --handout=$kind "$@" >/dev/null &&
  "$ronten" export-docx "$tmp/$committee.ronten" "$tmp/$base.docx" --handout=$kind "$@" >/dev/null
}

# A check on both formats: CHECK BASE [ARG].
check_both () {
  local what=$1 base=$2; shift 2
  $check "$what" "$tmp/$committee.json" "$tmp/$base.pdf" "$@" &&
  $check "$what" "$tmp/$committee.json" "$tmp/$base.docx" "$@"
}

committee=sample
"$ronten" new "$tmp/sample.ronten" >/dev/null
"$ronten" export-json "$tmp/sample.ronten" "$tmp/sample.json"

test_agenda () {
  export_both agenda agenda-3 --meeting=3 &&
  check_both agenda agenda-3 3 &&
  export_both agenda agenda-1 --meeting=1 &&
  check_both agenda agenda-1 1
}

test_summary () {
  export_both summary summary-1 --meeting=1 &&
  check_both summary summary-1 1 &&
  # Sent to 第2回 as its 資料1.
  check_both label summary-1 資料1
}

test_followups () {
  export_both followups followups --meeting=3 &&
  check_both followups followups
}

test_outline () {
  export_both outline outline &&
  check_both outline outline 1
}

# Each handout Ronten makes for 第3回 carries the number of its material
# there: the opinions of each label and the point table.
test_labels () {
  export_both opinions opinions-3 --meeting=3 &&
  export_both points points-3 --meeting=3 &&
  $py - "$tmp/sample.json" >"$tmp/labels" <<'EOF' &&
import json, sys
d = json.load(open(sys.argv[1]))
m = next(m for m in d["meetings"] if m["number"] == 3)
for x in d["materials"]:
    if x["meeting"] == m["id"] and x["handout"]:
        print(x["handout"].split(":")[0], x["number"])
EOF
  [ "$(wc -l <"$tmp/labels")" -eq 3 ] &&
  while read -r kind label; do
    check_both label "$kind-3" "$label" || return 1
  done <"$tmp/labels"
}

# A committee of our own, edited as a secretariat would: the 資料 renumbered
# (the 論点整理表 now 資料7), a 第4回 with a 宿題 asked at 第3回, a card made
# 非公開 and one with its speaker hidden, a second outline version with a
# changed sentence.
$py - "$tmp/sample.json" "$tmp/edited.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
for x in d["materials"]:
    if x["handout"] == "points" and x["meeting"] == 3:
        x["number"] = "資料7"
d["meetings"].append({"id": 4, "number": 4, "title": "第4回", "date": "2026-03-30", "place": "",
                      "agenda": "", "start_time": "", "end_time": "", "observers": None, "public": True})
d["agenda_items"].append({"id": 100, "meeting": 4, "title": "開会", "kind": "opening"})
card = next(c for c in d["cards"] if c["meeting"] == 2)
d["cards"].append(dict(card, id=1000, meeting=3, text="事業評価の結果を次回示してほしい。", kind="request",
                       theme=None))
d["followups"].append({"id": 3, "card": 1000, "question": "協働事業の評価結果を示してほしい。",
                       "assignee": "協働推進課", "due_meeting": None, "status": "open", "answer": "",
                       "answered_meeting": None})
for c in d["cards"]:
    if c["id"] == 3:
        c["visibility"] = "private"
    if c["id"] == 4:
        c["visibility"] = "anonymous"
    if c["id"] == 11:
        c["kind"] = "procedure"
first = d["outlines"][0]
text = first["text"].replace("・（未議論）", "・協働条例の制定を検討する。市民参加条例第25条を根拠とする。", 1)
first["text"] = text
d["outlines"].append({"id": 2, "version": 2, "stage": "素案", "date": "2026-04-20",
                      "text": text.replace("市民参加条例第25条を根拠とする。",
                                           "市民参加条例第25条を根拠とし、センター設置条例も検討する。")})
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
EOF
"$ronten" import-json "$tmp/edited.json" "$tmp/edited.ronten" >/dev/null
"$ronten" draft-summary "$tmp/edited.ronten" --meeting=1 --save >/dev/null
"$ronten" export-json "$tmp/edited.ronten" "$tmp/edited.json"

test_label_follows_list () {
  committee=edited
  export_both points points-7 --meeting=3 &&
  check_both label points-7 資料7 &&
  check_both no-label points-7 資料2 &&
  # --label still overrides the list.
  export_both points points-9 --meeting=3 --label=資料9 &&
  check_both label points-9 資料9 &&
  check_both no-label points-9 資料7
}

test_open_followups_on_next_agenda () {
  committee=edited
  export_both agenda agenda-4 --meeting=4 &&
  check_both agenda agenda-4 4 &&
  $check agenda "$tmp/edited.json" "$tmp/agenda-4.pdf" 4 &&
  grep -q '協働事業の評価結果' <(pdftotext -q "$tmp/agenda-4.pdf" -) &&
  # The one answered at 第3回 is not on 第4回's 次第; the one asked at 第3回 is not on 第3回's.
  ! grep -q '企業が含まれるか' <(pdftotext -q "$tmp/agenda-4.pdf" -) &&
  export_both agenda agenda-3e --meeting=3 &&
  ! grep -q '協働事業の評価結果' <(pdftotext -q "$tmp/agenda-3e.pdf" -)
}

test_summary_statements () {
  committee=edited
  export_both summary summary-1e --meeting=1 &&
  check_both summary summary-1e 1 &&
  # The speaker of the hidden card is not printed with it.
  ! tr -d ' \n' < <(pdftotext -q "$tmp/summary-1e.pdf" -) | grep -q '考え方も変わってきていると思う。（倉本委員）'
}

test_outline_changes () {
  committee=edited
  export_both outline-changes changes-2 --version=2 &&
  check_both outline-changes changes-2 '修正|市民参加条例第25条を根拠とする。|市民参加条例第25条を根拠とし、センター設置条例も検討する。' &&
  export_both outline outline-2 --version=2 &&
  check_both outline outline-2 2
}

# A summary's first check must be able to fail: a 非公開 card printed.
test_check_can_fail () {
  committee=edited
  $py - "$tmp/edited.json" "$tmp/broken.json" <<'EOF' &&
import json, sys
d = json.load(open(sys.argv[1]))
for c in d["cards"]:
    if c["id"] == 3:
        c["visibility"] = "public"
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
EOF
  ! $check summary "$tmp/broken.json" "$tmp/summary-1e.pdf" 1 2>/dev/null
}

ok "the 次第 of 第3回 and 第1回, every field (PDF and Word)" test_agenda
ok "the 議事要旨 of 第1回 (PDF and Word)" test_summary
ok "the 宿題 list (PDF and Word)" test_followups
ok "the 答申 outline (PDF and Word)" test_outline
ok "handouts take the 資料番号 of the 次第" test_labels
ok "a renumbered list renumbers the handout; --label overrides" test_label_follows_list
ok "open 宿題 on the next meeting's 次第" test_open_followups_on_next_agenda
ok "every public statement in order, no 非公開 one, no hidden speaker" test_summary_statements
ok "the 主な変更点 between two outline versions" test_outline_changes
ok "the checks fail on a wrong document" test_check_can_fail

echo "1..$n"
[ "$failures" -eq 0 ]
