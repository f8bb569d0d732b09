#!/usr/bin/env bash
# The test command: installs the tools the tests read exports back with,
# then runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/install-test-tools.sh
swift build --build-tests
swift test --skip-build "$@"
