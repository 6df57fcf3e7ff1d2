import CaseworkCore
@testable import CaseworkUI

/// The demo caseload with its diary in a memory store (Monday 15 June 2026, 10:14 UTC, 11:14 in London).
enum DiaryConsole {
    static func fixture() -> ConsoleFixture {
        let demo = DemoDiary.caseload(today: ConsoleFixture.today)
        let fixture = ConsoleFixture(cases: demo.cases)
        fixture.store.diary = demo.setup
        return fixture
    }

    /// A session on the diary (F3) as `user`.
    static func session(_ fixture: ConsoleFixture, as user: String = "helen", width: Int = 80, height: Int = 24) -> ConsoleDriver {
        var session = fixture.session(as: user, width: width, height: height)
        session.type("<F3>")
        return session
    }
}

extension ConsoleDriver {
    var diary: DiaryScreen? { app.screens[.diary] as? DiaryScreen }
}
