#!/bin/bash
# Page images of the meeting cycle's documents in doc/screenshots/, from the
# sample committee: the 次第 of 第3回, the 宿題一覧, the 議事要旨 (案) of 第1回,
# the 答申 outline and its 主な変更点. Each as Ronten's own PDF
# (cycle-KIND-N.png) and, when LibreOffice is installed, as its .docx laid out
# by LibreOffice (cycle-KIND-docx-N.png); 60 dpi, 256 colours.
#
# The sample has one outline version; for 主な変更点 a second one (素案) is
# made from it here, with a direction written, an opinion added and a
# proposal's aftermath filled in, and imported beside it.
#
# Usage: tools/cycle-screenshots.sh [BUILD] [OUTDIR]

set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/_build/dev}
out=${2:-$top/doc/screenshots}
ronten=$build/src/ronten
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ronten-cycle-shots-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

"$ronten" new "$tmp/sample.ronten" >/dev/null
"$ronten" export-json "$tmp/sample.ronten" "$tmp/sample.json"
python3 - "$tmp/sample.json" "$tmp/two.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
v1 = d["outlines"][0]
text = v1["text"]
text = text.replace("【委員会の方向性】\n・（未議論）\n【主な意見】\n・センター設置の根拠",
                    "【委員会の方向性】\n・協働を進める条例の必要性について、市民参加条例第25条との関係を整理したうえで検討する。\n"
                    "【主な意見】\n・センター設置の根拠", 1)
text = text.replace("・協働専担課の設置、専門担当職員の配置\n　→（その後の状況を記入）",
                    "・協働専担課の設置、専門担当職員の配置\n　→平成26年度にコミュニティ文化課に協働推進係を設置した。", 1)
text = text.replace("・提案型協働事業について数が少ないと感じている。（降旗委員）\n", "", 1)
text = text.replace("・ボランティアセンターと協働センターの住み分けを明確にした方がいい。（小早川委員）",
                    "・ボランティアセンターと協働支援センターの役割分担を明確にした方がよい。（小早川委員）", 1)
v2 = dict(v1, id=2, version=2, stage="素案", date="2026-04-15", text=text,
          created="2026-04-15T09:00:00+09:00")
d["outlines"].append(v2)
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False, indent=1)
EOF
"$ronten" import-json "$tmp/two.json" "$tmp/two.ronten" >/dev/null

export_all () {
  local verb=$1 ext=$2
  "$ronten" "$verb" "$tmp/sample.ronten" "$tmp/agenda.$ext" --handout=agenda --meeting=3 >/dev/null
  "$ronten" "$verb" "$tmp/sample.ronten" "$tmp/followups.$ext" --handout=followups >/dev/null
  "$ronten" "$verb" "$tmp/sample.ronten" "$tmp/summary.$ext" --handout=summary --meeting=1 >/dev/null
  "$ronten" "$verb" "$tmp/two.ronten" "$tmp/outline.$ext" --handout=outline --version=2 >/dev/null
  "$ronten" "$verb" "$tmp/two.ronten" "$tmp/outline-changes.$ext" --handout=outline-changes --version=2 >/dev/null
}

images () {
  local pdf=$1 prefix=$2
  pdftoppm -q -r 60 -png "$pdf" "$tmp/page"
  local n=1
  for page in "$tmp"/page-*.png; do
    convert "$page" -strip -colors 256 "PNG8:$out/$prefix-$n.png"
    rm -f "$page"
    n=$((n + 1))
  done
}

rm -f "$out"/cycle-*.png
export_all export-pdf pdf
for kind in agenda followups summary outline outline-changes; do
  images "$tmp/$kind.pdf" "cycle-$kind"
done

if command -v libreoffice >/dev/null; then
  export_all export-docx docx
  mkdir "$tmp/lo"
  for kind in agenda followups summary outline outline-changes; do
    timeout 600 libreoffice -env:UserInstallation="file://$tmp/profile" --headless --norestore \
      --convert-to pdf --outdir "$tmp/lo" "$tmp/$kind.docx" >/dev/null 2>&1
    images "$tmp/lo/$kind.pdf" "cycle-$kind-docx"
  done
fi
ls "$out"/cycle-*.png | wc -l
