import ArgumentParser
import CaseworkCore

struct DutyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duty",
        abstract: "Start or end a prevention, relief or main duty; the law's conditions are checked first.",
        subcommands: [DutyStartCommand.self, DutyEndCommand.self, DutyRefusalCommand.self, DutyWarningCommand.self,
                      DutyAccommodationCommand.self]
    )
}

struct DutyStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a duty; its 56 days begin with the start date (day 1) and end on start + 55.",
        usage: "casework duty start <ref> --kind <kind> [<options>]",
        discussion: """
            Starting relief while prevention runs ends prevention the same day (became homeless). Notice that the 56 \
            days have passed may be given from start + 56. The 21 days to ask for a review of the decision run from \
            --notified, when the applicant was notified; until it is recorded the last day is unknown.
            """
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: "The duty to start.")
    var kind: DutyKind

    @Option(help: ArgumentHelp("The day the duty starts (default today).", valueName: "YYYY-MM-DD"))
    var on: Day?

    @Option(help: ArgumentHelp("The day the applicant was notified of the decision.", valueName: "YYYY-MM-DD"))
    var notified: Day?

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.startDuty(caseRef.normalised, kind: kind, on: on, notifiedOn: notified, expectedRevision: nil)
        let clock = session.evaluate(CaseSummary(record)).duty
        let lastDay = clock?.lastDay.map { ", last day \($0)" } ?? ""
        print("\(record.ref) revision \(record.revision): \(kind.rawValue) duty started on \(on ?? session.today)\(lastDay)")
    }
}

struct DutyEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end",
        abstract: "End the active duty with a reason.",
        usage: "casework duty end <ref> --reason <reason> [<options>]",
        discussion: """
            The rules refuse a reason the law does not allow: for example 56-days-elapsed before the 56 days have \
            ended (from start + 56), or ending prevention while a valid section 21 notice has expired or expires \
            within 56 days. The 21 days to ask for a review run from --notified, never from a backdated end date.

            Ending for non-co-operation (s193B) needs the sequence recorded first ('casework duty refusal', then \
            'casework duty warning', the warning's period, a further refusal) and --authorised-by: an officer at least \
            as senior as you, not the case's officer and not the warning's author. It is refused with any other reason.
            """
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: "Why the duty ends.")
    var reason: DutyEndReason

    @Option(help: ArgumentHelp("The day it ends (default today).", valueName: "YYYY-MM-DD"))
    var on: Day?

    @Option(help: ArgumentHelp("The day the applicant was notified of the written notice.", valueName: "YYYY-MM-DD"))
    var notified: Day?

    @Option(help: ArgumentHelp("For non-co-operation: the officer who authorised the notice.", valueName: "id"))
    var authorisedBy: String?

    func validate() throws {
        if reason == .nonCooperation {
            guard authorisedBy != nil else { throw ValidationError("--reason non-cooperation needs --authorised-by (s193B)") }
        } else if authorisedBy != nil {
            throw ValidationError("--authorised-by is only for --reason non-cooperation (s193B)")
        }
    }

    func run() throws {
        let session = try Session.open(global)
        let safeguards = authorisedBy.map { CaseService.NonCooperationSafeguards(authorisedBy: $0) }
        let record = try session.service.endDuty(caseRef.normalised, reason: reason, on: on, notifiedOn: notified,
                                                 safeguards: safeguards, expectedRevision: nil)
        print("\(record.ref) revision \(record.revision): duty ended on \(on ?? session.today) (\(reason.rawValue))")
        if let active = record.activeDuty { print("\(active.kind.label) now runs from \(active.startedOn)") }
    }
}

struct DutyRefusalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refusal",
        abstract: "Record the applicant's refusal of a required plan step (s193B).",
        usage: "casework duty refusal <ref> --step <n> [<options>]",
        discussion: """
            Only an applicant (required) step of a plan agreed, or recorded as reasonable, on or before that day can be \\
            refused for s193B; never a recommended step. The sequence: a refusal, the written warning, its period, a \\
            further refusal, then 'casework duty end --reason non-cooperation'. Prints the new revision.
            """
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: "The refused step's number in the plan.")
    var step: Int

    @Option(help: ArgumentHelp("The day of the refusal (default today).", valueName: "YYYY-MM-DD"))
    var on: Day?

    @Option(help: "A short note.")
    var note: String?

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.recordRefusal(caseRef.normalised, step: step, on: on, note: note, expectedRevision: nil)
        print("\(record.ref) revision \(record.revision)")
    }
}

struct DutyWarningCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warning",
        abstract: "Record the written warning (s193B(4)) after a refusal, with the period to comply.",
        usage: "casework duty warning <ref> [<options>]",
        discussion: """
            The period defaults to the council's setting (nonCooperation.warningPeriodDays in rules.json, 7 days unless \\
            changed); a further refusal counts only after it. Prints the new revision.
            """
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: ArgumentHelp("The day the warning was given (default today).", valueName: "YYYY-MM-DD"))
    var on: Day?

    @Option(help: ArgumentHelp("Days to comply after the warning.", valueName: "days"))
    var period: Int?

    @Option(help: "A short note.")
    var note: String?

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.recordWarning(caseRef.normalised, on: on, periodDays: period, note: note,
                                                       expectedRevision: nil)
        print("\(record.ref) revision \(record.revision)")
    }
}
