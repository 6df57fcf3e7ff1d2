import Testing
@testable import CaseworkCore

/// A dormant case is one the console may start without: no alert can be raised on it from the day it is dormant,
/// and it stays dormant on every later day.
@Suite struct DormantCaseTests {
    static let today = Day(year: 2026, month: 11, day: 26)!

    static func closed(decisions: [Decision] = [], appointment: Day? = nil) -> CaseSummary {
        var summary = CaseSummary(StoreFixture.draft("Ada"))
        summary.status = .closed
        summary.decisions = decisions
        summary.nextAppointmentOn = appointment
        return summary
    }

    static func decision(notified: Day?, requested: Day? = nil, decided: Day? = nil) -> Decision {
        Decision(id: 1, kind: .reliefDutyEnded, outcome: "", decidedOn: today.adding(days: -60), decidedBy: "priya.shah",
                 notifiedOn: notified, reviewRequestedOn: requested, reviewDecidedOn: decided)
    }

    static var table: [(String, CaseSummary, Bool)] {
        var open = CaseSummary(StoreFixture.draft("Ada"))
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
            ("appointment was yesterday", closed(appointment: today.adding(days: -1)), true),
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
}
