#!/usr/bin/env bash
# A read-only checkout run by another user (issue 17): the launcher cannot write target/, so its
# class-data archive goes to that user's ${XDG_CACHE_HOME:-~/.cache}/echem/, made by the first
# call; the second call should take no longer than a call in a writable checkout (< 1.5x).
# Usage: bench/readonly.sh [RUNS=11] [LAUNCHER=bin/echem]
#   LAUNCHER: another launcher to measure in the same copies (e.g. an older bin/echem)
# Two copies of the checkout with the built jar, mtimes kept: one writable, one chmod -R a-w;
# both are run as the same other user (root: setpriv as nobody; others: themselves, since a
# read-only folder stops them too), with a fresh HOME each. Prints the first call's time in the
# read-only copy, then the medians of RUNS calls in each and their ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
launcher=$(readlink -f -- "${2:-bin/echem}")
bin/echem nernst --ion K --in 140 --out 5 >/dev/null   # build target/echem.jar first

work=$(mktemp -d /tmp/echem-readonly.XXXXXX)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
for c in rw ro; do
  mkdir -p "$work/$c/target" "$work/$c/bin" "$work/$c/home"
  cp -a pom.xml src "$work/$c/"
  cp -a target/echem.jar "$work/$c/target/"
  cp -p "$launcher" "$work/$c/bin/echem"
done
chmod -R a+rX "$work"
if (( EUID == 0 )); then
  chown -R nobody "$work/rw" "$work/ro/home"
  as() { setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"; }
else
  as() { "$@"; }
fi
chmod -R a-w "$work/ro/pom.xml" "$work/ro/src" "$work/ro/bin" "$work/ro/target"

ms() {   # ms COPY: wall seconds of one call in that copy
  local t0=$EPOCHREALTIME
  as env -i PATH="$PATH" HOME="$work/$1/home" LANG=C.UTF-8 \
    "$work/$1/bin/echem" nernst --ion K --in 140 --out 5 >/dev/null 2>"$work/err"
  local t1=$EPOCHREALTIME
  awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.4f\n", b - a}'
}
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END{print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

ms rw >/dev/null                      # the writable copy's first call: its archive in target/
first=$(ms ro)                        # the read-only copy's first call: the archive in the cache
[[ -s "$work/err" ]] && { echo "stderr of the first read-only call:"; cat "$work/err"; }
rw=(); ro=()
for ((i = 1; i <= runs; i++)); do
  rw+=("$(ms rw)")
  ro+=("$(ms ro)")
done
a=$(median "${rw[@]}"); b=$(median "${ro[@]}")
echo "launcher $launcher"
echo "read-only, other user: first call ${first}s; archives: $(cd "$work/ro/home" && find . -name '*.jsa' | wc -l) in its cache, $(find "$work/ro/target" -name '*.jsa' | wc -l) in target/"
echo "runs=$runs  writable median ${a}s  read-only median ${b}s  ratio $(awk -v a="$a" -v b="$b" 'BEGIN{printf "%.2f", b / a}')"
