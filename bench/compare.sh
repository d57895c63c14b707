#!/usr/bin/env bash
# Times the release binary end to end (whole process, hyperfine, median of
# 40 runs) against `git diff --no-index --word-diff` and `wdiff` on the same
# pairs, and prints the ratios (resdiff time / other time: below 1 is
# faster). Installs hyperfine and wdiff from Debian's packages if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
need hyperfine
need wdiff
prepare
median() { # command -> median seconds
  hyperfine -N -i -w 5 -r 40 --export-csv target/synth/c.csv "$1" >/dev/null 2>&1
  tail -n 1 target/synth/c.csv | cut -d, -f4
}
printf '%-60s %9s %9s %9s %9s %9s %9s\n' pair resdiff json git wdiff "vs git" "vs wdiff"
for p in "${PAIRS[@]}"; do
  set -- $p
  r=$(median "target/release/resdiff --color never $1 $2")
  j=$(median "target/release/resdiff --format json $1 $2")
  g=$(median "git diff --no-index --word-diff $1 $2")
  w=$(median "wdiff $1 $2")
  awk -v n="$(basename "$1") -> $(basename "$2")" -v r="$r" -v j="$j" -v g="$g" -v w="$w" \
    'BEGIN { printf "%-60s %7.1fms %7.1fms %7.1fms %7.1fms %9.2f %9.2f\n", n, r*1000, j*1000, g*1000, w*1000, r/g, r/w }'
done
