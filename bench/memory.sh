#!/usr/bin/env bash
# Streaming memory: peak RSS of `echem nernst --csv -` on 1,000,000 and 5,000,000 rows through stdin,
# for the CSV output and for --format text (SPEC §7: text streams too, a block of rows at a time).
# Usage: bench/memory.sh [csv|text ...]   (default: both; prints the peaks and their ratio, which
# should agree within 10%)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
bin/echem --version >/dev/null
formats=("$@")
[[ ${#formats[@]} -gt 0 ]] || formats=(csv text)
for fmt in "${formats[@]}"; do
  peak=()
  for n in 1000000 5000000; do
    f=bench/out/rows-$n.csv
    [[ -f $f ]] || python3 bench/gen_rows.py "$n" 42 > "$f"
    /usr/bin/time -f "%M" -o bench/out/mem.t bin/echem nernst --csv - --precision 4 --format "$fmt" < "$f" > /dev/null
    peak+=("$(cat bench/out/mem.t)")
    echo "format=$fmt rows=$n  peak RSS $(cat bench/out/mem.t) KiB"
  done
  awk -v f="$fmt" -v a="${peak[0]}" -v b="${peak[1]}" 'BEGIN{printf "%s: 5M/1M peak RSS ratio %.3f (%s)\n", f, b/a, (b/a <= 1.10 && b < 131072 ? "flat, under 128 MiB" : "GROWS or over 128 MiB")}'
done
