#!/usr/bin/env bash
# Streaming memory: peak RSS of `echem nernst` on 1,000,000 and 5,000,000 rows, through standard
# input (the one-stream pipeline) and from the file with --threads 8 (blocks on every core).
# Usage: bench/memory.sh   (prints the peaks and their ratios; each pair should agree within 10%,
# and stay under 128 MiB)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
bin/echem --version >/dev/null
status=0
for mode in stdin threads8; do
  peak=()
  for n in 1000000 5000000; do
    f=bench/out/rows-$n.csv
    [[ -f $f ]] || python3 bench/gen_rows.py "$n" 42 > "$f"
    if [[ $mode == stdin ]]; then
      /usr/bin/time -v -o bench/out/mem.t bin/echem nernst --csv - --precision 4 < "$f" > /dev/null
    else
      /usr/bin/time -v -o bench/out/mem.t bin/echem nernst --csv "$f" --precision 4 --threads 8 > /dev/null
    fi
    kib=$(awk -F': *' '/Maximum resident set size/{print $2}' bench/out/mem.t)
    peak+=("$kib")
    echo "$mode rows=$n  peak RSS $kib KiB"
  done
  awk -v m="$mode" -v a="${peak[0]}" -v b="${peak[1]}" 'BEGIN{ok = b/a <= 1.10 && b < 131072 && a < 131072;
    printf "%s: 5M/1M peak RSS ratio %.3f (%s)\n", m, b/a, (ok ? "flat, under 128 MiB" : "GROWS or over 128 MiB"); exit !ok}' || status=1
done
exit $status
