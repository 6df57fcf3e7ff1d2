import CaseworkCore
import CaseworkUI
import Foundation

/// The plan's figures from inside one process (never in unit tests), on a caseload made by `casework demo generate`:
/// opening the plan of a case with 40 steps and 10 versions (read, decode, every version's content, the plan as text,
/// against a short plan in the same run), a keystroke in a long multi-line field, and saving a step (against a note on the same case). `scripts/bench-plan.sh`
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
    _ = NonCooperation.stage(NonCooperationFacts(record), today: record.updatedAt.day)
    _ = plan.totalCost
    _ = plan.steps.map { PlanChanges.brief($0.text) + ($0.partnerId.flatMap(partners.partner)?.name ?? "") }
}

let shortOpen = try measure(runs) { try openPlan(shortRef) }
report("open a short plan (\(try store.load(shortRef).plan?.steps.count ?? 0) steps, reference)", shortOpen)
report("open the plan of 40 steps and 10 versions", try measure(runs) { try openPlan(longRef) }, against: shortOpen)

/// A keystroke in the assessment's "why" field holding `length` characters of several paragraphs: the key into the
/// pane's state and the pane drawn again at 160x48, as the console does for every key.
@MainActor func keystrokes(length: Int, count: Int) throws -> (median: Double, p95: Double) {
    var record = try store.load(longRef)
    let paragraph = "The landlord served notice after the sale fell through; 美玲 has asked the letting agent twice for repairs. "
    var text = ""
    while text.count < length { text += paragraph + (text.count % 3 == 0 ? "\n\n" : "") }
    record.assessment?.circumstances = String(text.prefix(length))
    let context = ConsoleContext(actor: actor, today: today, staff: try store.staff(), configuration: .standard, meta: store.meta)
    var pane = PlanPane(record: record, context: context, partners: partners, library: try service.stepLibrary())
    var buffer = Buffer(width: 160, height: 44)
    pane.layout(in: buffer.area)
    pane.edit(.circumstances)
    for key in Key.sequence("<PgUp><PgUp>") { pane.type(key) }
    let keys = Key.sequence("word ")
    var index = 0
    return measure(count) {
        pane.type(keys[index % keys.count])
        index += 1
        pane.render(into: &buffer, area: buffer.area)
    }
}

let shortField = try keystrokes(length: 200, count: runs * 2)
report("a keystroke in a field of 200 characters (reference)", shortField)
report("a keystroke in a field of 10,000 characters", try keystrokes(length: 10_000, count: runs * 2), against: shortField)

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
