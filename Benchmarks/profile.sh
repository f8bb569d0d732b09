#!/usr/bin/env bash
# Profiles `newsgraph extract` with perf on a generated corpus, in release mode
# with debug symbols, and prints the share of time of the project's functions.
#
#   bash Benchmarks/profile.sh                 # 10,000 articles, 1 job
#   ARTICLES=1000 JOBS=2 bash Benchmarks/profile.sh
#   python3 Benchmarks/perf_report.py $WORK/perf.txt --callers Token.normalized
#
# Settings (environment): ARTICLES=10000 JOBS=1 SCRATCH=.build-profile WORK=/tmp/newsgraph-profile
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${ARTICLES:-10000}
JOBS=${JOBS:-1}
SCRATCH=${SCRATCH:-.build-profile}
WORK=${WORK:-/tmp/newsgraph-profile}
command -v perf >/dev/null || { echo "perf is needed (apt-get install linux-perf)"; exit 1; }

swift build -c release -Xswiftc -g --scratch-path "$SCRATCH" --product newsgraph 2>&1 | tail -1
BIN="$SCRATCH/release/newsgraph"
rm -rf "$WORK"
mkdir -p "$WORK"
"$BIN" generate --articles "$ARTICLES" --jsonl --out "$WORK/corpus"
perf record -F 299 -g -o "$WORK/perf.data" "$BIN" extract "$WORK/corpus" --out "$WORK/out" --jobs "$JOBS"
perf script -i "$WORK/perf.data" 2>/dev/null | swift demangle --simplified > "$WORK/perf.txt"
python3 Benchmarks/perf_report.py "$WORK/perf.txt" --top 60
