#!/usr/bin/env bash
# Large input: streams N CSV rows (default 20,000,000) from bench/gen_rows.py through
# `echem nernst --csv -` on standard input, and a 1,000,000-row run for comparison, each under
# /usr/bin/time -v; prints rows, wall time, rows/s and peak RSS of both, and the RSS ratio.
# Streaming (SPEC §4) means the peak RSS must not grow with the number of rows.
# Usage: bench/large.sh [ROWS=20000000] [SMALL=1000000]. Needs python3 and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
big=${1:-20000000}
small=${2:-1000000}
[[ -x /usr/bin/time ]] || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
mkdir -p bench/out
bin/echem --version >/dev/null   # build first, outside the measurement

run() { # rows -> "seconds peak_kib exit"
  local rows=$1 log=bench/out/large-$1.time
  set +e
  python3 bench/gen_rows.py "$rows" 42 | /usr/bin/time -v -o "$log" bin/echem nernst --csv - --precision 4 > /dev/null
  local st=("${PIPESTATUS[@]}")
  set -e
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$log")
  echo "$wall $rss ${st[1]}"
}

read -r ws rs es < <(run "$small")
read -r wb rb eb < <(run "$big")
for r in "$small $ws $rs $es" "$big $wb $rb $eb"; do
  set -- $r
  awk -v n="$1" -v w="$2" -v m="$3" -v e="$4" 'BEGIN{printf "rows=%d  exit=%d  wall=%.1fs  %.0f rows/s  peak RSS %d KiB (%.1f MiB)\n", n, e, w, n/w, m, m/1024}'
done
awk -v a="$rs" -v b="$rb" -v n="$big" -v s="$small" 'BEGIN{printf "peak RSS %dx rows: %.2fx the %d-row run\n", n/s, b/a, s}'
[[ $es == 0 && $eb == 0 ]]
