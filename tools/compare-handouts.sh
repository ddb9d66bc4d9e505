#!/bin/bash
# Compares the handout PDFs of two builds of Ronten page by page: the same
# number of pages, the same text on every page (pdftotext) and the same image
# (pdftoppm, then ImageMagick's compare counting the pixels that differ by
# more than a small fuzz, which absorbs anti-aliasing).
#
# Usage: tools/compare-handouts.sh BEFORE-RONTEN AFTER-RONTEN [OUTDIR]
#
# To build the "before" binary from a revision (here main):
#   git archive main | tar -x -C /tmp/before && cd /tmp/before &&
#   meson setup _build && ninja -C _build src/ronten
#
# Committees: the sample, the sample with hidden and anonymous cards, a point
# with 70 proposals (a table row across pages) and the sample's cards five
# times (a long handout). Options: each kind alone and all together, on A4
# portrait, A4 landscape and A3, with and without the inbox. Prints one line
# per document and a summary; exits 1 if any page differs.

set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 BEFORE-RONTEN AFTER-RONTEN [OUTDIR]" >&2
  exit 2
fi

before=$1
after=$2
out=${3:-$(mktemp -d "${TMPDIR:-/tmp}/ronten-compare-XXXXXX")}
mkdir -p "$out"
py=/usr/bin/python3
[ -x $py ] || py=python3

# Pixels differing by more than this (of 255) count; 60 dpi, as projected.
fuzz=10%
dpi=60

"$after" new "$out/sample.ronten" >/dev/null
"$after" export-json "$out/sample.ronten" "$out/sample.json"

$py - "$out" <<'EOF'
import json, sys
out = sys.argv[1]
d = json.load(open(out + "/sample.json"))
h = json.loads(json.dumps(d))
h["cards"][0]["visibility"] = "private"
h["cards"][10]["visibility"] = "private"
h["cards"][1]["visibility"] = "anonymous"
json.dump(h, open(out + "/hidden.json", "w"), ensure_ascii=False)
l = json.loads(json.dumps(d))
l["frameworks"][0]["points"][0]["proposals"] = ["長い提案その%d：協働事業における契約のあり方を検討し、担い手を増やす。" % i for i in range(1, 71)]
json.dump(l, open(out + "/long.json", "w"), ensure_ascii=False)
b = json.loads(json.dumps(d))
cards = b["cards"]
n = len(cards)
for c in range(1, 5):
    for i in range(n):
        card = json.loads(json.dumps(cards[i]))
        card["id"] = c * 10000 + i + 1
        cards.append(card)
json.dump(b, open(out + "/big.json", "w"), ensure_ascii=False)
EOF

for name in hidden long big; do
  "$after" import-json "$out/$name.json" "$out/$name.ronten" >/dev/null
done

pages () { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }

n_docs=0
n_pages=0
n_text_same=0
n_image_same=0
max_diff=0
failed=0

compare_one () {
  local committee=$1 tag=$2; shift 2
  local a="$out/$tag.before.pdf" b="$out/$tag.after.pdf" pa pb p diff text_same=0 image_same=0 worst=0

  "$before" export-pdf "$out/$committee.ronten" "$a" --since=2026-02-01 "$@" >/dev/null
  "$after" export-pdf "$out/$committee.ronten" "$b" --since=2026-02-01 "$@" >/dev/null
  pa=$(pages "$a")
  pb=$(pages "$b")
  n_docs=$((n_docs + 1))

  if [ "$pa" != "$pb" ]; then
    echo "DIFFER $tag: $pa pages before, $pb after"
    failed=1
    return
  fi

  pdftoppm -q -r $dpi -png "$a" "$out/$tag.before"
  pdftoppm -q -r $dpi -png "$b" "$out/$tag.after"

  for ((p = 1; p <= pa; p++)); do
    n_pages=$((n_pages + 1))
    if cmp -s <(pdftotext -q -f $p -l $p "$a" -) <(pdftotext -q -f $p -l $p "$b" -); then
      text_same=$((text_same + 1))
    fi
    local ia ib
    ia=$(ls "$out/$tag.before"-*.png | sort | sed -n "${p}p")
    ib=$(ls "$out/$tag.after"-*.png | sort | sed -n "${p}p")
    diff=$(compare -metric AE -fuzz $fuzz "$ia" "$ib" null: 2>&1 || true)
    diff=${diff%% *}
    [ "$diff" -gt "$worst" ] && worst=$diff
    [ "$diff" -eq 0 ] && image_same=$((image_same + 1))
  done

  n_text_same=$((n_text_same + text_same))
  n_image_same=$((n_image_same + image_same))
  [ "$worst" -gt "$max_diff" ] && max_diff=$worst
  local status=same
  if [ $text_same -ne "$pa" ] || [ "$worst" -gt 0 ]; then
    status=DIFFER
    failed=1
  fi
  printf '%-6s %-34s pages %3d  text-identical %3d  image-identical %3d  worst-page-pixels %d\n' \
    $status "$tag" "$pa" $text_same $image_same "$worst"
}

for committee in sample hidden long big; do
  for kind in all opinions points map speakers changes; do
    compare_one $committee "$committee-$kind-a4" --handout=$kind
  done
done
for kind in all opinions points speakers; do
  compare_one sample "sample-$kind-a4l" --handout=$kind --landscape
  compare_one sample "sample-$kind-a3" --handout=$kind --paper=A3
  compare_one sample "sample-$kind-inbox" --handout=$kind --include-inbox --margin=12 --western --label=参考資料
done

echo
echo "documents: $n_docs  pages: $n_pages  text-identical: $n_text_same  image-identical: $n_image_same  worst page: $max_diff pixels (fuzz $fuzz, $dpi dpi)"
echo "files in $out"
exit $failed
