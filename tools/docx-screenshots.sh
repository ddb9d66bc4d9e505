#!/bin/bash
# Page images of the Word handouts, as LibreOffice lays them out, beside
# those of Ronten's own PDF (handout-NN.png) in doc/screenshots/: every page
# of `ronten export-docx sample.ronten all.docx --handout=all` converted by
# LibreOffice (headless, a private profile) and rendered at 60 dpi, 256
# colours, as docx-NN.png.
#
# Usage: tools/docx-screenshots.sh [BUILD] [OUTDIR]

set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/_build/dev}
out=${2:-$top/doc/screenshots}
ronten=$build/src/ronten
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ronten-docx-shots-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

"$ronten" new "$tmp/sample.ronten" >/dev/null
"$ronten" export-docx "$tmp/sample.ronten" "$tmp/all.docx" --handout=all >/dev/null
timeout 600 libreoffice -env:UserInstallation="file://$tmp/profile" --headless --norestore \
  --convert-to pdf --outdir "$tmp" "$tmp/all.docx" >/dev/null 2>&1

rm -f "$out"/docx-*.png
pdftoppm -q -r 60 -png "$tmp/all.pdf" "$tmp/docx"
for page in "$tmp"/docx-*.png; do
  convert "$page" -colors 256 "PNG8:$out/$(basename "$page")"
done
ls "$out"/docx-*.png | wc -l
