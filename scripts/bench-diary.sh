#!/usr/bin/env bash
# The diary's figures on this machine, from a release build (never from unit tests): the console's diary (F3's first
# frame, a week change), `diary suggest`, a booking's write at 1,000 and at 100,000 cases (median, and their ratio),
# exporting a caseworker's year.
# Caseloads come from `casework demo generate` (40 caseworkers with diaries, a year of bookings) into $BENCH_DIR
# (default bench-out/) as diary-store-N and are reused; delete them to time the generation again. CASES sets the
# large size (default 100000).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${BENCH_DIR:-bench-out}
cases=${CASES:-100000}
mkdir -p "$out"
swift build -c release --product casework >/dev/null
swift build -c release --product DiaryBenchmark >/dev/null
cw=$PWD/.build/release/casework
bench=$PWD/.build/release/DiaryBenchmark
export CASEWORK_TODAY=2026-11-26 CASEWORK_USER=helen

median() { python3 -c 'import sys,statistics; v=[float(x) for x in sys.stdin.read().split()]; print("%.1f" % statistics.median(v))'; }
now_ms() { date +%s%N | cut -c1-13; }
ratio() { python3 -c "print('%.2f' % ($2 / $1))"; }

echo "== generation (casework demo generate: cases, 40 diaries, a year of bookings)"
for n in 1000 "$cases"; do
  dir="$out/diary-store-$n"
  if [ ! -f "$dir/casework.json" ]; then
    /usr/bin/time -f "   whole process %e s, peak RSS %M KB" "$cw" demo generate --cases "$n" --data-dir "$dir"
  else
    echo "   $dir exists (delete it to time generation again)"
  fi
done
big="$out/diary-store-$cases"
small="$out/diary-store-1000"
booked=$("$cw" diary slots --team --from 2025-11-26 --to 2026-11-26 --json --data-dir "$big" \
  | python3 -c 'import json,sys; s=json.load(sys.stdin); print(len(s), sum(1 for x in s if x["ref"]))')
echo "   at $cases cases, the last year's diary: $booked (slots, booked)"

# A waiting case of the council team, for `suggest`.
waiting() {
  "$cw" case list --status routed --json --data-dir "$1" | python3 -c 'import json,sys; print(next(c["ref"] for c in json.load(sys.stdin) if c["route"]=="council"))'
}

runs_ms() { local n=$1; shift; for i in $(seq 1 "$n"); do s=$(now_ms); "$@" >/dev/null; echo $(( $(now_ms) - s )); done | median; }

echo "== diary suggest, whole process (11 runs each), beside case list --json (reading the whole index) as the reference"
for dir in "$small" "$big"; do
  ref=$(waiting "$dir")
  list_ms=$(runs_ms 11 "$cw" case list --json --data-dir "$dir")
  ms=$(runs_ms 11 "$cw" diary suggest "$ref" --data-dir "$dir")
  echo "   $(basename "$dir"): suggest median $ms ms; case list $list_ms ms; ratio $(ratio "$list_ms" "$ms")"
done
echo "   in one process at $cases cases (the index read, the diary's view from today, the allocator):"
"$bench" suggest "$big" --runs 5 | sed 's/^/      /'

echo "== the console's diary at $cases cases, 160x48, in one process (F3, then w a week at a time)"
"$bench" frame "$small" --weeks 20 | sed 's/^/   /'
"$bench" frame "$big" --weeks 20 | sed 's/^/   /'

echo "== a booking's write inside one process (lock, claim check, claim, commit, audit), 200 bookings each"
small_line=$("$bench" book "$small" --count 200); echo "   $small_line"
big_line=$("$bench" book "$big" --count 200); echo "   $big_line"
small_ms=$(grep -oE 'bookings; median [0-9.]+' <<< "$small_line" | grep -oE '[0-9.]+$')
big_ms=$(grep -oE 'bookings; median [0-9.]+' <<< "$big_line" | grep -oE '[0-9.]+$')
echo "   ratio of medians, 100k / 1k: $(ratio "$small_ms" "$big_ms")"

echo "== diary book and cancel, whole process (21 bookings each)"
book_runs() {
  local dir=$1
  local slots; slots=$("$cw" diary slots --team --free --from 2027-01-04 --to 2027-02-26 --json --data-dir "$dir" \
    | python3 -c 'import json,sys; print(" ".join(s["id"] for s in json.load(sys.stdin) if not s["emergencyOnly"]))')
  local refs; refs=$("$cw" case list --status routed --json --data-dir "$dir" | python3 -c 'import json,sys; print(" ".join(c["ref"] for c in json.load(sys.stdin)[:60]))')
  local made=0
  for slot in $slots; do
    for ref in $refs; do
      local s; s=$(now_ms)
      if printed=$("$cw" diary book "$ref" --slot "$slot" --kind other --data-dir "$dir" 2>/dev/null); then
        echo $(( $(now_ms) - s ))
        local id; id=$(sed -E 's/.*appointment ([0-9]+),.*/\1/' <<< "$printed")
        "$cw" diary cancel "$ref" --appointment "$id" --reason "benchmark" --data-dir "$dir" >/dev/null
        made=$((made + 1))
        refs=${refs#"$ref"}
        break
      fi
    done
    [ "$made" -ge 21 ] && break
  done
}
small_ms=$(book_runs "$small" | median)
big_ms=$(book_runs "$big" | median)
echo "   median at 1,000: $small_ms ms; at $cases: $big_ms ms; ratio $(ratio "$small_ms" "$big_ms")"

echo "== exporting a caseworker's year (amara, 2025-11-26 to 2026-11-26) at $cases cases (5 runs)"
list_ms=$(runs_ms 5 "$cw" case list --json --data-dir "$big")
ms=$(runs_ms 5 "$cw" diary export --officer amara --from 2025-11-26 --to 2026-11-26 --ics - --data-dir "$big")
echo "   median $ms ms; case list $list_ms ms; ratio $(ratio "$list_ms" "$ms")"
"$cw" diary export --officer amara --from 2025-11-26 --to 2026-11-26 --ics - --data-dir "$big" > "$out/amara-year.ics"
/usr/bin/time -f "   peak RSS %M KB" "$cw" diary export --officer amara --from 2025-11-26 --to 2026-11-26 --ics - --data-dir "$big" > /dev/null
echo "   $(grep -c '^BEGIN:VEVENT' "$out/amara-year.ics") appointments, $(du -h "$out/amara-year.ics" | cut -f1)"
