#!/usr/bin/env bash
# Multi-core batch (issue 25): on ROWS random rows (bench/gen_rows.py, seed 42) the output of
# --threads 2, 3 and 8 must be byte-identical to that of --threads 1 (the one-stream pipeline), for
# csv, tsv and json; then the wall time of each thread count, medians of RUNS interleaved runs.
# Usage: bench/threads.sh [ROWS=1000000] [RUNS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
runs=${2:-5}
data=$(bench/rows.sh "$rows")
bin/echem --version >/dev/null
status=0
for fmt in csv tsv json; do
  bin/echem nernst --csv "$data" --format "$fmt" --threads 1 > bench/out/threads-1.$fmt
  for t in 2 3 8; do
    bin/echem nernst --csv "$data" --format "$fmt" --threads "$t" > bench/out/threads-$t.$fmt
    if cmp -s bench/out/threads-1.$fmt bench/out/threads-$t.$fmt; then
      echo "$fmt --threads $t: identical to --threads 1 ($(wc -c < bench/out/threads-1.$fmt) bytes)"
    else
      echo "$fmt --threads $t: DIFFERS from --threads 1"; status=1
    fi
  done
  rm -f bench/out/threads-*.$fmt
done
declare -A times
for ((i = 1; i <= runs; i++)); do
  line="run $i:"
  for t in 1 2 3 8; do
    /usr/bin/time -f "%e" -o bench/out/time.t bin/echem nernst --csv "$data" --precision 4 --threads "$t" > /dev/null
    s=$(tail -1 bench/out/time.t); times[$t]+="$s "; line+="  --threads $t ${s}s"
  done
  echo "$line"
done
median() { printf '%s\n' $1 | sort -g | awk '{v[NR]=$1} END{print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
for t in 1 2 3 8; do echo "median --threads $t: $(median "${times[$t]}")s"; done
exit $status
