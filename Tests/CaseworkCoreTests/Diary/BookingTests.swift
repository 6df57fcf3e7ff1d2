import Foundation
import Testing
@testable import CaseworkCore

@Suite struct BookingTests {
    let slot = DiaryFixture.slot

    @Test func bookingPutsTheAppointmentOnTheCaseAndClaimsTheSlot() throws {
        let fixture = try DiaryFixture(cases: [DiaryFixture.waiting("Ada")])
        let (record, appointment) = try fixture.service().book("H-0001", slot: slot("amara@2026-12-02T09:30"))
        #expect(appointment.id == 1)
        #expect(appointment.kind == .assessmentInterview)
        #expect(appointment.start == LocalTime(iso: "2026-12-02T09:30"))
        #expect(appointment.durationMinutes == 60)
        #expect(appointment.location == "Civic Centre, room 1")
        #expect(appointment.bookedBy == "priya")
        #expect(record.status == .appointmentBooked)
        #expect(record.revision == 2)
        #expect(try fixture.claim(slot("amara@2026-12-02T09:30")) == SlotClaim(ref: "H-0001", appointment: 1))
        let summary = try #require(fixture.store.summaries().summaries.first)
        // The summary keeps all but who booked it when, which only the case needs.
        #expect(summary.appointments.map(\.slot) == record.appointments.map(\.slot))
        #expect(summary.appointments[0].bookedBy == nil && summary.appointments[0].status == .booked)
        #expect(summary.nextAppointmentOn == Day(iso: "2026-12-02"))
        #expect(try fixture.store.auditTrail().entries.last?.action == "appointment-book")
        #expect(record.timeline.last?.text == "Assessment interview booked for 2026-12-02 09:30 with Amara Okafor (Civic Centre, room 1)")
    }

    /// Each refusal says why, and leaves every file as it was.
    @Test(arguments: [
        ("amara@2026-12-01T09:30", false, "slot amara@2026-12-01T09:30 is in the past"),
        ("amara@2026-12-02T10:00", false, "there is no slot amara@2026-12-02T10:00: amara's pattern has no slot at 10:00 on a wednesday"),
        ("priya@2026-12-02T09:30", false, "priya has no diary (no slot pattern in diary.json)"),
        ("amara@2026-12-10T09:30", false, "amara is away on 2026-12-10 (leave): no slot amara@2026-12-10T09:30"),
        ("amara@2026-12-25T09:30", false, "2026-12-25 is a bank holiday (Christmas Day): no slot amara@2026-12-25T09:30"),
        ("amara@2026-12-28T09:30", false, "2026-12-28 is a bank holiday (Boxing Day): no slot amara@2026-12-28T09:30"),
        ("amara@2026-12-29T09:30", false, "the office is closed on 2026-12-29: no slot amara@2026-12-29T09:30"),
        ("amara@2026-12-04T16:00", false,
         "slot amara@2026-12-04T16:00 is kept for same-day emergencies; it can be booked the day before, or with --emergency"),
    ])
    func refusesSlotsThatCannotBeBooked(id: String, emergency: Bool, message: String) throws {
        let fixture = try DiaryFixture(cases: [DiaryFixture.waiting("Ada")])
        let before = try fixture.footprint()
        #expect(throws: BookingRefusal.self) { try fixture.service().book("H-0001", slot: slot(id), emergency: emergency) }
        do {
            try fixture.service().book("H-0001", slot: slot(id), emergency: emergency)
        } catch {
            #expect("\(error)" == message)
        }
        #expect(try fixture.footprint() == before)
    }

    @Test func anEmergencySlotTakesAnEmergencyBookingAheadOrAnyBookingTheDayBefore() throws {
        let fixture = try DiaryFixture(cases: [DiaryFixture.waiting("Ada"), DiaryFixture.waiting("Bo")])
        let booked = try fixture.service().book("H-0001", slot: slot("amara@2026-12-04T16:00"), emergency: true)
        #expect(booked.appointment.start == LocalTime(iso: "2026-12-04T16:00"))
        let wednesday = Clock.fixed(Day(iso: "2026-12-16")!, secondOfDay: 15 * 3600)
        #expect(throws: BookingRefusal.emergencyAhead(slot("amara@2026-12-18T16:00"))) {
            try fixture.service(at: wednesday).book("H-0002", slot: slot("amara@2026-12-18T16:00"))
        }
        let thursday = Clock.fixed(Day(iso: "2026-12-17")!, secondOfDay: 15 * 3600)
        let dayBefore = try fixture.service(at: thursday).book("H-0002", slot: slot("amara@2026-12-18T16:00"))
        #expect(dayBefore.appointment.location == "Civic Centre, room 2")
    }

    @Test func refusesWhatTheCaseCannotTake() throws {
        var closed = DiaryFixture.waiting("Cy")
        closed.status = .closed
        let fixture = try DiaryFixture(cases: [DiaryFixture.waiting("Ada"), closed,
                                               DiaryFixture.waiting("Di", restricted: true, officer: "amara")])
        let service = try fixture.service()
        try service.book("H-0001", slot: slot("amara@2026-12-02T09:30"))
        let before = try fixture.footprint()
        let cases: [(String, String, Actor, String)] = [
            ("H-0002", "amara@2026-12-02T11:00", DiaryFixture.priya, "case H-0002 is closed: nothing can be booked for it"),
            ("H-0001", "amara@2026-12-03T09:30", DiaryFixture.priya,
             "H-0001 already has assessment interview 1 booked for 2026-12-02 09:30; move it instead"),
            ("H-0004", "amara@2026-12-02T11:00", DiaryFixture.priya, "no case H-0004"),
        ]
        for (ref, id, actor, message) in cases {
            do {
                try fixture.service(actor).book(ref, slot: slot(id))
                Issue.record("\(ref) booked")
            } catch {
                #expect("\(error)" == message)
            }
            #expect(try fixture.footprint() == before)
        }
        // Refused to staff not cleared for a restricted case; only the refusal's audit line is written.
        #expect(throws: CaseAccessError.restricted(ref: "H-0003")) {
            try fixture.service(DiaryFixture.dev).book("H-0003", slot: slot("amara@2026-12-02T11:00"))
        }
        var after = try fixture.footprint()
        #expect(try fixture.store.auditTrail().entries.last?.action == "appointment-book-refused")
        after["audit.jsonl"] = before["audit.jsonl"]
        #expect(after == before)
    }

    @Test func aTakenSlotIsRefusedWithTheHoldersRef() throws {
        let fixture = try DiaryFixture(cases: [DiaryFixture.waiting("Ada"), DiaryFixture.waiting("Bo")])
        try fixture.service().book("H-0001", slot: slot("amara@2026-12-02T09:30"))
        let before = try fixture.footprint()
        #expect(throws: BookingRefusal.slotTaken(slot("amara@2026-12-02T09:30"), by: "H-0001")) {
            try fixture.service().book("H-0002", slot: slot("amara@2026-12-02T09:30"))
        }
        #expect(try fixture.footprint() == before)
    }

    @Test func movingRaisesTheSequenceAndFreesTheOldSlot() throws {
        let fixture = try DiaryFixture(cases: [DiaryFixture.waiting("Ada"), DiaryFixture.waiting("Bo")])
        let service = try fixture.service()
        try service.book("H-0001", slot: slot("amara@2026-12-02T09:30"))
        let (record, moved) = try service.move("H-0001", appointment: 1, to: slot("dev@2026-12-03T10:00"))
        #expect(moved.sequence == 1)
        #expect(moved.officer == "dev")
        #expect(moved.start == LocalTime(iso: "2026-12-03T10:00"))
        #expect(record.appointments.count == 1)
        #expect(try fixture.claim(slot("amara@2026-12-02T09:30")) == nil)
        #expect(try fixture.claim(slot("dev@2026-12-03T10:00")) == SlotClaim(ref: "H-0001", appointment: 1))
        try service.book("H-0002", slot: slot("amara@2026-12-02T09:30"))
        #expect(throws: BookingRefusal.sameSlot(slot("dev@2026-12-03T10:00"))) {
            try service.move("H-0001", appointment: 1, to: slot("dev@2026-12-03T10:00"))
        }
        #expect(throws: BookingRefusal.slotTaken(slot("amara@2026-12-02T09:30"), by: "H-0002")) {
            try service.move("H-0001", appointment: 1, to: slot("amara@2026-12-02T09:30"))
        }
    }

    @Test func cancellingNeedsAReasonAndFreesTheSlot() throws {
        let fixture = try DiaryFixture(cases: [DiaryFixture.waiting("Ada"), DiaryFixture.waiting("Bo")])
        let service = try fixture.service()
        try service.book("H-0001", slot: slot("amara@2026-12-02T09:30"))
        #expect(throws: BookingRefusal.reasonRequired) { try service.cancel("H-0001", appointment: 1, reason: "  ") }
        #expect(throws: BookingRefusal.invalidReason("cannot contain a control character (U+001B)")) {
            try service.cancel("H-0001", appointment: 1, reason: "ill\u{1B}[2J")
        }
        let (record, cancelled) = try service.cancel("H-0001", appointment: 1, reason: "Applicant in hospital")
        #expect(cancelled.status == .cancelled)
        #expect(cancelled.sequence == 1)
        #expect(cancelled.cancelReason == "Applicant in hospital")
        #expect(record.status == .routed)
        #expect(try fixture.store.summaries().summaries[0].appointments[0].cancelReason == "")
        #expect(try fixture.claim(slot("amara@2026-12-02T09:30")) == nil)
        try service.book("H-0002", slot: slot("amara@2026-12-02T09:30"))
        #expect(throws: BookingRefusal.notBooked(ref: "H-0001", appointment: 1, status: .cancelled)) {
            try service.cancel("H-0001", appointment: 1, reason: "again")
        }
    }

    @Test func outcomesAfterTheStartOnlyAndASecondMissAsksAboutContact() throws {
        let fixture = try DiaryFixture(cases: [DiaryFixture.waiting("Ada")])
        try fixture.service().book("H-0001", slot: slot("amara@2026-12-02T09:30"))
        #expect(throws: BookingRefusal.notStarted(ref: "H-0001", appointment: 1, at: LocalTime(iso: "2026-12-02T09:30")!)) {
            try fixture.service().recordOutcome("H-0001", appointment: 1, attended: false)
        }
        let wednesday = Clock.fixed(Day(iso: "2026-12-02")!, secondOfDay: 12 * 3600)
        let first = try fixture.service(at: wednesday).recordOutcome("H-0001", appointment: 1, attended: false)
        #expect(first.missedInARow == 1)
        #expect(!first.asksAboutContactWarning)
        #expect(first.record.status == .routed)
        #expect(CaseRules.alerts(CaseSummary(first.record), today: wednesday.today).map(\.kind).contains(.appointmentMissed))

        try fixture.service(at: wednesday).book("H-0001", slot: slot("amara@2026-12-03T09:30"))
        let noAlert = try fixture.store.load("H-0001")
        #expect(!CaseRules.alerts(CaseSummary(noAlert), today: wednesday.today).map(\.kind).contains(.appointmentMissed))
        let thursday = Clock.fixed(Day(iso: "2026-12-03")!, secondOfDay: 12 * 3600)
        let second = try fixture.service(at: thursday).recordOutcome("H-0001", appointment: 2, attended: false)
        #expect(second.missedInARow == 2)
        #expect(second.asksAboutContactWarning)
        let alerts = CaseRules.alerts(CaseSummary(second.record), today: thursday.today)
        #expect(alerts.first?.kind == .contactWarningUndecided)
        #expect(alerts.first?.severity == .red)

        let decided = try fixture.service(at: thursday).recordOutcome("H-0001", appointment: 2, attended: false, warnContact: true)
        #expect(decided.appointment.contactWarning == true)
        #expect(!decided.asksAboutContactWarning)
        #expect(decided.record.timeline.last?.text == "Decided to warn in writing that the duty may end if contact is lost (2 appointments missed)")
        let after = CaseRules.alerts(CaseSummary(decided.record), today: thursday.today).map(\.kind)
        #expect(after.contains(.appointmentMissed) && !after.contains(.contactWarningUndecided))
    }

    @Test func attendingAnInterviewMovesTheCaseToAssessment() throws {
        let fixture = try DiaryFixture(cases: [DiaryFixture.waiting("Ada")])
        try fixture.service().book("H-0001", slot: slot("amara@2026-12-02T09:30"))
        let later = Clock.fixed(Day(iso: "2026-12-02")!, secondOfDay: 9 * 3600 + 45 * 60)
        #expect(throws: BookingRefusal.alreadyBegun(ref: "H-0001", appointment: 1, at: LocalTime(iso: "2026-12-02T09:30")!)) {
            try fixture.service(at: later).move("H-0001", appointment: 1, to: slot("amara@2026-12-03T09:30"))
        }
        let outcome = try fixture.service(at: later).recordOutcome("H-0001", appointment: 1, attended: true)
        #expect(outcome.record.status == .assessment)
        #expect(outcome.missedInARow == 0)
        #expect(throws: BookingRefusal.notBooked(ref: "H-0001", appointment: 1, status: .attended)) {
            try fixture.service(at: later).recordOutcome("H-0001", appointment: 1, attended: false)
        }
        #expect(throws: BookingRefusal.notMissed(ref: "H-0001", appointment: 1)) {
            try fixture.service(at: later).recordOutcome("H-0001", appointment: 1, attended: true, warnContact: true)
        }
    }

    /// The interpreter and third-party alerts: amber from 2 working days before, until arranged.
    @Test func interpretersAndThirdPartiesAreFlaggedTwoWorkingDaysAhead() throws {
        let fixture = try DiaryFixture(cases: [DiaryFixture.waiting("Ada", interpreter: true)])
        let service = try fixture.service()
        let (record, appointment) = try service.book("H-0001", slot: slot("amara@2026-12-07T11:00"))
        #expect(appointment.interpreter == .needed)
        func kinds(_ record: Case, on day: String) -> [AlertKind] { CaseRules.alerts(CaseSummary(record), today: Day(iso: day)!).map(\.kind) }
        #expect(!kinds(record, on: "2026-12-02").contains(.interpreterNotArranged))
        #expect(kinds(record, on: "2026-12-03").contains(.interpreterNotArranged))   // Thursday: 2 working days before Monday
        #expect(kinds(record, on: "2026-12-07").contains(.interpreterNotArranged))
        let withParty = try service.arrange("H-0001", appointment: 1, thirdParty: .some(.socialWorker)).record
        #expect(kinds(withParty, on: "2026-12-04").contains(.thirdPartyNotArranged))
        let arranged = try service.arrange("H-0001", appointment: 1, interpreter: .arranged, thirdPartyArranged: true).record
        #expect(kinds(arranged, on: "2026-12-04").filter { $0 == .interpreterNotArranged || $0 == .thirdPartyNotArranged }.isEmpty)
    }
}
