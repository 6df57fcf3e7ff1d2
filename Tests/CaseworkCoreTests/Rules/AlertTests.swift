import Testing
@testable import CaseworkCore

struct AlertRow: Sendable, CustomTestStringConvertible {
    let name: String
    let change: CaseChange
    /// The alert expected, or nil to expect that kind absent.
    let kind: AlertKind
    let severity: AlertSeverity?
    var due: String? = nil

    var testDescription: String { name }
}

/// Every alert row is judged on 1 June 2026 for a case received on 25 May with recent contact, unless it says otherwise.
private func recent(_ change: @escaping CaseChange) -> CaseChange {
    { record in
        record.receivedOn = day("2026-05-25")
        record.timeline = [ContactEvent(id: 1, at: Timestamp(day: day("2026-05-30"), secondOfDay: 0), by: "tester",
                                        channel: .call, party: .applicant, text: "Spoke to Ms Okonkwo-Ślązak")]
        change(&record)
    }
}

@Suite struct AlertTests {
    static let today = day("2026-06-01")

    static let rows: [AlertRow] = [
        AlertRow(name: "the duty's last day (start + 55) in 7 days", change: recent {
            $0.duties = [duty(.prevention, started: "2026-04-14")]
        }, kind: .dutyDeadlineNear, severity: .amber, due: "2026-06-08"),
        AlertRow(name: "the duty's last day in 8 days", change: recent { $0.duties = [duty(.prevention, started: "2026-04-15")] },
                 kind: .dutyDeadlineNear, severity: nil),
        AlertRow(name: "the duty's last day today", change: recent { $0.duties = [duty(.prevention, started: "2026-04-07")] },
                 kind: .dutyDeadlineNear, severity: .amber, due: "2026-06-01"),
        AlertRow(name: "not passed on the last day", change: recent { $0.duties = [duty(.prevention, started: "2026-04-07")] },
                 kind: .dutyDeadlinePassed, severity: nil),
        AlertRow(name: "the 56 days ended yesterday", change: recent { $0.duties = [duty(.prevention, started: "2026-04-06")] },
                 kind: .dutyDeadlinePassed, severity: .red, due: "2026-05-31"),
        AlertRow(name: "relief ended by law in priority need", change: recent {
            $0.homelessNow = true
            $0.duties = [duty(.relief, started: "2026-04-06")]
            $0.findings = Findings(eligible: true, priorityNeed: true, intentionallyHomeless: false)
        }, kind: .mainDutyDecisionDue, severity: .red, due: "2026-05-31"),
        AlertRow(name: "s189B(4): intentionality undecided does not keep relief running", change: recent {
            $0.homelessNow = true
            $0.duties = [duty(.relief, started: "2026-04-06")]
            $0.findings = Findings(eligible: true, priorityNeed: true)
        }, kind: .mainDutyDecisionDue, severity: .red, due: "2026-05-31"),
        AlertRow(name: "relief on its last day in priority need: not yet", change: recent {
            $0.homelessNow = true
            $0.duties = [duty(.relief, started: "2026-04-07")]
            $0.findings = Findings(eligible: true, priorityNeed: true)
        }, kind: .mainDutyDecisionDue, severity: nil),
        AlertRow(name: "relief past its 56 days, priority need undecided", change: recent {
            $0.homelessNow = true
            $0.duties = [duty(.relief, started: "2026-04-06")]
        }, kind: .dutyDeadlinePassed, severity: .red, due: "2026-05-31"),
        AlertRow(name: "plan not agreed 10 working days after assessment", change: recent {
            $0.assessment = Assessment(completedOn: day("2026-05-14"), completedBy: "tester")
        }, kind: .planNotAgreed, severity: .red, due: "2026-05-29"),
        AlertRow(name: "plan: the spring bank holiday (25 May) is not a working day, so the 10th is today", change: recent {
            $0.assessment = Assessment(completedOn: day("2026-05-15"), completedBy: "tester")
        }, kind: .planNotAgreed, severity: .amber, due: "2026-06-01"),
        AlertRow(name: "plan: assessed on the bank holiday, counted from the next working day", change: recent {
            $0.assessment = Assessment(completedOn: day("2026-05-25"), completedBy: "tester")
        }, kind: .planNotAgreed, severity: nil),
        AlertRow(name: "plan agreed in time", change: recent {
            $0.assessment = Assessment(completedOn: day("2026-05-15"), completedBy: "tester")
            $0.plan = Plan(agreedOn: day("2026-05-20"))
        }, kind: .planNotAgreed, severity: nil),
        AlertRow(name: "a plan step overdue", change: recent {
            $0.plan = Plan(steps: [PlanStep(id: 1, owner: .council, text: "Call the landlord", dueOn: day("2026-05-31"))])
        }, kind: .planStepOverdue, severity: .amber, due: "2026-05-31"),
        AlertRow(name: "plan review due today", change: recent { $0.plan = Plan(reviewDueOn: day("2026-06-01")) },
                 kind: .planReviewDue, severity: .amber),
        AlertRow(name: "plan review due in 5 days", change: recent { $0.plan = Plan(reviewDueOn: day("2026-06-06")) },
                 kind: .planReviewDue, severity: .green),
        AlertRow(name: "no contact for 13 days", change: recent { $0.timeline[0] = ContactEvent(
            id: 1, at: Timestamp(day: day("2026-05-19"), secondOfDay: 0), by: "t", channel: .call, party: .applicant, text: "")
        }, kind: .noContact, severity: nil),
        AlertRow(name: "no contact for 14 days", change: recent { $0.timeline[0] = ContactEvent(
            id: 1, at: Timestamp(day: day("2026-05-18"), secondOfDay: 0), by: "t", channel: .call, party: .applicant, text: "")
        }, kind: .noContact, severity: .amber, due: "2026-06-01"),
        AlertRow(name: "no contact ever, 28 days on", change: { $0.receivedOn = day("2026-05-04") }, kind: .noContact,
                 severity: .red),
        AlertRow(name: "documents missing 7 days after application", change: recent {
            $0.documents = [DocumentCheck(kind: .identity, provided: false)]
        }, kind: .documentsMissing, severity: .amber, due: "2026-06-01"),
        AlertRow(name: "notice expires in 10 days", change: recent {
            $0.notice = section8(served: "2026-05-01", expires: "2026-06-11", grounds: ["8"])
        }, kind: .noticeExpiring, severity: .amber, due: "2026-06-11"),
        AlertRow(name: "notice expires in 5 days", change: recent {
            $0.notice = section8(served: "2026-05-01", expires: "2026-06-06", grounds: ["8"])
        }, kind: .noticeExpiring, severity: .red),
        AlertRow(name: "notice expired yesterday", change: recent {
            $0.notice = section8(served: "2026-05-01", expires: "2026-05-31", grounds: ["8"])
        }, kind: .noticeExpired, severity: .red, due: "2026-05-31"),
        AlertRow(name: "notice expired, not yet expiring", change: recent {
            $0.notice = section8(served: "2026-05-01", expires: "2026-05-31", grounds: ["8"])
        }, kind: .noticeExpiring, severity: nil),
        AlertRow(name: "notice expiring with accommodation secured", change: recent {
            $0.notice = section8(served: "2026-05-01", expires: "2026-06-06", grounds: ["8"])
            $0.accommodationSecuredOn = day("2026-05-30")
        }, kind: .noticeExpiring, severity: nil),
        AlertRow(name: "homeless family waiting for triage", change: recent {
            $0.homelessNow = true
            $0.household = [child(born: "2022-02-02")]
        }, kind: .possibleInterimDuty, severity: .red, due: "2026-06-01"),
        AlertRow(name: "homeless single adult with nothing indicated", change: recent { $0.homelessNow = true },
                 kind: .possibleInterimDuty, severity: nil),
        AlertRow(name: "s188: homeless with a mental-health need may be vulnerable", change: recent {
            $0.homelessNow = true
            $0.supportNeeds = [.mentalHealth]
        }, kind: .possibleInterimDuty, severity: .red),
        AlertRow(name: "s188: rough sleeping alone is not enough", change: recent {
            $0.accommodation.type = .roughSleeping
            $0.supportNeeds = [.roughSleeping]
        }, kind: .possibleInterimDuty, severity: nil),
        AlertRow(name: "s188: rough sleeping with a support need", change: recent {
            $0.accommodation.type = .roughSleeping
            $0.supportNeeds = [.roughSleeping, .drugDependency]
        }, kind: .possibleInterimDuty, severity: .red),
        AlertRow(name: "s188: leaving custody", change: recent {
            $0.homelessNow = true
            $0.accommodation.type = .custody
        }, kind: .possibleInterimDuty, severity: .red),
        AlertRow(name: "s188: holds while relief runs", change: recent {
            $0.homelessNow = true
            $0.status = .duty
            $0.household = [child(born: "2022-02-02")]
            $0.duties = [duty(.relief, started: "2026-05-26")]
        }, kind: .possibleInterimDuty, severity: .red),
        AlertRow(name: "s188: answered once interim accommodation is provided", change: recent {
            $0.homelessNow = true
            $0.household = [child(born: "2022-02-02")]
            $0.interimAccommodation = InterimAccommodation(outcome: .provided, recordedOn: day("2026-05-26"), recordedBy: "t")
        }, kind: .possibleInterimDuty, severity: nil),
        AlertRow(name: "s188: answered once the officer records it is not owed", change: recent {
            $0.homelessNow = true
            $0.household = [child(born: "2022-02-02")]
            $0.interimAccommodation = InterimAccommodation(outcome: .notOwed, recordedOn: day("2026-05-26"), recordedBy: "t",
                                                           reason: "Staying with a sister for two weeks")
        }, kind: .possibleInterimDuty, severity: nil),
        AlertRow(name: "s188: abuse with the applicant at home", change: recent { $0.domesticAbuse = true },
                 kind: .possibleInterimDuty, severity: .red),
        AlertRow(name: "s188: not once found not in priority need", change: recent {
            $0.homelessNow = true
            $0.household = [child(born: "2022-02-02")]
            $0.findings.priorityNeed = false
        }, kind: .possibleInterimDuty, severity: nil),
        AlertRow(name: "a duty indicated and not started 5 working days on", change: {
            recent { _ in }(&$0)
            $0.receivedOn = day("2026-05-21")
            $0.status = .routed
            $0.lossDate = day("2026-07-01")
        }, kind: .dutyNotStarted, severity: .amber, due: "2026-05-29"),
        AlertRow(name: "a duty indicated: received the Friday before the spring bank holiday, 5 working days today", change: {
            recent { _ in }(&$0)
            $0.receivedOn = day("2026-05-22")
            $0.status = .routed
            $0.lossDate = day("2026-07-01")
        }, kind: .dutyNotStarted, severity: nil),
        AlertRow(name: "a duty indicated, 5 working days today", change: recent {
            $0.status = .routed
            $0.lossDate = day("2026-07-01")
        }, kind: .dutyNotStarted, severity: nil),
        AlertRow(name: "a duty indicated but the case still awaits triage", change: {
            recent { _ in }(&$0)
            $0.receivedOn = day("2026-05-22")
            $0.lossDate = day("2026-07-01")
        }, kind: .dutyNotStarted, severity: nil),
        AlertRow(name: "a duty started in time", change: {
            recent { _ in }(&$0)
            $0.receivedOn = day("2026-05-22")
            $0.status = .duty
            $0.lossDate = day("2026-07-01")
            $0.duties = [duty(.prevention, started: "2026-05-26")]
        }, kind: .dutyNotStarted, severity: nil),
        AlertRow(name: "an invalid notice the officer has not judged: no possession alert", change: recent {
            $0.notice = section21(served: "2026-05-01", expires: "2026-05-31")
        }, kind: .noticeExpired, severity: nil),
        AlertRow(name: "an invalid notice the officer found threatening: possession may follow", change: recent {
            var notice = section21(served: "2026-05-01", expires: "2026-05-31")
            notice.threatFinding = NoticeThreatFinding(threatened: true, decidedOn: day("2026-05-26"), decidedBy: "t")
            $0.notice = notice
        }, kind: .noticeExpired, severity: .red, due: "2026-05-31"),
        AlertRow(name: "an invalid notice the officer ruled out: nothing", change: recent {
            var notice = section21(served: "2026-05-01", expires: "2026-06-06")
            notice.threatFinding = NoticeThreatFinding(threatened: false, decidedOn: day("2026-05-26"), decidedBy: "t")
            $0.notice = notice
        }, kind: .noticeExpiring, severity: nil),
        AlertRow(name: "review decision due in 3 days", change: recent {
            $0.decisions = [Decision(id: 1, kind: .planSteps, outcome: "", decidedOn: day("2026-05-10"), decidedBy: "t",
                                     reviewRequestedOn: day("2026-05-15"))]
        }, kind: .reviewDecisionDeadline, severity: .amber, due: "2026-06-04"),
        AlertRow(name: "review decision overdue on a closed case", change: recent {
            $0.status = .closed
            $0.decisions = [Decision(id: 1, kind: .planSteps, outcome: "", decidedOn: day("2026-05-01"), decidedBy: "t",
                                     reviewRequestedOn: day("2026-05-08"))]
        }, kind: .reviewDecisionDeadline, severity: .red, due: "2026-05-28"),
        AlertRow(name: "review request window closing", change: recent {
            $0.decisions = [Decision(id: 1, kind: .eligibility, outcome: "", decidedOn: day("2026-05-14"), decidedBy: "t",
                                     notifiedOn: day("2026-05-15"))]
        }, kind: .reviewRequestDeadline, severity: .green, due: "2026-06-04"),
        AlertRow(name: "no review request window while the notification is not recorded", change: recent {
            $0.decisions = [Decision(id: 1, kind: .eligibility, outcome: "", decidedOn: day("2026-05-14"), decidedBy: "t")]
        }, kind: .reviewRequestDeadline, severity: nil),
        AlertRow(name: "a closed case has no case-work alerts", change: {
            $0.status = .closed
            $0.receivedOn = day("2026-01-01")
        }, kind: .noContact, severity: nil),
    ]

    @Test(arguments: rows)
    func alert(_ row: AlertRow) {
        let summary = makeSummary(row.change)
        let alerts = CaseRules.alerts(summary, today: AlertTests.today)
        let found = alerts.first { $0.kind == row.kind }
        #expect(found?.severity == row.severity, "\(alerts.map { $0.words(.commandLine) })")
        if let due = row.due { #expect(found?.dueOn == day(due)) }
        #expect(alerts.allSatisfy { $0.ref == summary.ref })
    }

    /// Messages name the case by ref only: never the applicant, the household, or anything typed into the record.
    @Test func messagesCarryNoCaseContent() {
        var rng = SeededRandom(seed: 8)
        let today = day("2026-06-01")
        var seen = Set<AlertKind>()
        for index in 0..<5_000 {
            var record = randomCase(&rng, today: today, index: index)
            record.timeline = [ContactEvent(id: 1, at: Timestamp(day: record.receivedOn, secondOfDay: 0), by: "t",
                                            channel: .note, party: .applicant, text: "Lives at 4 Elm Row")]
            let alerts = CaseRules.alerts(CaseSummary(record), today: today)
            for alert in alerts {
                seen.insert(alert.kind)
                for secret in [record.applicant.firstName, record.applicant.lastName, "Ayisha", "Hafiz", "Elm Row", record.ref] {
                    #expect(!alert.words(.commandLine).contains(secret), "\(alert.kind): \(alert.words(.commandLine))")
                }
            }
        }
        #expect(seen.count >= 8)
    }
}
