#!/usr/bin/env bash
# Times the rules over a synthetic caseload (default 100,000 summaries) on a release build.
# Usage: scripts/bench-rules.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product RulesBenchmark >/dev/null
"$(swift build -c release --show-bin-path)/RulesBenchmark" "${1:-100000}"
