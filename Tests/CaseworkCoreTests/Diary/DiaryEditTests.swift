import Testing
@testable import CaseworkCore

@Suite struct DiaryEditTests {
    let staff = DiaryFixture.staff
    let setup = DiaryFixture.setup

    func slot(_ day: Weekday, _ time: String, _ minutes: Int = 60, _ place: String = "Room 4") -> PatternSlot {
        PatternSlot(weekday: day, start: LocalTime.minute(of: time)!, minutes: minutes, location: place)
    }

    /// Each edit checked as diary.json's reader checks the file, with the reason when refused.
    @Test(arguments: [
        (DiaryEdit.addSlot(officer: "dev", PatternSlot(weekday: .tuesday, start: 630, minutes: 60, location: "Room 4")),
         DiaryEditRefusal.overlaps(PatternSlot(weekday: .tuesday, start: 600, minutes: 60, location: "Civic Centre, room 3"))),
        (.addSlot(officer: "dev", PatternSlot(weekday: .monday, start: 23 * 60 + 30, minutes: 60, location: "Room 4")), .runsPastMidnight),
        (.addSlot(officer: "dev", PatternSlot(weekday: .monday, start: 600, minutes: 4, location: "Room 4")), .badLength),
        (.addSlot(officer: "dev", PatternSlot(weekday: .monday, start: 600, minutes: 60, location: "  ")), .badLocation("1 to 100 characters")),
        (.addSlot(officer: "ruth", PatternSlot(weekday: .monday, start: 600, minutes: 60, location: "Room 4")), .noDiary("ruth")),
        (.addCaseworker("priya"), .notOnStaff("priya")),
        (.addCaseworker("amara"), .alreadyHasDiary("amara")),
        (.addAbsence(officer: "dev", Absence(from: Day(iso: "2026-12-09")!, to: Day(iso: "2026-12-08")!, kind: .leave)), .endsBeforeItStarts),
        (.removeSlot(officer: "dev", PatternSlot(weekday: .friday, start: 600, minutes: 60, location: "x")), .notThere),
    ])
    func refusesWithTheReason(edit: DiaryEdit, refusal: DiaryEditRefusal) {
        #expect(throws: refusal) { try setup.applying(edit, staff: staff) }
    }

    @Test func addsAndRemovesInOrder() throws {
        var next = try setup.applying(.addCaseworker("ruth"), staff: staff)
        next = try next.applying(.addSlot(officer: "ruth", slot(.wednesday, "15:00")), staff: staff)
        next = try next.applying(.addSlot(officer: "ruth", slot(.monday, "16:00")), staff: staff)
        #expect(next.diary(of: "ruth")?.week.map(\.weekday) == [.monday, .wednesday])
        next = try next.applying(.removeSlot(officer: "ruth", slot(.monday, "16:00")), staff: staff)
        #expect(next.diary(of: "ruth")?.week.count == 1)
        let closure = Absence(from: Day(iso: "2027-04-01")!, to: Day(iso: "2027-04-01")!, kind: .closure)
        next = try next.applying(.addClosure(closure), staff: staff)
        #expect(SlotCalendar(setup: next).availability(of: "amara", on: Day(iso: "2027-04-01")!) == .closure(.closure))
    }

    /// Saved by a manager only; an absence over a booking leaves it standing, and says so.
    @Test func aManagersEditIsSavedAndNamesTheBookingsItStrands() throws {
        let fixture = try DiaryFixture(cases: [DiaryFixture.waiting("Ada")])
        try fixture.service().book("H-0001", slot: DiaryFixture.slot("dev@2026-12-03T10:00"))
        let book = DiaryBook(try fixture.store.summaries().summaries)
        let leave = DiaryEdit.addAbsence(officer: "dev", Absence(from: Day(iso: "2026-12-03")!, to: Day(iso: "2026-12-04")!, kind: .sickness))
        #expect(throws: DiaryEditRefusal.managersOnly) { try fixture.service().editDiary(leave, expectedRevision: 1, book: book) }
        let edited = try fixture.service(DiaryFixture.helen).editDiary(leave, expectedRevision: 1, book: book)
        #expect(edited.setup.revision == 2)
        #expect(edited.stranded.map(\.ref) == ["H-0001"])
        #expect(try fixture.store.diarySetup().diary(of: "dev")?.absences.count == 1)
        #expect(throws: StoreError.self) { try fixture.service(DiaryFixture.helen).editDiary(leave, expectedRevision: 1, book: book) }
    }
}
