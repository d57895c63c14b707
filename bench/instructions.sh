#!/usr/bin/env bash
# Instructions executed by the release binary end to end on the benchmark
# pairs, counted by valgrind's callgrind: unlike wall time, the count is the
# same on every run, so it shows what a change to the code did even on a
# noisy machine. With TREE=1, also the heaviest functions (inclusive).
# Installs valgrind from Debian's packages if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
need valgrind
prepare
for p in "${PAIRS[@]}"; do
  set -- $p
  out=target/synth/callgrind.out
  valgrind --tool=callgrind --callgrind-out-file="$out" \
    target/release/resdiff --color never "$1" "$2" >/dev/null 2>target/synth/callgrind.err || true
  refs=$(grep -o 'refs: *[0-9,]*' target/synth/callgrind.err | tr -dc '0-9')
  awk -v n="$(basename "$1") -> $(basename "$2")" -v r="$refs" \
    'BEGIN { printf "%-60s %8.1f M instructions\n", n, r / 1e6 }'
  if [[ "${TREE:-}" == 1 ]]; then
    callgrind_annotate --inclusive=yes "$out" 2>/dev/null | grep 'resdiff::' | head -20
  fi
done
