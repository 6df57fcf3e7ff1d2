import CaseworkCore
@testable import CaseworkUI
import Testing

/// The diary's keys are its table, as `KeyTableDriftTests` checks for every screen: each key listed does something
/// where it is listed, each key in no table is handed back to the frame, and none is the frame's.
@Suite struct DiaryKeyTableTests {
    /// The diary in the states its keys differ in: a free slot, a booked one, one moving, the team's day, a picker.
    static func diaries() throws -> [(String, DiaryScreen)] {
        let fixture = DiaryConsole.fixture()
        var session = DiaryConsole.session(fixture, width: 120, height: 40)
        var states: [(String, DiaryScreen)] = []
        for _ in 0..<20 {
            guard let diary = session.diary else { break }
            if diary.selectedFree != nil, states.first(where: { $0.0 == "a free slot" }) == nil { states.append(("a free slot", diary)) }
            if let booking = diary.selectedBooking, booking.appointment.status == .booked, booking.appointment.start > diary.now,
               states.first(where: { $0.0 == "a booked slot" }) == nil {
                states.append(("a booked slot", diary))
                session.type("m")
                states.append(("moving", try #require(session.diary)))
                session.type("<Esc>")
            }
            session.type(diary.row + 1 < diary.dayEntries.count ? "j" : "l")
        }
        session.type("v")
        states.append(("the team's day", try #require(session.diary)))
        return states
    }

    @Test func theDiarysKeysAreItsTable() throws {
        let states = try Self.diaries()
        #expect(states.count == 4)
        for (label, diary) in states {
            let bound = KeyTableDriftTests.working(diary.keys, in: diary)
            KeyTableDriftTests.expectBoundKeysDispatch(diary, bound, label)
            KeyTableDriftTests.expectUnboundKeysIgnored(diary, bound: bound, label)
        }
    }

    @Test func noneIsTheFramesAndEveryBarLabelHasHelp() throws {
        let app = ConsoleApp(context: ConsoleFixture().context(as: "helen"))
        let frame = KeyTableDriftTests.working(app.frameKeys, in: app).subtracting([.escape])
        for (label, diary) in try Self.diaries() {
            #expect(KeyTableDriftTests.working(diary.keys, in: diary).intersection(frame).isEmpty, "\(label)")
        }
        for binding in DiaryScreen.keys.bindings where binding.bar != nil {
            #expect(binding.help != nil, "\(binding.label) is in the bar with no help line")
        }
    }

    /// With a picker open every key is its own or the frame's F-keys; Esc closes it.
    @Test func aPickerTakesTheKeys() throws {
        let fixture = DiaryConsole.fixture()
        var session = DiaryConsole.session(fixture)
        session.type("o")
        var diary = try #require(session.diary)
        #expect(diary.picker != nil)
        #expect(diary.handleKey(.character("q")) == .handled)
        #expect(diary.handleKey(.function(10)) == .ignored)
        #expect(diary.handleKey(.escape) == .handled)
        #expect(diary.picker == nil)
    }
}
