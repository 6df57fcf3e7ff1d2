import CaseworkCore
import Testing
@testable import CaseworkUI

/// The queue's caseloads (c, :scope): the triage queue, mine, my team's, all open cases, each with its columns and
/// ordered by what is most pressing.
@Suite struct CaseloadScopeTests {
    @Test(arguments: [(80, 24), (160, 48)])
    func myCaseloadSnapshots(width: Int, height: Int) {
        var session = ConsoleFixture().session(as: "amara", width: width, height: height)
        session.type("c")
        expectSnapshot(session.frame(width: width, height: height), "queue-mine-\(width)x\(height)")
    }

    @Test func cGoesRoundTheCaseloadsAndEachHoldsItsCases() throws {
        let fixture = ConsoleFixture()
        let summaries = try fixture.store.summaries().summaries
        var session = fixture.session(as: "amara")
        #expect(session.app.queue.scope == .triage)
        session.type("c")
        #expect(session.app.queue.scope == .mine && session.screenText.contains("My caseload ·"))
        let mine = session.app.queue.ordered
        #expect(Set(mine.map(\.ref)) == Set(summaries.filter { $0.assignedOfficer == "amara" && $0.status != .closed }.map(\.ref)))
        session.type("c")
        #expect(session.app.queue.scope == .team)
        let team = DemoStaff.directory.team(of: "amara")
        #expect(session.app.queue.ordered.allSatisfy { $0.officer.map(team.contains) == true })
        session.type("c")
        #expect(session.app.queue.scope == .open && session.app.queue.ordered.count == summaries.filter { $0.status != .closed }.count)
        session.type("c")
        #expect(session.app.queue.scope == .triage)
        session.type(":scope mine<Enter>")
        #expect(session.app.queue.scope == .mine)
        session.type(":scope nobody<Enter>")
        #expect(session.screenText.contains("no caseload 'nobody'"))
    }

    /// Most pressing first: the worst open alert, then the sooner of the duty's last day and an overdue step.
    @Test func theMostPressingComeFirst() throws {
        var session = ConsoleFixture().session(as: "helen")
        session.type(":scope open<Enter>")
        let rows = session.app.queue.ordered
        let ranks = rows.map { $0.rank(in: .open) }
        #expect(ranks == ranks.sorted())
        let firstAmber = try #require(rows.firstIndex { $0.worst != .red })
        #expect(rows[..<firstAmber].allSatisfy { $0.worst == .red } && rows[firstAmber...].allSatisfy { $0.worst != .red })
        let reds = rows[..<firstAmber].compactMap(\.pressingOn)
        #expect(reds == reds.sorted())
    }

    @Test func anAcknowledgedAlertNoLongerMarksTheRowInACaseload() throws {
        let fixture = ConsoleFixture()
        var session = fixture.session(as: "amara")
        session.type("c")
        let row = try #require(session.app.queue.ordered.first { $0.worst == .amber })
        let amara = Actor(DemoStaff.directory.member("amara")!)
        let service = CaseService(store: fixture.store, clock: ConsoleFixture.clock, actor: amara, configuration: .standard)
        let summary = try #require(try fixture.store.summaries().summaries.first { $0.ref == row.ref })
        let monitor = session.app.context.monitor
        for alert in monitor.alerts(for: summary, viewer: amara) where alert.isOpen {
            try service.respond(to: row.ref, kind: alert.kind, fingerprint: alert.fingerprint, action: .acknowledged, note: "In hand",
                                settings: .standard)
        }
        _ = session.poll()
        let after = try #require(session.app.queue.ordered.first { $0.ref == row.ref })
        #expect(after.worst == nil && after.alertCount == 0, "every alert acknowledged: the row is no longer marked")
        #expect(session.app.queue.ordered.last?.ref == row.ref || session.app.queue.ordered.last?.worst == nil,
                "and it goes down among the unmarked")
    }
}
