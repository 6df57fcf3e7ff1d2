import Foundation
import Testing
@testable import CaseworkCore

/// The manager's dashboard: every number with the cases behind it, over the manager's team and the unassigned.
@Suite struct DashboardTests {
    @Test func everyNumberHasItsCases() throws {
        let f = try MonitoringFixture()
        try f.add([
            // H-0001: Amara's prevention, ending within 7 days of 1 June, with £450 of mediation in its plan.
            { $0.assignedOfficer = "amara"; $0.status = .duty; $0.duties = [duty(.prevention, started: "2026-04-10")]
              $0.plan = Plan(steps: [PlanStep(id: 1, owner: .council, text: "Mediation with the landlord", partnerId: "mediation",
                                              cost: Money(pence: 45_000))]) },
            // H-0002: Amara's, assessed 14 May and no plan: red, and past 10 working days.
            { unsettledPlan("2026-05-14", officer: "amara")(&$0); $0.status = .assessment },
            // H-0003: Dev's relief; nothing on the timeline for 28 days.
            { $0.assignedOfficer = "dev"; $0.status = .duty; $0.duties = [duty(.relief, started: "2026-05-20")]
              $0.receivedOn = day("2026-04-01"); $0.timeline = [] },
            // H-0004: Zainab's: Mo's team, and so Helen's, who manages Mo; its plan review is overdue.
            { $0.assignedOfficer = "zainab"; $0.status = .assessment; $0.plan = Plan(reviewDueOn: day("2026-05-31")) },
            // H-0005: prevention ended this quarter with accommodation secured; closed, "good".
            { $0.assignedOfficer = "dev"; $0.status = .closed
              $0.duties = [duty(.prevention, started: "2026-04-02", ended: "2026-05-02", reason: .accommodationSecured)]
              $0.closure = Closure(on: day("2026-05-03"), by: "dev", satisfaction: .good) },
            // H-0006: relief ended by lost contact; closed, "not good enough".
            { $0.assignedOfficer = "dev"; $0.status = .closed
              $0.duties = [duty(.relief, started: "2026-04-02", ended: "2026-05-20", reason: .lostContact)]
              $0.closure = Closure(on: day("2026-05-21"), by: "dev", satisfaction: .notGoodEnough) },
            // H-0007: not assigned, received this week with an interview held.
            { $0.status = .triage; $0.receivedOn = day("2026-06-01")
              $0.appointments = [Appointment(id: 1, kind: .assessmentInterview, on: day("2026-06-01"), startMinute: 600, officer: "amara",
                                             status: .attended)] },
        ])
        let board = try Dashboard.build(f.summaries(), manager: MonitoringFixture.actor("helen"), monitor: f.monitor())
        func row(_ officer: String?) -> Dashboard.OfficerRow? { board.officers.first { $0.officer == officer } }
        #expect(board.officers.map { $0.officer ?? "-" } == ["amara", "dev", "priya", "ruth", "zainab", "-"],
                "everyone down the line, by name, then the unassigned (managers have no row)")
        #expect(row("amara")?.open.refs == ["H-0001", "H-0002"] && row("amara")?.prevention.refs == ["H-0001"])
        #expect(row("amara")?.red.refs == ["H-0002"] && row("amara")?.plansNotAgreed.refs == ["H-0002"])
        #expect(row("dev")?.relief.refs == ["H-0003"] && row("dev")?.noAction.refs == ["H-0003"] && row("dev")?.open.count == 1)
        #expect(row("zainab")?.reviewsOverdue.refs == ["H-0004"])
        #expect(row("priya")?.open.count == 0)
        #expect(board.deadlinesSoon.refs == ["H-0001"])
        #expect(board.committedCost == Money(pence: 45_000) && board.costedPlans.refs == ["H-0001"])
        #expect(board.outcomes.map { "\($0.kind.rawValue) \($0.reason.rawValue) \($0.cases.refs)" } == [
            "prevention accommodation-secured [\"H-0005\"]", "relief lost-contact [\"H-0006\"]",
        ])
        #expect(board.securedShare(.prevention) == (1, 1) && board.securedShare(.relief) == (0, 1))
        #expect(board.weeks.count == 12 && board.weeks.last?.startsOn == day("2026-06-01"))
        #expect(board.weeks.last?.presentations.refs == ["H-0007"] && board.weeks.last?.interviews.refs == ["H-0007"])
        let quarter = try #require(board.answers.last)
        #expect(quarter.quarter == Quarter("2026Q2")! && quarter.good.refs == ["H-0005"] && quarter.notGoodEnough.refs == ["H-0006"])
        #expect(quarter.goodShare == 50)
        #expect(board.hclicErrors.refs.contains("H-0001") && !board.hclicErrors.refs.contains("H-0004"))
    }

    /// "Plans not agreed 10 working days after assessment" counts as the alert does, without the spring bank holiday
    /// (25 May 2026): judged on 1 June.
    @Test(arguments: [("2026-05-14", true), ("2026-05-15", false), ("2026-05-22", false), ("2026-05-25", false)])
    func plansNotAgreedCountWorkingDaysWithoutBankHolidays(assessed: String, counted: Bool) throws {
        let f = try MonitoringFixture()
        try f.add([{ unsettledPlan(assessed, officer: "amara")(&$0); $0.status = .assessment }])
        let board = try Dashboard.build(f.summaries(), manager: MonitoringFixture.actor("helen"), monitor: f.monitor())
        #expect(board.officers.first { $0.officer == "amara" }?.plansNotAgreed.refs == (counted ? ["H-0001"] : []))
    }

    @Test func aTeamManagerSeesTheirTeamAndOnlyManagersSeeIt() throws {
        let f = try MonitoringFixture()
        try f.add([{ $0.assignedOfficer = "amara" }, { $0.assignedOfficer = "zainab" }, { $0.assignedOfficer = nil }])
        let board = try Dashboard.build(f.summaries(), manager: MonitoringFixture.actor("mo"), monitor: f.monitor())
        #expect(board.officers.map { $0.officer ?? "-" } == ["ruth", "zainab", "-"])
        #expect(throws: ManagersOnly.dashboardIsForManagers) {
            try Dashboard.build(f.summaries(), manager: MonitoringFixture.actor("amara"), monitor: f.monitor())
        }
    }
}
