#!/usr/bin/env bash
# Monitoring's figures on a release build, at COUNT cases (default 100,000):
#  1. in one process (MonitorBenchmark): the alerts of a team and of everyone, the dashboard and an H-CLIC return,
#     each from the summaries, against the rules' plain alerts of the same cases (the reference, same run);
#  2. whole commands on a caseload made by `casework demo generate`: `alerts --all --json`, `report dashboard --json`
#     and `report hclic` for a quarter, each with its peak memory, against `case list --json` (the same index read).
# Usage: scripts/bench-monitor.sh [COUNT]   (caseloads are kept in $BENCH_DIR, default bench-out/)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
out=${BENCH_DIR:-bench-out}
swift build -c release --product MonitorBenchmark >/dev/null
swift build -c release --product casework >/dev/null
bin=$(swift build -c release --show-bin-path)
echo "== in one process"
"$bin/MonitorBenchmark" "$count"

echo "== whole commands on $count generated cases (3 runs each: wall time, peak RSS)"
store="$out/store-$count"
export CASEWORK_TODAY=2026-11-26 CASEWORK_USER=helen
[ -f "$store/casework.json" ] || "$bin/casework" demo generate --cases "$count" --data-dir "$store" >/dev/null
returns="$out/hclic-$count"
measure() {
  local label=$1; shift
  local runs=""
  for run in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$out/.time" "$bin/casework" "$@" --data-dir "$store" >/dev/null
    read -r seconds kilobytes <"$out/.time"
    runs="$runs $(python3 -c "print(f'{$seconds*1000:.0f} ms / {$kilobytes/1024:.0f} MB')");"
  done
  printf '%-46s%s\n' "$label" "$runs"
}
measure "reference: case list --json" case list --json
measure "alerts --all --json" alerts --all --json
measure "alerts --team --json (helen's team: everyone)" alerts --team --json
measure "report dashboard --json" report dashboard --json
measure "report hclic --quarter 2026Q3" report hclic --quarter 2026Q3 --out "$returns"
measure "report hclic --quarter 2026Q3 --with-personal-data" report hclic --quarter 2026Q3 --out "$returns" --with-personal-data
echo "   the return: $(($(wc -l <"$returns/main.csv") - 1)) cases, $(($(wc -l <"$returns/validation.csv") - 1)) validation lines, $(du -sh "$returns" | cut -f1) in all"
