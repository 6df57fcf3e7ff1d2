// Times monitoring over a generated caseload, as `scripts/bench-monitor.sh` runs it on a release build: the alerts
// of a team manager's team and of everyone, the manager's dashboard and a quarter's H-CLIC return, each from the
// summaries, beside the rules' plain alerts over the same summaries (the reference, measured in the same run); then
// the console's first frames of the alerts screen (a team manager's team, and everyone's) and of the dashboard, at
// 160x48, beside the queue's first frame. Prints figures, asserts nothing.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CaseworkCore
import CaseworkUI
import Foundation

let count = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 100_000
let today = Day(year: 2026, month: 11, day: 26)!
let staff = DemoStaff.directory(forCases: count)

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

func format(_ value: Double) -> String { String((value * 10).rounded() / 10) }

var generator = CaseGenerator(seed: 2017, today: today, staff: staff)
var summaries: [CaseSummary] = []
summaries.reserveCapacity(count)
for index in 0..<count {
    var record = generator.next()
    record.ref = "H-" + Day.pad(index + 1, 4)
    record.revision = 1
    summaries.append(CaseSummary(record))
}
print("monitoring over \(count) generated cases, today \(today); peak \(format(peakMegabytes())) MB with the summaries loaded")

let clock = ContinuousClock()
let monitor = AlertMonitor(today: today, configuration: .standard, settings: .standard, staff: staff)
let helen = Actor(staff.member("helen")!)
let teamManager = staff.members.first { $0.id == "mgr1" }.map(Actor.init) ?? helen

/// Three runs of `body`, their times in ms, and what the last one made.
func timed<T>(_ body: () throws -> T) rethrows -> (times: [Double], result: T) {
    var times: [Double] = []
    var result: T?
    for _ in 0..<3 {
        let start = clock.now
        result = try body()
        times.append(milliseconds(clock.now - start))
    }
    return (times, result!)
}

func line(_ label: String, _ times: [Double], _ extra: String = "") {
    print(label.padding(toLength: 58, withPad: " ", startingAt: 0) + times.map(format).joined(separator: " / ") + " ms" + extra)
}

let reference = timed { summaries.reduce(0) { $0 + CaseRules.alerts($1, today: today).count } }
line("reference: the rules' alerts of every case (no monitoring)", reference.times, " (\(reference.result) alerts)")
let all = try timed { try AlertBoard.build(summaries, scope: .all, viewer: helen, monitor: monitor) }
line("alerts board, everyone's (coloured, answered, escalated, sorted)", all.times,
     " (\(all.result.alerts.count) alerts; ratio \(format(all.times.min()! / reference.times.min()!)))")
let team = try timed { try AlertBoard.build(summaries, scope: .team, viewer: teamManager, monitor: monitor) }
line("alerts board, \(teamManager.id)'s team", team.times, " (\(team.result.alerts.count) alerts)")
let dashboard = try timed { try Dashboard.build(summaries, manager: helen, monitor: monitor) }
line("dashboard, helen (every caseworker)", dashboard.times,
     " (\(dashboard.result.officers.count) rows; ratio \(format(dashboard.times.min()! / reference.times.min()!)))")
let codes = try HCLICCodes.load(fromDataDirectory: URL(fileURLWithPath: "/nonexistent"))
let quarter = Quarter(containing: today).previous
let hclic = timed { HCLICReturn(summaries: summaries, quarter: quarter, codes: codes, caseId: HCLICCaseId(key: Array(0..<16))) }
line("H-CLIC return \(quarter) in memory (no personal data)", hclic.times,
     " (\(hclic.result.cases.count) cases, \(hclic.result.files.reduce(0) { $0 + $1.bytes.count } / 1024) KB)")

// The console: a session as the loop starts it (sized, the caseload loaded), then the keys that show each screen; the
// time runs from the key to the frame drawn, which for the alerts is their first building.
let meta = StoreMeta(dataset: .demo, name: "Benchmark caseload", createdAt: Timestamp(day: today, secondOfDay: 0))
let snapshot = IndexSnapshot(summaries: summaries, problems: [])
func session(_ actor: Actor) -> (ConsoleApp, Double) {
    var app = ConsoleApp(context: ConsoleContext(actor: actor, today: today, staff: staff, configuration: .standard, meta: meta))
    _ = app.apply(.resized(width: 160, height: 48))
    let start = clock.now
    _ = app.apply(.loaded(snapshot))
    _ = app.render(width: 160, height: 48)
    return (app, milliseconds(clock.now - start))
}
func frame(_ app: inout ConsoleApp, keys: [Key]) -> Double {
    let start = clock.now
    for key in keys { _ = app.handle(key) }
    _ = app.render(width: 160, height: 48)
    return milliseconds(clock.now - start)
}
var queueFrames: [Double] = [], teamFrames: [Double] = [], everyoneFrames: [Double] = [], dashboardFrames: [Double] = []
for _ in 0..<3 {
    var (managerOfEight, queueTime) = session(teamManager)
    queueFrames.append(queueTime)
    teamFrames.append(frame(&managerOfEight, keys: [.function(5)]))
    var (head, _) = session(helen)
    // Helen's team is everyone down the line; `s` from her team goes to everyone's.
    _ = frame(&head, keys: [.function(5)])
    everyoneFrames.append(frame(&head, keys: [.character("s")]))
    var (fresh, _) = session(helen)
    dashboardFrames.append(frame(&fresh, keys: [.function(5), .character("d")]))
}
line("reference: load and first queue frame (the queue's own)", queueFrames)
line("alerts screen's first frame, \(teamManager.id)'s team (F5)", teamFrames,
     " (ratio to the queue's \(format(teamFrames.min()! / queueFrames.min()!)))")
line("alerts screen, everyone's (helen: F5, then s)", everyoneFrames, " (ratio \(format(everyoneFrames.min()! / queueFrames.min()!)))")
line("dashboard's first frame (helen: F5 d, alerts built first)", dashboardFrames,
     " (ratio \(format(dashboardFrames.min()! / queueFrames.min()!)))")
print("peak memory: \(format(peakMegabytes())) MB")
