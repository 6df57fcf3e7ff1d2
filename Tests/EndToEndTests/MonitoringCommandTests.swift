import Foundation
import Testing

/// The monitoring commands of the real binary on the demo caseload: acknowledge and snooze round trips, the team's
/// alerts with their officers, the caseload scopes, the dashboard, the H-CLIC return and lessons.
@Suite(.serialized) struct MonitoringCommandTests {
    let casework: CaseworkBinary

    init() throws {
        casework = try CaseworkBinary()
        let output = try casework.run(["demo", "reset"])
        #expect(output.status == 0, "\(output.stderr)")
    }

    func json(_ arguments: [String], user: String = "helen") throws -> Any {
        let output = try casework.run(arguments, user: user)
        #expect(output.status == 0, "\(arguments): \(output.stderr)")
        return try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
    }

    func alerts(_ arguments: [String] = [], user: String) throws -> [[String: Any]] {
        try json(["alerts", "--json"] + arguments, user: user) as? [[String: Any]] ?? []
    }

    @Test func acknowledgeAndSnoozeRoundTrips() throws {
        defer { casework.removeData() }
        let mine = try alerts(user: "amara")
        let target = try #require(mine.first { $0["kind"] as? String == "plan-step-overdue" })
        let ref = try #require(target["ref"] as? String)
        let acked = try casework.run(["alerts", "ack", ref, "--kind", "plan-step-overdue", "--note", "Chased the landlord"], user: "amara")
        #expect(acked.status == 0 && acked.stdout.contains("plan-step-overdue alert acknowledged"), "\(acked.stderr)")
        let after = try #require(try alerts(user: "amara").first { $0["ref"] as? String == ref && $0["kind"] as? String == "plan-step-overdue" })
        #expect(after["state"] as? String == "acknowledged")
        let response = try #require(after["response"] as? [String: Any])
        #expect(response["by"] as? String == "amara" && response["note"] as? String == "Chased the landlord")

        let snooze = try #require(mine.first { $0["kind"] as? String != "plan-step-overdue" && $0["severity"] as? String != "green" })
        let snoozeRef = try #require(snooze["ref"] as? String), kind = try #require(snooze["kind"] as? String)
        let snoozed = try casework.run(["alerts", "snooze", snoozeRef, "--kind", kind, "--until", "2026-11-30", "--reason", "Landlord away"],
                                       user: "amara")
        #expect(snoozed.status == 0, "\(snoozed.stderr)")
        #expect(try !alerts(user: "amara").contains { $0["ref"] as? String == snoozeRef && $0["kind"] as? String == kind })
        #expect(try alerts(["--snoozed"], user: "amara").contains { $0["ref"] as? String == snoozeRef && $0["state"] as? String == "snoozed" })
        let back = try casework.run(["alerts", "--json"], user: "amara", environment: ["CASEWORK_TODAY": "2026-11-30"])
        #expect(back.stdout.contains("\"ref\":\"\(snoozeRef)\",\"kind\":\"\(kind)\""), "back on its day")

        let refused = try casework.run(["alerts", "snooze", snoozeRef, "--kind", kind, "--until", "2026-11-20", "--reason", "x"], user: "amara")
        #expect(refused.status == 1 && refused.stderr.contains("is not after today"))
        let empty = try casework.run(["alerts", "ack", ref, "--kind", "plan-step-overdue", "--note", " "], user: "amara")
        #expect(empty.status == 64 && empty.stderr.contains("--note: empty"))
    }

    @Test func theTeamsAlertsCarryTheirOfficerAndEveryonesAreForManagers() throws {
        defer { casework.removeData() }
        let team = try alerts(["--team"], user: "helen")
        #expect(!team.isEmpty && team.allSatisfy { $0["officer"] != nil && $0.keys.contains("escalated") })
        let all = try casework.run(["alerts", "--all"], user: "amara")
        #expect(all.status == 1 && all.stderr.contains("everyone's alerts are for managers"))
        let escalated = try alerts(["--all", "--escalated"], user: "helen")
        #expect(!escalated.isEmpty && escalated.allSatisfy { $0["escalated"] as? Bool == true && $0["escalatedTo"] as? String == "helen" })
        let table = try casework.run(["alerts", "--team"], user: "amara")
        #expect(table.stdout.contains("restricted cases you are not cleared for left out"), "\(table.stdout)")
    }

    @Test func caseloadScopes() throws {
        defer { casework.removeData() }
        let mine = try json(["case", "list", "--scope", "mine", "--json"], user: "amara") as? [[String: Any]] ?? []
        #expect(!mine.isEmpty && mine.allSatisfy { $0["officer"] as? String == "amara" })
        let triage = try json(["case", "list", "--scope", "triage", "--json"], user: "priya") as? [[String: Any]] ?? []
        let scores = triage.compactMap { $0["score"] as? Int }
        #expect(scores.count == triage.count && scores == scores.sorted(by: >), "the queue's priority order")
        let table = try casework.run(["case", "list", "--scope", "team"], user: "amara")
        #expect(table.stdout.hasPrefix("REF      NAME") && table.stdout.contains("in my team's caseload"))
        let bad = try casework.run(["case", "list", "--scope", "everyone"])
        #expect(bad.status == 64)
    }

    @Test func theDashboardAndTheReturnAreAManagers() throws {
        defer { casework.removeData() }
        let board = try #require(try json(["report", "dashboard", "--json"]) as? [String: Any])
        let officers = try #require(board["officers"] as? [[String: Any]])
        #expect(officers.contains { ($0["open"] as? [String: Any])?["count"] as? Int ?? 0 > 0 })
        #expect((board["weeks"] as? [Any])?.count == 12)
        #expect(try casework.run(["report", "dashboard"], user: "amara").stderr.contains("the dashboard is for managers"))

        let out = casework.dataDirectory.deletingLastPathComponent().appendingPathComponent("hclic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let made = try casework.run(["report", "hclic", "--quarter", "2026Q4", "--out", out.path], user: "helen")
        #expect(made.status == 0 && made.stdout.hasPrefix("2026Q4: "), "\(made.stderr)")
        let first = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(first == ["assistance.csv", "final-duties.csv", "main.csv", "people.csv", "prevention.csv", "relief.csv", "reviews.csv",
                          "support.csv", "temporary-accommodation.csv", "validation.csv"])
        let bytes = try first.map { try Data(contentsOf: out.appendingPathComponent($0)) }
        _ = try casework.run(["report", "hclic", "--quarter", "2026Q4", "--out", out.path], user: "helen")
        #expect(try first.map { try Data(contentsOf: out.appendingPathComponent($0)) } == bytes, "byte for byte the same")
        let personal = try casework.run(["report", "hclic", "--quarter", "2026Q4", "--out", out.path, "--with-personal-data"], user: "helen")
        #expect(personal.status == 0 && FileManager.default.fileExists(atPath: out.appendingPathComponent("personal.csv").path))
        let without = try casework.run(["report", "hclic", "--quarter", "2026Q4", "--out", out.path], user: "helen")
        #expect(without.stderr.contains("removed personal.csv") && !FileManager.default.fileExists(atPath: out.appendingPathComponent("personal.csv").path))
        let audit = try String(contentsOf: casework.dataDirectory.appendingPathComponent("audit.jsonl"), encoding: .utf8)
        #expect(audit.contains("\"action\":\"hclic-return-with-personal-data\",\"at\":") && audit.contains("\"ref\":\"hclic-2026Q4\""))

        let caseworker = try casework.run(["report", "hclic", "--quarter", "2026Q4", "--out", out.path], user: "amara")
        #expect(caseworker.status == 1 && caseworker.stderr.contains("made by a manager"))
        let bad = try casework.run(["report", "hclic", "--quarter", "2026Q5", "--out", out.path], user: "helen")
        #expect(bad.status == 64 && bad.stderr.contains("\"2026Q5\" is not a quarter"))
        let future = try casework.run(["report", "hclic", "--quarter", "2027Q1", "--out", out.path], user: "helen")
        #expect(future.status == 1 && future.stderr.contains("2027Q1 has not begun"))
    }

    @Test func lessonsAndClosing() throws {
        defer { casework.removeData() }
        #expect(try casework.run(["lessons", "add", "--text", "Landlord not called", "--tags", "triage,landlords", "--case", "1"],
                                 user: "amara").stdout == "lesson 1 recorded\n")
        #expect(try casework.run(["lessons", "acted", "1"], user: "amara").stderr.contains("a manager marks a lesson acted on"))
        #expect(try casework.run(["lessons", "acted", "1", "--note", "Checklist"], user: "helen").status == 0)
        let listed = try json(["lessons", "list", "--json", "--tag", "triage"]) as? [[String: Any]] ?? []
        #expect(listed.count == 1 && listed[0]["actedOnBy"] as? String == "helen" && listed[0]["case"] as? String == "H-0001")
        let running = try casework.run(["case", "close", "1", "--answer", "good"], user: "helen")
        #expect(running.status == 1 && running.stderr.contains("end it before closing"))
    }
}
