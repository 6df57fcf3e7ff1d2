#!/usr/bin/env bash
# Times the console's queue over a generated caseload (default 100,000 cases) on a release build: the first
# full frame, a re-render after one key and after one filter keystroke, and peak memory.
# Usage: scripts/bench-console.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product ConsoleBenchmark >/dev/null
"$(swift build -c release --show-bin-path)/ConsoleBenchmark" "${1:-100000}"
