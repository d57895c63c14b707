#!/usr/bin/env bash
# Instructions executed by the release binary end to end on the benchmark
# pairs, counted by valgrind's callgrind: unlike wall time, the count is the
# same on every run, so it shows what a change to the code did even on a
# noisy machine. With TREE=1, also the heaviest functions (inclusive).
# Installs valgrind from Debian's packages if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null; }
cargo build --release --quiet
cargo run --release --quiet --example synth_pairs -- target/synth
pairs=(
  "seeds/001_f645d6d34d6fbb5d.txt seeds/000_da5010157984a27d.txt"
  "fixtures/real/A-C.1-80-L.41.en.txt fixtures/real/A-RES-80-57.en.txt"
  "seeds/004_a766b7494bea99d2.txt target/synth/A-74-821.edited.txt"
)
for p in "${pairs[@]}"; do
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
