#!/usr/bin/env bash
# Times the offline page in headless Chromium (a benchmark, not a test):
# the seed pair's comparison inside the page's worker, five runs, and a
# 5 MB pair, checking that the page answers while it works (the slowest
# round trip to the page's main thread while the worker compares; showing
# the finished redline is the browser's own work on the main thread, timed
# apart as the wall time).
# Needs what scripts/test.sh installs (Chromium, Node.js, playwright-core).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-web.sh >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# 5 MB a side: the real chain's texts repeated, the new side edited.
for i in $(seq 1 340); do cat fixtures/real/A-RES-79-62.en.txt fixtures/real/A-RES-78-241.en.txt; done >"$tmp/big-old.txt"
for i in $(seq 1 340); do cat fixtures/real/A-C.1-80-L.41.en.txt fixtures/real/A-RES-79-62.en.txt; done >"$tmp/big-new.txt"
seed_old=$PWD/seeds/001_f645d6d34d6fbb5d.txt
seed_new=$PWD/seeds/000_da5010157984a27d.txt
cases=""
for i in 1 2 3 4 5; do
  cases="$cases{\"name\":\"seeds $i\",\"old\":\"$seed_old\",\"new\":\"$seed_new\"},"
done
cases="$cases{\"name\":\"5 MB\",\"old\":\"$tmp/big-old.txt\",\"new\":\"$tmp/big-new.txt\",\"timeout_ms\":600000}"
cat >"$tmp/plan.json" <<JSON
{"page":"$PWD/target/web/resdiff.html","chromium":"$(command -v chromium)","modules":"$PWD/target/web-test/node_modules","cases":[$cases]}
JSON
node tests/web/drive.mjs "$tmp/plan.json" >"$tmp/report.json"
python3 - "$tmp/report.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("{name:>8}: state {state}, exit {exit}, worker {worker_ms} ms, wall {wall_ms} ms,"
          " slowest main-thread probe {slowest_probe_ms} ms".format(**r))
PY
ls -l "$tmp"/big-*.txt | awk '{print $5, $9}'
