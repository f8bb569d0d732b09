#!/bin/sh
# Builds the libFuzzer target (with AddressSanitizer) and runs it.
#
#   Fuzz/run.sh [RUNS] [libFuzzer options...]
#
# RUNS defaults to 1000000 executions. The seed inputs are the test fixtures
# (Tests/Fixtures/html, jsonl, hostile); new interesting inputs go to
# Fuzz/corpus/, crashing ones to Fuzz/crash-* (both ignored by git). Replay a
# crash with `Fuzz/run.sh 1 Fuzz/crash-…`, or pass e.g. `-jobs=2 -workers=2`.
# FUZZ_SCRATCH sets the build folder (default Fuzz/.build-fuzz).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
runs=${1:-1000000}
[ $# -gt 0 ] && shift
scratch=${FUZZ_SCRATCH:-$here/.build-fuzz}

# SwiftPM keeps the build plan of the path dependency (`..`) even when files
# there are added or removed; dropping it makes it plan again (in a second).
rm -f "$scratch/release.yaml" "$scratch/release/description.json"
swift build -c release --package-path "$here" --scratch-path "$scratch" --product FuzzInputs \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld

mkdir -p "$here/corpus"
binary="$scratch/release/FuzzInputs"
if [ $# -gt 0 ] && [ -f "$1" ]; then
    # Replaying the given files only.
    exec "$binary" "$@"
fi
fixtures="$here/../Tests/Fixtures"
exec "$binary" -runs="$runs" -max_len=8192 -timeout=20 -rss_limit_mb=4096 -artifact_prefix="$here/" "$@" \
    "$here/corpus" "$fixtures/html" "$fixtures/jsonl" "$fixtures/hostile"
