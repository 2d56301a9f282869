#!/usr/bin/env bash
# Grading a class: check --key over FILES answer files of 20 problems each (issue 15: < 10 s for 1,000).
# Usage: bench/grading.sh [FILES=1000] [RUNS=3]
# Generates (python3, seed 42) a key of 20 problems (nernst, drive: numbers and words) and FILES answer
# files with typical mistakes (sign flipped, V for mV, a missing or unreadable answer, a tampered input,
# answers written "E = … mV"), then times the whole run three ways: csv to /dev/null, the text report,
# and csv with --gradebook and --item-analysis. Prints each run, the medians and peak RSS, and the peak
# RSS of a run over a tenth of the files (streaming: memory should not grow with the answer rows).
# Needs python3 and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-1000}
runs=${2:-3}
out=bench/out/grading
rm -rf "$out"
mkdir -p "$out/answers"
python3 - "$out" "$files" <<'PY'
import random, sys, math
out, n = sys.argv[1], int(sys.argv[2])
rnd = random.Random(42)
R, F, T = 8.314462618, 96485.33212, 310.15
ions = [("K", 1, 140, 5), ("Na", 1, 15, 145), ("Cl", -1, 10, 110), ("Ca", 2, 0.0001, 2)]
rows, answers = [], []
for i in range(20):
    ion, z, cin, cout = ions[i % 4]
    cin, cout = round(cin * (1 + 0.05 * i), 6), cout
    e = 1000 * R * T / (z * F) * math.log(cout / cin)
    kind = i % 3
    if kind == 0:
        rows.append(f"{i+1},E_{ion},nernst,{ion},{cin}mM,{cout}mM,,E_mV,")
        answers.append(("num", e))
    elif kind == 1:
        vm = -70 + i
        rows.append(f"{i+1},drive on {ion},drive,{ion},{cin}mM,{cout}mM,{vm}mV,drive_mV,")
        answers.append(("num", vm - e))
    else:
        vm = -70 + i
        d = vm - e
        word = "none" if d == 0 else ("efflux" if (d > 0) == (z > 0) else "influx")
        rows.append(f"{i+1},flux of {ion},drive,{ion},{cin}mM,{cout}mM,{vm}mV,direction,")
        answers.append(("word", word))
with open(f"{out}/key.csv", "w") as f:
    f.write("id,question,command,ion,in,out,vm,quantity,answer\n" + "\n".join(rows) + "\n")
opposite = {"influx": "efflux", "efflux": "influx", "none": "influx"}
for s in range(n):
    lines = ["id,in,answer"]
    for i, (kind, v) in enumerate(answers):
        r = rnd.random()
        tamper = ""
        if r < 0.03:
            continue                                     # a missing answer
        if kind == "word":
            a = opposite[v] if r < 0.2 else (v.upper() if r < 0.3 else v)
        elif r < 0.12:
            a = f"{-v:.2f}"                              # sign flipped
        elif r < 0.18:
            a = f"{v / 1000:.5f}"                        # V for mV
        elif r < 0.20:
            a = "about " + f"{v:.0f}"                    # unreadable
        elif r < 0.22:
            a, tamper = f"{v:.2f}", "21.27mM"            # a tampered input
        elif r < 0.40:
            a = f"E = {v:.2f} mV"                        # as students write it
        else:
            a = f"{v:.2f}"
        lines.append(f"{i+1},{tamper},\"{a}\"")
    with open(f"{out}/answers/s{s:05d}.csv", "w") as f:
        f.write("\n".join(lines) + "\n")
PY
bin/echem --version >/dev/null   # build first, outside the timing
key=$out/key.csv
all=("$out"/answers/*.csv)
tenth=("${all[@]:0:$(( ${#all[@]} / 10 > 0 ? ${#all[@]} / 10 : 1 ))}")
echo "grading ${#all[@]} answer files of 20 problems ($(cat "${all[@]}" | wc -l) lines) against $key"

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
run() { # label, then the command's arguments after "check --key KEY"; exit 4 (wrong answers) is expected
  local label=$1; shift
  local t=() m=()
  for ((i = 1; i <= runs; i++)); do
    /usr/bin/time -f "%e %M" -o "$out/time" bin/echem check --key "$key" "$@" > "$out/stdout" 2> "$out/stderr" || [[ $? == 4 ]]
    read -r s k < <(tail -1 "$out/time")
    t+=("$s"); m+=("$k")
    echo "  $label run $i: ${s} s, peak RSS $((k / 1024)) MB"
  done
  echo "$label: median $(median "${t[@]}") s, peak RSS $(( $(median "${m[@]}" | cut -d. -f1) / 1024 )) MB"
}
run "csv           " "${all[@]}" --format csv
run "text          " "${all[@]}"
run "csv+gradebook " "${all[@]}" --format csv --gradebook "$out/g.csv" --item-analysis "$out/i.csv"
tail -1 "$out/stderr"
echo "gradebook: $(($(wc -l < "$out/g.csv") - 1)) students; item analysis:"
head -4 "$out/i.csv" | sed 's/^/  /'
run "tenth (csv)   " "${tenth[@]}" --format csv
