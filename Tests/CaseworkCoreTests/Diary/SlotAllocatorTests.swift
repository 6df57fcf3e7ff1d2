import Testing
@testable import CaseworkCore

@Suite struct SlotAllocatorTests {
    static let now = LocalTime(iso: "2026-12-01T10:00")!
    static let calendar = SlotCalendar(setup: DiaryFixture.setup)

    func allocator(booked: [CaseSummary] = []) -> SlotAllocator {
        SlotAllocator(calendar: Self.calendar, book: DiaryBook(booked), staff: DiaryFixture.staff, now: Self.now)
    }

    func summary(_ first: String, _ change: (inout Case) -> Void = { _ in }) -> CaseSummary {
        var record = DiaryFixture.waiting(first)
        record.ref = "H-000\(first.count)"
        change(&record)
        return CaseSummary(record)
    }

    func holding(_ ref: String, _ ids: [String]) -> CaseSummary {
        var record = DiaryFixture.waiting("Holder")
        record.ref = ref
        record.appointments = ids.enumerated().map { index, id in
            let key = DiaryFixture.slot(id)
            return Appointment(id: index + 1, kind: .assessmentInterview, on: key.day, startMinute: key.start.minute, officer: key.officer)
        }
        return CaseSummary(record)
    }

    @Test func offersTheEarliestFreeSlotsOfTheRoutesTeam() {
        let need = SlotNeed(team: .council, officer: "dev", lossDay: Day(iso: "2026-12-20"))
        let booked = holding("H-0090", ["amara@2026-12-01T11:00"])
        let offered = allocator(booked: [booked]).suggestions(for: need, limit: 4)
        // Dev's 10:00 today has begun; Amara's 11:00 is taken.
        #expect(offered.map(\.slot.key.id) == [
            "amara@2026-12-01T14:00", "amara@2026-12-02T09:30", "amara@2026-12-02T11:00", "amara@2026-12-02T14:00",
        ])
        #expect(offered[0].reasons == [.caseTeam(.council), .beforeLoss(Day(iso: "2026-12-20")!), .phone])
        #expect(offered.allSatisfy { $0.inTime })
    }

    /// At the same time, the case's own officer comes first.
    @Test func theCasesOwnOfficerBreaksATie() {
        var setup = DiaryFixture.setup
        setup.caseworkers[1].week.append(PatternSlot(weekday: .tuesday, start: 14 * 60, minutes: 60, location: "Civic Centre, room 3"))
        let allocator = SlotAllocator(calendar: SlotCalendar(setup: setup), book: DiaryBook(), staff: DiaryFixture.staff, now: Self.now)
        let offered = allocator.suggestions(for: SlotNeed(team: .council, officer: "dev"), limit: 3)
        #expect(offered.map(\.slot.key.id) == ["amara@2026-12-01T11:00", "dev@2026-12-01T14:00", "amara@2026-12-01T14:00"])
        #expect(offered[1].reasons.contains(.caseOfficer))
    }

    /// A table of what makes a slot fit a case or not, with the reasons given.
    @Test(arguments: [
        // A young person's case: only Siobhán's slots while she has a diary.
        ("siobhan@2026-12-02T10:00", SlotNeed(team: .youngPeople), [SlotReason.caseTeam(.youngPeople)]),
        ("amara@2026-12-02T09:30", SlotNeed(team: .youngPeople), nil),
        // No refuge caseworker has a diary: anyone's, said so.
        ("amara@2026-12-02T09:30", SlotNeed(team: .refuge), [.otherTeam(.council, wanted: .refuge)]),
        // An interpreter needs 90 minutes.
        ("amara@2026-12-02T09:30", SlotNeed(team: .council, interpreter: true), nil),
        ("amara@2026-12-02T11:00", SlotNeed(team: .council, interpreter: true), [.caseTeam(.council), .interpreterTime(minutes: 90)]),
        // Emergency slots: emergencies only, and at most a day ahead.
        ("amara@2026-12-04T16:00", SlotNeed(team: .council, emergency: true), nil),
        ("amara@2026-12-04T16:00", SlotNeed(team: .council), nil),
        // In time, or late: the day before the loss is the last in time; the duty's last day is in time.
        ("amara@2026-12-07T09:30", SlotNeed(team: .council, lossDay: Day(iso: "2026-12-08")), [.caseTeam(.council), .beforeLoss(Day(iso: "2026-12-08")!)]),
        ("amara@2026-12-08T09:30", SlotNeed(team: .council, lossDay: Day(iso: "2026-12-08")), [.caseTeam(.council), .afterLoss(Day(iso: "2026-12-08")!)]),
        ("amara@2026-12-08T09:30", SlotNeed(team: .council, dutyLastDay: Day(iso: "2026-12-08")), [.caseTeam(.council), .beforeDutyEnds(Day(iso: "2026-12-08")!)]),
        ("amara@2026-12-09T09:30", SlotNeed(team: .council, lossDay: Day(iso: "2026-12-20"), dutyLastDay: Day(iso: "2026-12-08")),
         [.caseTeam(.council), .afterDutyEnds(Day(iso: "2026-12-08")!)]),
        // Begun already.
        ("amara@2026-12-01T09:30", SlotNeed(team: .council), nil),
    ])
    func fitsAndReasons(id: String, need: SlotNeed, reasons: [SlotReason]?) throws {
        let key = DiaryFixture.slot(id)
        let slot = try #require(Self.calendar.slots(of: key.officer, on: key.day).first { $0.key == key })
        #expect(allocator().fit(slot, need) == reasons)
    }

    @Test func emergenciesTakeEmergencySlotsTheDayBefore() throws {
        let thursday = SlotAllocator(calendar: Self.calendar, book: DiaryBook(), staff: DiaryFixture.staff,
                                     now: LocalTime(iso: "2026-12-03T15:00")!)
        let slot = try #require(Self.calendar.slots(of: "amara", on: Day(iso: "2026-12-04")!).last)
        #expect(thursday.fit(slot, SlotNeed(team: .council, emergency: true)) == [.caseTeam(.council), .emergencySlot])
        #expect(thursday.fit(slot, SlotNeed(team: .council)) == nil)
    }

    /// Late slots only when nothing in time is free: here everything before the loss day is taken.
    @Test func offersLateSlotsOnlyWhenNothingInTimeIsFree() {
        let need = SlotNeed(team: .council, lossDay: Day(iso: "2026-12-03"))
        let held = holding("H-0090", ["amara@2026-12-01T11:00", "amara@2026-12-01T14:00", "amara@2026-12-02T09:30",
                                      "amara@2026-12-02T11:00", "amara@2026-12-02T14:00"])
        let offered = allocator(booked: [held]).suggestions(for: need, limit: 2)
        #expect(offered.map(\.slot.key.id) == ["amara@2026-12-03T09:30", "dev@2026-12-03T10:00"])
        #expect(offered.allSatisfy { !$0.inTime })
        #expect(offered[0].reasons.contains(.afterLoss(Day(iso: "2026-12-03")!)))
    }

    /// From a free slot: the waiting cases that fit it, most urgent first by the queue's score and tie-break.
    @Test func offersTheWaitingCasesInQueueOrder() throws {
        let today = Day(iso: "2026-12-01")!
        let soon = summary("Soon") { $0.lossDate = today.adding(days: 3) }
        let later = summary("Later") { $0.lossDate = today.adding(days: 40) }
        let homeless = summary("Homeless") { $0.homelessNow = true; $0.lossDate = nil }
        let young = summary("Young") { $0.route?.team = .youngPeople }
        let booked = summary("Booked1") { record in
            record.appointments = [Appointment(id: 1, kind: .assessmentInterview, on: today.adding(days: 2), startMinute: 600, officer: "dev")]
        }
        let assessed = summary("Assessed") { $0.assessment = Assessment(completedOn: today, completedBy: "amara") }
        let all = [later, young, soon, booked, homeless, assessed].map { ($0, CaseRules.evaluate($0, today: today)) }
        let slot = try #require(Self.calendar.slots(of: "amara", on: Day(iso: "2026-12-02")!).first)
        let offered = allocator().candidates(for: slot, among: all)
        #expect(offered.map(\.ref) == [homeless.ref, soon.ref, later.ref])
        #expect(offered.map(\.key) == offered.map(\.key).sorted())
        #expect(offered[0].parts.first == .homelessTonight)
        #expect(offered[1].reasons == [.caseTeam(.council), .caseOfficer, .beforeLoss(today.adding(days: 3))])
    }
}
