#!/usr/bin/env bash
# Whole-session benchmark: the 79th-session resolutions against the 80th's
# through the folder comparison (files paired by title), given the corpus
# folder (e.g. ../shared/corpus/en). Prints the median time for all pairs
# (hyperfine, 3 runs) and pairs per second.
set -euo pipefail
corpus=${1:?usage: bench/session.sh CORPUS_DIR}
corpus=$(cd "$corpus" && pwd)
cd "$(dirname "$0")/.."
source bench/common.sh
need hyperfine
cargo build --release --quiet
work=target/session && rm -rf "$work" && mkdir -p "$work/79" "$work/80"
ln -s "$corpus"/A-RES-79-*.txt "$work/79/"
ln -s "$corpus"/A-RES-80-*.txt "$work/80/"
target/release/resdiff --stat "$work/79" "$work/80" > "$work/out.txt" || true
summary=$(tail -n 1 "$work/out.txt")
pairs=${summary%% pairs*}
hyperfine -N -i -w 1 -r 3 --export-csv "$work/h.csv" "target/release/resdiff --stat $work/79 $work/80" >/dev/null 2>&1
median=$(tail -n 1 "$work/h.csv" | cut -d, -f4)
echo "$(ls "$work/79" | wc -l) + $(ls "$work/80" | wc -l) files; $summary"
awk -v t="$median" -v p="$pairs" 'BEGIN { printf "all pairs: %.2f s median; %.0f pairs/s\n", t, p / t }'
