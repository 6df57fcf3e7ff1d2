import ArgumentParser
import CaseworkCore
import Foundation

struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "List, show and add notes to cases.",
        subcommands: [CaseList.self, CaseShow.self, CaseNote.self, CaseClose.self]
    )
}

struct CaseList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List cases from the index.",
                                                    usage: "casework case list [<options>]")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON (one array of case summaries).")
    var json = false

    @Option(help: ArgumentHelp("Only cases with this status.", valueName: "status"))
    var status: CaseStatus?

    @Option(help: ArgumentHelp("Only cases assigned to this officer: a staff id, or me.", valueName: "id"))
    var officer: String?

    @Option(help: ArgumentHelp("A caseload, most pressing first: triage (the queue, by priority), mine, team, open.", valueName: "scope"))
    var scope: CaseloadScope?

    func run() throws {
        let session = try Session.open(global)
        let officerID = try officer.map(session.officer)
        let snapshot = try session.store.summaries()
        for problem in ProblemList.lines(snapshot.problems.map(\.description)) { warn(problem) }
        let rows = snapshot.summaries.filter { summary in
            (status == nil || summary.status == status) && (officerID == nil || summary.assignedOfficer == officerID)
        }
        if let scope {
            let caseload = Caseload.rows(rows, scope: scope, viewer: session.actor, monitor: try session.monitor())
            if json {
                StandardStreams.json(Array(CaseloadListing.json(caseload, scope: scope).utf8))
            } else {
                StandardStreams.out(CaseloadListing.table(caseload, scope: scope, today: session.today))
            }
            return
        }
        if json {
            CaseListing.writeJSON(rows, session: session)
        } else {
            CaseListing.writeTable(rows, session: session)
        }
    }
}

struct CaseShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one case with what the rules make of it.",
                                                    usage: "casework case show <ref> [<options>]")

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    @Flag(help: "Print the case, its `rules` and `alerts` as JSON.")
    var json = false

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.open(caseRef.normalised)
        let report = CaseRules.report(CaseSummary(record), today: session.today, configuration: session.configuration)
        if json {
            try writeJSON(CaseShowJSON(record: record, report: report))
        } else {
            let staff = session.staff
            // Records written before control characters were refused may still hold one: `print` never prints it raw.
            print(CaseText.render(record, report: report, staff: staff, today: session.today))
        }
    }
}

struct CaseNote: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Append a note to a case's timeline.",
        usage: "casework case note <ref> <text> [<options>]",
        discussion: "Prints the case's new revision once the note is safely on disk."
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var caseRef: CaseRefArgument

    @Argument(help: "The note's text (quote it).")
    var text: String

    func validate() throws {
        if text.trimmingSpaces.isEmpty { throw ValidationError("<text>: empty; a note needs some text") }
    }

    func run() throws {
        let session = try Session.open(global)
        let record = try session.service.addNote(caseRef.normalised, text: text)
        print("\(record.ref) revision \(record.revision)")
    }
}

func writeJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    StandardStreams.json(Array(try encoder.encode(value)) + [0x0A])
}
