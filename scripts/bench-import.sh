#!/usr/bin/env bash
# Importing JSON Lines with the real `casework` binary (release build): the time must grow with the file, not its square.
#   scripts/bench-import.sh               10,000, 50,000 and 100,000 lines
#   SIZES="10000 20000" scripts/bench-import.sh
# For each size: a file of that many valid applications imported into a fresh demo caseload, then the same file with
# every line invalid (refused whole: the error list is bounded), then the same valid records as one JSON array.
# Files and caseloads go to $BENCH_DIR (default bench-out/) and are deleted after each size. CASEWORK_BIN times another
# build of casework (an older one, for a before/after figure) instead of building this one.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${BENCH_DIR:-bench-out}/import
sizes=${SIZES:-"10000 50000 100000"}
mkdir -p "$out"
if [ -n "${CASEWORK_BIN:-}" ]; then
  cw=$CASEWORK_BIN
else
  swift build -c release --product casework >/dev/null
  cw=$PWD/.build/release/casework
fi
export CASEWORK_TODAY=2026-11-26 CASEWORK_USER=helen

# N applications, one a line; with "invalid", each carries a receivedOn that is not a date; with "array", one JSON array.
make_file() {
  python3 - "$1" "$2" <<'EOF'
import json, sys
count, shape = int(sys.argv[1]), sys.argv[2]
records = []
for i in range(count):
    records.append({
        "externalId": f"BENCH-{i:07d}",
        "receivedOn": "26/11/2026" if shape == "invalid" else "2026-11-20",
        "applicant": {"firstName": "Joanna", "lastName": f"Kaminska{i}", "dateOfBirth": "1988-03-14",
                      "phone": "07700 900201", "email": "joanna.k@example.org"},
        "household": [{"firstName": "Maja", "lastName": "Kaminska", "dateOfBirth": "2016-07-02", "relationship": "child"}],
        "homelessNow": False, "lossDate": "2027-01-15",
        "accommodation": {"type": "private-rented", "tenancyStartedOn": "2022-05-01",
                          "address": {"lines": ["14 Queens Road"], "town": "Watford", "postcode": "WD17 2LH"}},
        "reasonForLoss": "end-of-private-tenancy", "supportNeeds": [],
        "documents": [{"kind": "identity", "provided": True}], "consentToShare": True,
    })
if shape == "array":
    print(json.dumps(records))
else:
    for record in records:
        print(json.dumps(record))
EOF
}

for n in $sizes; do
  for shape in valid invalid array; do
    file="$out/apps-$n-$shape.json"
    make_file "$n" "$shape" > "$file"
    rm -rf "$out/store"
    "$cw" demo reset --data-dir "$out/store" >/dev/null
    /usr/bin/time -o "$out/time.txt" -f "%e %U %S" "$cw" import "$file" --data-dir "$out/store" >"$out/stdout.txt" \
      2>"$out/stderr.txt" && status=0 || status=$?
    read -r wall user sys < <(tail -1 "$out/time.txt")
    # CPU time is the figure to compare on a shared machine; wall time adds the waits (an fsync per created case).
    printf "   %7d lines, %-7s %6s MB: %8s s wall, %7s s CPU, exit %d, %s bytes on stderr\n" "$n" "$shape" \
      "$(python3 -c "print('%.1f' % ($(stat -c %s "$file") / 1e6))")" "$wall" "$(python3 -c "print('%.2f' % ($user + $sys))")" \
      "$status" "$(stat -c %s "$out/stderr.txt")"
    rm -f "$file"
  done
done
rm -rf "$out"
