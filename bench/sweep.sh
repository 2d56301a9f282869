#!/usr/bin/env bash
# Sweep streaming (SPEC §7, issue 23): peak RSS of a GHK-current sweep of 100,000 and 1,000,000
# values (`--vm 0:N-1:1uV`), each under /usr/bin/time -v, output to /dev/null. The rows are made
# as they are written, so the peak RSS must not grow with N (ratio within 10%).
# Usage: bench/sweep.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
bin/echem --version >/dev/null   # build first, outside the timing
peak=()
for n in 100000 1000000; do
  /usr/bin/time -v -o bench/out/sweep.t bin/echem ghk --ion Na --perm 1e-6cm/s --in 15 --out 145 \
    --vm "0:$((n - 1)):1uV" --format csv > bench/out/sweep.csv
  rows=$(($(wc -l < bench/out/sweep.csv) - 1))
  rss=$(awk -F': ' '/Maximum resident set size/{print $2}' bench/out/sweep.t)
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' bench/out/sweep.t)
  peak+=("$rss")
  echo "values=$n  rows=$rows  wall $wall  peak RSS $rss KiB"
done
rm -f bench/out/sweep.csv
awk -v a="${peak[0]}" -v b="${peak[1]}" 'BEGIN{printf "1M/100k peak RSS ratio %.3f (%s)\n", b/a, (b/a <= 1.10 ? "flat" : "GROWS")}'
