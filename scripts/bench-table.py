#!/usr/bin/env python3
"""Measures Casework's release binaries on generated caseloads and prints one table (run by scripts/bench.sh).

Every figure is the median of --runs runs with its range. Wall times are taken around whole processes, so they
include process start; the references (Python's json.loads of every index line, SQLite loading the same summaries
from a table with an index on status) are timed inside Python, around the loading alone.
"""
import argparse
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

QUEUE_STATUSES = ("received", "triage", "routed", "appointment-booked")
ALL_STATUSES = QUEUE_STATUSES + ("assessment", "duty", "duty-ended", "closed")
OPEN_STATUSES = tuple(s for s in ALL_STATUSES if s != "closed")


def log(text):
    print(text, file=sys.stderr, flush=True)


class Figure:
    """Runs of one measurement: milliseconds, and peak resident memory in MB where taken."""

    def __init__(self, times, peaks=()):
        self.times = list(times)
        self.peaks = [p for p in peaks if p is not None]

    @property
    def median(self):
        return statistics.median(self.times)

    def text(self):
        low, high = min(self.times), max(self.times)
        return f"{fmt(self.median)} ms", f"{fmt(low)}–{fmt(high)}"

    def peak(self):
        return f"{max(self.peaks):.0f}" if self.peaks else ""


def fmt(ms):
    return f"{ms:.0f}" if ms >= 100 else f"{ms:.1f}" if ms >= 10 else f"{ms:.2f}"


def timed(command, stdout=subprocess.DEVNULL, ok=(0,)):
    """Wall time of one process in ms, and its peak RSS in MB (from /usr/bin/time)."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        start = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss.name, *command], stdout=stdout,
                              stderr=subprocess.PIPE, text=True)
        elapsed = (time.perf_counter() - start) * 1000
        if done.returncode not in ok:
            raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip()[-400:]}")
        return elapsed, int(rss.read().split()[-1]) / 1024


def repeat(runs, command, **options):
    results = [timed(command, **options) for _ in range(runs)]
    return Figure([r[0] for r in results], [r[1] for r in results])


def launch_in_tmux(binary, store, runs):
    """From Enter to the first full queue frame on screen (the queue's title and its position line), polled every
    5 ms; then q, and the process's peak RSS."""
    socket = "casework-bench-%d" % os.getpid()
    tmux = lambda *a: subprocess.run(["tmux", "-L", socket, *a], capture_output=True, text=True).stdout
    times, peaks = [], []
    try:
        for run in range(runs):
            name = "launch%d" % run
            rss = os.path.join(tempfile.gettempdir(), f"{socket}-{run}.rss")
            if os.path.exists(rss):
                os.remove(rss)
            tmux("new-session", "-d", "-s", name, "-x", "160", "-y", "48", "bash --norc --noprofile")
            tmux("send-keys", "-t", name, "-l",
                 f"exec env TERM=xterm-256color LANG=C.UTF-8 /usr/bin/time -f %M -o {rss} {binary} --data-dir {store}")
            time.sleep(0.2)
            start = time.perf_counter()
            tmux("send-keys", "-t", name, "Enter")
            while True:
                lines = tmux("capture-pane", "-p", "-t", name).splitlines()
                if any("Triage queue" in line for line in lines[:3]) and len(lines) > 2 and \
                        (re.search(r"\d+ of \d+", lines[-2]) or "No cases are waiting" in "\n".join(lines)):
                    break
                if time.perf_counter() - start > 120:
                    raise SystemExit(f"no queue on screen after 120 s at {store}")
                time.sleep(0.005)
            times.append((time.perf_counter() - start) * 1000)
            tmux("send-keys", "-t", name, "q")
            deadline = time.perf_counter() + 20
            while not (os.path.exists(rss) and open(rss).read().strip()) and time.perf_counter() < deadline:
                time.sleep(0.02)
            peaks.append(int(open(rss).read().split()[-1]) / 1024 if os.path.exists(rss) else None)
            tmux("kill-session", "-t", name)
    finally:
        tmux("kill-server")
    return Figure(times, peaks)


def python_reference(index, runs):
    code = ("import json,sys,time\nt=time.perf_counter()\n"
            "rows=[json.loads(l) for l in open(sys.argv[1],encoding='utf-8')]\n"
            "print((time.perf_counter()-t)*1000)")
    results = []
    for _ in range(runs):
        with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
            done = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss.name, sys.executable, "-c", code, index],
                                  capture_output=True, text=True, check=True)
            results.append((float(done.stdout), int(rss.read().split()[-1]) / 1024))
    return Figure([r[0] for r in results], [r[1] for r in results])


def sqlite_database(store, work):
    """The index's summaries (the latest revision of each case, as the store folds them) in a table with an index on
    status; made again whenever the index is newer."""
    index = os.path.join(store, "index.jsonl")
    path = os.path.join(work, os.path.basename(store) + ".sqlite")
    if os.path.exists(path) and os.path.getmtime(path) > os.path.getmtime(index):
        return path
    if os.path.exists(path):
        os.remove(path)
    latest = {}
    with open(index, encoding="utf-8") as lines:
        for line in lines:
            if not line.endswith("\n"):
                break
            summary = json.loads(line)["summary"]
            held = latest.get(summary["ref"])
            if held is None or held[0] <= summary["revision"]:
                latest[summary["ref"]] = (summary["revision"], summary["status"],
                                          json.dumps(summary, separators=(",", ":"), sort_keys=True))
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE summaries (ref TEXT PRIMARY KEY, revision INTEGER, status TEXT, summary TEXT)")
    db.executemany("INSERT INTO summaries VALUES (?,?,?,?)",
                   ((ref, r, s, text) for ref, (r, s, text) in latest.items()))
    db.execute("CREATE INDEX summaries_status ON summaries (status)")
    db.commit()
    db.close()
    return path


def sqlite_reference(database, runs, statuses):
    where = "" if statuses is None else " WHERE status IN (%s)" % ",".join("'%s'" % s for s in statuses)
    code = ("import json,sqlite3,sys,time\nt=time.perf_counter()\ndb=sqlite3.connect(sys.argv[1])\n"
            "rows=[json.loads(r[0]) for r in db.execute(\"SELECT summary FROM summaries%s\")]\n"
            "print((time.perf_counter()-t)*1000, len(rows))" % where)
    times, count = [], 0
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", code, database], capture_output=True, text=True, check=True)
        elapsed, count = done.stdout.split()
        times.append(float(elapsed))
    return Figure(times), int(count)


def in_process(binary, arguments, runs, pattern):
    """Figures printed by a benchmark executable: one value per run, picked by `pattern`."""
    values = {}
    for _ in range(runs):
        done = subprocess.run([binary, *arguments], capture_output=True, text=True, check=True)
        for key, regex in pattern.items():
            match = re.search(regex, done.stdout)
            if not match:
                raise SystemExit(f"{os.path.basename(binary)} printed no {key}: {done.stdout[-400:]}")
            values.setdefault(key, []).append(float(match.group(1)))
    return {key: Figure(v) for key, v in values.items()}


def measure(bin_dir, store, runs, work):
    casework = os.path.join(bin_dir, "casework")
    with os.scandir(os.path.join(store, "cases")) as entries:
        cases = sum(1 for entry in entries if entry.name.endswith(".json"))
    ref = "H-%04d" % max(1, cases // 2)
    base = ["--data-dir", store]
    figures = {}
    log(f"{store}: warming up")
    subprocess.run([casework, "case", "list", "--json", *base], stdout=subprocess.DEVNULL, check=True)
    log("  launch in tmux")
    figures["launch"] = launch_in_tmux(casework, store, runs)
    log("  case list --json")
    figures["list"] = repeat(runs, [casework, "case", "list", "--json", *base])
    log("  case show")
    figures["show"] = repeat(runs, [casework, "case", "show", ref, "--json", *base])
    log("  case note")
    figures["note"] = Figure([timed([casework, "case", "note", ref, f"Benchmark note {i}", *base])[0]
                              for i in range(max(runs, 11))])
    log("  the write part of a note (StoreBenchmark)")
    write = in_process(os.path.join(bin_dir, "StoreBenchmark"), ["note", store, "--count", "100"], runs,
                       {"write": r"median ([0-9.]+) ms"})
    figures["write"] = write["write"]
    log("  console keys (ConsoleBenchmark)")
    console = in_process(os.path.join(bin_dir, "ConsoleBenchmark"), ["--data-dir", store], runs,
                         {"key": r"figures: .*key=([0-9.]+)", "filter": r"figures: .*filter=([0-9.]+)"})
    figures.update(console)
    log("  doctor")
    figures["doctor"] = repeat(runs, [casework, "doctor", *base], ok=(0, 2))
    log("  python json.loads")
    figures["python"] = python_reference(os.path.join(store, "index.jsonl"), runs)
    log("  sqlite")
    database = sqlite_database(store, work)
    figures["sqlite_all"], total = sqlite_reference(database, runs, None)
    figures["sqlite_open"], open_count = sqlite_reference(database, runs, OPEN_STATUSES)
    return figures, total, open_count


ROWS = [
    ("launch", "launch to first full queue frame (tmux)", True),
    ("list", "case list --json", True),
    ("show", "case show --json", False),
    ("note", "case note, whole process", False),
    ("write", "  its durable write part (in process)", False),
    ("key", "console: re-render after a key", False),
    ("filter", "console: re-render after a filter keystroke", False),
    ("doctor", "doctor", False),
    ("python", "reference: python json.loads of every line", False),
    ("sqlite_all", "reference: sqlite, every summary", False),
    ("sqlite_open", "reference: sqlite, open cases (status index)", False),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", required=True)
    parser.add_argument("stores", nargs="+")
    args = parser.parse_args()
    if args.runs < 5:
        raise SystemExit("--runs: at least 5")
    load_before = os.getloadavg()
    results = []
    for store in args.stores:
        figures, total, open_count = measure(args.bin, store, args.runs, args.work)
        results.append((store, total, open_count, figures, os.getloadavg()[0]))
    load_after = os.getloadavg()

    print(f"Casework benchmark: {args.bin}, {args.runs} runs a figure (median, range), "
          f"{os.cpu_count()} cores, load average {load_before[0]:.2f} before and {load_after[0]:.2f} after")
    header = f"{'cases':>9}  {'figure':<46} {'median':>10}  {'range':<17} {'peak MB':>7}  {'×python':>8}  {'×sqlite':>8}"
    print(header)
    print("-" * len(header))
    for store, total, open_count, figures, load in results:
        python = figures["python"].median
        for key, label, compared in ROWS:
            figure = figures[key]
            median, spread = figure.text()
            ratio = f"{figure.median / python:.3f}" if compared else ""
            reference = figures["sqlite_open" if key == "launch" else "sqlite_all"].median
            versus = f"{figure.median / reference:.2f}" if compared else ""
            print(f"{total:>9,}  {label:<46} {median:>10}  {spread:<17} {figure.peak():>7}  {ratio:>8}  {versus:>8}")
        print(f"{'':>9}  ({open_count:,} of {total:,} cases open, {open_count / total:.1%}; load average {load:.2f})")
    print()
    by_size = {total: figures for _, total, _, figures, _ in results}
    goals(by_size)


def goals(by_size):
    """The issue's goals, each with its ratio."""
    def line(text, value, limit, unit="×"):
        verdict = "met" if value <= limit else "NOT met"
        print(f"goal: {text}: {value:.3f}{unit} (≤ {limit}{unit}) {verdict}")

    small, big = by_size.get(1000), by_size.get(100000)
    if small and big:
        line("launch at 100,000 ÷ launch at 1,000", big["launch"].median / small["launch"].median, 3)
        line("launch at 100,000 ÷ python at 100,000", big["launch"].median / big["python"].median, 0.07)
        line("case list --json at 100,000 ÷ python", big["list"].median / big["python"].median, 0.15)
        line("console peak memory at 100,000 (MB)", max(big["launch"].peaks), 118, " MB")
        line("case note at 100,000 ÷ at 1,000", big["note"].median / small["note"].median, 1.2)
        line("doctor at 100,000 (s)", big["doctor"].median / 1000, 5, " s")
        line("doctor peak memory at 100,000 (MB)", max(big["doctor"].peaks), 200, " MB")
    million = by_size.get(1000000)
    if million:
        line("console peak memory at 1,000,000 (MB)", max(million["launch"].peaks), 600, " MB")


if __name__ == "__main__":
    main()
