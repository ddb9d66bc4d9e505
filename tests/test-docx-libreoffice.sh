#!/bin/bash
# LibreOffice, an independent Word reader, converts every handout kind's .docx
# to PDF without error; the converted document has within one page of
# Ronten's own PDF of the same handout and carries its text. Slow (LibreOffice
# starts once, converts all files in one run): give it a generous timeout.
#
# Usage: test-docx-libreoffice.sh RONTEN

set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 RONTEN" >&2
  exit 2
fi

for tool in libreoffice pdfinfo pdftotext; do
  if ! command -v $tool >/dev/null; then
    echo "1..0 # SKIP $tool is missing (libreoffice-writer-nogui, poppler-utils)"
    exit 77
  fi
done

ronten=$1
py=/usr/bin/python3
[ -x $py ] || py=python3
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ronten-test-lo-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

failures=0
n=0

pages () { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }

"$ronten" new "$tmp/sample.ronten" >/dev/null

cases=(
  "opinions --handout=opinions"
  "points --handout=points"
  "map --handout=map"
  "speakers --handout=speakers"
  "changes --handout=changes --since=2026-02-01"
  "all --handout=all --since=2026-02-01"
  "a3-landscape --handout=all --paper=A3 --landscape --since=2026-02-01"
)

mkdir -p "$tmp/docx" "$tmp/pdf" "$tmp/lo"
for c in "${cases[@]}"; do
  read -r name args <<<"$c"
  # shellcheck disable=SC2086
  "$ronten" export-pdf "$tmp/sample.ronten" "$tmp/pdf/$name.pdf" $args >/dev/null
  # shellcheck disable=SC2086
  "$ronten" export-docx "$tmp/sample.ronten" "$tmp/docx/$name.docx" $args >/dev/null
done

# A profile of its own, so that the test neither uses nor disturbs the user's.
set +e
timeout 900 libreoffice -env:UserInstallation="file://$tmp/profile" --headless --norestore \
  --convert-to pdf --outdir "$tmp/lo" "$tmp"/docx/*.docx >"$tmp/lo.log" 2>&1
status=$?
set -e
if [ $status -ne 0 ]; then
  echo "libreoffice exited with $status" >&2
  cat "$tmp/lo.log" >&2
fi

for c in "${cases[@]}"; do
  read -r name args <<<"$c"
  n=$((n + 1))
  lo="$tmp/lo/$name.pdf"
  if [ ! -s "$lo" ] || ! pdfinfo "$lo" >/dev/null 2>&1; then
    echo "not ok $n $name: LibreOffice did not convert it"
    failures=$((failures + 1))
    continue
  fi

  ours=$(pages "$tmp/pdf/$name.pdf")
  theirs=$(pages "$lo")
  diff=$((ours - theirs))
  # Its text: the first eight characters of each line of Ronten's PDF are
  # found in LibreOffice's, whitespace aside (lines break elsewhere).
  found=$($py - "$tmp/pdf/$name.pdf" "$lo" <<'EOF'
import re, subprocess, sys
def text(path):
    return subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, text=True).stdout
ours = [re.sub(r"\s", "", l) for l in text(sys.argv[1]).splitlines()]
ours = [l[:8] for l in ours if len(l) >= 8]
theirs = re.sub(r"\s", "", text(sys.argv[2]))
print("%d %d" % (sum(l in theirs for l in ours), len(ours)))
EOF
)
  read -r hit total <<<"$found"
  # The map's labels are in its image: there, the header, title and note.
  [ "$name" = map ] && total=3
  if [ ${diff#-} -le 1 ] && [ $((hit * 100)) -ge $((total * 95)) ]; then
    echo "ok $n $name: Ronten $ours pages, LibreOffice $theirs; $hit of $total lines found"
  else
    echo "not ok $n $name: Ronten $ours pages, LibreOffice $theirs; $hit of $total lines found"
    failures=$((failures + 1))
  fi
done

echo "1..$n"
[ $failures -eq 0 ]
