#!/usr/bin/env bash
# The plan's figures on a release build, at COUNT cases (default 100,000) made by `casework demo generate`, whose
# plans run to 40 steps over 10 versions: opening such a plan (against a short one), a keystroke in a field of 10,000
# characters with the plan pane drawn again (median and 95th percentile, against a field of 200), saving a step (against
# a note on another long plan), and the whole `casework plan show` process for it (against `case show`).
# Usage: scripts/bench-plan.sh [COUNT]   (the caseload is kept in $BENCH_DIR, default bench-out/; delete it after)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
out=${BENCH_DIR:-bench-out}
swift build -c release --product PlanBenchmark >/dev/null
swift build -c release --product casework >/dev/null
bin=$(swift build -c release --show-bin-path)
store="$out/plan-store-$count"
export CASEWORK_TODAY=2026-11-26 CASEWORK_USER=helen
if [ ! -f "$store/casework.json" ]; then
  echo "== generating $count cases"
  /usr/bin/time -f "   %e s, peak RSS %M KB" "$bin/casework" demo generate --cases "$count" --data-dir "$store" >/dev/null
fi
# A plan of 40 steps and 10 versions (the generator makes one in seventy duty plans so), and a short one.
# Restricted cases are left out: opening one writes an audit line, which is not what is measured here.
open=$(grep -rlE '"restricted" : false' "$store/cases" || true)
longs=$(echo "$open" | xargs grep -lE '"version" : 10,?$' 2>/dev/null | head -2 | xargs -n1 basename | sed 's/\.json$//' || true)
long=$(echo "$longs" | head -1); save=$(echo "$longs" | tail -1)
short=$(echo "$open" | xargs grep -lE '"settledVersion" : 1,?$' 2>/dev/null | head -1 | xargs -n1 basename | sed 's/\.json$//' || true)
[ -n "$long" ] && [ -n "$short" ] || { echo "no long or short plan found in $store"; exit 1; }
echo "== in one process ($count cases)"
# Steps are saved on a second long plan (it grows a version each time), so the first stays as generated.
"$bin/PlanBenchmark" "$store" "$long" "$short" "$save" --runs 300
echo "== whole processes, median of 21"
for command in "plan show $long" "case show $long"; do
  python3 - "$bin/casework" "$store" $command <<'PY'
import subprocess, sys, time
binary, store, *args = sys.argv[1:]
times = []
for _ in range(21):
    start = time.monotonic()
    subprocess.run([binary, *args, "--data-dir", store], stdout=subprocess.DEVNULL, check=True)
    times.append(time.monotonic() - start)
times.sort()
print(f"   casework {' '.join(args)}: {times[len(times) // 2] * 1000:.1f} ms")
PY
done
