#!/usr/bin/env bash
# The store's figures on this machine, from a release build (never from unit tests).
#   scripts/bench-store.sh          bulk generation (1,000 and $CASES cases); listing from the index at $CASES
#                                   (time, peak memory, beside Python's json.loads of the same file); one-note
#                                   writes at 1,000 and at $CASES cases.
#   scripts/bench-store.sh crash    kill -9 a writer at random moments $ROUNDS times; after each, every write it
#                                   reported must be in its record and doctor must find every record readable.
# Stores are kept in $BENCH_DIR (default bench-out/) and reused; delete it to regenerate.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${BENCH_DIR:-bench-out}
swift build -c release --product StoreBenchmark >/dev/null
bench=.build/release/StoreBenchmark
timed() { /usr/bin/time -f "  (whole process: %e s, peak RSS %M KB)" "$@"; }
mkdir -p "$out"

if [ "${1:-}" = crash ]; then
  store="$out/crash-store"
  log="$out/crash-writes.log"
  rm -rf "$store" "$log"
  "$bench" generate "$store" --cases 200 >/dev/null
  for round in $(seq 1 "${ROUNDS:-30}"); do
    "$bench" note "$store" --count 100000 --seed "$round" --log "$log" >/dev/null 2>&1 &
    writer=$!
    sleep "0.$(( RANDOM % 40 + 5 ))"
    kill -9 "$writer" 2>/dev/null || true
    wait "$writer" 2>/dev/null || true
    "$bench" verify "$store" --log "$log" | tail -1
    # Stale temp files from the kill are expected (and repaired); anything else fails the run.
    if "$bench" doctor "$store" --repair | grep -E "unreadable|mismatch|missing|orphan|gap"; then exit 1; fi
  done
  "$bench" doctor "$store"
  echo "crash: ${ROUNDS:-30} kills, $(wc -l < "$log") reported writes, all present"
  exit 0
fi

cases=${CASES:-100000}
for n in 1000 "$cases"; do
  [ -f "$out/store-$n/casework.json" ] || timed "$bench" generate "$out/store-$n" --cases "$n"
done

big="$out/store-$cases"
echo "== listing $cases summaries from $(du -h "$big/index.jsonl" | cut -f1) of index, three fresh processes"
for run in 1 2 3; do timed "$bench" list "$big" --runs 1; done
"$bench" list "$big" --runs 5
echo "== python3 json.loads of every line, for comparison"
timed python3 -c 'import json,sys,time; t=time.perf_counter(); [json.loads(l) for l in open(sys.argv[1])]; print("python: %.0f ms" % ((time.perf_counter()-t)*1000))' \
  "$big/index.jsonl"

echo "== one note per write (lock, read the case, stage, commit, audit, rename, sync)"
"$bench" note "$out/store-1000" --count 300
"$bench" note "$big" --count 300
