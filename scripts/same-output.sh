#!/usr/bin/env bash
# Proves that a change left resdiff's output byte-identical: builds BASE (a git
# revision, HEAD by default) in a scratch worktree and the working tree as it
# stands, runs both on the same inputs, and compares every output byte for byte.
#
#   scripts/same-output.sh [BASE] [CORPUS_DIR]
#
# Inputs: the seeds and fixtures, and CORPUS_DIR (default ../shared/corpus/en,
# skipped with a note when absent; `-` skips it on purpose). Each file is parsed (`parse --format json`
# and the text view with `--show-removed`); each file is compared with the next
# one of its folder in name order, as JSON, HTML (inline, side by side, changes
# only), markdown and coloured terminal text, and the seeds and fixtures also
# with the ignore options. Exits 0 when every output is the same, 1 otherwise,
# naming the first differences.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
base=${1:-HEAD}
corpus=${2:-../shared/corpus/en}
work=target/same-output
rm -rf "$work/out"
mkdir -p "$work/out"

build_base() {
  # A scratch worktree of its own: worktrees of one repository share their
  # list, so a fixed name would let two checkouts remove each other's.
  local tree
  tree="$(mktemp -d "${TMPDIR:-/tmp}/resdiff-base.XXXXXX")/tree"
  git worktree add --detach --quiet "$tree" "$base"
  (cd "$tree" && CARGO_TARGET_DIR="$root/$work/base-target" cargo build --release --quiet)
  cp "$work/base-target/release/resdiff" "$work/resdiff-base"
  git worktree remove --force "$tree"
  rmdir "$(dirname "$tree")"
}
build_base
cargo build --release --quiet
cp "${CARGO_TARGET_DIR:-target}/release/resdiff" "$work/resdiff-head"

folders=(seeds fixtures/real fixtures/relayout fixtures/edits)
if [ -d "$corpus" ]; then
  folders+=("$corpus")
else
  echo "same-output: no corpus at $corpus; seeds and fixtures only" >&2
fi

# One job per line: OUTPUT-NAME <tab> resdiff arguments.
jobs="$work/jobs.tsv"
: >"$jobs"
for folder in "${folders[@]}"; do
  tag=$(basename "$folder")
  mapfile -t files < <(find "$folder" -maxdepth 1 -name '*.txt' | LC_ALL=C sort)
  extra=0
  case "$folder" in seeds | fixtures/*) extra=1 ;; esac
  prev=
  for f in "${files[@]}"; do
    name=$tag.$(basename "$f" .txt)
    printf '%s.parse.json\tparse --format json %s\n' "$name" "$f" >>"$jobs"
    printf '%s.parse.txt\tparse --show-removed %s\n' "$name" "$f" >>"$jobs"
    if [ -n "$prev" ]; then
      pair=$tag.$(basename "$prev" .txt)--$(basename "$f" .txt)
      printf '%s.json\t--format json %s %s\n' "$pair" "$prev" "$f" >>"$jobs"
      printf '%s.html\t--format html %s %s\n' "$pair" "$prev" "$f" >>"$jobs"
      printf '%s.sbs.html\t--format html --layout side-by-side %s %s\n' "$pair" "$prev" "$f" >>"$jobs"
      printf '%s.co.html\t--format html --changes-only %s %s\n' "$pair" "$prev" "$f" >>"$jobs"
      printf '%s.md\t--format markdown %s %s\n' "$pair" "$prev" "$f" >>"$jobs"
      printf '%s.term\t--color always --all %s %s\n' "$pair" "$prev" "$f" >>"$jobs"
      if [ "$extra" = 1 ]; then
        printf '%s.ign.json\t--format json --ignore-case --ignore-punctuation --ignore-footnotes %s %s\n' "$pair" "$prev" "$f" >>"$jobs"
        printf '%s.stat\t--stat %s %s\n' "$pair" "$prev" "$f" >>"$jobs"
      fi
    fi
    prev=$f
  done
done
# Folders compared as folders, and input read from standard input.
printf 'folders.json\t--format json fixtures/real seeds\n' >>"$jobs"
printf 'folders.term\t--color never fixtures/real seeds\n' >>"$jobs"

# Each output is kept as its SHA-256 (with the exit status) rather than whole:
# the corpus gives about a gigabyte of output.
run() {
  local side=$1 out=$2 status=0
  shift 2
  # shellcheck disable=SC2086 # the arguments are split on purpose
  hash=$({ "$work/resdiff-$side" $* 2>&1 || status=$?; echo "exit $status"; } | sha256sum)
  echo "${hash%% *} $out"
}
export -f run
export work
for side in base head; do
  tr '\t' '\n' <"$jobs" | xargs -d '\n' -n 2 -P "$(nproc)" bash -c 'run '"$side"' "$0" $1' |
    LC_ALL=C sort -k2 >"$work/out/$side.sha256"
done

count=$(wc -l <"$jobs")
if cmp -s "$work/out/base.sha256" "$work/out/head.sha256"; then
  echo "same-output: $count outputs byte-identical between $base and the working tree"
else
  diff "$work/out/base.sha256" "$work/out/head.sha256" | awk '/^>/ {print $3}' >"$work/differences.txt" || true
  n=$(wc -l <"$work/differences.txt")
  echo "same-output: $n of $count outputs differ between $base and the working tree, first:"
  first=$(head -1 "$work/differences.txt")
  args=$(awk -F '\t' -v k="$first" '$1 == k {print $2}' "$jobs")
  echo "  resdiff $args"
  # shellcheck disable=SC2086
  diff <("$work/resdiff-base" $args 2>&1) <("$work/resdiff-head" $args 2>&1) | head -20
  head -20 "$work/differences.txt"
  exit 1
fi
