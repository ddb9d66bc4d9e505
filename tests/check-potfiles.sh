#!/bin/bash
# Every source file with a translatable string is listed in po/POTFILES.in,
# and every file listed exists: a file left out loses its translations (its
# strings turn obsolete in ja.po at the next msgmerge, and show in English).
# xgettext itself decides what is translatable, with the keywords of
# po/meson.build (glib's preset).
set -euo pipefail
top=${1:?source dir}
cd "$top"
status=0
listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)

for f in $listed; do
  if [ ! -f "$f" ]; then
    echo "po/POTFILES.in lists $f, which does not exist"
    status=1
  fi
done

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
while IFS= read -r f; do
  if ! grep -qxF "$f" <<<"$listed"; then
    case $f in
      *.ui) lang=Glade ;;
      *) lang=C ;;
    esac
    rm -f "$tmp"
    xgettext --from-code=UTF-8 --language=$lang --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
      --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 -o "$tmp" "$f" 2>/dev/null || true
    if [ -s "$tmp" ]; then
      echo "$f has translatable strings but is not in po/POTFILES.in"
      status=1
    fi
  fi
done < <(find src -name '*.c' -o -name '*.h' -o -name '*.ui' | sort)

[ $status -eq 0 ] && echo "po/POTFILES.in: complete ($(wc -l <<<"$listed") files)"
exit $status
