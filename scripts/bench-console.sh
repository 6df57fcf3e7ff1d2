#!/usr/bin/env bash
# The console's figures on a release build, at COUNT cases (default 100,000):
#  1. in one process (ConsoleBenchmark): the first full queue frame from summaries (rows, rules, sort, filter index,
#     render), a re-render after one key and after one filter keystroke, and peak memory;
#  2. the real binary in tmux on a caseload made by `casework demo generate`: from launch to the first queue frame on
#     screen (process start, index load, rules, sort, draw), polled every 10 ms, and the process's peak memory.
# Usage: scripts/bench-console.sh [COUNT]   (caseloads are kept in $BENCH_DIR, default bench-out/)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
out=${BENCH_DIR:-bench-out}
swift build -c release --product ConsoleBenchmark >/dev/null
swift build -c release --product casework >/dev/null
bin=$(swift build -c release --show-bin-path)
echo "== in one process"
"$bin/ConsoleBenchmark" "$count"

echo "== the real binary in tmux, 160x48, on $count generated cases"
store="$out/store-$count"
export CASEWORK_TODAY=2026-11-26 CASEWORK_USER=helen
[ -f "$store/casework.json" ] || "$bin/casework" demo generate --cases "$count" --data-dir "$store" >/dev/null
command -v tmux >/dev/null || { echo "tmux is not installed"; exit 1; }
for run in 1 2 3; do
  python3 - "$bin/casework" "$store" <<'PY'
import subprocess, sys, time
binary, store = sys.argv[1], sys.argv[2]
name = "casework-bench-%d" % time.time_ns()
tmux = lambda *a: subprocess.run(["tmux", *a], capture_output=True, text=True).stdout
tmux("new-session", "-d", "-s", name, "-x", "160", "-y", "48", "bash --norc --noprofile")
tmux("send-keys", "-t", name, "-l", f"exec env TERM=xterm-256color LANG=C.UTF-8 /usr/bin/time -f 'peak RSS %M KB' -o /tmp/{name}.rss {binary} --data-dir {store}")
start = time.monotonic()
tmux("send-keys", "-t", name, "Enter")
while True:
    screen = tmux("capture-pane", "-p", "-t", name)
    if "Triage queue" in screen and " of " in screen.splitlines()[-2]:
        break
    if time.monotonic() - start > 30:
        print("no queue after 30 s"); break
    time.sleep(0.01)
first = time.monotonic() - start
tmux("send-keys", "-t", name, "q")
time.sleep(1)
tmux("kill-session", "-t", name)
rss = open(f"/tmp/{name}.rss").read().strip() if __import__("os").path.exists(f"/tmp/{name}.rss") else "?"
print(f"   launch to first queue frame: {first * 1000:.0f} ms; {rss}")
PY
done
