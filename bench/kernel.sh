#!/usr/bin/env bash
# What the short path for plain rows (Calculation.kernel, docs/performance.md) gives: the same
# 1,000,000-row nernst batch with and without it (-Dechem.kernels=off), interleaved run by run,
# whole processes; wall and CPU medians and their ratios. The two outputs are compared first.
# Usage: bench/kernel.sh [ROWS=1000000] [RUNS=11]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
runs=${2:-11}
data=$(bench/rows.sh "$rows")
run=(bin/echem nernst --csv "$data" --precision 4)
bin/echem --version >/dev/null   # builds first, outside the timing
cmp -s <("${run[@]}") <(ECHEM_JAVA_OPTS=-Dechem.kernels=off "${run[@]}") && echo "same output with and without the short path"
won=(); woff=(); con=(); coff=()
for ((i = 1; i <= runs; i++)); do
  on=$( { /usr/bin/time -f "%e %U %S" "${run[@]}" >/dev/null; } 2>&1 | tail -1)
  off=$( { ECHEM_JAVA_OPTS=-Dechem.kernels=off /usr/bin/time -f "%e %U %S" "${run[@]}" >/dev/null; } 2>&1 | tail -1)
  read -r a b c <<<"$on"; won+=("$a"); con+=("$(awk -v u="$b" -v s="$c" 'BEGIN{print u + s}')")
  read -r a b c <<<"$off"; woff+=("$a"); coff+=("$(awk -v u="$b" -v s="$c" 'BEGIN{print u + s}')")
  echo "run $i: with ${on%% *}s  without ${off%% *}s"
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END{print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
a=$(median "${won[@]}"); b=$(median "${woff[@]}"); c=$(median "${con[@]}"); d=$(median "${coff[@]}")
echo "rows=$rows medians: with ${a}s wall ${c}s CPU; without ${b}s wall ${d}s CPU; with/without: wall $(awk -v a="$a" -v b="$b" 'BEGIN{printf "%.3f", a/b}'), CPU $(awk -v c="$c" -v d="$d" 'BEGIN{printf "%.3f", c/d}')"
