#!/bin/bash
# Takes the screenshots of Ronten in data/screenshots/: the real program,
# built in BUILD (default: build/), on the sample committee, under Xvfb at
# 1600×1000, in Japanese and English, light, dark and high contrast, on the
# board and on the points. board.png and points.png, named by the metainfo,
# are the Japanese light ones.
#
# Usage: tools/screenshots.sh [OUTDIR]
# Needs: xvfb-run, imagemagick (import, convert), gsettings, the ja_JP.UTF-8
# locale and the Noto CJK fonts (build-aux/install-deps.sh installs them all).
# WAIT (default 6) is how many seconds the window gets to open and settle.

set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$top/build}
out=${1:-$top/data/screenshots}
wait=${WAIT:-6}

if [ -z "${RT_SCREENSHOTS_XVFB:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" \
    env RT_SCREENSHOTS_XVFB=1 BUILD="$build" WAIT="$wait" bash "$0" "$out"
fi

ronten=$build/src/ronten
[ -x "$ronten" ] || { echo "screenshots: build Ronten first: $ronten is missing" >&2; exit 1; }
mkdir -p "$out"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ronten-screenshots-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# shot VIEW LANG-CODE LOCALE STYLE-NAME STYLE-KEY
shot () {
  local view=$1 code=$2 locale=$3 name=$4 style=$5
  local home=$tmp/$view-$code-$name file

  if [ "$code" = ja ] && [ "$name" = light ]; then
    file=$out/$view.png
  else
    file=$out/$view-$code-$name.png
  fi

  mkdir -p "$home/config" "$home/data" "$home/cache"
  (
    # Each run starts afresh: its own settings (a key file) and its own copy
    # of the sample committee, made on the first start.
    export XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache
    export GSETTINGS_BACKEND=keyfile GSETTINGS_SCHEMA_DIR=$build/data
    export RONTEN_LOCALEDIR=$build/po GSK_RENDERER=cairo NO_AT_BRIDGE=1
    export LANG=$locale LC_ALL=$locale LANGUAGE=

    gsettings set io.github.ronten.Ronten style "$style"
    gsettings set io.github.ronten.Ronten view "$view"
    gsettings set io.github.ronten.Ronten window-width 1600
    gsettings set io.github.ronten.Ronten window-height 1000

    "$ronten" >"$home/log" 2>&1 &
    pid=$!
    sleep "$wait"
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "screenshots: ronten ended early:" >&2
      cat "$home/log" >&2
      exit 1
    fi
    import -window root "$home/shot.png"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
  )

  # 256 colours keep the text sharp at a quarter of the size.
  convert "$home/shot.png" -strip PNG8:"$file"
  echo "$file"
}

for view in board points; do
  for lang in ja:ja_JP.UTF-8 en:C.UTF-8; do
    for style in light:light dark:dark hc:high-contrast; do
      shot "$view" "${lang%%:*}" "${lang#*:}" "${style%%:*}" "${style#*:}"
    done
  done
done
