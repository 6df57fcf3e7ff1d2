import Foundation
import Testing

/// The console itself, driven in tmux as an officer would: keys in, screen text out.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is needed for the console's end-to-end tests"))
struct ConsoleTests {
    let casework: CaseworkBinary

    init() throws {
        casework = try CaseworkBinary()
        let output = try casework.run(["demo", "reset"])
        #expect(output.status == 0, "\(output.stderr)")
    }

    /// The console in a shell inside tmux; the data directory is on the command line so a test can signal it.
    func console(user: String = "priya", width: Int = 80, height: Int = 24, noColor: Bool = false) throws -> TmuxSession {
        var environment = casework.environment(user: user)
        if noColor { environment["NO_COLOR"] = "1" }
        let session = try TmuxSession(command: "\(CaseworkBinary.path) --data-dir \(casework.dataDirectory.path)",
                                      environment: environment, width: width, height: height)
        try session.waitFor("Triage queue")
        return session
    }

    /// The terminal's modes as `stty` reports them, read in the shell once the console has gone.
    func terminalModes(_ session: TmuxSession) throws -> String {
        // The console draws on the alternate screen; once its title line is gone, the shell has the terminal again.
        try session.waitUntil(describe: "the console to exit") { !$0.contains("Casework │") }
        try session.type("clear; stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo|isig)$' | tr '\\n' ' '; echo END")
        try session.press("Enter")
        return try session.waitFor("END")
    }

    @Test func anOfficersMorningIsSavedForTheCommandLineToSee() throws {
        defer { casework.removeData() }
        let session = try console()
        // Find Lan Nguyễn Thị (H-0008): threatened within 56 days, not yet routed.
        try session.press("/")
        try session.type("nguyen")
        try session.press("Enter")
        try session.waitFor("H-0008")
        try session.press("Enter")
        try session.waitFor("H-0008  Lan")

        try session.press("4")
        try session.press("c")
        try session.waitFor("Log a contact")
        try session.press("Tab", "Tab")
        try session.type("Spoke to Lan: friends want the room back by mid December")
        try session.press("C-s")
        try session.waitFor("logged")

        try session.press("5")
        try session.press("a")
        try session.waitFor("Route accepted")

        try session.press("6")
        try session.press("s")
        try session.waitFor("Start a duty")
        try session.press("Enter")
        try session.waitFor("Prevention duty")
        try session.waitUntil(describe: "the duty started") { $0.contains("day 0 of 56") || $0.contains("started") }

        try session.press("q")
        let modes = try terminalModes(session)
        #expect(modes.contains("icanon") && !modes.contains("-icanon"), "\(modes)")
        #expect(modes.contains("echo") && !modes.contains("-echo"), "\(modes)")

        let shown = try casework.show("H-0008")
        let timeline = shown["timeline"] as? [[String: Any]] ?? []
        let contact = timeline.first { ($0["text"] as? String)?.hasPrefix("Spoke to Lan") == true }
        #expect(contact?["channel"] as? String == "call")
        #expect(contact?["party"] as? String == "applicant")
        #expect(contact?["by"] as? String == "priya")
        let route = shown["route"] as? [String: Any]
        #expect(route?["team"] as? String == "council")
        #expect(route?["decidedBy"] as? String == "priya")
        let duty = (shown["rules"] as? [String: Any])?["duty"] as? [String: Any]
        #expect(duty?["kind"] as? String == "prevention")
        #expect(duty?["startedOn"] as? String == CaseworkBinary.today)
        #expect(duty?["day"] as? Int == 1 && duty?["lastDay"] as? String == "2027-01-20" && duty?["noticeFrom"] as? String == "2027-01-21")
        let audit = try String(contentsOf: casework.dataDirectory.appendingPathComponent("audit.jsonl"), encoding: .utf8)
        #expect(audit.split(separator: "\n").filter { $0.contains("\"ref\":\"H-0008\"") && $0.contains("\"by\":\"priya\"") }.count == 3)
    }

    @Test func aSmallTerminalSaysSoAndTheQueueComesBack() throws {
        defer { casework.removeData() }
        let session = try console()
        try session.resize(width: 60, height: 20)
        try session.waitFor("terminal too small: 60x20, need 80x24")
        try session.resize(width: 80, height: 24)
        try session.waitFor("Triage queue")
        try session.resize(width: 160, height: 48)
        let wide = try session.waitFor("Received")
        #expect(wide.contains("Score"))
        try session.press("q")
        _ = try terminalModes(session)
    }

    @Test func aRestrictedCaseIsMaskedAndRefusedToATriageOfficer() throws {
        defer { casework.removeData() }
        let session = try console(user: "tomasz")
        let queue = try session.waitFor("Restricted")
        #expect(!queue.contains("Yılmaz"))
        try session.command("open 3")
        try session.waitFor("H-0003 is restricted")
        try session.press("Enter")
        try session.press("q")
        let audit = try String(contentsOf: casework.dataDirectory.appendingPathComponent("audit.jsonl"), encoding: .utf8)
        #expect(audit.contains("\"action\":\"view-refused\"") && audit.contains("\"by\":\"tomasz\""))
    }

    @Test func aHangUpKeepsUnsavedEditsAsADraftOfferedAtTheNextStart() throws {
        defer { casework.removeData() }
        let session = try console()
        try session.command("open 1")
        try session.waitFor("H-0001  Hafid Hafiz")
        try session.press("j", "j", "j", "j", "Enter", "C-u")
        try session.type("07700 900111")
        // The edit shows as unsaved from its first key: wait for the whole number before hanging up.
        try session.waitFor("07700 900111")
        try session.press("Enter")
        try session.waitUntil(describe: "the edit to be kept") { $0.contains("* Phone           07700 900111") && !$0.contains("✗") }
        let hangUp = Process()
        hangUp.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        hangUp.arguments = ["pkill", "-HUP", "-f", "casework --data-dir \(casework.dataDirectory.path)"]
        try hangUp.run()
        hangUp.waitUntilExit()
        _ = try terminalModes(session)
        try session.type("clear; \(CaseworkBinary.path) --data-dir \(casework.dataDirectory.path)")
        try session.press("Enter")
        try session.waitFor("Restore")
        try session.press("Enter")
        try session.waitFor("07700 900111")
        try session.press("C-s")
        // Not just "saved": the restored draft's "unsaved changes … are back" is on screen already.
        try session.waitFor("Changes saved")
        try session.press("q")
        let applicant = try casework.show("H-0001")["applicant"] as? [String: Any]
        #expect(applicant?["phone"] as? String == "07700 900111")
    }

    /// Types a new phone number on the Household tab of the open case and keeps it, unsaved.
    func editPhone(_ session: TmuxSession, to phone: String) throws {
        try session.press("1")
        try session.press("g", "j", "j", "j", "j", "Enter", "C-u")
        try session.type(phone)
        try session.waitFor(phone)
        try session.press("Enter")
        try session.waitUntil(describe: "the edit to be kept") { $0.contains("* Phone           \(phone)") && !$0.contains("✗") }
    }

    /// Two officers on one case at once, each in a console of their own: a note added at the other desk (console or
    /// command line) does not stop a save of the phone, which goes on top and says so; a phone saved at the other desk
    /// does stop it, and nothing is overwritten.
    @Test func twoConsolesSaveOnTopOfEachOtherUnlessTheyChangeTheSameFact() throws {
        defer { casework.removeData() }
        let priya = try console(user: "priya")
        let tomasz = try console(user: "tomasz")
        for session in [priya, tomasz] {
            try session.command("open 2")
            try session.waitFor("H-0002  Kofi")
        }
        try editPhone(priya, to: "07700 900222")
        try tomasz.press("4", "n")
        try tomasz.waitFor("Add an internal note")
        try tomasz.type("Logged from another desk")
        try tomasz.press("C-s")
        try tomasz.waitFor("Note added")
        #expect(try casework.run(["case", "note", "H-0002", "And one from the command line"], user: "tomasz").status == 0)
        try priya.press("C-s")
        try priya.waitFor("saved on top of a change by Tomasz Kowalczyk")
        let shown = try casework.show("H-0002")
        #expect((shown["applicant"] as? [String: Any])?["phone"] as? String == "07700 900222")
        let notes = (shown["timeline"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(notes.contains("Logged from another desk") && notes.contains("And one from the command line"))

        try tomasz.press("1")
        try tomasz.waitFor("07700 900222")
        try editPhone(tomasz, to: "07700 900333")
        try editPhone(priya, to: "07700 900444")
        try priya.press("C-s")
        try priya.waitFor("Changes saved")
        try tomasz.press("C-s")
        try tomasz.waitFor("was changed by Priya Shah")
        #expect((try casework.show("H-0002")["applicant"] as? [String: Any])?["phone"] as? String == "07700 900444")
        try priya.press("q")
    }

    @Test func withNoColorTheSelectionStillShows() throws {
        defer { casework.removeData() }
        let session = try console(noColor: true)
        let styled = try TmuxSession.tmux(["capture-pane", "-p", "-e", "-t", session.name])
        func matches(_ pattern: String) throws -> Bool {
            try NSRegularExpression(pattern: pattern).firstMatch(in: styled, range: NSRange(styled.startIndex..., in: styled)) != nil
        }
        // SGR 7 is reverse video; 30-37, 38;5;n and 90-97 are foreground colours.
        #expect(try matches("\u{1B}\\[([0-9]+;)*7(;[0-9]+)*m"), "no reverse video for the selection")
        #expect(try !matches("\u{1B}\\[([0-9]+;)*(3[0-7]|38;5;[0-9]+|9[0-7])(;[0-9]+)*m"), "colour used under NO_COLOR")
        try session.press("q")
    }
}
