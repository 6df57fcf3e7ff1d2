import ArgumentParser
import CaseworkCore
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import online applications (one JSON object, an array, or JSON Lines).",
        usage: "casework import <file> [<options>]",
        discussion: """
            The format is documented in Resources/schemas/application.schema.json and the README.

            Every application in the file is checked first; if any is invalid, every problem is listed and nothing \
            is written. An application whose externalId was imported before is skipped, not duplicated.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The file to read, or - for standard input.", valueName: "file"))
    var file: String

    @Flag(help: "Print the created (and skipped) refs as JSON.")
    var json = false

    func run() throws {
        let session = try Session.open(global)
        let bytes = try read()
        let parsed: ApplicationFile
        do {
            parsed = try ApplicationFile(bytes: bytes)
        } catch {
            throw CommandFailure("\(displayName): \(error.description)")
        }
        let batch = ApplicationBatch(file: parsed, reader: ApplicationReader(today: session.today))
        guard batch.errors.isEmpty else {
            let count = batch.errors.count
            let list = ProblemList.lines(batch.errors).map { "  " + $0 }.joined(separator: "\n")
            throw CommandFailure("\(displayName): \(count) problem\(count == 1 ? "" : "s"); nothing was imported\n\(list)")
        }
        if session.store.meta.dataset == .demo {
            // Real applications are personal data: said before anything is written, and on stderr, so --json stays JSON.
            warn("this is the DEMO caseload (\(session.location.path)), made up for trying Casework out; real "
                + "applications never belong here: use --data-dir with your council's caseload")
        }
        let outcome = try ImportService(store: session.store, actor: session.actor).importCases(batch.cases)
        if json {
            try writeJSON(outcome)
        } else {
            for created in outcome.created { print("created \(created.ref) for \(created.externalId)") }
            for skipped in outcome.skipped {
                print("skipped \(skipped.externalId): already imported as " + (skipped.ref ?? "a restricted case (its ref withheld; recorded)"))
            }
            print("\(outcome.created.count) created, \(outcome.skipped.count) already imported")
        }
    }

    var displayName: String { file == "-" ? "standard input" : file }

    func read() throws -> [UInt8] {
        if file == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure("cannot read \(file): no such file, or not readable")
        }
        return Array(data)
    }
}
