import CaseworkCore
import Foundation

/// Measures the store from inside one process (never in unit tests): listing from the index and the write part of a
/// note, without process start-up. `scripts/bench-store.sh` runs it beside the whole-process `casework` figures on
/// caseloads made by `casework demo generate`.
let usage = """
    usage: StoreBenchmark list DIR [--runs R]
           StoreBenchmark note DIR [--count N] [--seed S]
    """

struct Arguments {
    var words: [String]

    func option(_ name: String, default value: Int) -> Int {
        guard let index = words.firstIndex(of: name), index + 1 < words.count, let number = Int(words[index + 1]) else { return value }
        return number
    }

    func flag(_ name: String) -> Bool { words.contains(name) }

    func text(_ name: String) -> String? {
        guard let index = words.firstIndex(of: name), index + 1 < words.count else { return nil }
        return words[index + 1]
    }
}

let today = Day(year: 2026, month: 11, day: 26)!
let clock = Clock.system(today: today)
let actor = Actor(id: "bench", name: "Benchmark", role: .manager)

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func format(_ value: Double) -> String { String(format: "%.2f", value) }

/// The process's peak resident memory so far, from the kernel.
func peakResidentMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kilobytes / 1024
}

func list(_ url: URL, _ arguments: Arguments) throws {
    let store = try JSONFileStore.open(at: url, clock: clock)
    var times: [Double] = []
    var count = 0
    for _ in 0..<arguments.option("--runs", default: 1) {
        let started = ContinuousClock.now
        let snapshot = try store.summaries()
        times.append(milliseconds(ContinuousClock.now - started))
        count = snapshot.summaries.count
        if !snapshot.problems.isEmpty { print("problems: \(snapshot.problems.count), first: \(snapshot.problems[0])") }
    }
    times.sort()
    print("list: \(count) summaries; best \(format(times[0])) ms, median \(format(times[times.count / 2])) ms; "
        + "peak RSS \(format(peakResidentMegabytes())) MB")
}

/// Appends notes to random cases and times each write: lock, read the case, stage, commit, audit, rename, sync.
func note(_ url: URL, _ arguments: Arguments) throws {
    let store = try JSONFileStore.open(at: url, clock: clock)
    let refs = try store.summaries().summaries.map(\.ref)
    guard !refs.isEmpty else { throw StoreError.invalid(reason: "no cases to write to") }
    var random = SeededRandom(seed: UInt64(arguments.option("--seed", default: 2)))
    var times: [Double] = []
    for _ in 0..<arguments.option("--count", default: 200) {
        let ref = refs[Int.random(in: 0..<refs.count, using: &random)]
        let started = ContinuousClock.now
        try store.update(ref, expectedRevision: nil, by: actor, action: "note") { record in
            record.timeline.append(ContactEvent(id: record.nextTimelineId, at: clock.now(), by: actor.id, channel: .note,
                                                party: .internalNote, text: "Benchmark note for revision \(record.revision + 1)."))
        }
        times.append(milliseconds(ContinuousClock.now - started))
    }
    times.sort()
    print("note: \(times.count) writes at \(refs.count) cases; median \(format(times[times.count / 2])) ms, "
        + "p90 \(format(times[times.count * 9 / 10])) ms, max \(format(times.last!)) ms")
}

let words = Array(CommandLine.arguments.dropFirst())
guard words.count >= 2 else {
    print(usage)
    exit(2)
}
let url = URL(fileURLWithPath: words[1])
let arguments = Arguments(words: Array(words.dropFirst(2)))
do {
    switch words[0] {
    case "list": try list(url, arguments)
    case "note": try note(url, arguments)
    default:
        print(usage)
        exit(2)
    }
} catch {
    print("StoreBenchmark: \(error)")
    exit(1)
}
