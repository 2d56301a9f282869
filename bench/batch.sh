#!/usr/bin/env bash
# Batch throughput: echem nernst vs a gawk one-liner computing the same E_mV column.
# Usage: bench/batch.sh [ROWS=1000000] [RUNS=5]
# Prints each run (A = echem, B = gawk, C = a hand-written Java loop, the ceiling), the medians,
# the speed-ups over gawk and echem's peak RSS,
# after checking that the two agree on every row to 1e-4 mV. Needs python3, gawk, /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
pairs=${2:-5}
command -v gawk >/dev/null || { echo "bench: needs gawk (apt-get install gawk)" >&2; exit 1; }
data=$(bench/rows.sh "$rows")
bin/echem --version >/dev/null   # build first, outside the timing

# gawk does the same job as echem: every input column passed through, then the result fields of
# `nernst` that no input column names (README, "Output columns": ion, z and temp_C are the
# input's), four decimals: c_in_mM c_out_mM E_mV slope_mV_per_decade.
gawk_prog='BEGIN{FS=","; R=8.31446261815324; F=96485.33212331001}
  NR==1{print $0 ",c_in_mM,c_out_mM,E_mV,slope_mV_per_decade"; next}
  {vt=1000*R*($5+273.15)/($2*F); printf "%s,%.4f,%.4f,%.4f,%.4f\n", $0, $3, $4, vt*log($4/$3), vt*log(10)}'

# agreement on every row (column 8 is E_mV in both), and how many whole lines are identical
bin/echem nernst --csv "$data" --precision 4 > bench/out/echem.csv
gawk "$gawk_prog" "$data" > bench/out/gawk.csv
paste -d, <(cut -d, -f8 bench/out/echem.csv) <(cut -d, -f8 bench/out/gawk.csv) | gawk -F, 'NR>1{d=$1-$2; if (d<0) d=-d; if (d>1.0001e-4) {bad++; if (bad<5) print "differ at row " NR-1 ": " $0}} END{if (bad) {print bad " rows differ"; exit 1} else print "agree: " NR-1 " rows, E_mV within 1e-4 mV"}'
echo "identical lines: $(paste -d'\n' bench/out/echem.csv bench/out/gawk.csv | paste - - -d'|' | gawk -F'|' '$1==$2{n++} END{print n+0}') of $((rows + 1))"

# C: the ceiling, a hand-written loop with the same parsing and formatting and no CSV rules
if [[ -n "${JAVA_HOME:-}" ]]; then javac="$JAVA_HOME/bin/javac"; java="$JAVA_HOME/bin/java"; else javac=javac; java=java; fi
mkdir -p bench/out/hand
"$javac" -cp target/echem.jar -d bench/out/hand bench/hand/HandLoop.java
hand=("$java" -XX:+UseSerialGC -Xms8m -cp "target/echem.jar:bench/out/hand" HandLoop "$data")
"${hand[@]}" | cmp -s - bench/out/echem.csv && echo "hand loop: same output as echem" || echo "hand loop: output differs"

ta=(); tb=(); tc=(); rss=()
for ((i = 1; i <= pairs; i++)); do
  /usr/bin/time -f "%e %M" -o bench/out/time.a bin/echem nernst --csv "$data" --precision 4 > /dev/null
  /usr/bin/time -f "%e %M" -o bench/out/time.b gawk "$gawk_prog" "$data" > /dev/null
  /usr/bin/time -f "%e %M" -o bench/out/time.c "${hand[@]}" > /dev/null
  read -r a ra < bench/out/time.a; read -r b _ < bench/out/time.b; read -r c _ < bench/out/time.c
  ta+=("$a"); tb+=("$b"); tc+=("$c"); rss+=("$ra")
  echo "run $i: echem ${a}s (${ra} KiB)   gawk ${b}s   hand loop ${c}s"
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END{print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
ma=$(median "${ta[@]}"); mb=$(median "${tb[@]}"); mc=$(median "${tc[@]}"); mr=$(median "${rss[@]}")
echo "rows=$rows  median echem ${ma}s  gawk ${mb}s  hand loop ${mc}s  speed-up gawk/echem $(awk -v a="$ma" -v b="$mb" 'BEGIN{printf "%.2f", b/a}')x  (hand loop: $(awk -v a="$mc" -v b="$mb" 'BEGIN{printf "%.2f", b/a}')x)  echem peak RSS ${mr} KiB"
