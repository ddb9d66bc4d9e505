#!/bin/bash
# Page images of the 意見と対応 handout in its two forms, in doc/screenshots/:
# - responses-committee-NN.png: `ronten export-pdf sample.ronten --handout=responses`,
#   the sample's answers to the opinions of 第1回 (committee form, A4 landscape);
# - responses-public-NN.png: real public comment results of 西東京市
#   (tests/data/nishitokyo-sangyo-results.tsv) imported with import-table into
#   a committee in public-comment mode, the city's answers added to its JSON
#   as the public-comment import stores them, printed with --form=public;
# - pseudonyms-01.png: the pseudonym table (委員限り) of the sample.
# Rendered at 60 dpi, 256 colours.
#
# Usage: tools/responses-screenshots.sh [BUILD] [OUTDIR]

set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/_build/dev}
out=${2:-$top/doc/screenshots}
ronten=$build/src/ronten
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ronten-responses-shots-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

images () {
  local pdf=$1 name=$2
  rm -f "$out/$name"-*.png
  pdftoppm -q -r 60 -png "$pdf" "$tmp/$name"
  for page in "$tmp/$name"-*.png; do
    convert "$page" -strip -colors 256 "PNG8:$out/$(basename "$page")"
  done
}

"$ronten" new "$tmp/sample.ronten" >/dev/null
"$ronten" export-pdf "$tmp/sample.ronten" "$tmp/committee.pdf" --handout=responses >/dev/null
images "$tmp/committee.pdf" responses-committee
"$ronten" export-pdf "$tmp/sample.ronten" "$tmp/pseudonyms.pdf" --handout=pseudonyms >/dev/null
images "$tmp/pseudonyms.pdf" pseudonyms

"$ronten" new "$tmp/public.ronten" --empty --name="西東京市 産業振興マスタープラン 意見募集" >/dev/null
"$ronten" import-table "$top/tests/data/nishitokyo-sangyo-results.tsv" "$tmp/public.ronten" \
  --text-column=お寄せいただいた意見 --category-column=案件 >/dev/null
"$ronten" export-json "$tmp/public.ronten" "$tmp/public.json"
/usr/bin/python3 - "$tmp/public.json" "$top/tests/data/nishitokyo-sangyo-results.tsv" <<'PY'
import csv, json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
rows = list(csv.DictReader(open(sys.argv[2], encoding="utf-8"), delimiter="\t"))
d["committee"]["mode"] = "public-comment"
cards = sorted(d["cards"], key=lambda c: c["id"])
for i, (card, row) in enumerate(zip(cards, rows)):
    d["responses"].append({"id": i + 1, "theme": None, "kind": None, "text": row["市の検討結果"], "reflected": "",
                           "point": None, "meeting": None})
    d["response_cards"].append([i + 1, card["id"]])
json.dump(d, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
PY
"$ronten" import-json "$tmp/public.json" "$tmp/public.ronten" --replace >/dev/null
"$ronten" export-pdf "$tmp/public.ronten" "$tmp/public.pdf" --handout=responses >/dev/null
images "$tmp/public.pdf" responses-public
ls "$out"/responses-*.png "$out"/pseudonyms-*.png
