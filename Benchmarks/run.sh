#!/usr/bin/env bash
# NewsGraph benchmarks, in one run on this machine:
#   1. build newsgraph in release mode;
#   2. `newsgraph bench` on generated corpora of 1,000, 10,000 and 100,000
#      articles with 1 and 2 jobs (one fresh process per measurement, pinned
#      to as many cores as it has jobs: one job runs on one core), and on
#      the real WikiNews articles (read from ../shared, never copied), once and
#      repeated 10 times;
#   3. check that --jobs 1 and --jobs 2 write byte-identical exports;
#   4. Benchmarks/compare.py: SoMaJo, networkx and rdflib on the same corpus.
# Results go to $WORK (default /tmp/newsgraph-bench): *.txt tables, *.json figures.
#
# Settings (environment): SIZES=1000,10000,100000  JOBS=1,2  REPEATS=1,10
#   COMPARE=generated-10000 (the corpus compare.py uses)  SKIP_SOMAJO=1 (leave SoMaJo out)
#   PIN=0 (let every measurement use all cores: a one-job run then reads on a second core)
#   SCRATCH=.build-bench (SwiftPM scratch folder)  WORK=/tmp/newsgraph-bench
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-1000,10000,100000}
JOBS=${JOBS:-1,2}
REPEATS=${REPEATS:-1,10}
COMPARE=${COMPARE:-generated-10000}
SCRATCH=${SCRATCH:-.build-bench}
WORK=${WORK:-/tmp/newsgraph-bench}
WIKINEWS=${WIKINEWS:-../shared/data/wikinews}
PIN_OPTION=$([ "${PIN:-1}" = 0 ] || echo --pin)

echo "== building (release)"
swift build -c release --scratch-path "$SCRATCH" --product newsgraph 2>&1 | tail -1
BIN="$SCRATCH/release/newsgraph"

if [ -z "${SKIP_SOMAJO:-}" ] && ! python3 -c "import somajo" 2>/dev/null; then
    echo "== installing SoMaJo"
    python3 -m pip install --quiet somajo
fi
python3 -c "import networkx, rdflib" || { echo "networkx and rdflib are needed (Scripts/install-test-tools.sh)"; exit 1; }

rm -rf "$WORK"
mkdir -p "$WORK"

echo "== generated corpora: $SIZES articles, jobs $JOBS"
"$BIN" bench --articles "$SIZES" --jobs "$JOBS" $PIN_OPTION --keep "$WORK/generated" --json "$WORK/generated.json" \
    | tee "$WORK/generated.txt"

if [ -f "$WIKINEWS/train.jsonl" ]; then
    echo "== WikiNews (train + dev), repeated $REPEATS times, jobs $JOBS"
    "$BIN" bench --wikinews "$WIKINEWS/train.jsonl" --wikinews "$WIKINEWS/dev.jsonl" --repeat "$REPEATS" \
        --jobs "$JOBS" $PIN_OPTION --keep "$WORK/wikinews" --json "$WORK/wikinews.json" | tee "$WORK/wikinews.txt"
else
    echo "== WikiNews data not found at $WIKINEWS: skipped"
fi

smallest=$(echo "$SIZES" | tr ',' '\n' | sort -n | head -1)
if [ -d "$WORK/generated/out-generated-$smallest-j1" ] && [ -d "$WORK/generated/out-generated-$smallest-j2" ]; then
    echo "== exports with --jobs 1 and --jobs 2 ($smallest articles)"
    different=0
    for file in "$WORK/generated/out-generated-$smallest-j1"/graph.*; do
        name=$(basename "$file")
        if cmp -s "$file" "$WORK/generated/out-generated-$smallest-j2/$name"; then
            echo "identical: $name"
        else
            echo "DIFFERENT: $name"
            different=1
        fi
    done
    [ "$different" = 0 ] || echo "jobs 1 and jobs 2 exports differ" | tee "$WORK/determinism-failed.txt"
fi

echo "== comparison on $COMPARE"
python3 Benchmarks/compare.py --results "$WORK/generated.json" --corpus "$COMPARE" --json "$WORK/compare.json" \
    ${SKIP_SOMAJO:+--skip-somajo} | tee "$WORK/compare.txt"
