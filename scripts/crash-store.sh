#!/usr/bin/env bash
# kill -9 a writer at random moments, again and again; after each, every write it reported must be in its
# record, and doctor must find every record readable (stale temp files from the kill are allowed and repaired).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${BENCH_DIR:-bench-out}
rounds=${ROUNDS:-30}
swift build -c release --product casework-bench >/dev/null
bench=.build/release/casework-bench
store="$out/crash-store"
log="$out/crash-writes.log"
rm -rf "$store" "$log"
"$bench" generate "$store" --cases 200 >/dev/null
for round in $(seq 1 "$rounds"); do
  "$bench" note "$store" --count 100000 --seed "$round" --log "$log" >/dev/null 2>&1 &
  writer=$!
  sleep "0.$(( RANDOM % 40 + 5 ))"
  kill -9 "$writer" 2>/dev/null || true
  wait "$writer" 2>/dev/null || true
  "$bench" verify "$store" --log "$log" | tail -1
  "$bench" doctor "$store" --repair | grep -v "^doctor:" | grep -E "unreadable|mismatch|missing|orphan|gap" && exit 1 || true
done
"$bench" doctor "$store"
echo "crash-store: $rounds kills, $(wc -l < "$log") reported writes, all present"
