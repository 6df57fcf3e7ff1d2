import CaseworkCore
@testable import CaseworkUI
import Testing

/// The diary as an officer sees it, at 80x24 and 160x48 (the demo, Monday 15 June 2026).
@Suite struct DiarySnapshotTests {
    static let sizes = [(80, 24), (160, 48)]

    @Test(arguments: sizes)
    func aCaseworkersWeek(width: Int, height: Int) {
        var session = DiaryConsole.session(DiaryConsole.fixture(), width: width, height: height)
        session.type("w")
        expectSnapshot(session.frame(width: width, height: height), "diary-week-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func theTeamsDay(width: Int, height: Int) {
        var session = DiaryConsole.session(DiaryConsole.fixture(), width: width, height: height)
        session.type("tv")
        expectSnapshot(session.frame(width: width, height: height), "diary-team-\(width)x\(height)")
    }

    /// `b` on the queue's top council case: the best slots for it.
    @Test(arguments: sizes)
    func theBestSlotsForACase(width: Int, height: Int) throws {
        let fixture = DiaryConsole.fixture()
        var session = fixture.session(as: "priya", width: width, height: height)
        session.type(":route council<Enter>b")
        #expect(session.diary?.picker?.purpose == .slots)
        expectSnapshot(session.frame(width: width, height: height), "diary-best-slots-\(width)x\(height)")
    }

    /// `b` on a free slot: the best waiting cases for it; restricted ones named "Restricted" to Priya.
    @Test(arguments: sizes)
    func theBestCasesForASlot(width: Int, height: Int) {
        var session = DiaryConsole.session(DiaryConsole.fixture(), as: "priya", width: width, height: height)
        session.type("tttb")
        expectSnapshot(session.frame(width: width, height: height), "diary-best-cases-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func theManagersEditor(width: Int, height: Int) {
        var session = DiaryConsole.session(DiaryConsole.fixture(), width: width, height: height)
        session.type("e")
        expectSnapshot(session.frame(width: width, height: height), "diary-editor-\(width)x\(height)")
    }

    @Test func helpListsTheDiarysKeys() {
        var session = DiaryConsole.session(DiaryConsole.fixture(), width: 160, height: 48)
        session.type("?")
        expectSnapshot(session.frame(width: 160, height: 48), "diary-help-160x48")
    }
}
