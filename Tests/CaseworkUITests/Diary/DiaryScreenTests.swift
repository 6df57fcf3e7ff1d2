import CaseworkCore
@testable import CaseworkUI
import Testing

/// The diary screen driven by keys through the App, against the memory store.
@Suite struct DiaryScreenTests {
    @Test func opensOnTheFirstCaseworkersWeekAndMovesLikeCalcurse() throws {
        let fixture = DiaryConsole.fixture()
        var session = DiaryConsole.session(fixture)
        let diary = try #require(session.diary)
        #expect(session.app.showing == .diary)
        #expect(diary.setup != nil)
        #expect(diary.officer == "amara")
        #expect(diary.day == ConsoleFixture.today)
        #expect(diary.now == LocalTime(iso: "2026-06-15T11:14"))
        session.type("l")
        #expect(session.diary?.day == Day(iso: "2026-06-16"))
        session.type("tt")
        #expect(session.diary?.day == Day(iso: "2026-06-18"))
        session.type("T<Left>h")
        #expect(session.diary?.day == Day(iso: "2026-06-15"))
        session.type("w")
        #expect(session.diary?.day == Day(iso: "2026-06-22"))
        session.type("WW")
        #expect(session.diary?.day == Day(iso: "2026-06-08"))
        session.type("<C-g>")
        #expect(session.diary?.day == ConsoleFixture.today)
        session.type("g<C-a><C-k>1/9/2026<Enter>")
        #expect(session.diary?.day == Day(iso: "2026-09-01"))
    }

    @Test func anotherCaseworkerAndTheTeamsDay() throws {
        let fixture = DiaryConsole.fixture()
        var session = DiaryConsole.session(fixture)
        session.type("o")
        #expect(session.diary?.picker?.purpose == .officers)
        session.type("j<Enter>")
        #expect(session.diary?.officer == "dev")
        #expect(session.screenText.contains("Dev Patel · Council · week 25"))
        session.type("v")
        #expect(session.diary?.view == .team)
        #expect(session.screenText.contains("Team diary · Mon 15 Jun 2026"))
    }

    /// `b` on a queue row: the best slots for the case, the first booked with one key.
    @Test func bookingFromTheQueueTakesOneKey() throws {
        let fixture = DiaryConsole.fixture()
        var session = fixture.session(as: "priya")
        let ref = try #require(session.app.queue.shownRefs.first { ref in
            let summary = try! fixture.store.load(ref)
            return summary.restricted == false && summary.appointments.isEmpty && summary.route?.team == .council
        })
        session.type("/\(ref)<Enter>b")
        #expect(session.app.showing == .diary)
        let picker = try #require(session.diary?.picker)
        #expect(picker.purpose == .slots)
        guard case .book(_, let slot)? = picker.choice else { Issue.record("no slot offered"); return }
        #expect(session.diary?.selected?.slot.key == slot)
        session.type("<Enter>")
        let booked = try fixture.store.load(ref)
        #expect(booked.appointments.last?.slot == slot)
        #expect(booked.status == .appointmentBooked)
        #expect(session.diary?.picker == nil)
        #expect(session.diary?.book.booking(at: slot)?.ref == ref)
        #expect(session.app.status.message?.hasPrefix("Booked \(ref) with ") == true)
    }

    /// `b` on a free slot: the best waiting cases in the queue's order; a digit books that one.
    @Test func bookingAFreeSlotOffersTheBestWaitingCases() throws {
        let fixture = DiaryConsole.fixture()
        var session = DiaryConsole.session(fixture)
        try moveToFreeSlot(&session)
        let slot = try #require(session.diary?.selectedFree)
        session.type("b")
        let picker = try #require(session.diary?.picker)
        #expect(picker.purpose == .cases)
        #expect(picker.rows.count >= 2)
        guard case .book(let second, _) = picker.rows[1].choice else { Issue.record("no second case"); return }
        session.type("2")
        #expect(try fixture.store.load(second).appointments.last?.slot == slot.key)
    }

    @Test func movingCancellingAndOutcomes() throws {
        let fixture = DiaryConsole.fixture()
        var session = DiaryConsole.session(fixture)
        try moveToFreeSlot(&session)
        session.type("b1")
        let booking = try #require(session.diary?.selectedBooking)
        let ref = booking.ref
        // Move it to the next free slot.
        session.type("m")
        #expect(session.diary?.moving?.ref == ref)
        try moveToFreeSlot(&session)
        let target = try #require(session.diary?.selectedFree)
        session.type("<Enter>")
        var record = try fixture.store.load(ref)
        #expect(record.appointments.last?.slot == target.key)
        #expect(record.appointments.last?.sequence == 1)
        #expect(session.diary?.moving == nil)
        // Cancel it, with a reason.
        session.type("c")
        session.type("Applicant in hospital<Enter>")
        record = try fixture.store.load(ref)
        #expect(record.appointments.last?.status == .cancelled)
        #expect(record.appointments.last?.cancelReason == "Applicant in hospital")
        #expect(session.diary?.selectedBooking == nil)
    }

    /// A second missed appointment asks about a contact warning, never deciding it; then offers the next slots.
    @Test func aSecondMissAsksAboutAContactWarning() throws {
        let fixture = DiaryConsole.fixture()
        let ref = try #require(try fixture.store.summaries().summaries.first { $0.status == .routed && !$0.restricted }?.ref)
        let monday = LocalTime(iso: "2026-06-15T09:30")!
        try fixture.store.saveAsOtherOfficer(ref, by: "priya") { record in
            record.appointments = [
                Appointment(id: 1, kind: .assessmentInterview, on: Day(iso: "2026-06-11")!, startMinute: 600, officer: "amara", status: .missed),
                Appointment(id: 2, kind: .assessmentInterview, on: monday.day, startMinute: monday.minute, officer: "amara"),
            ]
        }
        var session = DiaryConsole.session(fixture)
        let row = try #require(session.diary?.dayEntries.firstIndex { $0.booking?.ref == ref })
        session.type(String(repeating: "j", count: row) + "x")
        #expect(session.diary?.overlays.question?.title == "Second missed appointment")
        session.type("<Right><Right><Enter>")
        let record = try fixture.store.load(ref)
        #expect(record.appointments.last?.status == .missed)
        #expect(record.appointments.last?.contactWarning == true)
        #expect(session.diary?.picker?.purpose == .slots)
    }

    /// Restricted cases show as "Restricted" to staff not cleared, and booking one is refused and recorded.
    @Test func restrictedCasesAreMaskedAndRefused() throws {
        let fixture = DiaryConsole.fixture()
        let restricted = try #require(try fixture.store.summaries().summaries.first { $0.restricted })
        var session = fixture.session(as: "priya")
        session.type("/\(restricted.ref)<Enter>b")
        #expect(session.app.status.error == CaseAccessError.restricted(ref: restricted.ref).description)
        #expect(fixture.store.viewAudit.contains { $0.ref == restricted.ref && !$0.allowed })
        #expect(session.diary?.picker == nil)
    }

    @Test func theManagersEditorAddsAnAbsence() throws {
        let fixture = DiaryConsole.fixture()
        var session = DiaryConsole.session(fixture)
        session.type("e")
        #expect(session.diary?.picker?.purpose == .patterns)
        session.type("l<C-a><C-k>22/6/2026<Tab><C-a><C-k>23/6/2026<Tab><Enter>")
        let amara = try #require(fixture.store.diary.diary(of: "amara"))
        #expect(amara.absences.contains(Absence(from: Day(iso: "2026-06-22")!, to: Day(iso: "2026-06-23")!, kind: .leave)))
        #expect(fixture.store.diary.revision == 1)
        var priya = DiaryConsole.session(fixture, as: "priya")
        priya.type("e")
        #expect(priya.diary?.picker == nil)
        #expect(priya.app.status.message?.hasPrefix("Only a housing manager edits the patterns and absences") == true)
    }

    /// Moves to the next free slot still to come, a day at a time.
    func moveToFreeSlot(_ session: inout ConsoleDriver, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for _ in 0..<40 {
            if let diary = session.diary, let free = diary.selectedFree, free.start > diary.now,
               diary.moving.map({ $0.key != free.key }) ?? true { return }
            let entries = session.diary?.dayEntries ?? []
            if let row = session.diary?.row, row + 1 < entries.count {
                session.type("j")
            } else {
                session.type("l" + String(repeating: "k", count: 8))
            }
        }
        Issue.record("no free slot found", sourceLocation: sourceLocation)
    }
}
