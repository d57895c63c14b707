#!/usr/bin/env bash
# What `resdiff history` costs on a chain of ten versions against the nine
# `resdiff OLD NEW` runs it replaces: instructions counted by valgrind's
# callgrind (the same on every run, so the comparison holds on a noisy
# machine), summed over the nine pairwise runs. Both read every file and
# compare; `-q` leaves rendering out of both. Chains: target/synth/chain-N
# (N paragraphs, about a tenth edited from version to version).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
need valgrind
prepare
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" >/dev/null 2>target/synth/callgrind.err || true
  grep -o 'refs: *[0-9,]*' target/synth/callgrind.err | tr -dc '0-9'
}
printf '%-10s %16s %22s %7s\n' chain "history (M instr)" "9 pairwise (M instr)" ratio
for n in 60 1000; do
  files=(target/synth/chain-$n/v*.txt)
  history=$(count target/release/resdiff history -q "${files[@]}")
  pairwise=0
  for ((i = 0; i + 1 < ${#files[@]}; i++)); do
    pairwise=$((pairwise + $(count target/release/resdiff -q "${files[i]}" "${files[i + 1]}")))
  done
  awk -v n="chain-$n" -v h="$history" -v p="$pairwise" \
    'BEGIN { printf "%-10s %16.1f %22.1f %7.2f\n", n, h / 1e6, p / 1e6, h / p }'
done
