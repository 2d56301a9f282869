#!/usr/bin/env bash
# One-off latency: paired runs (A = Java hello-world, B = bin/echem nernst) on the same JVM.
# Usage: bench/startup.sh [PAIRS=21]
# Prints per-pair wall times, medians, the median of the per-pair ratios B/A, and peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=${1:-21}
if [[ -n "${JAVA_HOME:-}" ]]; then java="$JAVA_HOME/bin/java"; javac="$JAVA_HOME/bin/javac"; else java=java; javac=javac; fi
mkdir -p bench/out/hello
"$javac" -d bench/out/hello bench/hello/Hello.java
bin/echem nernst --ion K --in 140 --out 5 >/dev/null   # build and warm the launcher's caches first
bin/echem nernst --ion K --in 140 --out 5 >/dev/null
# wall time from bash's microsecond clock (around /usr/bin/time, the same overhead for A and B)
ms() {
  local t0=$EPOCHREALTIME
  /usr/bin/time -f "%M" -o bench/out/t "$@" >/dev/null
  local t1=$EPOCHREALTIME
  echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.4f", b - a}') $(cat bench/out/t)"
}
ra=(); rb=(); ratio=(); rss=()
for ((i = 1; i <= pairs; i++)); do
  read -r a _ < <(ms "$java" -cp bench/out/hello Hello)
  read -r b kb < <(ms bin/echem nernst --ion K --in 140 --out 5)
  ra+=("$a"); rb+=("$b"); rss+=("$kb")
  ratio+=("$(awk -v a="$a" -v b="$b" 'BEGIN{printf "%.3f", (a > 0 ? b / a : 0)}')")
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END{print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
echo "pairs=$pairs  hello median $(median "${ra[@]}")s  echem median $(median "${rb[@]}")s  median ratio $(median "${ratio[@]}")  echem peak RSS median $(median "${rss[@]}") KiB"
