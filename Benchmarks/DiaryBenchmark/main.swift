import CaseworkCore
import CaseworkUI
import Foundation

/// Measures the diary from inside one process (never in unit tests): a booking's write (lock, claim check, claim,
/// commit) and `diary suggest`'s parts, without process start-up. `scripts/bench-diary.sh` runs it beside the
/// whole-process figures on caseloads made by `casework demo generate`.
let usage = """
    usage: DiaryBenchmark book DIR [--count N]
           DiaryBenchmark suggest DIR [--runs R]
           DiaryBenchmark frame DIR [--weeks W]
    """

let today = Day(year: 2026, month: 11, day: 26)!
let clock = Clock.system(today: today)
let actor = Actor(id: "bench", name: "Benchmark", role: .manager, restrictedAccess: true)

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func format(_ value: Double) -> String { String(format: "%.2f", value) }

func option(_ words: [String], _ name: String, default value: Int) -> Int {
    guard let index = words.firstIndex(of: name), index + 1 < words.count, let number = Int(words[index + 1]) else { return value }
    return number
}

func percentile(_ sorted: [Double], _ fraction: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))] }

/// Books `count` waiting cases into free slots, timing only each booking's call, then cancels them (untimed) so the
/// caseload is left as it was found.
func book(_ url: URL, count: Int) throws {
    let store = try JSONFileStore.open(at: url, clock: clock)
    let service = CaseService(store: store, clock: clock, actor: actor, configuration: .standard)
    let setup = try store.diarySetup()
    let summaries = try store.summaries().summaries
    let calendar = SlotCalendar(setup: setup)
    let book = DiaryBook(summaries)
    let now = service.localNow
    let waiting = summaries.filter { InterviewQueue.isWaitingForBooking($0, now: now) && $0.status != .closed }
    var slots: [DiarySlot] = []
    var day = today.adding(days: 1)
    while slots.count < count, day < today.adding(days: 400) {
        for officer in calendar.officers {
            slots += calendar.slots(of: officer, on: day).filter { !$0.emergencyOnly && book.booking(at: $0.key) == nil }
        }
        day = day.adding(days: 1)
    }
    let pairs = Array(zip(waiting, slots).prefix(count))
    guard !pairs.isEmpty else { print("book: nothing to book"); return }
    // Each booking is followed by a note on the same case, the store's plainest write, as the reference: both see
    // the same disk at the same moment (a shared machine's fsync varies by the second).
    var times: [Double] = [], notes: [Double] = []
    var made: [(String, Int)] = []
    for (summary, slot) in pairs {
        var started = ContinuousClock.now
        let (_, appointment) = try service.book(summary.ref, slot: slot.key)
        times.append(milliseconds(ContinuousClock.now - started))
        made.append((summary.ref, appointment.id))
        started = ContinuousClock.now
        try service.addNote(summary.ref, text: "Benchmark note")
        notes.append(milliseconds(ContinuousClock.now - started))
    }
    for (ref, id) in made { try service.cancel(ref, appointment: id, reason: "Benchmark booking undone") }
    times.sort()
    notes.sort()
    print("book at \(summaries.count) cases: \(times.count) bookings; median \(format(percentile(times, 0.5))) ms, "
        + "p90 \(format(percentile(times, 0.9))) ms; a note's write beside each, median \(format(percentile(notes, 0.5))) ms "
        + "(booking / note \(format(percentile(times, 0.5) / percentile(notes, 0.5))))")
}

/// `diary suggest`'s parts: reading the set-up and the index, building the diary's view, and the allocator.
func suggest(_ url: URL, runs: Int) throws {
    let store = try JSONFileStore.open(at: url, clock: clock)
    var read: [Double] = [], build: [Double] = [], allocate: [Double] = []
    var offered = 0
    for _ in 0..<runs {
        var started = ContinuousClock.now
        let setup = try store.diarySetup()
        let summaries = try store.summaries().summaries
        read.append(milliseconds(ContinuousClock.now - started))
        started = ContinuousClock.now
        let book = DiaryBook(summaries, from: today)
        let staff = try store.staff()
        build.append(milliseconds(ContinuousClock.now - started))
        let summary = summaries.first { InterviewQueue.isWaitingForBooking($0, now: LondonTime.local(clock.now())) }!
        started = ContinuousClock.now
        let allocator = SlotAllocator(calendar: SlotCalendar(setup: setup), book: book, staff: staff, now: LondonTime.local(clock.now()))
        offered = allocator.suggestions(for: SlotNeed(summary, evaluation: CaseRules.evaluate(summary, today: today))).count
        allocate.append(milliseconds(ContinuousClock.now - started))
    }
    for name in ["read", "build", "allocate"] {
        let values = (name == "read" ? read : name == "build" ? build : allocate).sorted()
        print("suggest \(name): median \(format(percentile(values, 0.5))) ms")
    }
    print("suggest: \(offered) slots offered")
}

/// The console's diary over the real store: F3 to its first full frame at 160x48 (the caseload already loaded, as the
/// console has it from start-up), then `w` to the next week and its frame, as an officer would press them.
func frame(_ url: URL, weeks: Int) throws {
    let store = try JSONFileStore.open(at: url, clock: clock)
    let staff = try store.staff()
    let context = ConsoleContext(actor: Actor(staff.member("helen")!), today: today, staff: staff, configuration: .standard,
                                 meta: store.meta)
    let runtime = ConsoleRuntime(store: store, clock: clock, context: context)
    var started = ContinuousClock.now
    let snapshot = try store.summaries()
    let read = milliseconds(ContinuousClock.now - started)
    var app = ConsoleApp(context: context)
    _ = app.apply(.resized(width: 160, height: 48))
    _ = app.apply(.loaded(snapshot))
    _ = app.render(width: 160, height: 48)
    /// A key, what it asks of the store run as the console's loop runs it, and the frame drawn.
    func press(_ key: Key) {
        var effects = app.handle(key)
        while !effects.isEmpty {
            let events = effects.flatMap { runtime.run($0) }
            effects = events.flatMap { app.apply($0) }
        }
        _ = app.render(width: 160, height: 48)
    }
    started = ContinuousClock.now
    press(.function(3))
    let first = milliseconds(ContinuousClock.now - started)
    var changes: [Double] = []
    for _ in 0..<weeks {
        started = ContinuousClock.now
        press(.character("w"))
        changes.append(milliseconds(ContinuousClock.now - started))
    }
    changes.sort()
    print("frame at \(snapshot.summaries.count) cases: the index read at start-up \(format(read)) ms (the console's, not the diary's); "
        + "F3 to the diary's first frame \(format(first)) ms; a week change (w) median \(format(percentile(changes, 0.5))) ms, "
        + "max \(format(changes.last ?? 0)) ms over \(changes.count)")
}

let words = Array(CommandLine.arguments.dropFirst())
guard words.count >= 2 else { print(usage); exit(64) }
let url = URL(fileURLWithPath: words[1])
switch words[0] {
case "book": try book(url, count: option(words, "--count", default: 200))
case "suggest": try suggest(url, runs: option(words, "--runs", default: 5))
case "frame": try frame(url, weeks: option(words, "--weeks", default: 20))
default: print(usage); exit(64)
}
