#!/usr/bin/env bash
# Prints the path of bench/out/rows-ROWS.csv, the benchmarks' generated Nernst table (ion, z, in_mM,
# out_mM, temp_C; bench/gen_rows.py, seed 42), made first when it is not there yet.
# Usage: data=$(bench/rows.sh ROWS)   (from the checkout's root)
set -euo pipefail
rows=${1:?usage: bench/rows.sh ROWS}
mkdir -p bench/out
f=bench/out/rows-$rows.csv
[[ -f $f ]] || python3 bench/gen_rows.py "$rows" 42 > "$f"
echo "$f"
