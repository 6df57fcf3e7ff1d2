import Foundation
import Testing

/// What a mistake costs: a wrong command line is exit 64 with that command's usage; a command understood but refused
/// or failed is exit 1 with one "casework: …" line. Neither writes anything.
extension CommandLineTests {
    /// Arguments, what the error must say, and the command whose usage must follow.
    static let usageErrors: [(arguments: [String], message: String, command: String)] = [
        (["case", "list", "--today", "2026-02-31"], #"--today: "2026-02-31" is not a date YYYY-MM-DD"#, "casework case list"),
        (["case", "list", "--today", ""], "--today: empty; use YYYY-MM-DD", "casework case list"),
        (["case", "list", "--data-dir", ""], "--data-dir: empty; use a directory", "casework case list"),
        (["case", "list", "--user", ""], "--user: empty; use a staff id", "casework case list"),
        (["case", "list", "--status", "sleeping"], "The value 'sleeping' is invalid for '--status <status>'", "casework case list"),
        (["case", "show", "abc"], #""abc" is not a case reference (use H-0042, h-42 or 42)"#, "casework case show"),
        (["case", "show", "H-"], #""H-" is not a case reference"#, "casework case show"),
        (["case", "show", "0x2A"], #""0x2A" is not a case reference"#, "casework case show"),
        (["case", "show", "H-42abc"], #""H-42abc" is not a case reference"#, "casework case show"),
        (["case", "show", ""], #""" is not a case reference"#, "casework case show"),
        (["case", "show", "4 2"], #""4 2" is not a case reference"#, "casework case show"),
        (["case", "show", "--", "-5"], #""-5" is not a case reference"#, "casework case show"),
        (["case", "note", "H-0001", "  "], "<text>: empty; a note needs some text", "casework case note"),
        (["duty", "start", "H-0002", "--kind", "rest"], "The value 'rest' is invalid for '--kind <kind>'", "casework duty start"),
        (["duty", "start", "H-0002"], "Missing expected argument '--kind <kind>'", "casework duty start"),
        (["duty", "start", "H-0002", "--kind", "relief", "--on", "2026-02-31"], "The value '2026-02-31' is invalid for '--on <YYYY-MM-DD>'",
         "casework duty start"),
        (["duty", "end", "H-0001", "--reason", "resting"], "The value 'resting' is invalid for '--reason <reason>'", "casework duty end"),
        (["duty", "end", "H-0001", "--reason", "withdrew", "--authorised-by", "helen"],
         "--authorised-by is only for --reason non-cooperation (s193B)", "casework duty end"),
        (["duty", "end", "H-0001", "--reason", "non-cooperation"],
         "--reason non-cooperation needs --authorised-by (s193B)", "casework duty end"),
        (["duty", "end", "H-0001", "--reason", "withdrew", "--notified", "26/11/2026"],
         "The value '26/11/2026' is invalid for '--notified <YYYY-MM-DD>'", "casework duty end"),
        (["decision", "add", "H-0001", "--kind", "eligibility"], "Missing expected argument '--on <YYYY-MM-DD>'", "casework decision add"),
        (["decision", "add", "H-0001", "--kind", "appeal", "--on", "2026-11-20"], "The value 'appeal' is invalid for '--kind <kind>'",
         "casework decision add"),
        (["review", "request", "H-0001", "--on", "2026-11-20"], "Missing expected argument '--decision <decision>'",
         "casework review request"),
        (["route", "override", "H-0002", "--team", "nowhere", "--reason", "Why"], "The value 'nowhere' is invalid for '--team <team>'",
         "casework route override"),
        (["route", "override", "H-0002", "--team", "council", "--reason", " "], "--reason: empty", "casework route override"),
        (["alerts", "--team", "--officer", "ruth"], "--team and --officer cannot be combined", "casework alerts"),
        (["demo", "generate", "--cases", "0"], "--cases must be between 1 and 2,000,000", "casework demo generate"),
        (["--today", ""], "--today: empty; use YYYY-MM-DD", "casework console"),
    ]

    @Test(arguments: usageErrors + misplacedUsageErrors)
    func aWrongCommandLineShowsThatCommandsUsage(arguments: [String], message: String, command: String) throws {
        defer { casework.removeData() }
        let before = try casework.auditJournal()
        let output = try casework.run(arguments)
        #expect(output.status == 64)
        #expect(output.stderr.hasPrefix("Error: " + message), "\(output.stderr)")
        #expect(output.stderr.contains("\nUsage: casework ") && output.stderr.contains("See '\(command) --help'"), "\(output.stderr)")
        #expect(output.stdout.isEmpty)
        #expect(try casework.auditJournal() == before)
    }

    /// CASEWORK_TODAY stands for --today: a bad value is the same mistake; an empty one is unset, as `VAR= command` means.
    @Test func theTodayVariableIsCheckedLikeTheOption() throws {
        defer { casework.removeData() }
        let bad = try casework.run(["alerts"], environment: ["CASEWORK_TODAY": "26/11/2026"])
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix(#"Error: CASEWORK_TODAY: "26/11/2026" is not a date YYYY-MM-DD"#), "\(bad.stderr)")
        #expect(bad.stderr.contains("See 'casework alerts --help'"))
        let unset = try casework.run(["case", "list"], environment: ["CASEWORK_TODAY": ""])
        #expect(unset.status == 0, "\(unset.stderr)")
        let overridden = try casework.run(["case", "list", "--today", "2026-11-26"], environment: ["CASEWORK_TODAY": "bad"])
        #expect(overridden.status == 0, "\(overridden.stderr)")
    }

    /// Arguments, and the one line that must explain the refusal.
    static let refusals: [(arguments: [String], message: String)] = [
        (["case", "show", "H-9999"], "no case H-9999"),
        (["case", "list", "--officer", "nobody"], "no officer 'nobody' in the staff directory (use a staff id, or me)"),
        (["alerts", "--officer", "nobody"], "no officer 'nobody' in the staff directory (use a staff id, or me)"),
        (["case", "list", "--data-dir", "/nonexistent/casework-e2e"],
         "no caseload at /nonexistent/casework-e2e; run `casework` or `casework demo reset` to create the demo there"),
        (["import", "/nonexistent/applications.jsonl"], "cannot read /nonexistent/applications.jsonl: no such file, or not readable"),
        (["duty", "start", "H-0002", "--kind", "prevention"], "cannot start the prevention duty:"),
        (["route", "override", "H-0001", "--team", "council", "--reason", "Same team"],
         "council is the suggested route; use `casework route accept`"),
        (["case", "note", "H-0001", String(repeating: "x", count: 10_001)], "text: a note is limited to 10,000 characters"),
        (["review", "request", "H-0001", "--decision", "9", "--on", "2026-11-20"],
         "cannot record the review request: there is no decision 9 on this case"),
        (["decision", "add", "H-0001", "--kind", "eligibility", "--on", "2026-11-27"], "on: 2026-11-27 is in the future"),
    ]

    @Test(arguments: refusals)
    func aRefusalIsOneLineAndExitOne(arguments: [String], message: String) throws {
        defer { casework.removeData() }
        let before = try casework.auditJournal()
        let output = try casework.run(arguments)
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("casework: " + message), "\(output.stderr)")
        #expect(output.stderr.split(separator: "\n").count == 1 && !output.stderr.contains("Usage"), "\(output.stderr)")
        #expect(try casework.auditJournal() == before)
    }

    @Test func officersAreStaffIdsOrMe() throws {
        defer { casework.removeData() }
        let mine = try JSONSerialization.jsonObject(with: Data(casework.run(["case", "list", "--officer", "me", "--json"]).stdout.utf8))
        let priyas = try JSONSerialization.jsonObject(with: Data(casework.run(["case", "list", "--officer", "priya", "--json"]).stdout.utf8))
        let rows = try #require(mine as? [[String: Any]])
        #expect(!rows.isEmpty && rows.allSatisfy { $0["officer"] as? String == "priya" })
        #expect(rows.map { $0["ref"] as? String } == (priyas as? [[String: Any]])?.map { $0["ref"] as? String })
        let alerts = try casework.run(["alerts", "--officer", "me"])
        #expect(alerts.status == 0 && alerts.stdout.contains("on priya's cases"), "\(alerts.stdout)\(alerts.stderr)")
    }

    @Test func theConsoleWithoutATerminalCreatesNothing() throws {
        let fresh = casework.dataDirectory.appendingPathComponent("new")
        defer { casework.removeData() }
        let output = try casework.run(["console", "--data-dir", fresh.path])
        #expect(output.status == 1)
        #expect(output.stderr == "casework: standard input and output must be a terminal for the console (use the subcommands in scripts)\n")
        #expect(!FileManager.default.fileExists(atPath: fresh.path))
    }
}
