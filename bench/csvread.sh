#!/usr/bin/env bash
# Why echem reads CSV with its own reader (io.CsvInput) and not FastCSV: both read every record of
# the generated file, every field as a string, in a whole process each (JVM start included).
# Usage: bench/csvread.sh [ROWS=1000000] [PAIRS=7]. Needs python3, /usr/bin/time, Maven (for the
# FastCSV jar, a test dependency).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
pairs=${2:-7}
mkdir -p bench/out/csvread
data=$(bench/rows.sh "$rows")
bin/echem --version >/dev/null   # builds target/classes
mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=bench/out/csvread/cp.txt >/dev/null
cp="target/classes:$(cat bench/out/csvread/cp.txt)"
if [[ -n "${JAVA_HOME:-}" ]]; then javac="$JAVA_HOME/bin/javac"; java="$JAVA_HOME/bin/java"; else javac=javac; java=java; fi
"$javac" -cp "$cp" -d bench/out/csvread bench/csvread/CsvRead.java
run=("$java" -XX:+UseSerialGC -Xms16m -XX:NewSize=12m -cp "bench/out/csvread:$cp" CsvRead)
[[ "$("${run[@]}" fastcsv "$data")" == "$("${run[@]}" echem "$data")" ]] && echo "same fields and characters: $("${run[@]}" echem "$data")"
ta=(); tb=()
for ((i = 1; i <= pairs; i++)); do
  a=$( { /usr/bin/time -f "%e" "${run[@]}" fastcsv "$data" >/dev/null; } 2>&1 )
  b=$( { /usr/bin/time -f "%e" "${run[@]}" echem "$data" >/dev/null; } 2>&1 )
  ta+=("$a"); tb+=("$b")
  echo "run $i: FastCSV ${a}s   CsvInput ${b}s"
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END{print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
echo "rows=$rows  median FastCSV $(median "${ta[@]}")s  CsvInput $(median "${tb[@]}")s"
