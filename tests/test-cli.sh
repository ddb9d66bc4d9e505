#!/bin/bash
# Drives the command line as a script would: its verbs, their output, their
# exit codes, and that a failing verb leaves committee files as they were.
#
# Usage: test-cli.sh RONTEN

set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 RONTEN" >&2
  exit 2
fi

ronten=$1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ronten-test-cli-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

failures=0
n=0

check () {
  local name=$1; shift
  n=$((n + 1))
  if "$@"; then
    echo "ok $n $name"
  else
    echo "not ok $n $name"
    failures=$((failures + 1))
  fi
}

# Runs ronten, keeping its exit code, standard output and standard error.
run () {
  set +e
  "$ronten" "$@" >"$tmp/out" 2>"$tmp/err"
  status=$?
  set -e
}

expected_stats='meetings: 3
speakers: 13
cards: 46
themes: 8
points: 9
card-point-links: 9'

# The counts a script relies on, each on a line of its own.
stats_lines () {
  grep -E '^(meetings|speakers|cards|themes|points|card-point-links): ' "$1"
}

test_help () {
  run --help
  [ "$status" -eq 0 ] || return 1
  for verb in new export-json import-json stats; do
    grep -qE "^  $verb( |$)" "$tmp/out" || { echo "help does not list $verb" >&2; return 1; }
  done
  [ ! -s "$tmp/err" ]
}

test_new_and_stats () {
  run new "$tmp/a.ronten"
  [ "$status" -eq 0 ] || { cat "$tmp/err" >&2; return 1; }
  [ -f "$tmp/a.ronten" ] || return 1
  [ ! -e "$tmp/a.ronten.part" ] || return 1

  run stats "$tmp/a.ronten"
  [ "$status" -eq 0 ] || { cat "$tmp/err" >&2; return 1; }
  [ ! -s "$tmp/err" ] || return 1
  [ "$(stats_lines "$tmp/out")" = "$expected_stats" ] || { cat "$tmp/out" >&2; return 1; }
  grep -qx 'inbox: 0' "$tmp/out" &&
  grep -qx 'theme-point-links: 3' "$tmp/out" || return 1

  # Links per point and the coverage matrices follow as TSV sections.
  grep -qx '# links per point' "$tmp/out" &&
  grep -qP '^1\t協働制度の見直しと働きかけ\t6\t6$' "$tmp/out" &&
  grep -qP '^9\t市民活動支援組織の力量形成\t4\t0$' "$tmp/out" &&
  grep -qx '# coverage point×speaker' "$tmp/out" &&
  grep -qP '^point\t金尾委員長\t林委員\t降旗委員\t' "$tmp/out" &&
  grep -qP '^1\t1\t0\t2\t0\t2\t0\t0\t0\t0\t0\t0\t1\t0\t6$' "$tmp/out" &&
  grep -qx '# coverage point×meeting' "$tmp/out" &&
  grep -qP '^2\t0\t0\t0\t0$' "$tmp/out"
}

test_new_existing () {
  cp "$tmp/a.ronten" "$tmp/a.copy"
  run new "$tmp/a.ronten"
  [ "$status" -ne 0 ] || return 1
  [ -s "$tmp/err" ] || return 1
  cmp -s "$tmp/a.ronten" "$tmp/a.copy"
}

test_round_trip () {
  run export-json "$tmp/a.ronten" "$tmp/a.json"
  [ "$status" -eq 0 ] || { cat "$tmp/err" >&2; return 1; }
  [ -s "$tmp/a.json" ] || return 1

  run import-json "$tmp/a.json" "$tmp/b.ronten"
  [ "$status" -eq 0 ] || { cat "$tmp/err" >&2; return 1; }

  run export-json "$tmp/b.ronten" "$tmp/b.json"
  [ "$status" -eq 0 ] || return 1
  cmp "$tmp/a.json" "$tmp/b.json" || return 1

  # To standard output, the same JSON with a final newline.
  run export-json "$tmp/b.ronten"
  [ "$status" -eq 0 ] || return 1
  { cat "$tmp/a.json"; echo; } | cmp - "$tmp/out" || return 1

  # Replacing a committee with its own export changes nothing.
  run import-json "$tmp/a.json" "$tmp/b.ronten" --replace
  [ "$status" -eq 0 ] || { cat "$tmp/err" >&2; return 1; }
  run export-json "$tmp/b.ronten" "$tmp/c.json"
  cmp "$tmp/a.json" "$tmp/c.json"
}

test_import_broken () {
  local before
  run stats "$tmp/b.ronten"
  before=$(cat "$tmp/out")

  printf '{"format": "ronten-committee", "version": 1, "cards": [' >"$tmp/broken.json"
  sed 's/"speaker" : 2,/"speaker" : 999,/' "$tmp/a.json" >"$tmp/dangling.json"
  ! cmp -s "$tmp/a.json" "$tmp/dangling.json" || return 1

  for input in broken.json dangling.json a.json; do
    for flag in --replace ""; do
      # Only the sample itself, imported without --replace, is refused for
      # being imported into a committee that is not empty.
      [ "$input" = a.json ] && [ "$flag" = --replace ] && continue
      run import-json "$tmp/$input" "$tmp/b.ronten" $flag
      [ "$status" -ne 0 ] || { echo "import of $input $flag succeeded" >&2; return 1; }
      [ -s "$tmp/err" ] || return 1
      [ ! -s "$tmp/out" ] || return 1
    done
  done

  run stats "$tmp/b.ronten"
  [ "$status" -eq 0 ] || return 1
  [ "$(cat "$tmp/out")" = "$before" ] || return 1

  # A broken file never becomes a new committee.
  run import-json "$tmp/broken.json" "$tmp/c.ronten"
  [ "$status" -ne 0 ] || return 1
  [ ! -e "$tmp/c.ronten" ] && [ ! -e "$tmp/c.ronten.part" ]
}

test_stats_not_a_committee () {
  printf '委員会の議事録です。\n' >"$tmp/minutes.txt"
  for file in "$tmp/minutes.txt" "$tmp/missing.ronten" "$tmp"; do
    run stats "$file"
    [ "$status" -ne 0 ] || return 1
    [ -s "$tmp/err" ] || return 1
    [ ! -s "$tmp/out" ] || { echo "stats printed on stdout for $file" >&2; return 1; }
  done
  [ ! -e "$tmp/missing.ronten" ]
}

test_usage () {
  run stats
  [ "$status" -eq 2 ] || return 1
  [ -s "$tmp/err" ] || return 1
  [ ! -s "$tmp/out" ] || return 1

  run stats "$tmp/a.ronten" "$tmp/b.ronten"
  [ "$status" -eq 2 ] || return 1

  run new
  [ "$status" -eq 2 ] || return 1

  run import-json "$tmp/a.json"
  [ "$status" -eq 2 ]
}

check help test_help
check new-and-stats test_new_and_stats
check new-existing test_new_existing
check round-trip test_round_trip
check import-broken test_import_broken
check stats-not-a-committee test_stats_not_a_committee
check usage test_usage

# search: id, tab, text per card; nothing (and success) when nothing matches.
test_search () {
  run new "$tmp/search.ronten"
  [ "$status" -eq 0 ] || return 1

  run search "$tmp/search.ronten" 協働
  [ "$status" -eq 0 ] || return 1
  [ -s "$tmp/out" ] || return 1
  ! grep -qvP '^[0-9]+\t[^\t]*協働[^\t]*$' "$tmp/out" || { echo "search printed a line without 協働" >&2; return 1; }

  # Two characters, and full-width letters that find half-width ones.
  run search "$tmp/search.ronten" 案
  [ "$status" -eq 0 ] || return 1
  run search "$tmp/search.ronten" ｎｐｏ
  [ "$status" -eq 0 ] || return 1
  grep -q 'NPO' "$tmp/out" || return 1

  run search "$tmp/search.ronten" 鰻重
  [ "$status" -eq 0 ] || return 1
  [ ! -s "$tmp/out" ] || return 1

  run search "$tmp/search.ronten"
  [ "$status" -eq 2 ] || return 1

  run search "$tmp/missing.ronten" 協働
  [ "$status" -eq 1 ]
}

check search test_search

# new --empty: the nine national points and their proposals, nothing else.
test_new_empty () {
  run new "$tmp/empty.ronten" --empty --name=第1回準備委員会
  [ "$status" -eq 0 ] || { cat "$tmp/err" >&2; return 1; }
  [ ! -e "$tmp/empty.ronten.part" ] || return 1

  run stats "$tmp/empty.ronten"
  [ "$status" -eq 0 ] || { cat "$tmp/err" >&2; return 1; }
  grep -qx 'meetings: 0' "$tmp/out" &&
  grep -qx 'speakers: 0' "$tmp/out" &&
  grep -qx 'cards: 0' "$tmp/out" &&
  grep -qx 'themes: 0' "$tmp/out" &&
  grep -qx 'points: 9' "$tmp/out" || { cat "$tmp/out" >&2; return 1; }

  run export-json "$tmp/empty.ronten"
  [ "$status" -eq 0 ] || return 1
  grep -q '"name" *: *"第1回準備委員会"' "$tmp/out" &&
  grep -q '協働専担課の設置' "$tmp/out" || return 1

  run new "$tmp/other.ronten" --emtpy
  [ "$status" -eq 2 ] && [ ! -e "$tmp/other.ronten" ]
}

check new-empty test_new_empty

echo "1..$n"
[ "$failures" -eq 0 ]
