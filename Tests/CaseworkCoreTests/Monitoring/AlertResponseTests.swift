import Foundation
import Testing
@testable import CaseworkCore

/// Acknowledgements and snoozes: stored on the case with the alert's kind and fingerprint, audited, and undone by
/// themselves when the facts change or the snooze ends.
@Suite struct AlertResponseTests {
    @Test func anAcknowledgementHoldsUntilTheFactsChange() throws {
        let f = try MonitoringFixture()
        try f.add([overdueStep("2026-05-28", officer: "amara")])
        let before = try #require(f.monitor().alerts(for: f.summary("H-0001"), viewer: MonitoringFixture.actor("amara")).first)
        #expect(before.kind == .planStepOverdue && before.state == .open)

        let saved = try f.service("amara").respond(to: "H-0001", kind: .planStepOverdue, action: .acknowledged,
                                                   note: "  Landlord called back  ", settings: .standard)
        #expect(saved.revision == 2)
        let response = try #require(saved.alertResponses?.last)
        #expect(response.kind == "plan-step-overdue" && response.fingerprint == before.fingerprint && response.by == "amara")
        #expect(response.note == "Landlord called back" && response.until == nil)
        let acknowledged = try #require(f.monitor().alerts(for: f.summary("H-0001"), viewer: MonitoringFixture.actor("amara")).first)
        guard case .acknowledged(let shown) = acknowledged.state else { Issue.record("not acknowledged: \(acknowledged.state)"); return }
        #expect(shown.at == MonitoringFixture.clock.now())
        #expect(try f.store.auditTrail().entries.last.map { ($0.action, $0.fields) } ?? ("", nil) == ("alert-ack", ["alertResponses"]))

        // A later step overdue is another fact: the alert is back, open.
        try f.service("amara").change("H-0001", expectedRevision: nil, action: "plan") { record in
            record.plan?.steps[0].doneOn = day("2026-05-31")
            record.plan?.steps.append(PlanStep(id: 2, owner: .council, text: "Write to the landlord", dueOn: day("2026-05-30")))
        }
        let after = try #require(f.monitor().alerts(for: f.summary("H-0001"), viewer: MonitoringFixture.actor("amara")).first)
        #expect(after.kind == .planStepOverdue && after.state == .open && after.fingerprint != before.fingerprint)
    }

    @Test func aSnoozeHidesTheAlertUntilItsDay() throws {
        let f = try MonitoringFixture()
        try f.add([overdueStep("2026-05-28", officer: "amara")])
        try f.service("amara").respond(to: "H-0001", kind: .planStepOverdue, action: .snoozed, note: "Waiting for the landlord",
                                       until: day("2026-06-03"), settings: .standard)
        let viewer = MonitoringFixture.actor("amara")
        for (on, snoozed) in [("2026-06-01", true), ("2026-06-02", true), ("2026-06-03", false), ("2026-06-10", false)] {
            let alert = try #require(f.monitor(on: day(on)).alerts(for: f.summary("H-0001"), viewer: viewer).first)
            if case .snoozed = alert.state { #expect(snoozed, "on \(on)") } else { #expect(!snoozed, "on \(on)") }
        }
        // The snooze's end makes it new again for the morning digest.
        let back = try #require(f.monitor(on: day("2026-06-03")).alerts(for: f.summary("H-0001"), viewer: viewer).first)
        #expect(f.monitor(on: day("2026-06-03")).isNewOrChanged(back, summary: try f.summary("H-0001"), since: day("2026-06-02")))
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        let name: String
        let actor: String
        let kind: AlertKind
        let action: AlertResponse.Action
        let note: String
        let until: String?
        let expected: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Refusal(name: "an empty note", actor: "amara", kind: .planStepOverdue, action: .acknowledged, note: "  ", until: nil,
                expected: "note: is required"),
        Refusal(name: "a control character", actor: "amara", kind: .planStepOverdue, action: .acknowledged, note: "ok\u{1B}[2J",
                until: nil, expected: "control character (U+001B)"),
        Refusal(name: "an acknowledgement with a date", actor: "amara", kind: .planStepOverdue, action: .acknowledged, note: "Done",
                until: "2026-06-05", expected: "an acknowledgement holds until the facts change"),
        Refusal(name: "a snooze without a date", actor: "amara", kind: .planStepOverdue, action: .snoozed, note: "Later", until: nil,
                expected: "a snooze needs the day"),
        Refusal(name: "a snooze until today", actor: "amara", kind: .planStepOverdue, action: .snoozed, note: "Later",
                until: "2026-06-01", expected: "is not after today"),
        Refusal(name: "a snooze 91 days ahead", actor: "amara", kind: .planStepOverdue, action: .snoozed, note: "Later",
                until: "2026-08-31", expected: "more than 90 days ahead"),
        Refusal(name: "no such alert on the case", actor: "amara", kind: .noticeExpired, action: .acknowledged, note: "Done",
                until: nil, expected: "has no notice-expired alert today"),
        Refusal(name: "another team's case", actor: "zainab", kind: .planStepOverdue, action: .acknowledged, note: "Done",
                until: nil, expected: "is not yours or your team's"),
    ])
    func refusedWithTheReasonAndNothingWritten(_ row: Refusal) throws {
        let f = try MonitoringFixture()
        try f.add([overdueStep("2026-05-28", officer: "amara")])
        #expect {
            try f.service(row.actor).respond(to: "H-0001", kind: row.kind, action: row.action, note: row.note,
                                             until: row.until.map(day), settings: .standard)
        } throws: { error in String(describing: error).contains(row.expected) }
        #expect(try f.store.load("H-0001").revision == 1)
    }

    @Test func aSnooze90DaysAheadIsAllowedAndAManagerMayAnswerAnyCase() throws {
        let f = try MonitoringFixture()
        try f.add([overdueStep("2026-05-28", officer: "zainab")])
        let saved = try f.service("helen").respond(to: "H-0001", kind: .planStepOverdue, action: .snoozed, note: "Holiday cover",
                                                   until: day("2026-08-30"), settings: .standard)
        #expect(saved.alertResponses?.last?.until == day("2026-08-30"))
    }

    @Test func aRestrictedCaseIsRefusedToStaffNotClearedAndTheAttemptAudited() throws {
        let f = try MonitoringFixture()
        try f.add([{ overdueStep("2026-05-28", officer: "amara")(&$0); $0.restricted = true }])
        try f.store.update("H-0001", expectedRevision: nil, by: MonitoringFixture.actor("helen"), action: "assign") { $0.assignedOfficer = "dev" }
        #expect(throws: CaseAccessError.restricted(ref: "H-0001")) {
            try f.service("amara").respond(to: "H-0001", kind: .planStepOverdue, action: .acknowledged, note: "Seen", settings: .standard)
        }
        #expect(try f.store.auditTrail().entries.last?.action == "alert-ack-refused")
    }

    @Test func onlyTheLatestResponsesAreKept() throws {
        let f = try MonitoringFixture()
        try f.add([overdueStep("2026-05-28", officer: "amara")])
        for index in 0..<(CaseService.keptResponses + 5) {
            try f.service("amara").respond(to: "H-0001", kind: .planStepOverdue, action: .acknowledged, note: "Note \(index)",
                                           settings: .standard)
        }
        let responses = try #require(try f.store.load("H-0001").alertResponses)
        #expect(responses.count == CaseService.keptResponses && responses.last?.note == "Note \(CaseService.keptResponses + 4)")
    }
}
