import ArgumentParser
import CaseworkCore

struct CaseClose: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Close a case, recording the applicant's answer to \"was the service good or not good enough?\".",
        usage: "casework case close <ref> --answer <answer> [<options>]",
        discussion: "Any duty must have ended first. The answers, by quarter, are on the manager's dashboard."
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    @Option(help: "The applicant's answer: good, not-good-enough, or not-answered.")
    var answer: Satisfaction

    @Option(help: "The applicant's comment, if they gave one.")
    var comment: String?

    @Option(help: ArgumentHelp("The day it closed (default today).", valueName: "YYYY-MM-DD"))
    var on: Day?

    func validate() throws {
        if comment?.trimmingSpaces.isEmpty == true { throw ValidationError("--comment: empty; leave it out when there is none") }
    }

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.close(caseRef.normalised, satisfaction: answer, comment: comment, on: on, expectedRevision: nil)
        print("\(record.ref) revision \(record.revision): closed on \(record.closure?.on ?? session.today)")
    }
}
