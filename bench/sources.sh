#!/usr/bin/env bash
# `resdiff sources` on a corpus folder (e.g. ../shared/corpus/en, 1,202
# texts): index time and one query's time in process (median of several
# runs, examples/sources_bench.rs), then the whole command's wall time and
# peak memory (/usr/bin/time -v) against the corpus's size in bytes. The
# in-process figures are wall times: on a loaded machine, read the CPU time
# of the whole command beside them.
set -euo pipefail
corpus=${1:?usage: bench/sources.sh CORPUS_DIR [NEW_TEXT]}
new=${2:-$corpus/A-C.1-80-L.41.en.txt}
cd "$(dirname "$0")/.."
source bench/common.sh
need /usr/bin/time time
cargo build --release --quiet --example sources_bench --bin resdiff
target=${CARGO_TARGET_DIR:-target}
"$target/release/examples/sources_bench" "$corpus" "$new"
bytes=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' \) -print0 | xargs -0 cat | wc -c)
/usr/bin/time -v "$target/release/resdiff" sources "$new" --in "$corpus" --format json \
  >/dev/null 2>"$target/sources-time.txt" || true
wall=$(grep 'Elapsed (wall clock)' "$target/sources-time.txt" | awk '{print $NF}')
cpu=$(grep 'User time' "$target/sources-time.txt" | awk '{print $NF}')
rss=$(grep 'Maximum resident set size' "$target/sources-time.txt" | awk '{print $NF}')
awk -v b="$bytes" -v r="$rss" -v w="$wall" -v u="$cpu" 'BEGIN {
  printf "whole command: %s wall, %s s user CPU; peak RSS %.0f MB for %.1f MB of texts (%.1f x)\n", w, u, r / 1024, b / 1e6, r * 1024 / b
}'
