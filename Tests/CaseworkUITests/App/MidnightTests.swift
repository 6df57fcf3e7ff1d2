import CaseworkCore
@testable import CaseworkUI
import Synchronization
import Testing

/// A clock a test moves on, as the wall clock would.
final class MovingTime: Sendable {
    private let seconds: Mutex<Int>

    init(_ day: Day, at secondOfDay: Int) { seconds = Mutex(day.daysSinceEpoch * 86_400 + secondOfDay) }

    func advance(by step: Int) { seconds.withLock { $0 += step } }

    var clock: Clock { Clock(secondsSinceEpoch: { [self] in seconds.withLock { $0 } }) }
}

/// A console left open past midnight: the day is read on every tick, and a new day moves everything that counts from it,
/// without touching what the officer was typing.
@Suite struct MidnightTests {
    @Test func crossingMidnightWithACaseOpenAndAnEditUnsaved() throws {
        let time = MovingTime(ConsoleFixture.today, at: 23 * 3600 + 59 * 60 + 30)
        let fixture = ConsoleFixture(clock: time.clock)
        var session = fixture.session(width: 100, height: 30, caseScreen: ConsoleFixture.caseScreen, screens: [ProbeScreen.entry])
        let waited = try #require(session.app.queue.ordered.first { $0.ref == "H-0002" }).daysWaiting
        session.type(":open 2<Enter>jjjj<Enter><C-u>01923 123456<Enter>")
        #expect(session.app.hasUnsavedEdits && session.screenText.contains("Mon 15 Jun 2026"))
        _ = session.tick()
        #expect(session.app.context.today == ConsoleFixture.today, "nothing moves before midnight")

        time.advance(by: 40)
        _ = session.tick()
        let tomorrow = ConsoleFixture.today.adding(days: 1)
        #expect(session.app.context.today == tomorrow)
        #expect(session.screenText.contains("Tue 16 Jun 2026"), "the title line shows the new day")
        #expect(session.app.status.message?.contains("It is now Tue 16 Jun 2026") == true)
        #expect(session.app.queue.ordered.first { $0.ref == "H-0002" }?.daysWaiting == waited + 1, "the queue counts from today")
        #expect(session.probe?.days == [tomorrow], "every screen is told")
        let screen = try #require(session.app.openCase as? CaseScreen)
        #expect(screen.sheet.today == tomorrow && screen.hasUnsavedEdits, "the open case moves on, the edit kept")
        #expect(screen.facts.details.applicant.phone == "01923 123456")

        session.type("<C-s>")
        let saved = try fixture.store.load("H-0002")
        #expect(saved.applicant.phone == "01923 123456" && saved.updatedAt.day == tomorrow, "a save after midnight stamps the new day")
        _ = session.tick()
        #expect(session.app.status.message?.contains("It is now") != true, "the day changes once")
    }

    @Test func aPinnedDayNeverMoves() {
        let clock = Clock(today: ConsoleFixture.today, secondOfDay: { 86_399 })
        #expect(clock.today == ConsoleFixture.today && clock.now().day == ConsoleFixture.today && clock.now().clockTime == "23:59")
        let time = MovingTime(ConsoleFixture.today, at: 86_399)
        let pinned = Clock(pinnedDay: ConsoleFixture.today, secondsSinceEpoch: { time.clock.now().day.daysSinceEpoch * 86_400 + 86_399 })
        time.advance(by: 10)
        #expect(pinned.today == ConsoleFixture.today && time.clock.today == ConsoleFixture.today.adding(days: 1))
    }
}
