#!/bin/bash
# ronten suggest-themes, place-cards and suggest-points: JSON on standard
# output, the same bytes every run, usage errors with exit code 2, and the
# committee file left as it was.
#
# Usage: test-cli-suggest.sh RONTEN

set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 RONTEN" >&2
  exit 2
fi

ronten=$1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ronten-test-cli-suggest-XXXXXX")
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

is_json () {
  python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$1"
}

"$ronten" new "$tmp/a.ronten" >/dev/null

test_suggest_themes () {
  "$ronten" suggest-themes "$tmp/a.ronten" --k 8 >"$tmp/t1" || return 1
  "$ronten" suggest-themes "$tmp/a.ronten" --k=8 --scope all >"$tmp/t2" || return 1
  cmp -s "$tmp/t1" "$tmp/t2" || return 1
  is_json "$tmp/t1" || return 1
  python3 - "$tmp/t1" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["k"] == 8 and len(d["themes"]) == 8, d["k"]
ids = sorted(c["id"] for t in d["themes"] for c in t["cards"]) + d["unclustered"]
assert sorted(ids) == list(range(1, 47)), ids
assert all(t["name"] and t["terms"] for t in d["themes"])
PY
}

test_scopes () {
  "$ronten" suggest-themes "$tmp/a.ronten" --scope meeting:2 >"$tmp/m" || return 1
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["cards"] == 19, d["cards"]' "$tmp/m" || return 1
  "$ronten" suggest-themes "$tmp/a.ronten" --scope inbox >"$tmp/i" || return 1
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["cards"] == 0 and d["themes"] == []' "$tmp/i"
}

test_place_and_points () {
  "$ronten" place-cards "$tmp/a.ronten" >"$tmp/p" || return 1
  is_json "$tmp/p" || return 1
  "$ronten" suggest-points "$tmp/a.ronten" >"$tmp/q1" || return 1
  "$ronten" suggest-points "$tmp/a.ronten" >"$tmp/q2" || return 1
  cmp -s "$tmp/q1" "$tmp/q2" || return 1
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["cards"]) == 46 and len(d["themes"]) == 8' "$tmp/q1"
}

test_usage () {
  local status
  for args in "" "--k 0 $tmp/a.ronten" "$tmp/a.ronten --scope bogus" "$tmp/a.ronten --scope meeting:x"; do
    set +e
    # shellcheck disable=SC2086
    "$ronten" suggest-themes $args >/dev/null 2>&1
    status=$?
    set -e
    [ "$status" -eq 2 ] || { echo "suggest-themes $args: $status" >&2; return 1; }
  done
  set +e
  "$ronten" suggest-themes "$tmp/a.ronten" --scope meeting:99 >/dev/null 2>&1
  status=$?
  set -e
  [ "$status" -eq 1 ]
}

test_unchanged () {
  "$ronten" stats "$tmp/a.ronten" >"$tmp/s" || return 1
  grep -q '^themes: 8$' "$tmp/s"
}

check "suggest-themes prints the same JSON every run" test_suggest_themes
check "suggest-themes scopes" test_scopes
check "place-cards and suggest-points" test_place_and_points
check "usage errors" test_usage
check "the committee is unchanged" test_unchanged

echo "1..$n"
[ "$failures" -eq 0 ]
