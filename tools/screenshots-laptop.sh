#!/bin/bash
# Takes screenshots of the real program as a secretariat uses it: on a
# 1366×768 laptop (WIDTH×HEIGHT), in Japanese, light and dark, every view
# and the windows opened from it, driven with the keyboard through xdotool.
# They go to doc/screenshots/laptop-VIEW-STYLE.png.
#
# Usage: tools/screenshots-laptop.sh [OUTDIR]
# Needs: xvfb-run, xdotool, imagemagick, gsettings, the ja_JP.UTF-8 locale
# (build-aux/install-deps.sh installs them all). BUILD is the build folder
# (default: build/); WAIT (default 6) the seconds the window gets to open.

set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$top/build}
out=${1:-$top/doc/screenshots}
wait=${WAIT:-6}
width=${WIDTH:-1366}
height=${HEIGHT:-768}

if [ -z "${RT_SCREENSHOTS_XVFB:-}" ]; then
  exec xvfb-run -a -s "-screen 0 ${width}x${height}x24" \
    env RT_SCREENSHOTS_XVFB=1 BUILD="$build" WAIT="$wait" WIDTH="$width" HEIGHT="$height" bash "$0" "$out"
fi

ronten=$build/src/ronten
[ -x "$ronten" ] || { echo "screenshots: build Ronten first: $ronten is missing" >&2; exit 1; }
mkdir -p "$out"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ronten-screenshots-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# shot NAME STYLE VIEW [FILE] -- KEYS…: starts Ronten on VIEW (on FILE, or
# the sample), sends KEYS to its window one by one (click:X,Y clicks,
# type:TEXT types TEXT), and takes the screen.
shot () {
  local name=$1 style=$2 view=$3 file=$4
  shift 5
  local home=$tmp/$name-$style

  mkdir -p "$home/config" "$home/data" "$home/cache"
  (
    export XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache
    export GSETTINGS_BACKEND=keyfile GSETTINGS_SCHEMA_DIR=$build/data
    export RONTEN_LOCALEDIR=$build/po GSK_RENDERER=cairo NO_AT_BRIDGE=1
    export LANG=ja_JP.UTF-8 LC_ALL=ja_JP.UTF-8 LANGUAGE=

    gsettings set io.github.ronten.Ronten style "$style"
    gsettings set io.github.ronten.Ronten view "$view"
    gsettings set io.github.ronten.Ronten window-width "$width"
    gsettings set io.github.ronten.Ronten window-height "$((height - 32))"

    if [ -n "$file" ]; then
      "$ronten" "$file" >"$home/log" 2>&1 &
    else
      "$ronten" >"$home/log" 2>&1 &
    fi
    pid=$!
    sleep "$wait"
    for key in "$@"; do
      case $key in
        # click:X,Y clicks there, as a pointer does.
        click:*) xy=${key#click:}; xdotool mousemove "${xy%,*}" "${xy#*,}" click 1 ;;
        type:*) xdotool type --delay 120 "${key#type:}" ;;
        *) xdotool key --clearmodifiers "$key" ;;
      esac
      sleep 1.5
    done
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "screenshots: ronten ended early:" >&2
      cat "$home/log" >&2
      exit 1
    fi
    import -window root "$home/shot.png"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
  )
  convert "$home/shot.png" -strip PNG8:"$out/laptop-$name-$style.png"
  echo "$out/laptop-$name-$style.png"
}

"$ronten" new "$tmp/empty.ronten" --empty --name="市民協働推進委員会" >/dev/null

for style in light dark; do
  shot board "$style" board "" --
  shot points "$style" points "" --
  shot map "$style" map "" --
  # The Responses view in board order, the first opinion selected with the
  # answer it shares; then the first unanswered one, a kind chosen (Ctrl+3).
  shot responses "$style" responses "" -- click:652,75 click:300,160
  shot responses-answering "$style" responses "" -- click:300,160 ctrl+3
  shot speakers "$style" points "" -- F9
  shot handouts "$style" board "" -- ctrl+p
  shot presenting "$style" board "" -- F5
  shot projector-page "$style" board "" -- F5 Right Right Down
  shot empty-committee "$style" board "$tmp/empty.ronten" --
  shot empty-console "$style" board "$tmp/empty.ronten" -- F5
  shot meetings "$style" board "" -- ctrl+shift+m
  shot meetings-empty "$style" board "$tmp/empty.ronten" -- ctrl+shift+m
  shot people "$style" board "" -- ctrl+shift+l Down Down
  # A speaker who is not in the list, typed in the capture bar: offered.
  shot capture-new-speaker "$style" board "" -- ctrl+shift+n shift+Tab "type:山本委員"
done
