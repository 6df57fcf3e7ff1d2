import ArgumentParser
import CaseworkCore

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Record a request for a review of a written decision (s202).",
        subcommands: [ReviewRequest.self]
    )
}

struct ReviewRequest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "Record that the applicant asked for a review of a decision.",
        usage: "casework review request <ref> --decision <n> --on <date> [--late-accepted <reason>] [<options>]",
        discussion: """
            Refused after the last day to ask (21 days from notification) unless --late-accepted gives the council's \\
            reason for accepting it (s202(3)). The review is then due by the period for the decision's kind (reg 9). \\
            Prints the new revision.
            """
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: "The decision's number, as case show lists it.")
    var decision: Int

    @Option(help: ArgumentHelp("The day the review was asked for.", valueName: "YYYY-MM-DD"))
    var on: Day

    @Option(help: ArgumentHelp("Why a request after the 21 days is accepted.", valueName: "reason"))
    var lateAccepted: String?

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.requestReview(caseRef.normalised, decision: decision, on: on, lateAccepted: lateAccepted,
                                                       expectedRevision: nil)
        print("\(record.ref) revision \(record.revision)")
    }
}
