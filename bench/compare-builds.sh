#!/bin/bash
# Runs the benchmarks of two builds in turn, ROUNDS times, so that both see
# the same machine at the same moments, and prints each figure as
# old → new (median over the rounds, then the range).
#
#   bench/compare-builds.sh OLD_BUILD_DIR NEW_BUILD_DIR [ROUNDS]
#
# Both builds should be release builds (meson setup --buildtype=release).
# Needs xvfb-run for the benchmarks that open windows.
set -euo pipefail

old=$1
new=$2
rounds=${3:-3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

export GSK_RENDERER=cairo
# Settings in memory: no run depends on the view or size the last one left.
export GSETTINGS_BACKEND=memory

run () {  # build tag name round
  local build=$1 tag=$2 name=$3 round=$4
  case $name in
    bench-board|bench-startup|bench-map)
      timeout 900 xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" "$build/bench/$name" \
        > "$out/$name.$tag.$round" 2>/dev/null || true ;;
    *)
      timeout 900 "$build/bench/$name" > "$out/$name.$tag.$round" 2>/dev/null || true ;;
  esac
}

benches="bench-startup bench-board bench-map bench-search bench-import"
for round in $(seq 1 "$rounds"); do
  for name in $benches; do
    run "$old" old "$name" "$round"
    run "$new" new "$name" "$round"
  done
done

# The figures: a label and a Python regular expression whose group 1 is the number.
python3 - "$out" "$rounds" <<'PY'
import re, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
old, new = "old", "new"  # the two builds' files; their directories may share a name
figures = [
  ("bench-startup", "warm start, Ronten (ms)", r"warm.*?\n(?:.*\n)*?\s*Ronten on the sample committee: median ([\d.]+) ms"),
  ("bench-startup", "cold start, Ronten (ms)", r"cold.*?\n(?:.*\n)*?\s*Ronten on the sample committee: median ([\d.]+) ms"),
  ("bench-board", "board window, first frame (ms)", r"first frame after ([\d.]+) ms"),
  ("bench-board", "board scroll frame p50 (ms)", r"frame time: p50 ([\d.]+) ms"),
  ("bench-board", "board scroll frame p95 (ms)", r"frame time: p50 [\d.]+ ms, p95 ([\d.]+) ms"),
  ("bench-board", "edit one card, frame p95 (ms)", r"editing one card: frame p50 [\d.]+ ms, p95 ([\d.]+) ms"),
  ("bench-board", "add/delete a theme, to painted p50 (ms)", r"call to painted p50 ([\d.]+) ms, max"),
  ("bench-map", "map layout converged (ms)", r"converged, \d+ iterations\s+([\d.]+) ms"),
  ("bench-map", "map frame 5,000 cards p50 (ms)", r"map of\s+\d+ nodes: p50 ([\d.]+) ms"),
  ("bench-map", "map frame 5,000 cards p95 (ms)", r"map of\s+\d+ nodes: p50 [\d.]+ ms\s+p95 ([\d.]+) ms"),
  ("bench-search", "search, 2 characters median (ms)", r"2 characters\s+: median\s+([\d.]+) ms"),
  ("bench-search", "search, 5 characters median (ms)", r"5 characters\s+: median\s+([\d.]+) ms"),
  ("bench-search", "import 10,000 cards with undo log (ms)", r"without undo log, ([\d.]+) ms with"),
  ("bench-import", "import review, total (ms)", r"total:\s+([\d.]+) ms"),
  ("bench-import", "parse 10 MB (ms)", r"parse: 10.0 MB, \d+ statements: ([\d.]+) ms"),
]
def values(name, build, pattern):
  got = []
  for r in range(1, rounds + 1):
    try:
      text = open(f"{out}/{name}.{build}.{r}").read()
    except OSError:
      continue
    m = re.search(pattern, text)
    if m:
      got.append(float(m.group(1)))
  return got
print(f"{'figure':42} {old:>18} {new:>18}  change")
for name, label, pattern in figures:
  a, b = values(name, old, pattern), values(name, new, pattern)
  def show(v):
    return f"{statistics.median(v):8.1f} [{min(v):.1f}–{max(v):.1f}]" if v else "       —"
  change = f"{(statistics.median(b) / statistics.median(a) - 1) * 100:+.0f} %" if a and b else ""
  print(f"{label:42} {show(a):>18} {show(b):>18}  {change}")
PY
