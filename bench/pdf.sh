#!/usr/bin/env bash
# Times reading a 20-page UN PDF (fixtures/pdf/A-80-L.41.en.pdf, 12
# footnotes): poppler's `pdftotext -bbox-layout` on its own, and
# `resdiff parse` on the PDF (which runs it, reads the words into lines, then
# parses the text) and on the text extracted from the same PDF (the parse
# any text input costs, the word list for line-end hyphens included), with
# hyperfine, median of 30 runs. Reading the PDF beyond pdftotext's own time
# is the PDF's parse less pdftotext and less the text's parse; the target
# is under 100 ms (issue 22).
# Installs hyperfine and poppler-utils from Debian's packages if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
need hyperfine
need pdftotext poppler-utils
cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/resdiff"
pdf=fixtures/pdf/A-80-L.41.en.pdf
mkdir -p target/bench
median() { # command -> median milliseconds
  hyperfine -N -w 3 -r 30 --export-csv target/bench/pdf.csv "$1" >/dev/null 2>&1
  tail -n 1 target/bench/pdf.csv | cut -d, -f4 | awk '{printf "%.1f", $1 * 1000}'
}
extract=$(median "pdftotext -bbox-layout -enc UTF-8 $pdf /dev/null")
read_pdf=$(median "$bin parse $pdf")
text=$(median "$bin parse fixtures/pdf/A-80-L.41.en.txt")
own=$(awk -v a="$read_pdf" -v b="$extract" -v t="$text" 'BEGIN { printf "%.1f", a - b - t }')
echo "pages: $(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')"
echo "pdftotext -bbox-layout alone:      $extract ms"
echo "resdiff parse on the PDF:          $read_pdf ms"
echo "resdiff parse on its text (.txt):  $text ms"
echo "reading the PDF beyond pdftotext:  $own ms (target < 100)"
awk -v o="$own" 'BEGIN { exit !(o < 100) }' || { echo "over the 100 ms target" >&2; exit 1; }
