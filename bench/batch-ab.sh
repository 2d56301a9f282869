#!/usr/bin/env bash
# Batch throughput of two echem checkouts against the same gawk job, interleaved run by run, so that
# a noisy machine slows all three alike: the speed-up over gawk of each, and their ratio.
# Usage: bench/batch-ab.sh OTHER_CHECKOUT [ROWS=1000000] [RUNS=7]   (OTHER_CHECKOUT: e.g. a worktree of an older commit, built)
set -euo pipefail
cd "$(dirname "$0")/.."
other=${1:?usage: bench/batch-ab.sh OTHER_CHECKOUT [ROWS] [RUNS]}
rows=${2:-1000000}
runs=${3:-7}
data=$(bench/rows.sh "$rows")
data=$(realpath "$data")
prog='BEGIN{FS=","; R=8.31446261815324; F=96485.33212331001}
  NR==1{print $0 ",c_in_mM,c_out_mM,E_mV,slope_mV_per_decade"; next}
  {vt=1000*R*($5+273.15)/($2*F); printf "%s,%.4f,%.4f,%.4f,%.4f\n", $0, $3, $4, vt*log($4/$3), vt*log(10)}'
bin/echem --version >/dev/null; "$other/bin/echem" --version >/dev/null
t() { local t0=$EPOCHREALTIME; "$@" >/dev/null; local t1=$EPOCHREALTIME; awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.3f", b - a}'; }
ta=(); tb=(); tg=()
for ((i = 1; i <= runs; i++)); do
  a=$(t "$other/bin/echem" nernst --csv "$data" --precision 4)
  b=$(t bin/echem nernst --csv "$data" --precision 4)
  g=$(t gawk "$prog" "$data")
  ta+=("$a"); tb+=("$b"); tg+=("$g")
  echo "run $i: other ${a}s  this ${b}s  gawk ${g}s"
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END{print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
ma=$(median "${ta[@]}"); mb=$(median "${tb[@]}"); mg=$(median "${tg[@]}")
echo "rows=$rows medians: other ${ma}s, this ${mb}s, gawk ${mg}s; speed-up over gawk: other $(awk -v a="$ma" -v g="$mg" 'BEGIN{printf "%.2f", g/a}')x, this $(awk -v b="$mb" -v g="$mg" 'BEGIN{printf "%.2f", g/b}')x; this/other time $(awk -v a="$ma" -v b="$mb" 'BEGIN{printf "%.3f", b/a}')"
