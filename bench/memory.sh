#!/usr/bin/env bash
# Streaming memory: peak RSS of `echem nernst` on 1,000,000 and 5,000,000 rows, for each mode:
#   csv      standard input, csv output (the one-stream pipeline)
#   text     standard input, --format text (SPEC §7: text streams too, a block of rows at a time)
#   threads8 the file with --threads 8 (blocks on every core)
# Usage: bench/memory.sh [csv|text|threads8 ...]   (default: all; each 5M/1M pair should agree
# within 10% and stay under 128 MiB; exit 1 otherwise)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
bin/echem --version >/dev/null
modes=("$@")
[[ ${#modes[@]} -gt 0 ]] || modes=(csv text threads8)
status=0
for mode in "${modes[@]}"; do
  peak=()
  for n in 1000000 5000000; do
    f=$(bench/rows.sh "$n")
    case $mode in
      csv) /usr/bin/time -v -o bench/out/mem.t bin/echem nernst --csv - --precision 4 < "$f" > /dev/null ;;
      text) /usr/bin/time -v -o bench/out/mem.t bin/echem nernst --csv - --precision 4 --format text < "$f" > /dev/null ;;
      threads8) /usr/bin/time -v -o bench/out/mem.t bin/echem nernst --csv "$f" --precision 4 --threads 8 > /dev/null ;;
      *) echo "bench/memory.sh: unknown mode '$mode', expected csv, text or threads8" >&2; exit 2 ;;
    esac
    kib=$(awk -F': *' '/Maximum resident set size/{print $2}' bench/out/mem.t)
    peak+=("$kib")
    echo "$mode rows=$n  peak RSS $kib KiB"
  done
  awk -v m="$mode" -v a="${peak[0]}" -v b="${peak[1]}" 'BEGIN{ok = b/a <= 1.10 && b < 131072 && a < 131072;
    printf "%s: 5M/1M peak RSS ratio %.3f (%s)\n", m, b/a, (ok ? "flat, under 128 MiB" : "GROWS or over 128 MiB"); exit !ok}' || status=1
done
exit $status
