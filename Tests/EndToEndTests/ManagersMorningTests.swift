import Foundation
import Testing

/// A housing manager's morning in the real console in tmux: the dashboard, the overdue plans of one caseworker, the
/// case behind the number, back to the alerts, and the alert acknowledged with a note, which the command line sees.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is needed for the console's end-to-end tests"))
struct ManagersMorningTests {
    let casework: CaseworkBinary

    init() throws {
        casework = try CaseworkBinary()
        let output = try casework.run(["demo", "reset"])
        #expect(output.status == 0, "\(output.stderr)")
    }

    @Test func dashboardThenAnOverduePlanThenTheCaseThenAcknowledge() throws {
        defer { casework.removeData() }
        // What the command line says is behind the numbers: an officer with a plan not agreed, on a case that raises
        // the alert for it.
        let board = try JSONSerialization.jsonObject(with: Data(casework.run(["report", "dashboard", "--json"], user: "helen").stdout.utf8))
            as? [String: Any] ?? [:]
        let officers = try #require(board["officers"] as? [[String: Any]])
        let alerts = try JSONSerialization.jsonObject(with: Data(casework.run(["alerts", "--all", "--json"], user: "helen").stdout.utf8))
            as? [[String: Any]] ?? []
        let overdue = Set(alerts.filter { $0["kind"] as? String == "plan-not-agreed" }.compactMap { $0["ref"] as? String })
        let row = try #require(officers.firstIndex { officer in
            ((officer["plansNotAgreed"] as? [String: Any])?["refs"] as? [String] ?? []).contains(where: overdue.contains)
        })
        let name = try #require(officers[row]["name"] as? String)
        let ref = try #require(((officers[row]["plansNotAgreed"] as? [String: Any])?["refs"] as? [String])?.first(where: overdue.contains))

        let session = try TmuxSession(command: "\(CaseworkBinary.path) --data-dir \(casework.dataDirectory.path)",
                                      environment: casework.environment(user: "helen"), width: 100, height: 30)
        try session.waitFor("Triage queue")
        try session.press("F5")
        try session.waitFor("Alerts · Team")
        try session.press("d")
        try session.waitFor("Caseworker")
        for _ in 0..<row { try session.press("j") }
        for _ in 0..<5 { try session.press("l") }
        try session.waitFor("Plans not agreed · \(name):")
        try session.press("Enter")
        try session.waitFor("Plans not agreed · \(name) ·")
        for _ in 0..<(try session.screen().components(separatedBy: "\n").filter { $0.hasPrefix("H-") }.firstIndex { $0.hasPrefix(ref) } ?? 0) {
            try session.press("j")
        }
        try session.press("Enter")
        try session.waitFor("\(ref)  ")
        try session.press("Escape")
        try session.waitFor("Plans not agreed · \(name) ·")
        try session.press("Escape")
        try session.waitFor("Caseworker")
        try session.press("d")
        try session.waitFor("Alerts · Team")
        try session.press("/")
        try session.type("\(ref) plan agreed")
        try session.press("Enter")
        try session.waitFor("Plan not agreed")
        try session.press("a")
        try session.waitFor("Acknowledge \(ref): Plan not agreed")
        try session.type("Spoke to \(name.split(separator: " ")[0]): agreeing it on Thursday")
        try session.press("Enter")
        try session.waitFor("Acknowledged plan not agreed on \(ref)")
        try session.press("F10")

        let after = try JSONSerialization.jsonObject(with: Data(casework.run(["alerts", "--all", "--json"], user: "helen").stdout.utf8))
            as? [[String: Any]] ?? []
        let answered = try #require(after.first { $0["ref"] as? String == ref && $0["kind"] as? String == "plan-not-agreed" })
        #expect(answered["state"] as? String == "acknowledged")
        #expect((answered["response"] as? [String: Any])?["by"] as? String == "helen")
    }
}
