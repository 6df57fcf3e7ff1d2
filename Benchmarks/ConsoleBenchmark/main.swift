// Times the console over a generated caseload, as `scripts/bench-console.sh` runs it on a release build:
// the first full queue frame, a re-render after one key, after one filter keystroke, and peak memory.
// Prints figures, asserts nothing.
//   ConsoleBenchmark [COUNT]                 summaries made in process from generated cases
//   ConsoleBenchmark --data-dir DIR          the caseload in DIR, loaded from the store as the console loads it
//                                            (`scripts/bench.sh`), ending with one line of figures to parse
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CaseworkCore
import CaseworkUI
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let dataDirectory = arguments.firstIndex(of: "--data-dir").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
let count = arguments.first.flatMap(Int.init) ?? 100_000

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
func caseload(today: Day, staff: StaffDirectory) -> IndexSnapshot {
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

let clock = ContinuousClock()
let (width, height) = (160, 48)

/// One key handled and the frame drawn again, as the loop does after each key.
func time(_ key: Key, on app: inout ConsoleApp) -> Double {
    let started = clock.now
    _ = app.handle(key)
    _ = app.render(width: width, height: height)
    return milliseconds(clock.now - started)
}

func median(_ times: [Double]) -> Double { times.sorted()[times.count / 2] }

func summary(_ times: [Double]) -> String {
    let sorted = times.sorted()
    return "median \(format(sorted[sorted.count / 2])) ms, 95th \(format(sorted[sorted.count * 95 / 100])) ms, "
        + "max \(format(sorted.last!)) ms over \(sorted.count)"
}

/// The keys and filter keystrokes every run times, on whichever app it built.
func keysAndFilters(_ app: inout ConsoleApp) -> (moves: [Double], jumps: [Double], filters: [Double], firstLetters: [Double]) {
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
    return (moves, jumps, filterTimes, firstLetters)
}

/// The console's own start on a real caseload, without a terminal: the store opened, the context read as
/// `casework` reads it, then the driver's start (the queue loaded from the store, drafts offered) and one frame.
func runOnStore(_ path: String) throws {
    let today = Day(year: 2026, month: 11, day: 26)!
    let started = clock.now
    let store = try JSONFileStore.open(at: URL(fileURLWithPath: path), clock: Clock.system(today: today))
    let staff = try store.staff()
    let actor = staff.member("helen").map { Actor($0) } ?? Actor(id: "helen", name: "Helen", role: .manager, restrictedAccess: true)
    let context = ConsoleContext(actor: actor, today: today, staff: staff, configuration: try store.ruleConfiguration(),
                                 meta: store.meta, partners: try store.partners(), stepLibrary: try store.stepLibrary())
    var driver = ConsoleDriver(app: ConsoleApp(context: context),
                               runtime: ConsoleRuntime(store: store, clock: Clock.system(today: today), context: context))
    _ = driver.start(width: width, height: height)
    _ = driver.frame(width: width, height: height)
    let first = milliseconds(clock.now - started)
    var app = driver.app
    let (moves, _, filters, firstLetters) = keysAndFilters(&app)
    print("console on \(path) (\(app.queue.ordered.count) in the queue), \(width)x\(height), today \(today.iso)")
    print("open the store and draw the first full queue frame: \(format(first)) ms")
    print("re-render after one key (j / PgDn):    " + summary(moves))
    print("re-render after one filter keystroke:  " + summary(filters) + "; first letters " + firstLetters.map(format).joined(separator: " / ") + " ms")
    print("figures: first=\(format(first)) key=\(format(median(moves))) filter=\(format(median(filters))) peak=\(format(peakMegabytes()))")
}

if let dataDirectory {
    do {
        try runOnStore(dataDirectory)
    } catch {
        print("ConsoleBenchmark: \(error)")
        exit(1)
    }
    exit(0)
}

let today = Day(year: 2026, month: 6, day: 15)!
let staff = DemoStaff.directory(forCases: count)
let meta = StoreMeta(dataset: .demo, name: "Benchmark caseload", createdAt: Timestamp(day: today, secondOfDay: 0))
let context = ConsoleContext(actor: Actor(staff.member("priya")!), today: today, staff: staff,
                             configuration: .standard, meta: meta)

let snapshot = caseload(today: today, staff: staff)
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

let (moves, jumps, filterTimes, firstLetters) = keysAndFilters(&app)
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
