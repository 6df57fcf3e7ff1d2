import Testing
@testable import CaseworkCore

/// A dormant case is one the console may start without: no alert can be raised on it from the day it is dormant,
/// and it stays dormant on every later day.
@Suite struct DormantCaseTests {
    static let today = Day(year: 2026, month: 11, day: 26)!

    static func closed(decisions: [Decision] = [], appointment: Day? = nil) -> CaseSummary {
        var summary = CaseSummary(StoreFixture.draft("Ada"))
        summary.receivedOn = today.adding(days: -400)
        summary.status = .closed
        summary.decisions = decisions
        summary.nextAppointmentOn = appointment
        return summary
    }

    static func decision(notified: Day?, requested: Day? = nil, decided: Day? = nil) -> Decision {
        Decision(id: 1, kind: .reliefDutyEnded, outcome: "", decidedOn: today.adding(days: -60), decidedBy: "priya.shah",
                 notifiedOn: notified, reviewRequestedOn: requested, reviewDecidedOn: decided)
    }

    static func received(_ summary: CaseSummary, daysAgo: Int) -> CaseSummary {
        var changed = summary
        changed.receivedOn = today.adding(days: -daysAgo)
        return changed
    }

    /// Received long ago, with one attended interview `daysAgo`.
    static func met(_ summary: CaseSummary, daysAgo: Int) -> CaseSummary {
        var changed = received(summary, daysAgo: 400)
        var interview = Appointment(id: 1, kind: .assessmentInterview, on: today.adding(days: -daysAgo), startMinute: 600,
                                    officer: "priya.shah", status: .attended)
        interview.sequence = 1
        changed.appointments = [interview]
        return changed
    }

    static var table: [(String, CaseSummary, Bool)] {
        var open = CaseSummary(StoreFixture.draft("Ada"))
        open.receivedOn = today.adding(days: -400)
        open.status = .dutyEnded
        return [
            // (what, the case, dormant today)
            ("not closed", open, false),
            ("closed, nothing outstanding", closed(), true),
            ("review requested, not decided",
             closed(decisions: [decision(notified: today.adding(days: -300), requested: today.adding(days: -290))]), false),
            ("review requested and decided",
             closed(decisions: [decision(notified: today.adding(days: -300), requested: today.adding(days: -290),
                                         decided: today.adding(days: -250))]), true),
            // 21 days beginning with notification: the last day to ask is notification + 20.
            ("last day to ask is today", closed(decisions: [decision(notified: today.adding(days: -20))]), false),
            ("last day to ask was yesterday", closed(decisions: [decision(notified: today.adding(days: -21))]), true),
            ("notification not recorded", closed(decisions: [decision(notified: nil)]), true),
            ("appointment booked today", closed(appointment: today), false),
            ("next appointment was yesterday", closed(appointment: today.adding(days: -1)), true),
            ("received on the diary's first day back", received(closed(), daysAgo: DormantCase.recentDays), false),
            ("received the day before it", received(closed(), daysAgo: DormantCase.recentDays + 1), true),
            ("met on the diary's first day back", met(closed(), daysAgo: DormantCase.recentDays), false),
            ("met the day before it", met(closed(), daysAgo: DormantCase.recentDays + 1), true),
        ]
    }

    @Test func dormantOnlyWhenNothingIsLeftToComeDue() {
        for (what, summary, dormant) in Self.table {
            #expect(DormantCase.isDormant(summary, on: Self.today) == dormant, "\(what)")
        }
    }

    /// Over generated histories and random summaries: once dormant, dormant on every later day, and no alert.
    @Test func noAlertIsEverRaisedOnADormantCaseAndItStaysDormant() {
        var generator = CaseGenerator(seed: 11, today: Self.today, staff: DemoStaff.directory, historyYears: 5)
        var r = SeededRandom(seed: 12)
        var summaries = (0..<3000).map { _ in CaseSummary(generator.next()) }
        summaries += (0..<3000).map { _ in
            var summary = RandomCases.summary(&r)
            summary.status = r.chance(0.8) ? .closed : r.pick(CaseStatus.allCases)
            return summary
        }
        var dormantSeen = 0
        for summary in summaries {
            for start in [-400, -30, 0, 15] {
                let day = Self.today.adding(days: start)
                guard DormantCase.isDormant(summary, on: day) else { continue }
                dormantSeen += 1
                #expect(!QueueOrder.admits(summary))
                for later in [0, 1, 20, 21, 60, 365, 2000] {
                    let on = day.adding(days: later)
                    #expect(DormantCase.isDormant(summary, on: on), "\(summary.ref) dormant on \(day), not on \(on)")
                    #expect(CaseRules.alerts(summary, today: on).isEmpty, "\(summary.ref) dormant on \(day), alerted on \(on)")
                }
            }
        }
        #expect(dormantSeen > 5000)
    }

    /// The diary the console shows (bookings from four weeks back, the forecast from eight weeks of history) is the
    /// same made from the cases not dormant as from every case.
    @Test func theDiaryAndItsForecastNeedNoDormantCase() {
        let staff = DemoStaff.directory
        let setup = DemoDiary.setup(for: staff)
        var generator = CaseGenerator(seed: 21, today: Self.today, staff: staff, historyYears: 2)
        var placement = DiaryPlacement(setup: setup, staff: staff, today: Self.today, seed: 21)
        let all = (0..<3000).map { _ in
            var record = generator.next()
            placement.place(&record)
            return CaseSummary(record)
        }
        let calendar = SlotCalendar(setup: setup)
        for ahead in [0, 3, 30, 90] {
            let day = Self.today.adding(days: ahead)
            let active = all.filter { !DormantCase.isDormant($0, on: day) }
            #expect(active.count < all.count / 2, "most of two years' cases are dormant")
            let now = LocalTime(day: day, minute: 9 * 60)
            let first = day.adding(days: -28)
            let book = DiaryBook(all, from: first), activeBook = DiaryBook(active, from: first)
            #expect(book.count == activeBook.count, "on \(day)")
            #expect(DiaryForecast(summaries: all, calendar: calendar, book: book, now: now)
                == DiaryForecast(summaries: active, calendar: calendar, book: activeBook, now: now), "on \(day)")
        }
    }
}
