import Testing
@testable import CaseworkCore

@Suite struct DiaryForecastTests {
    static let monday = Day(iso: "2026-12-07")!

    /// 30 waiting, 16 presented over the last 8 weeks, 1 of 4 outcomes missed, and this week a plan review and an
    /// interview booked.
    static func caseload() -> [CaseSummary] {
        var summaries: [CaseSummary] = []
        for index in 0..<30 {
            var record = DiaryFixture.waiting("W\(index)")
            record.ref = CaseRef.make(index + 1)
            record.receivedOn = monday.adding(days: -70)
            summaries.append(CaseSummary(record))
        }
        for index in 0..<16 {
            var record = DiaryFixture.waiting("P\(index)")
            record.ref = CaseRef.make(100 + index)
            record.receivedOn = monday.adding(days: -1 - index * 3)
            record.status = .duty
            record.assessment = Assessment(completedOn: monday.adding(days: -1), completedBy: "amara")
            if index < 4 {
                record.appointments = [Appointment(id: 1, kind: .assessmentInterview, on: monday.adding(days: -7 - index),
                                                   startMinute: 600, officer: "amara", status: index == 0 ? .missed : .attended)]
            }
            if index == 4 {
                record.appointments = [Appointment(id: 1, kind: .planReview, on: monday.adding(days: 1), startMinute: 600, officer: "dev")]
            }
            if index == 5 {
                record.appointments = [Appointment(id: 1, kind: .assessmentInterview, on: monday.adding(days: 2), startMinute: 570, officer: "amara")]
            }
            summaries.append(CaseSummary(record))
        }
        return summaries
    }

    func forecast(presentations: Double?, weeks: Int = 2) -> DiaryForecast {
        var setup = DiaryFixture.setup
        setup.settings.presentationsPerWeek = presentations
        let summaries = Self.caseload()
        return DiaryForecast(summaries: summaries, calendar: SlotCalendar(setup: setup), book: DiaryBook(summaries),
                             now: LocalTime(day: Self.monday, minute: 8 * 60), weeks: weeks)
    }

    @Test func projectsTheBacklogWithTheMissedRateAndLittlesLaw() {
        let result = forecast(presentations: 20)
        #expect(result.missedRate == 0.25)
        #expect(result.presentationsFromSetting)
        let first = result.weeks[0]
        // Amara is on leave Thursday and Friday: 9 of hers, 2 of Dev's, 2 of Siobhán's.
        #expect(first.label == "2026-W50")
        #expect(first.slots == 13)
        #expect(first.booked == 2)
        #expect(first.free == 11)
        #expect(first.backlogStart == 30)
        // 30 + 20 − (13 − 1 plan review) × 0.75
        #expect(first.backlogEnd == 41)
        #expect(first.load == 1.54)
        // Target 20 × 10 / 5 = 40, not exceeded: 20 / 0.75 + 1 plan review = 27.7, less 13 slots.
        #expect(first.reliefSlots == 15)
        #expect(first.backlogExceedsSlots)
        let second = result.weeks[1]
        #expect(second.slots == 20)
        #expect(second.backlogStart == 41)
        #expect(second.backlogEnd == 46)
        // (20 + (41 − 40) / 4) / 0.75 = 27, less 20.
        #expect(second.reliefSlots == 7)
        #expect(result.backlogExceedsSlotsFrom?.label == "2026-W50")
    }

    @Test func averagesTheLastEightWeeksWithoutAManagersFigure() {
        let result = forecast(presentations: nil, weeks: 1)
        #expect(!result.presentationsFromSetting)
        #expect(result.weeks[0].presentations == 2)
        // 30 + 2 − 9 = 23.
        #expect(result.weeks[0].backlogEnd == 23)
        #expect(result.weeks[0].backlogExceedsSlots)
    }

    /// The backlog never goes below zero, and the current week counts only what is left of it.
    @Test func countsWhatIsLeftOfThisWeek() {
        var setup = DiaryFixture.setup
        setup.settings.presentationsPerWeek = 10
        let wednesday = LocalTime(iso: "2026-12-09T12:00")!
        let result = DiaryForecast(summaries: [], calendar: SlotCalendar(setup: setup), book: DiaryBook(), now: wednesday, weeks: 1)
        // Wednesday 14:00 (Amara), Thursday 10:00 (Dev): Siobhán's 10:00 has gone, Amara is away Thursday and Friday.
        #expect(result.weeks[0].slots == 2)
        #expect(result.weeks[0].presentations == 6)
        #expect(result.weeks[0].backlogEnd == 4)
        #expect(result.weeks[0].reliefSlots == 8)
        let empty = DiaryForecast(summaries: [], calendar: SlotCalendar(setup: DiarySetup()), book: DiaryBook(), now: wednesday, weeks: 1)
        #expect(empty.weeks[0].load == nil)
        #expect(empty.weeks[0].backlogEnd == 0)
    }

    @Test(arguments: [
        ("2026-01-01", "2026-W01"), ("2026-12-28", "2026-W53"), ("2027-01-03", "2026-W53"), ("2027-01-04", "2027-W01"),
        ("2028-01-02", "2027-W52"), ("2028-01-03", "2028-W01"), ("2026-12-07", "2026-W50"),
    ])
    func labelsISOWeeks(day: String, label: String) {
        #expect(DiaryForecast.isoWeek(Day(iso: day)!) == label)
    }
}
