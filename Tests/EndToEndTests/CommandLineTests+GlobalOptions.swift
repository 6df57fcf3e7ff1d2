import Foundation
import Testing

/// `--data-dir`, `--today` and `--user` stand wherever people put them, as with git and kubectl: before the command,
/// between its words, or after; and they are checked the same wherever they stand.
extension CommandLineTests {
    static let placements: [[String]] = [
        ["--user", "helen", "case", "list", "--json"],
        ["case", "--user", "helen", "list", "--json"],
        ["case", "list", "--user", "helen", "--json"],
        ["--user=helen", "--today", "2026-11-26", "case", "list", "--json"],
        ["case", "--today=2026-11-26", "list", "--user", "helen", "--json"],
    ]

    @Test(arguments: placements)
    func globalOptionsWorkBeforeBetweenAndAfterTheCommandWords(arguments: [String]) throws {
        defer { casework.removeData() }
        let output = try casework.run(arguments, user: "priya")
        #expect(output.status == 0, "\(output.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]] ?? []
        // Helen is cleared for restricted cases and Priya is not: the name shows only when --user helen was taken.
        #expect(rows.contains { $0["ref"] as? String == "H-0003" && $0["name"] as? String != "Restricted" }, "\(arguments)")
    }

    @Test func aDataDirectoryBeforeTheCommandIsTheOneUsed() throws {
        defer { casework.removeData() }
        let other = casework.dataDirectory.appendingPathComponent("other").path
        let reset = try casework.run(["--data-dir", other, "--user", "helen", "demo", "reset"])
        #expect(reset.status == 0, "\(reset.stderr)")
        #expect(reset.stdout.contains("created in \(other)"), "\(reset.stdout)")
        let listed = try casework.run(["--data-dir", other, "case", "list"])
        #expect(listed.status == 0 && listed.stdout.contains("H-0001"), "\(listed.stderr)")
        let missing = try casework.run(["--data-dir", other + "/none", "case", "list"])
        #expect(missing.status == 1 && missing.stderr.hasPrefix("casework: no caseload at \(other)/none"), "\(missing.stderr)")
    }

    /// Arguments, what the error must say, and the command whose usage must follow: the same as after the command
    /// (checked with the other usage errors, in `aWrongCommandLineShowsThatCommandsUsage`).
    static let misplacedUsageErrors: [(arguments: [String], message: String, command: String)] = [
        (["--today", "2026-02-31", "case", "list"], #"--today: "2026-02-31" is not a date YYYY-MM-DD"#, "casework case list"),
        (["case", "--data-dir", "", "list"], "--data-dir: empty; use a directory", "casework case list"),
        (["--user", "", "alerts"], "--user: empty; use a staff id", "casework alerts"),
        (["--today", "2026-11-26", "case", "list", "--bogus"], "Unknown option '--bogus'", "casework case list"),
        (["--user", "helen", "duty", "start", "H-0002"], "Missing expected argument '--kind <kind>'", "casework duty start"),
        (["--data-dir"], "Missing value for '--data-dir <path>'", "casework console"),
    ]

    /// Words after `--`, and a note's text, are never taken for options however they look.
    @Test func wordsAfterTheCommandsArgumentsStayArguments() throws {
        defer { casework.removeData() }
        let output = try casework.run(["--user", "priya", "case", "note", "H-0002", "--", "--user helen said so"])
        #expect(output.status == 0, "\(output.stderr)")
        let timeline = try casework.show("H-0002")["timeline"] as? [[String: Any]] ?? []
        #expect(timeline.last?["text"] as? String == "--user helen said so")
        #expect(timeline.last?["by"] as? String == "priya")
    }
}
