import ArgumentParser
import CaseworkCore
import Foundation

struct DiarySuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "The earliest free slots that fit a case, best first, with the reasons.",
        usage: "casework diary suggest <ref> [--limit <n>] [--json]",
        discussion: "A caseworker of the case's route, before the day the home is lost or the duty's last day, long enough "
            + "for an interpreter where one is needed. Later slots are offered, marked late, only when nothing in time is free."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var caseRef: CaseRefArgument
    @OptionGroup var limit: LimitOption
    @Flag(help: "Print JSON: {ref, suggestions: [{slot, inTime, reasons: [{code, warning, date, text}]}]}.") var json = false

    func run() throws {
        let session = try Session.open(global)
        let diary = try DiaryContext.load(session)
        let summary = try diary.summary(caseRef.normalised)
        try DiaryAccess.check(summary, session: session)
        let offered = diary.allocator(diary.book).suggestions(for: SlotNeed(summary, evaluation: session.evaluate(summary)), limit: limit.limit)
        if json {
            var writer = JSONWriter()
            writer.beginObject()
            writer.key("ref"); writer.string(summary.ref)
            writer.key("suggestions")
            writer.beginArray()
            for suggestion in offered {
                writer.newline()
                writer.beginObject()
                writer.key("slot"); DiaryJSON.slot(&writer, suggestion.slot, booking: nil, session: session)
                writer.key("inTime"); writer.bool(suggestion.inTime)
                writer.key("reasons"); DiaryJSON.reasons(&writer, suggestion.reasons)
                writer.endObject()
            }
            writer.newline()
            writer.endArray()
            writer.endObject()
            DiaryJSON.emit(writer)
            return
        }
        guard !offered.isEmpty else {
            print("No free slot fits \(summary.ref) in the next \(diary.setup.settings.horizonWeeks) weeks.")
            return
        }
        for (index, suggestion) in offered.enumerated() { print("\(index + 1). " + DiaryText.line(suggestion, diary: diary)) }
    }
}

struct DiaryNextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "The best waiting cases for a free slot, in the queue's priority order, with the reasons.",
        usage: "casework diary next --slot <id> [--limit <n>] [--json]"
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var slot: SlotOption
    @OptionGroup var limit: LimitOption
    @Flag(help: "Print JSON: {slot, cases: [{ref, name, restricted, score, parts: [{part, points}], reasons}]}.") var json = false

    func run() throws {
        let session = try Session.open(global)
        let diary = try DiaryContext.load(session)
        let key = slot.key
        let free = try session.service.bookableSlot(key, setup: diary.setup, emergency: true)
        let book = diary.book
        if let holder = book.booking(at: key) { throw BookingRefusal.slotTaken(key, by: holder.ref) }
        let waiting = diary.summaries.filter { InterviewQueue.isWaitingForBooking($0, now: diary.now) }.map { ($0, session.evaluate($0)) }
        let offered = diary.allocator(book).candidates(for: free, among: waiting, limit: limit.limit)
        if json {
            var writer = JSONWriter()
            writer.beginObject()
            writer.key("slot"); DiaryJSON.slot(&writer, free, booking: nil, session: session)
            writer.key("cases")
            writer.beginArray()
            for candidate in offered {
                writer.newline()
                writer.beginObject()
                // A restricted case keeps its place in the order, but its score and reasons are withheld as in every list.
                let shown = CaseAccess.mayView(candidate.summary, as: session.actor)
                writer.key("ref"); writer.string(candidate.ref)
                writer.key("name"); writer.string(CaseAccess.displayName(candidate.summary, as: session.actor))
                writer.key("restricted"); writer.bool(candidate.summary.restricted)
                writer.key("score"); writer.number(shown ? (candidate.score * 10).rounded() / 10 : nil)
                writer.key("parts")
                writer.beginArray()
                for (part, points) in zip(candidate.parts, candidate.points) where shown {
                    writer.beginObject()
                    writer.key("part"); writer.string(part.name)
                    writer.key("points"); writer.number((points * 10).rounded() / 10)
                    writer.endObject()
                }
                writer.endArray()
                writer.key("reasons"); DiaryJSON.reasons(&writer, shown ? candidate.reasons : [])
                writer.endObject()
            }
            writer.newline()
            writer.endArray()
            writer.endObject()
            DiaryJSON.emit(writer)
            return
        }
        guard !offered.isEmpty else { print("No waiting case fits \(key.id)."); return }
        for (index, candidate) in offered.enumerated() {
            let name = CaseAccess.displayName(candidate.summary, as: session.actor)
            guard CaseAccess.mayView(candidate.summary, as: session.actor) else {
                print("\(index + 1). \(candidate.ref) \(name)")
                continue
            }
            let parts = zip(candidate.parts, candidate.points).map { "\($0.label) \(String(format: "%+.0f", $1))" }
            print("\(index + 1). \(candidate.ref) \(name), score \(String(format: "%.1f", candidate.score)): "
                + (parts + candidate.reasons.map(\.text)).joined(separator: "; "))
        }
    }
}

/// `--limit N`: how many suggestions.
struct LimitOption: ParsableArguments {
    @Option(help: "How many to offer (1 to 50).") var limit = 5

    func validate() throws {
        guard (1...50).contains(limit) else { throw ValidationError("--limit must be between 1 and 50") }
    }
}

/// Acting on a restricted case needs clearance, as opening it does; a refusal is audited.
enum DiaryAccess {
    static func check(_ summary: CaseSummary, session: Session) throws {
        guard !CaseAccess.mayView(summary, as: session.actor) else { return }
        try session.store.auditView(of: summary.ref, by: session.actor, allowed: false)
        throw CaseAccessError.restricted(ref: summary.ref)
    }
}
