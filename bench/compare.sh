#!/usr/bin/env bash
# echem vs polars, DuckDB and mawk on the same 1,000,000-row Nernst job (issue 25).
# Usage: bench/compare.sh [ROWS=1000000] [RUNS=5] [ECHEM_THREADS]
# Each tool reads bench/out/rows-ROWS.csv (ion,z,in_mM,out_mM,temp_C; bench/gen_rows.py, seed 42)
# and writes a CSV file: the five input columns as read, then the fields of `echem nernst` that no
# input column already names (c_in_mM c_out_mM E_mV slope_mV_per_decade; SPEC §7), four decimals. polars and DuckDB
# (whatever versions PyPI gives) are installed into bench/out/venv by this script; polars and
# DuckDB use every core, as echem does. Whole processes (interpreter start and imports included),
# interleaved (one run of each tool in turn, the order rotated), RUNS rounds; prints every time,
# (for reference: echem-1t is echem with --threads 1, today's one-stream pipeline; jvm-hand is
# bench/hand/HandSplit.java, the least a JVM program does for the job on every core, the ceiling)
# the medians and each tool's median over echem's. Checks first that E_mV agrees on every row.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
runs=${2:-5}
threads=${3:-}
mkdir -p bench/out/cmp
data=$(bench/rows.sh "$rows")
command -v mawk >/dev/null || { echo "bench: needs mawk (apt-get install mawk)" >&2; exit 1; }
venv=bench/out/venv
if ! "$venv/bin/python" -c 'import polars, duckdb' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q polars duckdb
fi
py=$venv/bin/python
bin/echem --version >/dev/null   # build first, outside the timing
if [[ -n "${JAVA_HOME:-}" ]]; then javac="$JAVA_HOME/bin/javac"; java="$JAVA_HOME/bin/java"; else javac=javac; java=java; fi
mkdir -p bench/out/hand
"$javac" -cp target/echem.jar -d bench/out/hand bench/hand/HandSplit.java

R=8.31446261815324
F=96485.33212331001
out=bench/out/cmp

cat > "$out/polars_job.py" <<EOF
import sys, polars as pl
R, F = $R, $F
src, dst = sys.argv[1], sys.argv[2]
c = lambda n: pl.col(n).cast(pl.Float64)
vt = 1000 * R * (c("temp_C") + 273.15) / (c("z") * F)
(pl.scan_csv(src, infer_schema=False)
   .with_columns(
       c("in_mM").alias("c_in_mM"), c("out_mM").alias("c_out_mM"),
       (vt * (c("out_mM") / c("in_mM")).log()).alias("E_mV"),
       (vt * pl.lit(10.0).log()).alias("slope_mV_per_decade"))
   .sink_csv(dst, float_precision=4))
EOF

cat > "$out/duckdb_job.py" <<EOF
import sys, duckdb
src, dst = sys.argv[1], sys.argv[2]
duckdb.sql(f"""
COPY (
  SELECT ion, z, in_mM, out_mM, temp_C,
         printf('%.4f', CAST(in_mM AS DOUBLE)) AS c_in_mM, printf('%.4f', CAST(out_mM AS DOUBLE)) AS c_out_mM,
         printf('%.4f', 1000 * $R * (CAST(temp_C AS DOUBLE) + 273.15) / (CAST(z AS INTEGER) * $F)
                        * ln(CAST(out_mM AS DOUBLE) / CAST(in_mM AS DOUBLE))) AS E_mV,
         printf('%.4f', 1000 * $R * (CAST(temp_C AS DOUBLE) + 273.15) / (CAST(z AS INTEGER) * $F) * ln(10))
           AS slope_mV_per_decade
  FROM read_csv('{src}', all_varchar = true, header = true)
) TO '{dst}' (HEADER, DELIMITER ',', QUOTE '')
""")
EOF

mawk_prog='BEGIN{FS=","; R='$R'; F='$F'}
  NR==1{print $0 ",c_in_mM,c_out_mM,E_mV,slope_mV_per_decade"; next}
  {vt=1000*R*($5+273.15)/($2*F); printf "%s,%.4f,%.4f,%.4f,%.4f\n", $0, $3, $4, vt*log($4/$3), vt*log(10)}'

echem=(bin/echem nernst --csv "$data" --precision 4 ${threads:+--threads "$threads"})
cmd() { # the command line of a tool, in the array cmd
  case $1 in
    echem) cmd=("${echem[@]}") ;;
    echem-1t) cmd=(bin/echem nernst --csv "$data" --precision 4 --threads 1) ;;
    polars) cmd=("$py" "$out/polars_job.py" "$data" "$out/polars.csv") ;;
    duckdb) cmd=("$py" "$out/duckdb_job.py" "$data" "$out/duckdb.csv") ;;
    mawk) cmd=(mawk "$mawk_prog" "$data") ;;
    jvm-hand) cmd=("$java" -XX:+UseSerialGC -XX:-UsePerfData -cp target/echem.jar:bench/out/hand HandSplit "$data") ;;
  esac
}
tools=(echem polars duckdb mawk echem-1t jvm-hand)

# the same numbers: E_mV (column 8: output names are unique, SPEC §7) of each tool against echem's, row by row
for t in "${tools[@]}"; do cmd "$t"; "${cmd[@]}" > "$out/$t.out"; done
for t in echem mawk echem-1t jvm-hand; do mv "$out/$t.out" "$out/$t.csv"; done
for t in polars duckdb mawk echem-1t jvm-hand; do
  paste -d, <(cut -d, -f8 "$out/echem.csv") <(cut -d, -f8 "$out/$t.csv") | mawk -F, -v t="$t" 'NR>1{d=$1-$2; if (d<0) d=-d; if (d>1.0001e-4) bad++} END{if (bad) {print t ": " bad " rows differ in E_mV"; exit 1} else print t ": E_mV agrees with echem on " NR-1 " rows"}'
done
echo "versions: polars $("$py" -c 'import polars; print(polars.__version__)'), duckdb $("$py" -c 'import duckdb; print(duckdb.__version__)'), $(mawk -W version 2>&1 | head -1), $(java -version 2>&1 | head -1), $(nproc) cores"

declare -A times
for ((i = 0; i < runs; i++)); do
  line="run $((i + 1)):"
  for ((k = 0; k < ${#tools[@]}; k++)); do
    t=${tools[(i + k) % ${#tools[@]}]}
    cmd "$t"
    /usr/bin/time -f "%e" -o "$out/time" "${cmd[@]}" > "$out/$t.out"
    s=$(tail -1 "$out/time")
    times[$t]+="$s "
    line+="  $t ${s}s"
  done
  echo "$line"
done
median() { printf '%s\n' $1 | sort -g | awk '{v[NR]=$1} END{print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
me=$(median "${times[echem]}")
best=
for t in "${tools[@]}"; do
  m=$(median "${times[$t]}")
  echo "median $t ${m}s  ($(awk -v a="$m" -v e="$me" 'BEGIN{printf "%.2f", a/e}')x echem's time)"
  if [[ $t != echem* && $t != jvm-hand ]] && { [[ -z $best ]] || awk -v a="$m" -v b="$best" 'BEGIN{exit !(a<b)}'; }; then best=$m; bt=$t; fi
done
echo "fastest other: $bt ${best}s; echem ${me}s; echem is $(awk -v a="$best" -v e="$me" 'BEGIN{printf "%.2f", a/e}')x faster (target 1.20x)"
mh=$(median "${times[jvm-hand]}")
echo "the ceiling, jvm-hand: ${mh}s, $(awk -v a="$best" -v e="$mh" 'BEGIN{printf "%.2f", a/e}')x faster than $bt; echem takes $(awk -v a="$mh" -v e="$me" 'BEGIN{printf "%.2f", e/a}')x its time"
