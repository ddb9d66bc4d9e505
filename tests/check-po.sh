#!/bin/sh
# Checks that a translation is complete: msgfmt must accept the catalog, and its
# statistics must mention neither untranslated nor fuzzy messages.
#
# Usage: check-po.sh PO-FILE

set -u

if [ $# -ne 1 ]; then
  echo "usage: $0 PO-FILE" >&2
  exit 2
fi

po=$1

if [ ! -f "$po" ]; then
  echo "check-po: $po: no such file" >&2
  exit 1
fi

# msgfmt translates its own statistics; force English so that they can be matched.
if ! stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1); then
  printf '%s\n' "$stats" >&2
  echo "check-po: $po: msgfmt --check failed" >&2
  exit 1
fi

printf '%s: %s\n' "$po" "$stats"

case $stats in
  *untranslated* | *fuzzy*)
    echo "check-po: $po has untranslated or fuzzy messages" >&2
    exit 1
    ;;
esac

exit 0
