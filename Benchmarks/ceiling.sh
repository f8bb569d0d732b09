#!/usr/bin/env bash
# What two cores of this machine can give at most: the same one-job run,
# once alone on core 0, then twice at the same time, one process on core 0
# and one on core 1 (separate processes: no lock, no memory and no work
# shared). On a machine whose cores do not slow each other, both side-by-side
# runs take as long as the one alone, and two jobs could be 2x faster than
# one; each second they lose is a second no `--jobs 2` run can win back.
# Prints each run's seconds and the ceiling: 2 x alone / side by side (mean).
#
# Usage: bash Benchmarks/ceiling.sh [BIN] [ARTICLES] [ROUNDS]
#   BIN: a release newsgraph (default .build/release/newsgraph)
#   ARTICLES: generated articles (seed 1) to run on (default 10000)
#   ROUNDS: how many times to measure both ways (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-.build/release/newsgraph}
ARTICLES=${2:-10000}
ROUNDS=${3:-3}
[ "$(nproc)" -ge 2 ] || { echo "needs two cores"; exit 1; }
WORK=$(mktemp -d /tmp/newsgraph-ceiling.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

"$BIN" generate --articles "$ARTICLES" --jsonl --out "$WORK/corpus" >/dev/null

# Seconds of one one-job run on core $1, writing to $2.
run() {
    local start=$EPOCHREALTIME
    taskset -c "$1" "$BIN" extract "$WORK/corpus" --out "$2" --jobs 1 >/dev/null 2>&1
    python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$start" "$EPOCHREALTIME"
}

alone=() ; side=()
for round in $(seq "$ROUNDS"); do
    alone+=("$(run 0 "$WORK/alone")")
    run 0 "$WORK/left" >"$WORK/left.s" &
    run 1 "$WORK/right" >"$WORK/right.s"
    wait
    side+=("$(cat "$WORK/left.s")" "$(cat "$WORK/right.s")")
done

python3 - "$ARTICLES" "${alone[*]}" "${side[*]}" <<'PY'
import statistics, sys
articles, alone, side = sys.argv[1], [float(x) for x in sys.argv[2].split()], [float(x) for x in sys.argv[3].split()]
print(f"{articles} generated articles, one job a process")
print("alone on core 0:      " + ", ".join(f"{x:.2f}" for x in alone) + f" s (mean {statistics.mean(alone):.2f})")
print("side by side (0, 1):  " + ", ".join(f"{x:.2f}" for x in side) + f" s (mean {statistics.mean(side):.2f})")
slowdown = statistics.mean(side) / statistics.mean(alone)
print(f"each core {100 * (slowdown - 1):.0f} % slower with the other busy: two cores give at most "
      f"{2 / slowdown:.2f}x (worst pair {2 * statistics.mean(alone) / max(side):.2f}x)")
PY
