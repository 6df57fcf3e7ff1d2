import ArgumentParser
import CaseworkCore

struct DutyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duty",
        abstract: "Start or end a prevention, relief or main duty; the law's conditions are checked first.",
        subcommands: [DutyStartCommand.self, DutyEndCommand.self]
    )
}

struct DutyStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a duty; its 56-day deadline is the start date plus 56 days.",
        discussion: "Starting relief while prevention runs ends prevention the same day (became homeless)."
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: "prevention, relief or main.")
    var kind: String

    @Option(help: ArgumentHelp("The day the duty starts (default today).", valueName: "YYYY-MM-DD"))
    var on: String?

    func run() throws {
        let session = try Session.open(global)
        let duty = try parseChoice(kind, as: DutyKind.self, option: "--kind")
        let day = try parseDay(on, option: "--on")
        let record = try session.service.startDuty(caseRef.normalised, kind: duty, on: day, expectedRevision: nil)
        let clock = session.evaluate(CaseSummary(record)).duty
        let deadline = clock?.deadline.map { ", deadline \($0)" } ?? ""
        print("\(record.ref) revision \(record.revision): \(duty.rawValue) duty started on \(day ?? session.today)\(deadline)")
    }
}

struct DutyEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end",
        abstract: "End the active duty with a reason.",
        discussion: "Reasons: \(DutyEndReason.allCases.map(\.rawValue).joined(separator: ", ")). The rules refuse a reason the law does not allow (for example 56-days-elapsed before day 56, or for prevention while a valid section 21 notice has expired or expires within 56 days)."
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: "Why the duty ends.")
    var reason: String

    @Option(help: ArgumentHelp("The day it ends (default today).", valueName: "YYYY-MM-DD"))
    var on: String?

    @Option(help: ArgumentHelp("For non-co-operation: when the prior written warning was served.", valueName: "YYYY-MM-DD"))
    var warningServedOn: String?

    @Option(help: ArgumentHelp("For non-co-operation: the officer who authorised the notice.", valueName: "id"))
    var authorisedBy: String?

    func run() throws {
        let session = try Session.open(global)
        let why = try parseChoice(reason, as: DutyEndReason.self, option: "--reason")
        let day = try parseDay(on, option: "--on")
        var safeguards: CaseService.NonCooperationSafeguards?
        if let warning = try parseDay(warningServedOn, option: "--warning-served-on"), let authorisedBy {
            safeguards = .init(warningServedOn: warning, authorisedBy: authorisedBy)
        }
        let record = try session.service.endDuty(caseRef.normalised, reason: why, on: day, safeguards: safeguards,
                                                 expectedRevision: nil)
        print("\(record.ref) revision \(record.revision): duty ended on \(day ?? session.today) (\(why.rawValue))")
        if let active = record.activeDuty { print("\(active.kind.label) now runs from \(active.startedOn)") }
    }
}

func parseChoice<Choice: RawRepresentable & CaseIterable>(_ text: String, as type: Choice.Type, option: String) throws -> Choice
where Choice.RawValue == String {
    guard let choice = Choice(rawValue: text) else {
        throw ValidationError("\(option): \"\(text)\" is not one of: \(Choice.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return choice
}

func parseDay(_ text: String?, option: String) throws -> Day? {
    guard let text else { return nil }
    guard let day = Day(iso: text) else { throw ValidationError("\(option): \"\(text)\" is not a date YYYY-MM-DD") }
    return day
}
