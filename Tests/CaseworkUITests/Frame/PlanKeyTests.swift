import CaseworkCore
@testable import CaseworkUI
import Testing

/// F4 is the plan everywhere a case is at hand: the open case's, or the queue's selected case's; elsewhere it says why not.
@Suite struct PlanKeyTests {
    static func session(as user: String = "priya") -> ConsoleDriver {
        ConsoleFixture().session(as: user, width: 100, height: 30, caseScreen: ConsoleFixture.caseScreen)
    }

    @Test func fourOnTheQueueOpensTheSelectedCaseOnItsPlan() throws {
        var session = Self.session()
        session.type("/asante<Enter>")
        let selected = try #require(session.app.queue.table.selectedRow.map { session.app.queue.table.rows.rows[$0].ref })
        session.type("<F4>")
        #expect(session.app.openCase?.ref == selected && session.app.openCase?.tab == .plan)
        session.type("<Esc>")
        #expect(session.app.showing == .queue, "Esc goes back to where F4 was pressed")
    }

    @Test func fourInACaseMovesToItsPlanAndOnThePlanSaysSo() {
        var session = Self.session()
        session.type(":open 2<Enter>2")
        #expect(session.app.openCase?.tab == .home)
        session.type("<F4>")
        #expect(session.app.openCase?.ref == "H-0002" && session.app.openCase?.tab == .plan)
        session.type("<F4>")
        #expect(session.app.status.message == "This is the plan")
        #expect(session.frame(width: 100, height: 30).lines[29].contains("F4Plan") == false, "no F4 on the bar where it does nothing")
    }

    @Test func fourOnTheDiaryAsksForACaseFirst() {
        var session = Self.session()
        session.type("<F3><F4>")
        #expect(session.app.showing == .diary && session.app.openCase == nil)
        #expect(session.app.status.message == "Open a case first: F4 shows its plan")
    }

    @Test func theQueuesBarOffersThePlan() {
        let session = Self.session()
        #expect(session.frame(width: 100, height: 30).lines[29].contains("F4Plan"))
    }
}
