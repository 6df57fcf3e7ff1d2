import ArgumentParser
import CaseworkCore
import Foundation

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check every record and the index; report leftover temp files, unreadable records, applications "
            + "imported twice and a data directory open to others.",
        discussion: """
            Exits non-zero with a list when anything is wrong. --repair rebuilds the index from the records (naming the
            files it cannot read), removes stale temp files and closes the data directory to others; it never deletes
            or rewrites a record, nor merges cases imported twice.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Rebuild the index, remove stale temp files and close the data directory to others.")
    var repair = false

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
        let session = try Session.open(global)
        let report = try session.store.doctor(repair: repair)
        if json { try writeJSON(report) } else { print(report.text) }
        if !report.isClean { throw ExitCode(2) }
    }
}
