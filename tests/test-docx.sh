#!/bin/bash
# Drives `ronten export-docx` and reads the Word files back with python-docx
# (check-docx.py): every opinion, theme, speaker and point of the sample in
# board order with the right styles, the tables' shapes and repeated header
# rows, a section per handout with its 資料番号 and a PAGE field, the paper,
# 非公開 opinions left out, text that XML cannot hold as it is.
#
# Usage: test-docx.sh RONTEN

set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 RONTEN" >&2
  exit 2
fi

py=/usr/bin/python3
if ! $py -c 'import docx' 2>/dev/null; then
  echo "1..0 # SKIP python3-docx is missing (build-aux/install-deps.sh installs it)"
  exit 77
fi

ronten=$1
here=$(cd "$(dirname "$0")" && pwd)
check="$py $here/check-docx.py"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ronten-test-docx-XXXXXX")
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

for kind in all opinions points map speakers changes; do
  "$ronten" export-docx "$tmp/sample.ronten" "$tmp/$kind.docx" --handout=$kind --since=2026-02-01 >/dev/null
done

test_sections () {
  $check all "$tmp/sample.json" "$tmp/all.docx"
}

test_opinions () {
  $check opinions "$tmp/sample.json" "$tmp/opinions.docx"
}

test_points () {
  $check points "$tmp/sample.json" "$tmp/points.docx"
}

test_speakers () {
  $check speakers "$tmp/sample.json" "$tmp/speakers.docx"
}

test_map () {
  $check map "$tmp/sample.json" "$tmp/map.docx"
}

test_changes () {
  $check changes "$tmp/sample.json" "$tmp/changes.docx"
}

test_styles () {
  $check styles "$tmp/sample.json" "$tmp/all.docx"
}

test_paper () {
  "$ronten" export-docx "$tmp/sample.ronten" "$tmp/a3l.docx" --paper=A3 --landscape --margin=15 >/dev/null &&
  $check paper "$tmp/sample.json" "$tmp/a3l.docx" "1190.55,841.89,42.52" &&
  $check paper "$tmp/sample.json" "$tmp/all.docx" "595.28,841.89,56.69"
}

# 非公開 opinions are left out, hidden speakers masked; text with markup
# characters and characters XML cannot hold reads back.
test_hidden_and_odd_text () {
  $py - "$tmp/sample.json" "$tmp/odd.json" "$tmp/want.txt" "$tmp/private.txt" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
d["cards"][0]["visibility"] = "private"
d["cards"][1]["visibility"] = "anonymous"
d["cards"][2]["text"] = "A < B && C > \"D\" 'E' \x01\x0b制御文字\ufffe"
d["themes"][0]["name"] = "テーマ <b>&amp;</b>"
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
who = [p["name"] + p["role"] for p in d["people"] if p["id"] == d["cards"][2]["speaker"]][0]
open(sys.argv[3], "w").write("A < B && C > \"D\" 'E' 制御文字（%s）\nテーマ <b>&amp;</b>\n" % who)
open(sys.argv[4], "w").write(d["cards"][0]["text"] + "\n")
EOF
  "$ronten" import-json "$tmp/odd.json" "$tmp/odd.ronten" >/dev/null &&
  "$ronten" export-json "$tmp/odd.ronten" "$tmp/odd-back.json" &&
  "$ronten" export-docx "$tmp/odd.ronten" "$tmp/odd.docx" --handout=opinions >/dev/null &&
  $check opinions "$tmp/odd-back.json" "$tmp/odd.docx" &&
  $check text "$tmp/odd-back.json" "$tmp/odd.docx" "$tmp/want.txt" &&
  $check absent "$tmp/odd-back.json" "$tmp/odd.docx" "$tmp/private.txt"
}

# On request, the coverage matrix follows the point table, as an image in
# both the PDF and the Word file; by default it does not.
test_coverage () {
  "$ronten" export-docx "$tmp/sample.ronten" "$tmp/coverage.docx" --handout=points --coverage >/dev/null &&
  "$ronten" export-pdf "$tmp/sample.ronten" "$tmp/coverage.pdf" --handout=points --coverage >/dev/null &&
  $py - "$tmp/coverage.docx" "$tmp/points.docx" <<'EOF'
import sys, docx
with_matrix, without = docx.Document(sys.argv[1]), docx.Document(sys.argv[2])
assert len(with_matrix.inline_shapes) == 1 and len(without.inline_shapes) == 0
headings = [p.text for p in with_matrix.paragraphs if p.style.name == "Heading 2"]
assert headings == ["論点別の発言状況（発言者別の意見数）"], headings
EOF
  pdftotext -q "$tmp/coverage.pdf" - | tr -d ' \n' | grep -q '論点別の発言状況（発言者別の意見数）'
}

test_usage () {
  set +e
  "$ronten" export-docx "$tmp/sample.ronten" "$tmp/x.docx" --paper=B5 >/dev/null 2>&1; local a=$?
  "$ronten" export-docx "$tmp/sample.ronten" >/dev/null 2>&1; local b=$?
  "$ronten" export-docx "$tmp/missing.ronten" "$tmp/x.docx" >/dev/null 2>&1; local c=$?
  "$ronten" export-docx "$tmp/sample.ronten" "$tmp/no/such/dir/x.docx" >/dev/null 2>&1; local d=$?
  set -e
  [ $a -eq 2 ] && [ $b -eq 2 ] && [ $c -eq 1 ] && [ $d -eq 1 ] && [ ! -e "$tmp/x.docx" ]
}

ok sections-headers-footers test_sections
ok opinions-in-order test_opinions
ok point-table test_points
ok speaker-index test_speakers
ok map-image test_map
ok changes test_changes
ok styles-and-fonts test_styles
ok paper-and-margins test_paper
ok hidden-and-odd-text test_hidden_and_odd_text
ok coverage-matrix test_coverage
ok usage test_usage

echo "1..$n"
[ $failures -eq 0 ]
