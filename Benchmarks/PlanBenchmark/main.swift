import CaseworkCore
import Foundation

/// The plan's figures from inside one process (never in unit tests), on a caseload made by `casework demo generate`:
/// opening the plan of a case with 40 steps and 10 versions (read, decode, every version's content, the plan as text,
/// against a short plan in the same run), and saving a step (against a note on the same case). `scripts/bench-plan.sh`
/// runs it on 100,000 cases.
let usage = "usage: PlanBenchmark DIR LONG-REF SHORT-REF SAVE-REF [--runs R]"

let words = Array(CommandLine.arguments.dropFirst())
guard words.count >= 4 else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(64)
}
let runs = words.firstIndex(of: "--runs").flatMap { words.indices.contains($0 + 1) ? Int(words[$0 + 1]) : nil } ?? 200
let today = Day(year: 2026, month: 11, day: 26)!
let clock = Clock.system(today: today)
let actor = Actor(id: "bench", name: "Benchmark", role: .manager, restrictedAccess: true)

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func format(_ value: Double) -> String { String(format: "%.3f", value) }

/// Median and 95th percentile of `count` timed runs of `body`, in milliseconds.
func measure(_ count: Int, _ body: () throws -> Void) rethrows -> (median: Double, p95: Double) {
    var times: [Double] = []
    for _ in 0..<count {
        let started = ContinuousClock.now
        try body()
        times.append(milliseconds(ContinuousClock.now - started))
    }
    times.sort()
    return (times[times.count / 2], times[min(times.count - 1, times.count * 95 / 100)])
}

func report(_ name: String, _ figure: (median: Double, p95: Double), against reference: (median: Double, p95: Double)? = nil) {
    let ratio = reference.map { ", \(String(format: "%.2f", $0.median > 0 ? figure.median / $0.median : 0))× the reference" } ?? ""
    print("\(name): median \(format(figure.median)) ms, p95 \(format(figure.p95)) ms\(ratio)")
}

let store = try JSONFileStore.open(at: URL(fileURLWithPath: words[0]), clock: clock)
let service = CaseService(store: store, clock: clock, actor: actor, configuration: .standard)
let partners = try service.partnerDirectory()
let longRef = words[1], shortRef = words[2], saveRef = words[3]
let long = try store.load(longRef)
print("long plan \(longRef): \(long.plan?.steps.count ?? 0) steps, \(long.plan?.versions.count ?? 0) versions, "
    + "\(try Data(contentsOf: URL(fileURLWithPath: words[0] + "/cases/\(longRef).json")).count / 1024) KB on disk")

/// What opening a plan costs before anything is drawn: the record from disk, each version's content, and the words.
@MainActor func openPlan(_ ref: String) throws {
    let record = try service.open(ref)
    let plan = record.plan ?? Plan()
    for version in 1...plan.version { _ = record.planContent(version: version) }
    _ = NonCooperationStage(plan: plan, duties: record.duties)
    _ = plan.totalCost
    _ = plan.steps.map { PlanChanges.brief($0.text) + ($0.partnerId.flatMap(partners.partner)?.name ?? "") }
}

let shortOpen = try measure(runs) { try openPlan(shortRef) }
report("open a short plan (\(try store.load(shortRef).plan?.steps.count ?? 0) steps, reference)", shortOpen)
report("open the plan of 40 steps and 10 versions", try measure(runs) { try openPlan(longRef) }, against: shortOpen)

let saves = max(20, runs / 10)
// Saves go to another long plan, so the one opened above stays the same from run to run.
let saved = try store.load(saveRef)
print("saving on \(saveRef): \(saved.plan?.steps.count ?? 0) steps, \(saved.plan?.versions.count ?? 0) versions")
let note = try measure(saves) { try service.addNote(saveRef, text: "Benchmark note") }
report("save a note on that case (reference)", note)
var step = 0
let save = try measure(saves) {
    step += 1
    try service.addStep(saveRef, owner: .council, text: "Benchmark step \(step)", dueOn: today.adding(days: 7), partner: "money-advice",
                        expectedRevision: nil)
}
report("save a step on that case (a new version each time)", save, against: note)
