import ArgumentParser
import CaseworkCore

struct DutyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duty",
        abstract: "Start or end a prevention, relief or main duty; the law's conditions are checked first.",
        subcommands: [DutyStartCommand.self, DutyEndCommand.self, DutyAccommodationCommand.self]
    )
}

struct DutyStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a duty; its 56-day deadline is the start date plus 56 days.",
        usage: "casework duty start <ref> --kind <kind> [<options>]",
        discussion: "Starting relief while prevention runs ends prevention the same day (became homeless)."
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: "The duty to start.")
    var kind: DutyKind

    @Option(help: ArgumentHelp("The day the duty starts (default today).", valueName: "YYYY-MM-DD"))
    var on: Day?

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.startDuty(caseRef.normalised, kind: kind, on: on, expectedRevision: nil)
        let clock = session.evaluate(CaseSummary(record)).duty
        let deadline = clock?.deadline.map { ", deadline \($0)" } ?? ""
        print("\(record.ref) revision \(record.revision): \(kind.rawValue) duty started on \(on ?? session.today)\(deadline)")
    }
}

struct DutyEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end",
        abstract: "End the active duty with a reason.",
        usage: "casework duty end <ref> --reason <reason> [<options>]",
        discussion: """
            The rules refuse a reason the law does not allow: for example 56-days-elapsed before day 56, or ending \
            prevention while a valid section 21 notice has expired or expires within 56 days.

            Ending for non-co-operation (s193B) needs the day the prior written warning was served and the officer, at \
            least as senior as you, who authorised the notice; those two options are refused with any other reason.
            """
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: "Why the duty ends.")
    var reason: DutyEndReason

    @Option(help: ArgumentHelp("The day it ends (default today).", valueName: "YYYY-MM-DD"))
    var on: Day?

    @Option(help: ArgumentHelp("For non-co-operation: when the prior written warning was served.", valueName: "YYYY-MM-DD"))
    var warningServedOn: Day?

    @Option(help: ArgumentHelp("For non-co-operation: the officer who authorised the notice.", valueName: "id"))
    var authorisedBy: String?

    func validate() throws {
        if reason == .nonCooperation {
            guard warningServedOn != nil, authorisedBy != nil else {
                throw ValidationError("--reason non-cooperation needs --warning-served-on and --authorised-by (s193B)")
            }
        } else if warningServedOn != nil || authorisedBy != nil {
            throw ValidationError("--warning-served-on and --authorised-by are only for --reason non-cooperation (s193B)")
        }
    }

    func run() throws {
        let session = try Session.open(global)
        var safeguards: CaseService.NonCooperationSafeguards?
        if let warningServedOn, let authorisedBy {
            safeguards = .init(warningServedOn: warningServedOn, authorisedBy: authorisedBy)
        }
        let record = try session.service.endDuty(caseRef.normalised, reason: reason, on: on, safeguards: safeguards,
                                                 expectedRevision: nil)
        print("\(record.ref) revision \(record.revision): duty ended on \(on ?? session.today) (\(reason.rawValue))")
        if let active = record.activeDuty { print("\(active.kind.label) now runs from \(active.startedOn)") }
    }
}
