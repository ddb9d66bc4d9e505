#!/bin/bash
# Screenshots of the Meetings view (会議) of the real program on a 1366×768
# laptop in Japanese, light: the 次第 and 配布資料 of 第3回 (and a material
# opened), the 宿題, the 議事要旨 (案) of 第1回, and the 答申 outline compared
# with its previous version. Driven with the mouse through xdotool; they go
# to doc/screenshots/laptop-cycle-VIEW.png.
#
# The sample committee has one outline version; a second (素案) is made
# from it, as tools/cycle-screenshots.sh does, so that there is something
# to compare.
#
# Usage: tools/screenshots-cycle.sh [OUTDIR]
# Needs: xvfb-run, xdotool, imagemagick, gsettings, python3, the ja_JP.UTF-8
# locale. BUILD is the build folder (default: _build/dev); WAIT (default 6)
# the seconds the window gets to open; XVFB_SERVER the first display number
# xvfb-run tries (default 99).

set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$top/_build/dev}
out=${1:-$top/doc/screenshots}
wait=${WAIT:-6}
width=1366
height=768

if [ -z "${RT_SCREENSHOTS_XVFB:-}" ]; then
  exec xvfb-run -a -n "${XVFB_SERVER:-99}" -s "-screen 0 ${width}x${height}x24" \
    env RT_SCREENSHOTS_XVFB=1 BUILD="$build" WAIT="$wait" bash "$0" "$out"
fi

ronten=$build/src/ronten
[ -x "$ronten" ] || { echo "screenshots: build Ronten first: $ronten is missing" >&2; exit 1; }
mkdir -p "$out"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ronten-cycle-ui-XXXXXX")
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
d["outlines"].append(dict(v1, id=2, version=2, stage="素案", date="2026-04-15", text=text,
                          created="2026-04-15T09:00:00+09:00"))
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
EOF
"$ronten" import-json "$tmp/two.json" "$tmp/two.ronten" >/dev/null

# shot NAME -- STEPS…: starts Ronten on the Meetings view of the committee,
# runs the steps one by one (click:X,Y, scroll:X,Y,N downwards, key:KEY),
# and takes the screen.
shot () {
  local name=$1
  shift 2
  local home=$tmp/$name

  mkdir -p "$home/config" "$home/data" "$home/cache"
  (
    export XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache
    export GSETTINGS_BACKEND=keyfile GSETTINGS_SCHEMA_DIR=$build/data
    export RONTEN_LOCALEDIR=$build/po GSK_RENDERER=cairo NO_AT_BRIDGE=1
    export LANG=ja_JP.UTF-8 LC_ALL=ja_JP.UTF-8 LANGUAGE=

    gsettings set io.github.ronten.Ronten style light
    gsettings set io.github.ronten.Ronten view cycle
    gsettings set io.github.ronten.Ronten window-width "$width"
    gsettings set io.github.ronten.Ronten window-height "$((height - 32))"

    "$ronten" "$tmp/two.ronten" >"$home/log" 2>&1 &
    pid=$!
    sleep "$wait"
    for step in "$@"; do
      case $step in
        click:*)
          IFS=, read -r x y <<<"${step#click:}"
          xdotool mousemove "$x" "$y" click 1 ;;
        scroll:*)
          IFS=, read -r x y n <<<"${step#scroll:}"
          xdotool mousemove "$x" "$y"
          for _ in $(seq "$n"); do xdotool click 5; sleep 0.2; done ;;
        key:*)
          xdotool key --clearmodifiers "${step#key:}" ;;
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
    if grep -q -e CRITICAL -e WARNING "$home/log"; then
      echo "screenshots: $name: warnings:" >&2
      cat "$home/log" >&2
    fi
  )
  convert "$home/shot.png" -strip PNG8:"$out/laptop-cycle-$name.png"
  echo "$out/laptop-cycle-$name.png"
}

# The view switcher of the Meetings view: 次第・配布資料, 宿題, 議事要旨,
# 答申骨子; the meeting chooser at the left of the bar under it.
agenda=482,75
followups=616,75
summary=749,75
outline=882,75
meeting=128,122

shot agenda --
shot materials -- scroll:680,450,8 click:1082,620 scroll:680,450,8
shot followups -- click:$followups
shot summary -- click:$summary click:$meeting click:52,171
shot outline -- click:$outline click:1176,122
