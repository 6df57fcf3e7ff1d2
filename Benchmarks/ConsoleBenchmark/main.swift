// Times the console over a generated caseload, as `scripts/bench-console.sh` runs it on a release build:
// the first full queue frame, a re-render after one key, after one filter keystroke, and peak memory.
// Prints figures, asserts nothing.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CaseworkCore
import CaseworkUI

let count = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 100_000
let today = Day(year: 2026, month: 6, day: 15)!
let staff = DemoStaff.directory(forCases: count)

/// Peak resident memory so far, in MB (Linux reports kilobytes, macOS bytes).
func peakMegabytes() -> Double {
    var usage = rusage()
    #if canImport(Darwin)
    getrusage(RUSAGE_SELF, &usage)
    return Double(usage.ru_maxrss) / 1_048_576
    #else
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1_024
    #endif
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
}

func format(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return String(rounded)
}

/// The summaries the store's index would hand over, built from full generated cases as the store would.
func caseload() -> IndexSnapshot {
    var generator = CaseGenerator(seed: 2017, today: today, staff: staff)
    var summaries: [CaseSummary] = []
    summaries.reserveCapacity(count)
    for index in 0..<count {
        var record = generator.next()
        record.ref = "H-" + Day.pad(index + 1, 4)
        record.revision = 1
        summaries.append(CaseSummary(record))
    }
    return IndexSnapshot(summaries: summaries, problems: [])
}

let meta = StoreMeta(dataset: .demo, name: "Benchmark caseload", createdAt: Timestamp(day: today, secondOfDay: 0))
let context = ConsoleContext(actor: Actor(staff.member("priya")!), today: today, staff: staff,
                             configuration: .standard, meta: meta)
let clock = ContinuousClock()
let (width, height) = (160, 48)

let snapshot = caseload()
let memoryWithSummaries = peakMegabytes()

/// Start to the first full frame: rows built (rules run once each), sorted, filter index folded, frame drawn.
func firstFrame() -> (milliseconds: Double, app: ConsoleApp) {
    let started = clock.now
    var app = ConsoleApp(context: context)
    _ = app.apply(.resized(width: width, height: height))
    _ = app.apply(.loaded(snapshot))
    _ = app.render(width: width, height: height)
    return (milliseconds(clock.now - started), app)
}

// Three runs, one app alive at a time, as the console holds one.
var first: [Double] = []
var app = ConsoleApp(context: context)
for _ in 0..<3 {
    app = ConsoleApp(context: context)  // frees the previous run's queue before the next is built
    let run = firstFrame()
    first.append(run.milliseconds)
    app = run.app
}
let memoryAfterFirstFrame = peakMegabytes()

/// One key handled and the frame drawn again, as the loop does after each key.
func time(_ key: Key, on app: inout ConsoleApp) -> Double {
    let started = clock.now
    _ = app.handle(key)
    _ = app.render(width: width, height: height)
    return milliseconds(clock.now - started)
}

func summary(_ times: [Double]) -> String {
    let sorted = times.sorted()
    return "median \(format(sorted[sorted.count / 2])) ms, 95th \(format(sorted[sorted.count * 95 / 100])) ms, "
        + "max \(format(sorted.last!)) ms over \(sorted.count)"
}

let moves = (0..<400).map { index in time(index % 100 < 80 ? .character("j") : .pageDown, on: &app) }
let jumps = [time(.character("G"), on: &app), time(.character("g"), on: &app)]
_ = app.handle(.character("/"))
var filterTimes: [Double] = []
var firstLetters: [Double] = []
for word in ["kow", "ayse", "h-12", "smith", "王", "zofia"] {
    for (offset, letter) in word.enumerated() {
        let elapsed = time(.character(letter), on: &app)
        filterTimes.append(elapsed)
        if offset == 0 { firstLetters.append(elapsed) }
    }
    for _ in word { filterTimes.append(time(.backspace, on: &app)) }
}
_ = app.handle(.escape)
let changedStarted = clock.now
var changed = snapshot.summaries.first(where: QueueOrder.admits)!
changed.revision += 1
changed.assignedOfficer = "dev"
_ = app.apply(.changed([changed]))
_ = app.render(width: width, height: height)
let oneChange = milliseconds(clock.now - changedStarted)
let sortStarted = clock.now
_ = app.run(.sort(.name, ascending: true))
_ = app.render(width: width, height: height)
let sortByName = milliseconds(clock.now - sortStarted)
let narrowStarted = clock.now
_ = app.run(.route(.council))
_ = app.render(width: width, height: height)
let narrowByRoute = milliseconds(clock.now - narrowStarted)

print("console over \(count) generated cases (\(app.queue.ordered.count) in the queue), \(width)x\(height), today \(today.iso)")
print("first full queue frame (rows, rules, sort, filter index, render): \(first.map(format).joined(separator: " / ")) ms (3 runs)")
print("re-render after one key (j / PgDn):        " + summary(moves) + "; G and g: \(jumps.map(format).joined(separator: " / ")) ms")
print("re-render after one filter keystroke:       " + summary(filterTimes))
print("  first letter of a new filter (widest scan): \(firstLetters.map(format).joined(separator: " / ")) ms")
print(":sort name \(format(sortByName)) ms, :route council \(format(narrowByRoute)) ms (commands, not keystrokes); "
    + "one case changed by another console \(format(oneChange)) ms")
print("peak memory: \(format(memoryWithSummaries)) MB with the summaries loaded, \(format(memoryAfterFirstFrame)) MB after the first frame, \(format(peakMegabytes())) MB at the end")
