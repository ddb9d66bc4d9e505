#!/bin/bash
# Drives `ronten export-pdf` and reads the PDFs back with poppler-utils:
# page count and size, embedded subset fonts, every public opinion with its
# speaker, 非公開 opinions left out, hidden speakers masked, Japanese line
# breaking, and a table row that breaks across pages between lines.
#
# Usage: test-handout.sh RONTEN

set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 RONTEN" >&2
  exit 2
fi

for tool in pdfinfo pdffonts pdftotext python3; do
  if ! command -v $tool >/dev/null; then
    echo "1..0 # SKIP $tool is missing (poppler-utils, python3)"
    exit 77
  fi
done

ronten=$1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ronten-test-handout-XXXXXX")
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

pages () { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }
page_size () { pdfinfo "$1" | sed -n 's/^Page size: *\([0-9.]* x [0-9.]*\) pts.*/\1/p'; }

# The body of every page, without the header (label, committee, date) and the
# footer (page number), so that an opinion cut by a page break reads whole.
body_text () {
  local pdf=$1 out=$2 w h
  read -r w h < <(page_size "$pdf" | sed 's/ x / /')
  : >"$out"
  for ((p = 1; p <= $(pages "$pdf"); p++)); do
    pdftotext -q -f $p -l $p -x 0 -y 94 -W "${w%.*}" -H $(( ${h%.*} - 94 - 52 )) "$pdf" - >>"$out"
  done
}

test_sizes () {
  "$ronten" export-pdf "$tmp/sample.ronten" "$tmp/a4.pdf" >/dev/null || return 1
  "$ronten" export-pdf "$tmp/sample.ronten" "$tmp/a3.pdf" --paper=A3 >/dev/null || return 1
  "$ronten" export-pdf "$tmp/sample.ronten" "$tmp/a4l.pdf" --landscape >/dev/null || return 1
  [ "$(page_size "$tmp/a4.pdf")" = "595.28 x 841.89" ] || { echo "A4: $(page_size "$tmp/a4.pdf")" >&2; return 1; }
  [ "$(page_size "$tmp/a3.pdf")" = "841.89 x 1190.55" ] || { echo "A3: $(page_size "$tmp/a3.pdf")" >&2; return 1; }
  [ "$(page_size "$tmp/a4l.pdf")" = "841.89 x 595.28" ] || { echo "landscape: $(page_size "$tmp/a4l.pdf")" >&2; return 1; }
  # Every handout of the sample: 資料1-1, 資料1-2, 2, 3, 4, 5 — at least a page each.
  [ "$(pages "$tmp/a4.pdf")" -ge 6 ] || { echo "A4 has $(pages "$tmp/a4.pdf") pages" >&2; return 1; }
  [ "$(pages "$tmp/a3.pdf")" -le "$(pages "$tmp/a4.pdf")" ]
}

test_page_counts () {
  local kind count
  for kind in opinions points map speakers changes; do
    "$ronten" export-pdf "$tmp/sample.ronten" "$tmp/$kind.pdf" --handout=$kind >/dev/null || return 1
    count=$(pages "$tmp/$kind.pdf")
    [ "$count" -ge 1 ] || { echo "$kind: $count pages" >&2; return 1; }
  done
  # The map is one page, then one for each point with themes or opinions
  # linked to it (論点1, 4, 7, 9 in the sample); the opinions of the sample
  # (資料1-1 and 資料1-2) take at least two.
  [ "$(pages "$tmp/map.pdf")" -eq 5 ] && [ "$(pages "$tmp/opinions.pdf")" -ge 2 ]
}

# The issue map handout on A3 landscape: one page, every public opinion's
# words on it, in the committee's words whatever the interface's language.
test_map_page () {
  "$ronten" export-pdf "$tmp/sample.ronten" "$tmp/map-a3.pdf" --handout=map --paper=A3 --landscape \
    --map-focus=none >/dev/null || return 1
  [ "$(pages "$tmp/map-a3.pdf")" -eq 1 ] || { echo "A3 map: $(pages "$tmp/map-a3.pdf") pages" >&2; return 1; }
  LANGUAGE=en LANG=en_US.UTF-8 pdftotext -q "$tmp/map-a3.pdf" - | tr -d ' \n\t\f\r' >"$tmp/map.flat"
  # The beginning of each opinion (its first eight characters).
  python3 - "$tmp/sample.json" <<'EOF' >"$tmp/starts.txt"
import json, re, sys
d = json.load(open(sys.argv[1]))
for c in d["cards"]:
    print(re.sub(r"\s", "", c["text"])[:8])
EOF
  local missing=0
  while IFS= read -r start; do
    grep -qF -- "$start" "$tmp/map.flat" || { echo "not on the map: $start" >&2; missing=$((missing + 1)); }
  done <"$tmp/starts.txt"
  [ $missing -eq 0 ] || return 1
  grep -q '論点1' "$tmp/map.flat" && grep -q '意見カード' "$tmp/map.flat" && ! grep -q 'Point' "$tmp/map.flat"
}

# Each point's own map: its heading, its proposals, its opinions.
test_map_focus () {
  pdftotext -q -f 2 -l 2 "$tmp/map.pdf" - | tr -d ' \n\t\f\r' >"$tmp/focus.flat"
  grep -q '論点1協働制度の見直しと働きかけ' "$tmp/focus.flat" &&
  grep -q '協働専担課の設置' "$tmp/focus.flat" &&
  grep -q 'センター設置の根拠は' "$tmp/focus.flat"
}

test_metadata () {
  pdfinfo "$tmp/a4.pdf" | grep -q '^Creator: *Ronten ' &&
  pdfinfo "$tmp/a4.pdf" | grep -q '^Author: *令和7年度 小金井市市民協働支援センター再検討委員会' &&
  pdfinfo "$tmp/a4.pdf" | grep -q '^Title: .*会議資料'
}

test_fonts () {
  pdffonts "$tmp/a4.pdf" >"$tmp/fonts" || return 1
  # Two header lines, then one line a font: embedded and subset, Noto CJK.
  [ "$(tail -n +3 "$tmp/fonts" | wc -l)" -ge 1 ] || return 1
  tail -n +3 "$tmp/fonts" | grep -q 'NotoSansCJK' || { cat "$tmp/fonts" >&2; return 1; }
  ! tail -n +3 "$tmp/fonts" | awk '{ if ($(NF-4) != "yes" || $(NF-3) != "yes") bad = 1 } END { exit !bad }' ||
    { cat "$tmp/fonts" >&2; return 1; }
}

test_header () {
  pdftotext -q -f 1 -l 1 "$tmp/opinions.pdf" - >"$tmp/p1.txt"
  grep -q '【資料1-1】' "$tmp/p1.txt" &&
  grep -q '令和7年度 小金井市市民協働支援センター再検討委員会（第3回）' "$tmp/p1.txt" &&
  grep -q '令和8年2月20日' "$tmp/p1.txt" &&
  grep -qE -- '^- ?1 ?-$' "$tmp/p1.txt" &&
  "$ronten" export-pdf "$tmp/sample.ronten" "$tmp/western.pdf" --handout=points --western --label=参考資料 >/dev/null &&
  pdftotext -q -f 1 -l 1 "$tmp/western.pdf" - | grep -q '2026年2月20日' &&
  pdftotext -q -f 1 -l 1 "$tmp/western.pdf" - | grep -q '【参考資料】'
}

# Prints "text（speaker）" for the cards of a committee JSON, one per line,
# whitespace removed; with an argument, only the cards of that visibility.
opinions_of () {
  python3 - "$1" "$2" <<'EOF'
import json, re, sys
d = json.load(open(sys.argv[1]))
people = {p["id"]: p["name"] + p["role"] for p in d["people"]}
for c in d["cards"]:
    if c["visibility"] != sys.argv[2]:
        continue
    who = people.get(c["speaker"], "")
    text = re.sub(r"\s", "", c["text"])
    if sys.argv[2] == "anonymous":
        who = "発言者非公開"
    print(text + ("（" + who + "）" if who else ""))
EOF
}

# Every line of $1 is found in the whitespace-free body text of PDF $2.
all_found () {
  local missing=0
  body_text "$2" "$tmp/body.txt"
  tr -d ' \n\t\f\r' <"$tmp/body.txt" >"$tmp/body.flat"
  while IFS= read -r line; do
    if ! grep -qF -- "$line" "$tmp/body.flat"; then
      echo "missing: $line" >&2
      missing=$((missing + 1))
    fi
  done <"$1"
  [ $missing -eq 0 ]
}

test_every_opinion () {
  opinions_of "$tmp/sample.json" public >"$tmp/public.txt"
  [ "$(wc -l <"$tmp/public.txt")" -eq 46 ] || return 1
  all_found "$tmp/public.txt" "$tmp/opinions.pdf"
}

make_hidden () {
  python3 - "$tmp/sample.json" "$tmp/hidden.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
d["cards"][0]["visibility"] = "private"
d["cards"][10]["visibility"] = "private"
d["cards"][1]["visibility"] = "anonymous"
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
EOF
  "$ronten" import-json "$tmp/hidden.json" "$tmp/hidden.ronten" >/dev/null
}

test_private_left_out () {
  make_hidden || return 1
  "$ronten" export-pdf "$tmp/hidden.ronten" "$tmp/hidden.pdf" >/dev/null || return 1
  opinions_of "$tmp/hidden.json" private >"$tmp/private.txt"
  opinions_of "$tmp/hidden.json" anonymous >"$tmp/anonymous.txt"
  opinions_of "$tmp/hidden.json" public >"$tmp/public2.txt"
  [ "$(wc -l <"$tmp/private.txt")" -eq 2 ] || return 1
  all_found "$tmp/public2.txt" "$tmp/hidden.pdf" || return 1
  all_found "$tmp/anonymous.txt" "$tmp/hidden.pdf" || return 1
  # Neither the text nor a fragment of a 非公開 opinion, in any handout.
  pdftotext -q "$tmp/hidden.pdf" - | tr -d ' \n\t\f\r' >"$tmp/all.flat"
  while IFS= read -r line; do
    local text=${line%%（*}
    if grep -qF -- "${text:0:20}" "$tmp/all.flat"; then
      echo "private opinion printed: $text" >&2
      return 1
    fi
  done <"$tmp/private.txt"
  # The hidden speaker's card is not attributed to its speaker (林委員).
  python3 - "$tmp/hidden.json" <<'EOF' >"$tmp/anon-attributed.txt"
import json, re, sys
d = json.load(open(sys.argv[1]))
c = d["cards"][1]
print(re.sub(r"\s", "", c["text"]) + "（林委員）")
EOF
  ! grep -qF -- "$(cat "$tmp/anon-attributed.txt")" "$tmp/all.flat"
}

# No line of any handout starts with a closing mark (禁則処理).
test_line_breaking () {
  local bad
  for pdf in "$tmp/a4.pdf" "$tmp/a3.pdf" "$tmp/a4l.pdf"; do
    bad=$(pdftotext -q "$pdf" - | grep -cE '^[。、）」』，．]' || true)
    [ "$bad" -eq 0 ] || { pdftotext -q "$pdf" - | grep -E '^[。、）」』，．]' >&2; return 1; }
  done
}

# A point with many proposals: its row breaks across pages between lines,
# under the header row repeated on each page, and no proposal is lost or doubled.
test_long_row () {
  python3 - "$tmp/sample.json" "$tmp/long.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
d["frameworks"][0]["points"][0]["proposals"] = ["長い提案その%d：協働事業における契約のあり方を検討し、担い手を増やす。" % i for i in range(1, 71)]
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
EOF
  "$ronten" import-json "$tmp/long.json" "$tmp/long.ronten" >/dev/null || return 1
  "$ronten" export-pdf "$tmp/long.ronten" "$tmp/long.pdf" --handout=points >/dev/null || return 1
  local count i
  count=$(pages "$tmp/long.pdf")
  [ "$count" -ge 2 ] || { echo "long table: $count pages" >&2; return 1; }
  for ((i = 1; i <= count; i++)); do
    pdftotext -q -f $i -l $i "$tmp/long.pdf" - | tr -d ' \n' | grep -q '全国的な論点・問い' ||
      { echo "page $i has no header row" >&2; return 1; }
  done
  pdftotext -q "$tmp/long.pdf" - | tr -d ' \n\f' >"$tmp/long.flat"
  for ((i = 1; i <= 70; i++)); do
    [ "$(grep -o "長い提案その$i：" "$tmp/long.flat" | wc -l)" -eq 1 ] ||
      { echo "proposal $i found $(grep -o "長い提案その$i：" "$tmp/long.flat" | wc -l) times" >&2; return 1; }
  done
}

test_usage () {
  set +e
  "$ronten" export-pdf "$tmp/sample.ronten" "$tmp/x.pdf" --paper=B5 >/dev/null 2>&1; local a=$?
  "$ronten" export-pdf "$tmp/sample.ronten" "$tmp/x.pdf" --handout=nothing >/dev/null 2>&1; local b=$?
  "$ronten" export-pdf "$tmp/missing.ronten" "$tmp/x.pdf" >/dev/null 2>&1; local c=$?
  set -e
  [ $a -eq 2 ] && [ $b -eq 2 ] && [ $c -eq 1 ] && [ ! -e "$tmp/x.pdf" ]
}

check sizes test_sizes
check page-counts test_page_counts
check map-page test_map_page
check map-focus test_map_focus
check metadata test_metadata
check fonts-embedded-subset test_fonts
check header test_header
check every-public-opinion test_every_opinion
check private-left-out test_private_left_out
check line-breaking test_line_breaking
check long-row-breaks-between-lines test_long_row
check usage test_usage

echo "1..$n"
[ $failures -eq 0 ]
