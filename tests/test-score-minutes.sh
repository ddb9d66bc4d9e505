#!/bin/bash
# The minutes parser scored on the corpus of real minutes (tests/data/minutes)
# by tests/score-minutes.py; fails below the figures the parser has reached.
# Usage: test-score-minutes.sh RONTEN SET MIN_RECALL MIN_PRECISION
set -euo pipefail

ronten=$1
set=$2
min_recall=$3
min_precision=$4
here=$(cd "$(dirname "$0")" && pwd)

if ! command -v python3 >/dev/null; then
  echo "python3 is missing; skipping"
  exit 77
fi
if [ ! -d "$here/data/minutes" ]; then
  echo "tests/data/minutes is missing; skipping"
  exit 77
fi

exec python3 "$here/score-minutes.py" --set "$set" \
  --min-recall "$min_recall" --min-precision "$min_precision" \
  --by convention -- "$ronten" parse-minutes --with-kind
