import CaseworkCore
import Foundation

/// Measures the store by hand (never in unit tests): bulk generation, listing from the index, single writes,
/// and doctor. Prints figures; `scripts/bench-store.sh` runs it at several sizes.
let usage = """
    usage: StoreBenchmark generate DIR --cases N [--seed S] [--batch B]
           StoreBenchmark list DIR [--runs R]
           StoreBenchmark note DIR [--count N] [--seed S] [--log FILE]
           StoreBenchmark verify DIR --log FILE
           StoreBenchmark doctor DIR [--repair]
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

let today = Day(year: 2026, month: 3, day: 2)!
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

func openOrCreate(_ url: URL) throws -> JSONFileStore {
    if JSONFileStore.exists(at: url) { return try JSONFileStore.open(at: url, clock: clock) }
    let staff = StaffDirectory(members: SyntheticCaseload.officers.map { StaffMember(id: $0, name: $0, role: .caseworker) })
    return try JSONFileStore.create(at: url, meta: StoreMeta(dataset: .demo, name: "Benchmark", createdAt: clock.now()),
                                    staff: staff, clock: clock)
}

func generate(_ url: URL, _ arguments: Arguments) throws {
    let count = arguments.option("--cases", default: 1000)
    let store = try openOrCreate(url)
    let cases = SyntheticCaseload(count: count, seed: UInt64(arguments.option("--seed", default: 1)), today: today)
    let started = ContinuousClock.now
    let added = try store.bulkCreate(cases, by: actor, batchSize: arguments.option("--batch", default: 2000))
    let elapsed = ContinuousClock.now - started
    print("generate: \(added) cases in \(format(milliseconds(elapsed) / 1000)) s "
        + "(\(Int(Double(added) / (milliseconds(elapsed) / 1000))) cases/s), peak RSS \(format(peakResidentMegabytes())) MB")
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

/// Appends notes to random cases and times each write. With `--log`, writes "REF REVISION" to the file after
/// each write returns (the moment a user would be told), for `verify` to check after a `kill -9`.
func note(_ url: URL, _ arguments: Arguments) throws {
    let store = try JSONFileStore.open(at: url, clock: clock)
    let refs = try store.summaries().summaries.map(\.ref)
    guard !refs.isEmpty else { throw StoreError.invalid(reason: "no cases to write to") }
    let log = arguments.text("--log").map { path -> FileHandle in
        if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        return FileHandle(forWritingAtPath: path)!
    }
    log?.seekToEndOfFile()
    var random = SeededRandom(seed: UInt64(arguments.option("--seed", default: 2)))
    var times: [Double] = []
    for _ in 0..<arguments.option("--count", default: 200) {
        let ref = refs[Int.random(in: 0..<refs.count, using: &random)]
        let started = ContinuousClock.now
        let saved = try store.update(ref, expectedRevision: nil, by: actor, action: "note") { record in
            record.timeline.append(ContactEvent(id: record.nextTimelineId, at: clock.now(), by: actor.id, channel: .note,
                                                party: .internalNote, text: "Benchmark note for revision \(record.revision + 1)."))
        }
        times.append(milliseconds(ContinuousClock.now - started))
        log?.write("\(saved.ref) \(saved.revision)\n".data(using: .utf8)!)
    }
    times.sort()
    print("note: \(times.count) writes at \(refs.count) cases; median \(format(times[times.count / 2])) ms, "
        + "p90 \(format(times[times.count * 9 / 10])) ms, max \(format(times.last!)) ms")
}

/// Checks that every write `note --log` reported is in its record: the revision reached and the note there.
func verify(_ url: URL, _ arguments: Arguments) throws {
    guard let path = arguments.text("--log") else { throw StoreError.invalid(reason: "verify needs --log FILE") }
    let store = try JSONFileStore.open(at: url, clock: clock)
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    var missing = 0
    for line in lines {
        let parts = line.split(separator: " ")
        guard parts.count == 2, let revision = Int(parts[1]) else { continue }
        let record = try store.load(String(parts[0]))
        if record.revision < revision || !record.timeline.contains(where: { $0.text == "Benchmark note for revision \(revision)." }) {
            missing += 1
            print("missing: \(parts[0]) revision \(revision)")
        }
    }
    print("verify: \(lines.count) reported writes, \(missing) missing")
    if missing > 0 { exit(1) }
}

func doctor(_ url: URL, _ arguments: Arguments) throws {
    let store = try JSONFileStore.open(at: url, clock: clock)
    let started = ContinuousClock.now
    let report = try store.doctor(repair: arguments.flag("--repair"))
    print(report.text, terminator: "")
    print("doctor: \(format(milliseconds(ContinuousClock.now - started) / 1000)) s, peak RSS \(format(peakResidentMegabytes())) MB")
    if !report.isClean { exit(1) }
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
    case "generate": try generate(url, arguments)
    case "list": try list(url, arguments)
    case "note": try note(url, arguments)
    case "verify": try verify(url, arguments)
    case "doctor": try doctor(url, arguments)
    default:
        print(usage)
        exit(2)
    }
} catch {
    print("StoreBenchmark: \(error)")
    exit(1)
}
