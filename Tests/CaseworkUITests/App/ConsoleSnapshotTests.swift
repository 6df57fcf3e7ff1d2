import CaseworkCore
@testable import CaseworkUI
import Testing

/// The console as an officer sees it, at 80x24 and 160x48: help, errors, dialogs, the command line, too small.
@Suite struct ConsoleSnapshotTests {
    static let sizes = [(80, 24), (160, 48)]

    static func frame(_ session: ConsoleDriver, _ width: Int, _ height: Int) -> Buffer { session.frame(width: width, height: height) }

    @Test(arguments: sizes)
    func helpOverTheQueue(width: Int, height: Int) {
        var session = ConsoleFixture().session(width: width, height: height)
        session.type("?")
        expectSnapshot(Self.frame(session, width, height), "app-help-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func refusedRestrictedCaseError(width: Int, height: Int) {
        var session = ConsoleFixture().session(width: width, height: height)
        session.type(":open 3<Enter>")
        #expect(session.app.status.hasError)
        expectSnapshot(Self.frame(session, width, height), "app-error-\(width)x\(height)")
    }

    @Test func tooSmall() {
        var session = ConsoleFixture().session()
        _ = session.resize(width: 60, height: 20)
        expectSnapshot(Self.frame(session, 60, 20), "app-too-small-60x20")
    }

    @Test func tooSmallWithUnsavedEdits() {
        var session = ConsoleFixture().session()
        session.type(":open 2<Enter>e")
        _ = session.resize(width: 60, height: 20)
        expectSnapshot(Self.frame(session, 60, 20), "app-too-small-unsaved-60x20")
    }

    /// From the last row, a reversed sort: the top of the new order selected and shown, the arrow and line 2 agreeing.
    @Test func reversedSortFromTheEnd() {
        var session = ConsoleFixture().session()
        session.type("G:sort -days<Enter>")
        expectSnapshot(Self.frame(session, 80, 24), "app-sorted-reversed-80x24")
    }

    @Test func aCaseRestrictedWhileOpenIsWithdrawn() throws {
        let session = try ConsoleFixture().restrictedWhileOpen(as: "tomasz")
        expectSnapshot(Self.frame(session, 80, 24), "app-withdrawn-80x24")
    }

    @Test func typedFilterAndCommandLine() {
        var session = ConsoleFixture().session()
        session.type("/lan<Enter>:route cou")
        expectSnapshot(Self.frame(session, 80, 24), "app-filter-and-command-80x24")
    }

    @Test func draftOfferedAtStart() {
        let fixture = ConsoleFixture()
        fixture.leaveDraft()
        expectSnapshot(Self.frame(fixture.session(), 80, 24), "app-draft-offer-80x24")
    }

    @Test func conflictDialogOverTheCaseScreen() throws {
        let fixture = ConsoleFixture()
        var session = fixture.session(caseScreen: ConsoleFixture.caseScreen)
        session.type(":open 2<Enter>5")
        try fixture.store.saveAsOtherOfficer("H-0002", by: "priya") {
            $0.route = RouteDecision(team: .council, suggested: .youngPeople, overrideReason: "Works in town", decidedBy: "priya",
                                     decidedOn: ConsoleFixture.today)
        }
        session.type("a")
        expectSnapshot(Self.frame(session, 80, 24), "app-conflict-80x24")
    }

    /// Someone else's change to something else meanwhile: the save goes on top of it, and the status line says so.
    @Test func aSaveOnTopOfAnotherOfficersChange() throws {
        let fixture = ConsoleFixture()
        var session = fixture.session(caseScreen: ConsoleFixture.caseScreen)
        session.type(":open 2<Enter>5")
        try fixture.store.saveAsOtherOfficer("H-0002", by: "tomasz") { $0.assignedOfficer = "dev" }
        session.type("a")
        expectSnapshot(Self.frame(session, 80, 24), "app-saved-on-top-80x24")
    }

    /// Esc on a case with unsaved facts and a note put aside: the frame's one question, naming both.
    @Test func leavingACaseWithUnsavedWork() {
        var session = ConsoleFixture().session(caseScreen: ConsoleFixture.caseScreen)
        session.type(":open 1<Enter>jjjj<Enter><C-u>01923 123456<Enter>4nCalled the landlord<Esc><Esc><Esc>")
        expectSnapshot(Self.frame(session, 80, 24), "app-leave-unsaved-80x24")
    }
}
