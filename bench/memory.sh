#!/usr/bin/env bash
# Streaming memory: peak RSS of `echem nernst --csv -` on 1,000,000 and 5,000,000 rows through stdin.
# Usage: bench/memory.sh   (prints both peaks and their ratio; they should agree within 10%)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
bin/echem --version >/dev/null
peak=()
for n in 1000000 5000000; do
  f=bench/out/rows-$n.csv
  [[ -f $f ]] || python3 bench/gen_rows.py "$n" 42 > "$f"
  /usr/bin/time -f "%M" -o bench/out/mem.t bin/echem nernst --csv - --precision 4 < "$f" > /dev/null
  peak+=("$(cat bench/out/mem.t)")
  echo "rows=$n  peak RSS $(cat bench/out/mem.t) KiB"
done
awk -v a="${peak[0]}" -v b="${peak[1]}" 'BEGIN{printf "5M/1M peak RSS ratio %.3f (%s)\n", b/a, (b/a <= 1.10 && b < 131072 ? "flat, under 128 MiB" : "GROWS or over 128 MiB")}'
