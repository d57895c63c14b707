#!/usr/bin/env bash
# Scaling benchmark: time and peak memory of the release binary on generated
# pairs of 100 to 50,000 paragraphs (about 5% edited) and on near-identical
# boilerplate. One row per pair: median wall time (hyperfine, 5 runs), peak
# RSS (/usr/bin/time), input size, and memory as a multiple of the input.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
need hyperfine
need /usr/bin/time time
prepare
printf '%-20s %7s %11s %11s %11s %8s\n' pair paras "median(ms)" "peak RSS" input "mem/in"
for name in scale-100 scale-1000 scale-10000 scale-50000 boilerplate-2000 boilerplate-20000; do
  old=target/synth/$name.old.txt new=target/synth/$name.new.txt
  hyperfine -N -i -w 1 -r 5 --export-csv target/synth/h.csv "target/release/resdiff --stat $old $new" >/dev/null 2>&1
  median=$(tail -n 1 target/synth/h.csv | cut -d, -f4)
  /usr/bin/time -f '%M' -o target/synth/rss.txt target/release/resdiff --stat "$old" "$new" >/dev/null || true
  rss=$(tail -n 1 target/synth/rss.txt)
  bytes=$(( $(stat -c %s "$old") + $(stat -c %s "$new") ))
  paras=$(grep -c . "$old")
  awk -v n="$name" -v p="$paras" -v t="$median" -v r="$rss" -v b="$bytes" \
    'BEGIN { printf "%-20s %7d %11.1f %8d kB %8d kB %7.1fx\n", n, p, t * 1000, r, b / 1024, r * 1024 / b }'
done
