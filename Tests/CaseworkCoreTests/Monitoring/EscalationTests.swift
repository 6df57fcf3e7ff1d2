import Foundation
import Testing
@testable import CaseworkCore

/// The council's SLA: a kind's amber period and red point colour its alerts, and a red alert left unanswered for the
/// kind's working days escalates to the officer's manager.
@Suite struct EscalationTests {
    struct Colour: Sendable, CustomTestStringConvertible {
        let policy: AlertKindPolicy
        let ruled: AlertSeverity
        let daysPastDue: Int
        let expected: AlertSeverity
        var testDescription: String { "amber \(policy.amberDays.map(String.init) ?? "-") red \(policy.redAfterDays.map(String.init) ?? "-"), "
            + "ruled \(ruled), \(daysPastDue) days past due" }
    }

    @Test(arguments: [
        Colour(policy: AlertKindPolicy(), ruled: .amber, daysPastDue: 30, expected: .amber),
        Colour(policy: AlertKindPolicy(), ruled: .green, daysPastDue: -3, expected: .green),
        Colour(policy: AlertKindPolicy(amberDays: 3, redAfterDays: 5), ruled: .amber, daysPastDue: -4, expected: .green),
        Colour(policy: AlertKindPolicy(amberDays: 3, redAfterDays: 5), ruled: .amber, daysPastDue: -3, expected: .amber),
        Colour(policy: AlertKindPolicy(amberDays: 3, redAfterDays: 5), ruled: .green, daysPastDue: 4, expected: .amber),
        Colour(policy: AlertKindPolicy(amberDays: 3, redAfterDays: 5), ruled: .amber, daysPastDue: 5, expected: .red),
        Colour(policy: AlertKindPolicy(amberDays: 0, redAfterDays: -7), ruled: .amber, daysPastDue: -7, expected: .red),
        Colour(policy: AlertKindPolicy(amberDays: 0, redAfterDays: -7), ruled: .amber, daysPastDue: -8, expected: .green),
        Colour(policy: AlertKindPolicy(redAfterDays: 10), ruled: .amber, daysPastDue: 9, expected: .amber),
        Colour(policy: AlertKindPolicy(redAfterDays: 10), ruled: .amber, daysPastDue: 10, expected: .red),
        Colour(policy: AlertKindPolicy(redAfterDays: 10), ruled: .green, daysPastDue: 2, expected: .green),
        Colour(policy: AlertKindPolicy(amberDays: 2), ruled: .red, daysPastDue: 1, expected: .red),
        Colour(policy: AlertKindPolicy(amberDays: 2), ruled: .green, daysPastDue: -2, expected: .amber),
        Colour(policy: AlertKindPolicy(amberDays: 2), ruled: .amber, daysPastDue: -3, expected: .green),
    ])
    func theKindsPolicyColoursTheAlert(_ row: Colour) {
        let due = day("2026-06-10")
        #expect(row.policy.severity(ruled: row.ruled, dueOn: due, today: due.adding(days: row.daysPastDue)) == row.expected)
    }

    /// "Plan not agreed" on a plan assessed 13 May is due 28 May (the spring bank holiday on 25 May not counted) and
    /// red from 29 May (a Friday): two working days red is Tuesday 2 June, not Sunday 31 May.
    @Test(arguments: [("2026-05-29", false), ("2026-05-31", false), ("2026-06-01", false), ("2026-06-02", true), ("2026-06-09", true)])
    func aRedAlertEscalatesAfterTwoWorkingDays(on: String, escalated: Bool) throws {
        let f = try MonitoringFixture()
        try f.add([unsettledPlan("2026-05-13", officer: "amara")])
        let alert = try #require(f.monitor(on: day(on)).alerts(for: f.summary("H-0001"), viewer: MonitoringFixture.actor("helen"))
            .first { $0.kind == .planNotAgreed })
        #expect(alert.severity == .red)
        #expect(alert.escalated == escalated)
        #expect(alert.escalatedTo == (escalated ? "helen" : nil))
    }

    @Test func anAcknowledgedOrSnoozedAlertDoesNotEscalateAndEachKindHasItsOwnPeriod() throws {
        let f = try MonitoringFixture()
        try f.add([unsettledPlan("2026-05-14", officer: "zainab"), unsettledPlan("2026-05-14", officer: "zainab")])
        try f.service("mo", on: day("2026-06-02")).respond(to: "H-0001", kind: .planNotAgreed, action: .acknowledged,
                                                            note: "Agreeing it on Thursday", settings: .standard)
        let viewer = MonitoringFixture.actor("mo")
        let on = day("2026-06-09")
        #expect(try f.monitor(on: on).alerts(for: f.summary("H-0001"), viewer: viewer).first { $0.kind == .planNotAgreed }?.escalated == false)
        let second = try #require(f.monitor(on: on).alerts(for: f.summary("H-0002"), viewer: viewer).first { $0.kind == .planNotAgreed })
        #expect(second.escalated && second.escalatedTo == "mo", "Zainab's manager is Mo")
        let patient = MonitoringSettings(escalation: EscalationSettings(workingDays: 2, kinds: AlertKindPolicies([
            .planNotAgreed: AlertKindPolicy(escalateAfterWorkingDays: 10),
        ])))
        #expect(try f.monitor(on: on, settings: patient).alerts(for: f.summary("H-0002"), viewer: viewer)
            .first { $0.kind == .planNotAgreed }?.escalated == false)
    }

    @Test func nothingEscalatesFromBeforeTheApplication() throws {
        let f = try MonitoringFixture()
        // Homeless with a child and waiting for triage: a possible s188 duty is red from the day it arrives.
        try f.add([{ record in
            record.receivedOn = day("2026-05-29")
            record.homelessNow = true
            record.household = [child(born: "2020-01-01")]
            record.timeline = []
        }])
        let viewer = MonitoringFixture.actor("helen")
        let arrived = try #require(f.monitor(on: day("2026-06-01")).alerts(for: f.summary("H-0001"), viewer: viewer)
            .first { $0.kind == .possibleInterimDuty })
        #expect(arrived.severity == .red && !arrived.escalated)
        let later = try #require(f.monitor(on: day("2026-06-02")).alerts(for: f.summary("H-0001"), viewer: viewer)
            .first { $0.kind == .possibleInterimDuty })
        #expect(later.escalated, "red since it arrived on Friday, two working days before Tuesday")
    }

    /// Escalation counts back by the alerts' calendar: weekends and England's bank holidays are not working days.
    @Test(arguments: [("2026-06-01", 2, "2026-05-28"), ("2026-06-02", 1, "2026-06-01"), ("2026-06-01", 1, "2026-05-29"),
                      ("2026-06-06", 1, "2026-06-05"), ("2026-06-01", 0, "2026-06-01"), ("2026-06-08", 5, "2026-06-01"),
                      ("2026-05-26", 1, "2026-05-22"), ("2026-05-26", 2, "2026-05-21"), ("2026-05-25", 1, "2026-05-22"),
                      ("2026-12-29", 2, "2026-12-23"), ("2027-01-04", 3, "2026-12-29"), ("2027-01-04", 4, "2026-12-24")])
    func workingDaysBack(from: String, days: Int, expected: String) throws {
        let monitor = try MonitoringFixture().monitor(on: day(from))
        #expect(monitor.calendar.adding(workingDays: -days, to: day(from)) == day(expected))
    }

    @Test func theBankHolidayDoesNotCountTowardsEscalation() throws {
        let f = try MonitoringFixture()
        // Homeless with a child, arrived on the Friday before the spring bank holiday: a possible s188 duty is red at once.
        try f.add([{ record in
            record.receivedOn = day("2026-05-22")
            record.homelessNow = true
            record.household = [child(born: "2020-01-01")]
            record.timeline = []
        }])
        let viewer = MonitoringFixture.actor("helen")
        let tuesday = try #require(f.monitor(on: day("2026-05-26")).alerts(for: f.summary("H-0001"), viewer: viewer)
            .first { $0.kind == .possibleInterimDuty })
        #expect(tuesday.severity == .red && !tuesday.escalated, "Friday to Tuesday is one working day over the bank holiday")
        let wednesday = try #require(f.monitor(on: day("2026-05-27")).alerts(for: f.summary("H-0001"), viewer: viewer)
            .first { $0.kind == .possibleInterimDuty })
        #expect(wednesday.escalated, "red for two working days: Friday and Tuesday")
    }
}
