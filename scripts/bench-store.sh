#!/usr/bin/env bash
# The store's figures on this machine, from a release build (never from unit tests):
#   - bulk generation of a synthetic caseload (1,000 and $CASES cases);
#   - listing from the index at $CASES cases: time and peak memory, beside Python's json.loads of the same file;
#   - one-note writes (the write part, in process) at 1,000 and at $CASES cases.
# Stores are kept in $BENCH_DIR (default bench-out/) and reused; delete it to regenerate.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${BENCH_DIR:-bench-out}
cases=${CASES:-100000}
swift build -c release --product casework-bench >/dev/null
bench=.build/release/casework-bench
mkdir -p "$out"

for n in 1000 "$cases"; do
  if [ ! -f "$out/store-$n/casework.json" ]; then
    /usr/bin/time -f "  (whole process: %e s, peak RSS %M KB)" "$bench" generate "$out/store-$n" --cases "$n"
  fi
done

big="$out/store-$cases"
echo "== listing $cases summaries from $(du -h "$big/index.jsonl" | cut -f1) of index"
for run in 1 2 3; do
  /usr/bin/time -f "  (whole process: %e s, peak RSS %M KB)" "$bench" list "$big" --runs 1
done
"$bench" list "$big" --runs 5
echo "== python3 json.loads of every line, for comparison"
/usr/bin/time -f "  (whole process: %e s, peak RSS %M KB)" \
  python3 -c 'import json,sys,time; t=time.perf_counter(); [json.loads(l) for l in open(sys.argv[1])]; print("python: %.0f ms" % ((time.perf_counter()-t)*1000))' \
  "$big/index.jsonl"

echo "== one note per write (lock, read the case, write, commit, audit, rename, sync)"
"$bench" note "$out/store-1000" --count 300
"$bench" note "$big" --count 300
