import ArgumentParser
import CaseworkCore
import Foundation

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check every record and the index; report leftover temp files and unreadable records.",
        usage: "casework doctor [<options>]",
        discussion: """
            Also checks the council's rules.json. Exits with status 2 and a list when anything is wrong.

            --repair rebuilds the index from the records and removes stale temp files; it never deletes or rewrites \
            a record it cannot read, and never touches rules.json.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Rebuild the index and remove stale temp files.")
    var repair = false

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
        let session = try Session.open(global, readingRules: false)
        var report = try session.store.doctor(repair: repair)
        report.findings += session.store.ruleFindings()
        if json { try writeJSON(report) } else { print(report.text) }
        if !report.isClean { throw ExitCode(2) }
    }
}
