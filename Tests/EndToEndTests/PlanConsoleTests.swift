import Foundation
import Testing

/// The plan in the real console, in tmux: write a step with the editor, agree the plan, print the letter, and see
/// the command line agree with what the screen said.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is needed for the console's end-to-end tests"))
struct PlanConsoleTests {
    let casework: CaseworkBinary

    init() throws {
        casework = try CaseworkBinary()
        let output = try casework.run(["demo", "reset"])
        #expect(output.status == 0, "\(output.stderr)")
    }

    /// The console as Amara, at 100x30.
    func console() throws -> TmuxSession {
        try TmuxSession(command: "\(CaseworkBinary.path) --data-dir \(casework.dataDirectory.path)",
                        environment: casework.environment(user: "amara"), width: 100, height: 30)
    }

    /// The console open on the Hafiz family's draft plan.
    func hafizPlan() throws -> TmuxSession {
        let session = try console()
        try session.waitFor("Triage queue")
        try session.command("open 1")
        try session.waitFor("H-0001  Hafid")
        try session.press("9")
        try session.waitFor("Plan version 1 · draft, not agreed")
        return session
    }

    @Test func writeAPlanAgreeItAndPrintTheLetter() throws {
        defer { casework.removeData() }
        let session = try hafizPlan()

        // A council step, its words typed in the editor (a word undone on the way), then saved.
        try session.press("a")
        try session.waitFor("A step for")
        try session.press("Right", "Right", "Enter")
        try session.type("Call Mrs Barrow about the move-out date and")
        try session.press("C-z")
        try session.type("Call Mrs Barrow about the move-out date")
        try session.press("Escape")
        try session.waitFor("unsaved changes")
        try session.press("C-s")
        try session.waitFor("Plan saved")

        try session.press("g")
        try session.waitFor("Plan agreed")
        try session.waitFor("Plan version 1 · agreed 26 Nov 2026")
        try session.press("p")
        try session.waitFor("in the letters folder, recorded as sent")
        try session.waitFor("notified 26 Nov 2026")
        try session.press("q")
        try session.waitUntil(describe: "the console to exit") { !$0.contains("Casework │") }

        let letter = casework.dataDirectory.appendingPathComponent("letters/H-0001/plan-v1.html")
        let html = try String(contentsOf: letter, encoding: .utf8)
        #expect(html.contains("Call Mrs Barrow about the move-out date</li>") || html.contains("Call Mrs Barrow about the move-out date<span"))
        #expect(html.contains("You agreed this plan with us on 26 November 2026."))
        let shown = try casework.run(["plan", "show", "1", "--json"], user: "amara")
        #expect(shown.stdout.contains("\"notifiedOn\" : \"2026-11-26\""))
        #expect(shown.stdout.contains("\"text\" : \"Call Mrs Barrow about the move-out date\""))
        #expect(shown.stdout.contains("\"agreedOn\" : \"2026-11-26\""))
    }

    /// The terminal closes (tmux kills the pane: SIGHUP) while a step's words are being typed: the plan is kept as a
    /// draft, offered back at the next start on the Plan tab, and saved from there.
    @Test func aClosedTerminalKeepsTheTypedStepAsADraft() throws {
        defer { casework.removeData() }
        let first = try hafizPlan()
        // The text opens with the cursor at its end.
        try first.press("Enter")
        try first.waitFor("EscDone")
        try first.type(" by Friday")
        try first.waitFor("by Friday")
        try TmuxSession.tmux(["kill-session", "-t", first.name])
        let drafts = casework.dataDirectory.appendingPathComponent("drafts/amara")
        try first.waitUntil(describe: "the draft to be written") { _ in
            ((try? FileManager.default.contentsOfDirectory(atPath: drafts.path)) ?? []).contains { $0.contains("H-0001") }
        }

        let next = try console()
        try next.waitFor("Restore")
        try next.press("Enter")
        try next.waitFor("unsaved changes · Ctrl-S saves")
        try next.waitFor("by Friday")
        try next.press("C-s")
        try next.waitFor("Plan saved")
        try next.press("q")
        try next.waitUntil(describe: "the console to exit") { !$0.contains("Casework │") }
        let shown = try casework.run(["plan", "show", "1", "--json"], user: "amara")
        #expect(shown.stdout.contains("by Friday\""))
    }
}
