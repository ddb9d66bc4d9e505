#!/bin/bash
# parse-minutes and import-minutes on seed 000, as a script would use them.
# Usage: test-cli-minutes.sh RONTEN
set -euo pipefail

ronten=$1
seed=$(ls "${RT_SEEDS_DIR:-/nonexistent}"/000_*.txt 2>/dev/null | head -n 1 || true)
if [ -z "$seed" ]; then
  echo "RT_SEEDS_DIR is not set or has no seed 000" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail () {
  echo "FAIL: $*" >&2
  exit 1
}

# The first part of the seed: 資料1-1 and 資料1-2, up to the point table.
line=$(grep -n '^「NPOと行政の協働タスクチーム」が提示した論点' "$seed" | head -n 1 | cut -d: -f1)
head -n $((line - 1)) "$seed" > "$tmp/part1.txt"
# The repeated 資料1-2, later in the seed.
start=$(grep -n '^【資料1-2】' "$seed" | head -n 1 | cut -d: -f1)
end=$(awk -v s="$start" 'NR > s && /^①$/ { print NR; exit }' "$seed")
sed -n "${start},$((end - 1))p" "$seed" > "$tmp/part2.txt"

# parse-minutes: one statement per line, the summary on standard error.
"$ronten" parse-minutes "$tmp/part1.txt" > "$tmp/out" 2> "$tmp/err"
[ "$(wc -l < "$tmp/out")" -eq 46 ] || fail "46 statements expected, got $(wc -l < "$tmp/out")"
grep -qx '46 statements, 13 speakers, 0 unattributed, 0 unused characters' "$tmp/err" \
  || fail "summary line: $(cat "$tmp/err")"
[ "$(head -n 1 "$tmp/out" | cut -f 1)" = "林委員" ] || fail "first speaker"
head -n 1 "$tmp/out" | cut -f 2 > "$tmp/first"
grep -q '^協働相手として「市民」としているが' "$tmp/first" || fail "first text"
[ "$(cut -f 1 "$tmp/out" | sort -u | wc -l)" -eq 13 ] || fail "13 distinct speakers"
[ "$(awk -F '\t' 'NF != 2' "$tmp/out" | wc -l)" -eq 0 ] || fail "speaker<TAB>text on every line"

# Standard input, and a text split over lines shown on one.
"$ronten" parse-minutes - < "$tmp/part2.txt" > "$tmp/out2" 2> "$tmp/err2"
[ "$(wc -l < "$tmp/out2")" -eq 19 ] || fail "19 statements in the repeated 資料1-2"
printf '○林委員　一段落目。\n\n二段落目は改行のあとに続く。\n- 3 -\n' > "$tmp/turn.txt"
"$ronten" parse-minutes "$tmp/turn.txt" > "$tmp/out3" 2> "$tmp/err3"
[ "$(wc -l < "$tmp/out3")" -eq 1 ] || fail "one statement in a two-paragraph turn"
grep -qxF "$(printf '林委員\t一段落目。\\n二段落目は改行のあとに続く。')" "$tmp/out3" || fail "newline shown as \\n: $(cat "$tmp/out3")"
grep -q '1 statements, 1 speakers, 0 unattributed, 5 unused characters' "$tmp/err3" || fail "unused: $(cat "$tmp/err3")"

# A missing file is an error, not a crash.
if "$ronten" parse-minutes "$tmp/missing.txt" > /dev/null 2>&1; then
  fail "a missing file must fail"
fi

# import-minutes into the sample: its 46 opinions are there already.
"$ronten" new "$tmp/c.ronten" > /dev/null
"$ronten" stats "$tmp/c.ronten" > "$tmp/before"
"$ronten" import-minutes "$tmp/part1.txt" "$tmp/c.ronten" --meeting 3 > "$tmp/sum"
grep -qx 'statements: 46' "$tmp/sum" || fail "statements: $(cat "$tmp/sum")"
grep -qx 'cards: 0' "$tmp/sum" || fail "no card expected: $(cat "$tmp/sum")"
grep -qx 'duplicates-skipped: 46' "$tmp/sum" || fail "46 duplicates expected: $(cat "$tmp/sum")"
grep -qx 'meeting: 3' "$tmp/sum" || fail "meeting 3 exists"
"$ronten" stats "$tmp/c.ronten" > "$tmp/after"
# Nothing new: nothing stored, not even the minutes as a source.
cmp -s "$tmp/before" "$tmp/after" || fail "nothing stored: $(diff "$tmp/before" "$tmp/after")"
grep -qx 'cards: 46' "$tmp/after" || fail "still 46 cards"
# Nor a meeting made for nothing.
"$ronten" import-minutes "$tmp/part1.txt" "$tmp/c.ronten" --meeting 9 > "$tmp/sum"
grep -qx 'meeting: 9' "$tmp/sum" || fail "meeting 9 not created: $(cat "$tmp/sum")"
"$ronten" stats "$tmp/c.ronten" > "$tmp/after"
cmp -s "$tmp/before" "$tmp/after" || fail "no meeting made: $(diff "$tmp/before" "$tmp/after")"

# A new meeting, new cards, new speakers, new themes; the repeated 資料1-2 is skipped.
cat "$tmp/part2.txt" > "$tmp/new.txt"
printf '\n新しいテーマ\n\n○佐藤委員　若い世代の参加を増やす工夫が必要だ。\n\n委員長：本日はこれで終わります。\n' >> "$tmp/new.txt"
"$ronten" import-minutes "$tmp/new.txt" "$tmp/c.ronten" --meeting 4 > "$tmp/sum"
grep -qx 'meeting: 4 (created)' "$tmp/sum" || fail "meeting 4 created: $(cat "$tmp/sum")"
# 委員長：本日はこれで終わります。 is the chair's procedure: not imported.
grep -qx 'cards: 1' "$tmp/sum" || fail "1 card: $(cat "$tmp/sum")"
grep -qx 'excluded: 1' "$tmp/sum" || fail "procedure excluded: $(cat "$tmp/sum")"
grep -qx 'duplicates-skipped: 19' "$tmp/sum" || fail "19 duplicates: $(cat "$tmp/sum")"
grep -qx 'new-speakers: 1' "$tmp/sum" || fail "佐藤委員 is new: $(cat "$tmp/sum")"
grep -qx 'new-aliases: 0' "$tmp/sum" || fail "委員長 not used, not remembered: $(cat "$tmp/sum")"
grep -qx 'new-themes: 1' "$tmp/sum" || fail "新しいテーマ: $(cat "$tmp/sum")"
"$ronten" stats "$tmp/c.ronten" > "$tmp/after"
grep -qx 'meetings: 4' "$tmp/after" || fail "4 meetings"
grep -qx 'cards: 47' "$tmp/after" || fail "47 cards"
grep -qx 'sources: 1' "$tmp/after" || fail "1 source: the minutes that brought a card"
grep -qx 'speakers: 14' "$tmp/after" || fail "14 speakers"

# From standard input, into a read-only file: an error, and nothing stored.
chmod a-w "$tmp/c.ronten"
if [ "$(id -u)" -ne 0 ]; then
  if "$ronten" import-minutes - "$tmp/c.ronten" --meeting 5 < "$tmp/turn.txt" > /dev/null 2> "$tmp/err"; then
    fail "a read-only committee must refuse the import"
  fi
fi
chmod u+w "$tmp/c.ronten"
"$ronten" stats "$tmp/c.ronten" > "$tmp/after"
grep -qx 'cards: 47' "$tmp/after" || fail "nothing stored on failure"

# Usage errors.
if "$ronten" import-minutes "$tmp/part1.txt" "$tmp/c.ronten" > /dev/null 2>&1; then
  fail "--meeting is required"
fi

# The verbs are listed in the help.
"$ronten" --help > "$tmp/help"
grep -q '^  parse-minutes MINUTES' "$tmp/help" || fail "parse-minutes in --help"
grep -q '^  import-minutes MINUTES FILE --meeting N' "$tmp/help" || fail "import-minutes in --help"

echo "cli-minutes: ok"
