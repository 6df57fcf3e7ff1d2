#!/usr/bin/env bash
# The store's figures on this machine, from a release build of the real `casework` binary (never from unit tests).
#   scripts/bench-store.sh            everything below
#   scripts/bench-store.sh crash      only the kill -9 loop
# Caseloads are generated with `casework demo generate` into $BENCH_DIR (default bench-out/) and reused;
# delete that folder to time the generation again. CASES (default 100000) sets the large size, ROUNDS (30) the kills.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${BENCH_DIR:-bench-out}
cases=${CASES:-100000}
mkdir -p "$out"
swift build -c release --product casework >/dev/null
swift build -c release --product StoreBenchmark >/dev/null
cw=$PWD/.build/release/casework
bench=$PWD/.build/release/StoreBenchmark
export CASEWORK_TODAY=2026-11-26 CASEWORK_USER=helen  # a manager on every generated staff list: no stand-in warning on stderr

median() { python3 -c 'import sys,statistics; v=[float(x) for x in sys.stdin.read().split()]; print("%.1f" % statistics.median(v))'; }
now_ms() { date +%s%N | cut -c1-13; }

# Milliseconds for each of N runs of one `case note` process on one case.
note_runs() {
  local dir=$1 runs=$2 ref=$3
  for i in $(seq 1 "$runs"); do
    local start; start=$(now_ms)
    "$cw" case note "$ref" "Benchmark note $i" --data-dir "$dir" >/dev/null
    echo $(( $(now_ms) - start ))
  done
}

crash_loop() {
  local store="$out/crash-store" log="$out/crash-writes.log"
  rm -rf "$store" "$log"
  "$cw" demo generate --cases 200 --data-dir "$store" >/dev/null
  local kills=0
  for round in $(seq 1 "${ROUNDS:-30}"); do
    # A writer appending notes one process at a time, logging each revision it was told about.
    ( i=0; while true; do
        i=$((i + 1))
        if printed=$("$cw" case note H-0010 "crash $round-$i" --data-dir "$store" 2>/dev/null); then
          echo "$printed crash $round-$i" >> "$log"
        fi
      done ) &
    writer=$!
    sleep "0.$(( RANDOM % 60 + 20 ))"
    # Kill whichever note process is running at this moment (retrying until one is caught mid-flight).
    until pkill -9 -f "case note H-0010" 2>/dev/null; do sleep 0.00$(( RANDOM % 9 + 1 )); done
    kills=$((kills + 1))
    kill -9 "$writer" 2>/dev/null || true
    wait "$writer" 2>/dev/null || true
    pkill -9 -f "case note H-0010" 2>/dev/null || true
    # Stale temp files from the kill are expected, and repaired; any other finding fails the run.
    "$cw" doctor --repair --data-dir "$store" > "$out/crash-doctor.txt" || true
    if grep -qiE "unreadable|mismatch|missing|orphan|gap|newer" "$out/crash-doctor.txt"; then
      cat "$out/crash-doctor.txt"; echo "crash: doctor found damage after round $round"; exit 1
    fi
  done
  "$cw" doctor --data-dir "$store" >/dev/null || { echo "crash: doctor not clean at the end"; exit 1; }
  "$cw" case show H-0010 --json --data-dir "$store" > "$out/crash-case.json"
  python3 - "$out/crash-case.json" "$log" <<'EOF'
import json, sys
case = json.load(open(sys.argv[1]))
texts = {e["text"] for e in case["timeline"]}
lines = [l.split() for l in open(sys.argv[2]) if l.strip()]
missing = [l for l in lines if " ".join(l[3:]) not in texts or int(l[2]) > case["revision"]]
print(f"crash: {len(lines)} notes whose revision was printed; {len(missing)} missing; revision now {case['revision']}")
sys.exit(1 if missing else 0)
EOF
  echo "crash: $kills kill -9s at random moments; doctor found every record readable"
}

if [ "${1:-}" = crash ]; then crash_loop; exit 0; fi

echo "== generation (casework demo generate, release build)"
for n in 1000 "$cases"; do
  dir="$out/store-$n"
  if [ ! -f "$dir/casework.json" ]; then
    /usr/bin/time -f "   whole process %e s, peak RSS %M KB" "$cw" demo generate --cases "$n" --data-dir "$dir"
  else
    echo "   $dir exists (delete it to time generation again)"
  fi
done
big="$out/store-$cases"
echo "   $(du -sh "$big/cases" | cut -f1) of case files, $(du -h "$big/index.jsonl" | cut -f1) of index at $cases cases"

echo "== case note on one case, whole process (41 runs each)"
small_ms=$(note_runs "$out/store-1000" 41 H-0042 | median)
big_ms=$(note_runs "$big" 41 H-0042 | median)
echo "   median at 1,000: $small_ms ms; at $cases: $big_ms ms; ratio $(python3 -c "print('%.2f' % ($big_ms / $small_ms))")"
echo "== the write part of a note, inside one process (lock, read, stage, commit, audit, rename, fsync)"
"$bench" note "$out/store-1000" --count 300 | sed 's/^/   /'
"$bench" note "$big" --count 300 | sed 's/^/   /'

echo "== case list --json > /dev/null at $cases cases (three runs)"
for run in 1 2 3; do
  /usr/bin/time -f "   %e s, peak RSS %M KB" "$cw" case list --json --data-dir "$big" > /dev/null
done
echo "   python3 json.loads of every line of the same index, for reference:"
/usr/bin/time -f "   %e s, peak RSS %M KB" python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$big/index.jsonl"

echo "== two processes each appending 200 notes to one case at once"
dir="$out/store-1000"
ref=H-0007
before=$("$cw" case show $ref --json --data-dir "$dir" | python3 -c 'import json,sys; c=json.load(sys.stdin); print(c["revision"], len(c["timeline"]))')
audit_before=$(grep -c "\"ref\":\"$ref\"" "$dir/audit.jsonl" || true)
for writer in a b; do
  ( for i in $(seq 1 200); do "$cw" case note $ref "writer $writer note $i" --data-dir "$dir" >/dev/null 2>> "$out/concurrent-$writer.err"; done ) &
done
wait
after=$("$cw" case show $ref --json --data-dir "$dir" | python3 -c 'import json,sys; c=json.load(sys.stdin); print(c["revision"], len(c["timeline"]))')
audit_after=$(grep -c "\"ref\":\"$ref\"" "$dir/audit.jsonl" || true)
errors=$(cat "$out"/concurrent-*.err | wc -l); rm -f "$out"/concurrent-*.err
read -r rev0 notes0 <<< "$before"; read -r rev1 notes1 <<< "$after"
echo "   revision +$((rev1 - rev0)), notes +$((notes1 - notes0)), audit lines +$((audit_after - audit_before)), errors $errors"
[ $((rev1 - rev0)) -eq 400 ] && [ $((notes1 - notes0)) -eq 400 ] && [ $((audit_after - audit_before)) -eq 400 ] && [ "$errors" -eq 0 ]

echo "== kill -9 of a writer at random moments, ${ROUNDS:-30} times"
crash_loop | sed 's/^/   /'
