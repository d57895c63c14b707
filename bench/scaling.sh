#!/usr/bin/env bash
# Scaling benchmark: time and peak memory of the release binary on generated
# pairs of 100 to 50,000 paragraphs (about 5% edited) and on near-identical
# boilerplate. Prints one row per pair: median wall time of 3 runs, peak RSS,
# input size, and memory as a multiple of the input.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
cargo build --release --quiet
cargo run --release --quiet --example synth_pairs -- target/synth
printf '%-22s %8s %10s %12s %10s %8s\n' pair paras "time(s)" "peak RSS" "input" "mem/in"
for name in scale-100 scale-1000 scale-10000 scale-50000 boilerplate-2000 boilerplate-20000; do
  old=target/synth/$name.old.txt new=target/synth/$name.new.txt
  times=() rss=0
  for run in 1 2 3; do
    /usr/bin/time -f '%e %M' -o target/synth/time.txt target/release/resdiff --stat "$old" "$new" >/dev/null || true
    read -r t m < <(tail -n 1 target/synth/time.txt)
    times+=("$t"); [ "$m" -gt "$rss" ] && rss=$m
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
  bytes=$(( $(stat -c %s "$old") + $(stat -c %s "$new") ))
  paras=$(grep -c . "$old")
  printf '%-22s %8d %10s %10d kB %8d kB %7.1fx\n' "$name" "$paras" "$median" "$rss" $((bytes / 1024)) "$(echo "$rss * 1024 / $bytes" | bc -l)"
done
