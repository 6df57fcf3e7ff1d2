import Foundation
import Testing
@testable import CaseworkCore

/// Whose alerts each person sees: their own, their team's, everyone's for managers; and a restricted case as
/// "Restricted" to staff not cleared, in the list and in what a filter can match.
@Suite struct AlertScopeTests {
    @Test(arguments: [
        ("helen", ["helen", "mo", "amara", "dev", "priya", "zainab", "ruth"]),
        ("mo", ["mo", "zainab", "ruth"]),
        ("amara", ["amara", "dev", "priya"]),
        ("zainab", ["zainab", "ruth"]),
        ("someone-else", ["someone-else"]),
    ])
    func teamsFollowWhoReportsToWhom(id: String, team: [String]) {
        #expect(MonitoringFixture.staff.team(of: id) == Set(team))
    }

    func board(_ f: MonitoringFixture, _ scope: AlertScope, as id: String) throws -> [String] {
        try AlertBoard.build(f.summaries(), scope: scope, viewer: MonitoringFixture.actor(id), monitor: f.monitor()).alerts.map(\.ref)
    }

    @Test func eachSeesTheirOwnAndTheirTeamsAndManagersEveryones() throws {
        let f = try MonitoringFixture()
        try f.add([overdueStep("2026-05-28", officer: "amara"), overdueStep("2026-05-28", officer: "dev"),
                   overdueStep("2026-05-28", officer: "zainab"), { overdueStep("2026-05-28", officer: "amara")(&$0); $0.assignedOfficer = nil }])
        #expect(try board(f, .mine, as: "amara") == ["H-0001"])
        #expect(try board(f, .team, as: "amara") == ["H-0001", "H-0002"], "not Zainab's, not the unassigned")
        #expect(try board(f, .team, as: "priya") == ["H-0001", "H-0002", "H-0004"], "triage officers take the unassigned")
        #expect(try board(f, .team, as: "mo") == ["H-0003", "H-0004"])
        #expect(try board(f, .all, as: "helen") == ["H-0001", "H-0002", "H-0003", "H-0004"])
        #expect(throws: ManagersOnly.allIsForManagers) { try board(f, .all, as: "amara") }
    }

    /// A restricted case's alerts would say what the household is going through: staff not cleared for it get none, and
    /// the board says how many such cases it left out.
    @Test func aRestrictedCasesAlertsAreWithheldFromStaffNotCleared() throws {
        let f = try MonitoringFixture()
        try f.add([{ overdueStep("2026-05-28", officer: "dev")(&$0); $0.restricted = true }])
        let seen = try AlertBoard.build(f.summaries(), scope: .team, viewer: MonitoringFixture.actor("amara"), monitor: f.monitor())
        #expect(seen.alerts.isEmpty && seen.withheld == 1)
        let cleared = try AlertBoard.build(f.summaries(), scope: .team, viewer: MonitoringFixture.actor("dev"), monitor: f.monitor())
        #expect(cleared.alerts.map(\.kind) == [.planStepOverdue] && cleared.withheld == 0)
    }

    @Test func countsAreOfOpenAlertsOnly() throws {
        let f = try MonitoringFixture()
        try f.add([overdueStep("2026-05-28", officer: "amara"), overdueStep("2026-05-27", officer: "amara"),
                   unsettledPlan("2026-05-14", officer: "amara")])
        try f.service("amara").respond(to: "H-0002", kind: .planStepOverdue, action: .acknowledged, note: "In hand", settings: .standard)
        let board = try AlertBoard.build(f.summaries(), scope: .mine, viewer: MonitoringFixture.actor("amara"), monitor: f.monitor())
        #expect(board.openCount(.amber) == 1 && board.openCount(.red) == 1)
        #expect(board.alerts.map(\.ref) == ["H-0003", "H-0001", "H-0002"], "red first, then open before acknowledged")
    }
}
