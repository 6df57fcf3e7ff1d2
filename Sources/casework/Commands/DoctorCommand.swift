import ArgumentParser
import CaseworkCore
import Foundation

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check every record, the index and rules.json; report leftover temp files, unreadable records, "
            + "applications imported twice and a data directory open to others.",
        usage: "casework doctor [<options>]",
        discussion: """
            Exits with status 2 and a list when anything is wrong.

            --repair rebuilds the index from the records (naming the files it cannot read), removes stale temp files \
            and closes the data directory to others; it never deletes or rewrites a record, never merges cases imported \
            twice, and never touches rules.json.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Rebuild the index, remove stale temp files and close the data directory to others.")
    var repair = false

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
        let session = try Session.open(global, readingRules: false)
        var report = try session.store.doctor(repair: repair)
        report.findings += session.store.ruleFindings()
        report.findings += session.store.councilListFindings()
        report.findings += session.store.monitoringFindings()
        if json { try writeJSON(report) } else { print(report.text) }
        if !report.isClean { throw ExitCode(2) }
    }
}
