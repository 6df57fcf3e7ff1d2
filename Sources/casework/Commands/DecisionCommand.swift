import ArgumentParser
import CaseworkCore

struct DecisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decision",
        abstract: "Record a written decision and when the applicant was notified of it (s184, s202).",
        subcommands: [DecisionAdd.self, DecisionNotified.self]
    )
}

struct DecisionAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record a written decision.",
        usage: "casework decision add <ref> --kind <kind> --on <date> [--notified <date>] [<options>]",
        discussion: """
            The 21 days to ask for a review run from --notified, the day the applicant was notified (a letter posted \\
            is not received the same day); until it is recorded, the last day is unknown and shown so. Kinds \\
            local-connection-referral (8-week review) and local-connection-referral-joint (10 weeks, reviewed by both \\
            authorities). Prints the new revision.
            """
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: "The kind of decision.")
    var kind: DecisionKind

    @Option(help: ArgumentHelp("The day the decision was made.", valueName: "YYYY-MM-DD"))
    var on: Day

    @Option(help: ArgumentHelp("The day the applicant was notified.", valueName: "YYYY-MM-DD"))
    var notified: Day?

    @Option(help: "What was decided, in a few words (default: the kind).")
    var outcome: String?

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.addDecision(caseRef.normalised, kind: kind, on: on, notifiedOn: notified, outcome: outcome,
                                                     expectedRevision: nil)
        print("\(record.ref) revision \(record.revision): decision \(record.decisions.last?.id ?? 0)")
    }
}

struct DecisionNotified: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notified",
        abstract: "Record the day the applicant was notified of a decision: the 21 days to ask for a review start then.",
        usage: "casework decision notified <ref> --decision <n> --on <date> [<options>]"
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: "The decision's number, as case show lists it.")
    var decision: Int

    @Option(help: ArgumentHelp("The day the applicant was notified.", valueName: "YYYY-MM-DD"))
    var on: Day

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.recordNotification(caseRef.normalised, decision: decision, on: on, expectedRevision: nil)
        print("\(record.ref) revision \(record.revision)")
    }
}
