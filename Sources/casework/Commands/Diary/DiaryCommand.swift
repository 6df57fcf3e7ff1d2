import ArgumentParser
import CaseworkCore
import Foundation

struct DiaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diary",
        abstract: "Caseworkers' slots: list, book by priority, move, cancel, record outcomes, export, forecast.",
        discussion: """
            Slots come from the weekly patterns in diary.json (Resources/schemas/diary.schema.json), less England's \
            bank holidays, closures and absences. A slot id is OFFICER@YYYY-MM-DDTHH:MM in Europe/London local time, \
            e.g. amara@2026-12-01T09:30. A slot holds at most one booking: a slot another case took is refused with \
            that case's ref, and nothing is written.
            """,
        subcommands: [DiarySlotsCommand.self, DiaryBookCommand.self, DiarySuggestCommand.self, DiaryNextCommand.self,
                      DiaryMoveCommand.self, DiaryCancelCommand.self, DiaryOutcomeCommand.self, DiaryArrangeCommand.self,
                      DiaryExportCommand.self, DiaryForecastCommand.self]
    )
}

extension AppointmentKind: ExpressibleByArgument {}
extension Arrangement: ExpressibleByArgument {}

extension SlotKey: ExpressibleByArgument {
    public init?(argument: String) {
        guard case .success(let key) = SlotKey.parse(argument) else { return nil }
        self = key
    }
}

/// `--slot ID`, checked while parsing: a malformed id is a usage error that says what is wrong with it.
struct SlotOption: ParsableArguments {
    @Option(help: ArgumentHelp("The slot: OFFICER@YYYY-MM-DDTHH:MM (local time).", valueName: "id"))
    var slot: String

    func validate() throws {
        if case .failure(let error) = SlotKey.parse(slot) {
            throw ValidationError(ControlCharacters.printable(error.description))
        }
    }

    var key: SlotKey { (try? SlotKey.parse(slot).get()) ?? SlotKey(officer: "", start: LocalTime(day: Day(daysSinceEpoch: 0), minute: 0)) }
}

/// What the diary commands read: the set-up, every summary, and the views built on them, once.
struct DiaryContext {
    let session: Session
    let setup: DiarySetup
    let summaries: [CaseSummary]
    let calendar: SlotCalendar
    let now: LocalTime
    /// The bookings from this day on.
    let from: Day

    /// Reads the diary, keeping the bookings from `from` on (default today) for `book`.
    static func load(_ session: Session, from: Day? = nil) throws -> DiaryContext {
        let setup = try session.store.diarySetup()
        let snapshot = try session.store.summaries()
        for problem in snapshot.problems { warn(problem.description) }
        let now = session.service.localNow
        return DiaryContext(session: session, setup: setup, summaries: snapshot.summaries, calendar: SlotCalendar(setup: setup),
                            now: now, from: from ?? now.day)
    }

    /// Which slots are taken from `from` on; built when a command asks (an export does not need it).
    var book: DiaryBook { DiaryBook(summaries, from: from) }

    func allocator(_ book: DiaryBook) -> SlotAllocator { SlotAllocator(calendar: calendar, book: book, staff: session.staff, now: now) }

    func summary(_ ref: String) throws -> CaseSummary {
        guard let summary = summaries.first(where: { $0.ref == ref }) else { throw StoreError.notFound(ref: ref) }
        return summary
    }

    /// The caseworkers a command is about: one officer, the team, or by default the acting officer's own diary (the
    /// team's when they have none).
    func officers(officer: String?, team: Bool) throws -> [String] {
        if team { return calendar.officers }
        let id = try session.officer(officer ?? "me")
        if officer == nil, setup.diary(of: id) == nil { return calendar.officers }
        guard setup.diary(of: id) != nil else { throw CommandFailure("\(id) has no diary (no slot pattern in diary.json)") }
        return [id]
    }

    func name(_ officer: String) -> String { session.staff.name(of: officer) ?? officer }
}

/// `--officer` or `--team`, with the dates of a range.
struct DiaryRange: ParsableArguments {
    @Option(help: ArgumentHelp("One caseworker's diary: a staff id, or me.", valueName: "id"))
    var officer: String?

    @Flag(help: "Every caseworker's diary.")
    var team = false

    @Option(help: ArgumentHelp("First day (default today).", valueName: "YYYY-MM-DD"))
    var from: Day?

    @Option(help: ArgumentHelp("Last day (default a week from the first).", valueName: "YYYY-MM-DD"))
    var to: Day?

    func validate() throws {
        if team, officer != nil { throw ValidationError("--team and --officer cannot be combined") }
        if let from, let to, to < from { throw ValidationError("--to \(to) is before --from \(from)") }
        if let from, let to, from.days(until: to) > 800 { throw ValidationError("--from to --to is limited to 800 days") }
    }

    func days(today: Day, defaultLength: Int = 6, startingBack: Int = 0) -> (first: Day, last: Day) {
        let first = from ?? to.map { min(today.adding(days: -startingBack), $0) } ?? today.adding(days: -startingBack)
        return (first, to ?? first.adding(days: defaultLength))
    }
}
