import Foundation
import Testing
@testable import CaseworkCore

/// The caseload scopes: who is in each, and the order "most pressing first".
@Suite struct CaseloadTests {
    func refs(_ f: MonitoringFixture, _ scope: CaseloadScope, as id: String) throws -> [String] {
        Caseload.rows(try f.summaries(), scope: scope, viewer: MonitoringFixture.actor(id), monitor: f.monitor()).map(\.ref)
    }

    @Test func eachScopeHoldsItsCases() throws {
        let f = try MonitoringFixture()
        try f.add([
            { $0.assignedOfficer = "amara"; $0.status = .duty; $0.duties = [duty(.prevention, started: "2026-05-26")] },
            { $0.assignedOfficer = "dev"; $0.status = .duty; $0.duties = [duty(.relief, started: "2026-05-26")] },
            { $0.assignedOfficer = "zainab"; $0.status = .assessment },
            { $0.status = .triage },
            { $0.assignedOfficer = "amara"; $0.status = .closed },
        ])
        #expect(try refs(f, .mine, as: "amara") == ["H-0001"])
        #expect(try Set(refs(f, .team, as: "amara")) == ["H-0001", "H-0002"])
        #expect(try Set(refs(f, .team, as: "mo")) == ["H-0003"])
        #expect(try Set(refs(f, .open, as: "amara")) == ["H-0001", "H-0002", "H-0003", "H-0004"], "closed cases are in no list")
        #expect(try refs(f, .triage, as: "priya") == ["H-0004"])
    }

    @Test func theMostPressingComeFirst() throws {
        let f = try MonitoringFixture()
        try f.add([
            { $0.assignedOfficer = "amara"; $0.status = .duty; $0.duties = [duty(.prevention, started: "2026-05-26")] },
            { $0.assignedOfficer = "amara"; $0.status = .duty; $0.duties = [duty(.prevention, started: "2026-05-20")] },
            { $0.assignedOfficer = "amara"; $0.status = .assessment },
            { overdueStep("2026-05-29", officer: "amara")(&$0); $0.status = .assessment },
            { unsettledPlan("2026-05-14", officer: "amara")(&$0); $0.status = .assessment },
        ])
        let rows = Caseload.rows(try f.summaries(), scope: .mine, viewer: MonitoringFixture.actor("amara"), monitor: f.monitor())
        #expect(rows.map(\.ref) == ["H-0005", "H-0004", "H-0002", "H-0001", "H-0003"],
                "the red alert, the amber one, then the duty ending sooner, the later one, and no date last")
        #expect(rows[0].plan == .notSettled && rows[4].plan == .notDue)
        #expect(rows[1].overdueStepOn == day("2026-05-29") && rows[2].duty == .prevention)
    }

    @Test func aRestrictedCaseShowsNothingOfItsProgressToStaffNotCleared() throws {
        let f = try MonitoringFixture()
        try f.add([{ $0.assignedOfficer = "dev"; $0.restricted = true; $0.status = .duty; $0.duties = [duty(.relief, started: "2026-05-26")] }])
        let row = try #require(Caseload.rows(try f.summaries(), scope: .team, viewer: MonitoringFixture.actor("amara"), monitor: f.monitor()).first)
        #expect(row.name == "Restricted" && !row.visible && row.duty == nil && row.dutyLastDay == nil && row.plan == .notDue)
        let own = try #require(Caseload.rows(try f.summaries(), scope: .mine, viewer: MonitoringFixture.actor("dev"), monitor: f.monitor()).first)
        #expect(own.visible && own.duty == .relief && own.name != "Restricted")
    }
}
