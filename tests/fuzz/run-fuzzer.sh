#!/usr/bin/env bash
# run-fuzzer.sh FUZZER CORPUS SECONDS [MAX_LEN] — runs a libFuzzer target for SECONDS on a
# copy of CORPUS and fails if it finds a crash, a leak or a timeout.
#
# The seed is fixed (RONTEN_FUZZ_SEED, 1 unless set) so that what CI finds can
# be found again on any machine: the same seed walks the same inputs, only
# further on a faster machine. Longer searches with other seeds are run by
# hand (HACKING.md, "Fuzzing"), and what they find is fixed and its input kept
# in the corpus.
set -euo pipefail
fuzzer=$1 corpus=$2 seconds=$3 max_len=${4:-16384}
seed=${RONTEN_FUZZ_SEED:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$work/artifacts"
cp -r "$corpus"/. "$work/corpus/"
set +e
"$fuzzer" "$work/corpus" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -seed="$seed" \
  -artifact_prefix="$work/artifacts/" -print_final_stats=1 2>"$work/log"
rc=$?
set -e
grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done)' "$work/log" || true
tail -n 3 "$work/log"
if [ $rc -ne 0 ] || [ -n "$(ls -A "$work/artifacts")" ]; then
  echo "fuzzer failed (exit $rc, seed $seed); its log:" >&2
  tail -n 60 "$work/log" >&2
  for f in "$work"/artifacts/*; do [ -f "$f" ] && { echo "artifact $f:" >&2; base64 "$f" | head -n 40 >&2; }; done
  exit 1
fi
