import Testing
@testable import CaseworkCore

struct DutyEndRow: Sendable, CustomTestStringConvertible {
    let name: String
    let change: CaseChange
    let reason: DutyEndReason
    let on: String
    /// nil when allowed; otherwise a phrase of the refusal.
    let refusal: String?
    var followedBy: DutyFollowOn? = nil

    var testDescription: String { name }
}

struct DutyStartRow: Sendable, CustomTestStringConvertible {
    let name: String
    let change: CaseChange
    let kind: DutyKind
    let on: String
    let refusal: String?
    var ends: DutyKind? = nil

    var testDescription: String { name }
}

/// Prevention from 1 May 2026: day 56 is 26 June 2026.
private let prevention: CaseChange = { $0.duties = [duty(.prevention, started: "2026-05-01")] }
private let relief: CaseChange = {
    $0.homelessNow = true
    $0.duties = [duty(.relief, started: "2026-05-01")]
}

/// Allowed results go to `allowed`; a refusal must mention `phrase`, and must happen exactly when one is expected.
private func expect<T>(_ result: Result<T, DutyRefusals>, refusedWith phrase: String?, allowed: (T) -> Void) {
    switch (result, phrase) {
    case (.success(let value), nil):
        allowed(value)
    case (.failure(let refusals), let phrase?):
        #expect(refusals.description.contains(phrase), "\(refusals)")
    case (.success, let phrase?):
        Issue.record("allowed, expected a refusal mentioning \(phrase)")
    case (.failure(let refusals), nil):
        Issue.record("refused: \(refusals)")
    }
}

@Suite struct DutyTests {
    static let today = day("2026-08-31")

    static let endRows: [DutyEndRow] = [
        DutyEndRow(name: "56 days elapsed on day 55", change: prevention, reason: .fiftySixDaysElapsed, on: "2026-06-25",
                   refusal: "day 55 of 56"),
        DutyEndRow(name: "56 days elapsed on day 56", change: prevention, reason: .fiftySixDaysElapsed, on: "2026-06-26",
                   refusal: nil),
        DutyEndRow(name: "56 days elapsed on day 57", change: prevention, reason: .fiftySixDaysElapsed, on: "2026-06-27",
                   refusal: nil),
        DutyEndRow(name: "s195(6): valid s21 expiring within 56 days", change: {
            prevention(&$0)
            $0.notice = section21(served: "2026-04-20", expires: "2026-08-20")
        }, reason: .fiftySixDaysElapsed, on: "2026-06-26", refusal: "s195(6)"),
        DutyEndRow(name: "s195(6): valid s21 already expired", change: {
            prevention(&$0)
            $0.notice = section21(served: "2026-04-01", expires: "2026-06-01")
        }, reason: .fiftySixDaysElapsed, on: "2026-06-26", refusal: "s195(6)"),
        DutyEndRow(name: "s195(6): s21 that still needs checking protects too", change: {
            prevention(&$0)
            var notice = section21(served: "2026-04-20", expires: "2026-08-20")
            notice.checks.epcGiven = nil
            $0.notice = notice
        }, reason: .fiftySixDaysElapsed, on: "2026-06-26", refusal: "needs checking"),
        DutyEndRow(name: "s21 expiring 57 days on does not protect", change: {
            prevention(&$0)
            $0.notice = section21(served: "2026-04-20", expires: "2026-08-22")
        }, reason: .fiftySixDaysElapsed, on: "2026-06-26", refusal: nil),
        DutyEndRow(name: "an invalid s21 does not protect", change: {
            prevention(&$0)
            $0.notice = section21(served: "2026-05-02", expires: "2026-07-10")
        }, reason: .fiftySixDaysElapsed, on: "2026-06-26", refusal: nil),
        DutyEndRow(name: "a section 8 notice does not protect", change: {
            prevention(&$0)
            $0.notice = section8(served: "2026-05-01", expires: "2026-06-01", grounds: ["8"])
        }, reason: .fiftySixDaysElapsed, on: "2026-06-26", refusal: nil),
        DutyEndRow(name: "prevention ends as the household becomes homeless", change: prevention, reason: .becameHomeless,
                   on: "2026-05-20", refusal: nil, followedBy: .relief),
        DutyEndRow(name: "relief cannot end by becoming homeless", change: relief, reason: .becameHomeless, on: "2026-05-20",
                   refusal: "does not end a relief duty"),
        DutyEndRow(name: "main duty decision before day 56", change: relief, reason: .mainDutyDecision, on: "2026-06-25",
                   refusal: "day 55 of 56"),
        DutyEndRow(name: "relief at day 56 in priority need goes to the main duty decision", change: {
            relief(&$0)
            $0.findings = Findings(eligible: true, priorityNeed: true, intentionallyHomeless: false)
        }, reason: .fiftySixDaysElapsed, on: "2026-06-26", refusal: nil, followedBy: .mainDutyDecision),
        DutyEndRow(name: "relief at day 56 without priority need just ends", change: {
            relief(&$0)
            $0.findings = Findings(eligible: true, priorityNeed: false, intentionallyHomeless: false)
        }, reason: .fiftySixDaysElapsed, on: "2026-06-26", refusal: nil),
        DutyEndRow(name: "accommodation secured early", change: relief, reason: .accommodationSecured, on: "2026-05-10",
                   refusal: nil),
        DutyEndRow(name: "no active duty", change: { _ in }, reason: .withdrew, on: "2026-05-10", refusal: "no duty is active"),
        DutyEndRow(name: "before the duty started", change: prevention, reason: .withdrew, on: "2026-04-30",
                   refusal: "cannot end before"),
        DutyEndRow(name: "in the future", change: prevention, reason: .withdrew, on: "2026-09-01", refusal: "in the future"),
        DutyEndRow(name: "56 days elapsed does not end the main duty", change: {
            $0.duties = [duty(.main, started: "2026-05-01")]
        }, reason: .fiftySixDaysElapsed, on: "2026-08-01", refusal: "does not end a main housing duty"),
    ]

    @Test(arguments: endRows)
    func mayEnd(_ row: DutyEndRow) {
        let result = DutyRules.mayEnd(reason: row.reason, on: day(row.on), summary: makeSummary(row.change),
                                      today: DutyTests.today)
        expect(result, refusedWith: row.refusal) { ending in
            #expect(ending.reason == row.reason)
            #expect(ending.endedOn == day(row.on))
            #expect(ending.followedBy == row.followedBy)
        }
    }

    static let startRows: [DutyStartRow] = [
        DutyStartRow(name: "prevention when threatened", change: { $0.lossDate = day("2026-06-20") }, kind: .prevention,
                     on: "2026-05-10", refusal: nil),
        DutyStartRow(name: "prevention with no loss date recorded", change: { _ in }, kind: .prevention, on: "2026-05-10",
                     refusal: nil),
        DutyStartRow(name: "prevention when the loss is 57 days away", change: { $0.lossDate = day("2026-07-06") },
                     kind: .prevention, on: "2026-05-10", refusal: "57 days"),
        DutyStartRow(name: "prevention when homeless", change: { $0.homelessNow = true }, kind: .prevention, on: "2026-05-10",
                     refusal: "relief duty applies"),
        DutyStartRow(name: "relief when not homeless", change: { $0.lossDate = day("2026-06-20") }, kind: .relief,
                     on: "2026-05-10", refusal: "not homeless"),
        DutyStartRow(name: "relief on losing the home ends prevention", change: {
            $0.lossDate = day("2026-06-20")
            $0.duties = [duty(.prevention, started: "2026-05-01")]
        }, kind: .relief, on: "2026-06-20", refusal: nil, ends: .prevention),
        DutyStartRow(name: "a second prevention duty", change: {
            $0.lossDate = day("2026-06-20")
            prevention(&$0)
        }, kind: .prevention, on: "2026-05-10", refusal: "already active"),
        DutyStartRow(name: "prevention while relief is active", change: {
            relief(&$0)
            $0.homelessNow = false
            $0.lossDate = day("2026-06-20")
        }, kind: .prevention, on: "2026-05-10", refusal: "relief duty (s189b) is already active"),
        DutyStartRow(name: "found ineligible", change: {
            $0.homelessNow = true
            $0.findings.eligible = false
        }, kind: .relief, on: "2026-05-10", refusal: "not eligible"),
        DutyStartRow(name: "before the application", change: { $0.homelessNow = true }, kind: .relief, on: "2026-04-30",
                     refusal: "received on 2026-05-01"),
        DutyStartRow(name: "main duty at relief day 56 with findings", change: {
            relief(&$0)
            $0.findings = Findings(eligible: true, priorityNeed: true, intentionallyHomeless: false)
        }, kind: .main, on: "2026-06-26", refusal: nil, ends: .relief),
        DutyStartRow(name: "main duty at relief day 55", change: {
            relief(&$0)
            $0.findings = Findings(eligible: true, priorityNeed: true, intentionallyHomeless: false)
        }, kind: .main, on: "2026-06-25", refusal: "reached day 56"),
        DutyStartRow(name: "main duty with priority need undecided", change: relief, kind: .main, on: "2026-06-26",
                     refusal: "findings of priority need"),
    ]

    @Test(arguments: startRows)
    func mayStart(_ row: DutyStartRow) {
        let result = DutyRules.mayStart(row.kind, on: day(row.on), summary: makeSummary(row.change), today: DutyTests.today)
        expect(result, refusedWith: row.refusal) { start in
            #expect(start.kind == row.kind)
            #expect(start.deadline == (row.kind == .main ? nil : day(row.on).adding(days: 56)))
            #expect(start.ends?.kind == row.ends)
        }
    }

    @Test(arguments: [("2026-06-25", 55, false), ("2026-06-26", 56, true), ("2026-06-27", 57, true)])
    func reliefClockAtDay56(_ today: String, _ expectedDay: Int, _ decisionDue: Bool) {
        let summary = makeSummary {
            relief(&$0)
            $0.findings = Findings(eligible: true, priorityNeed: true, intentionallyHomeless: false)
        }
        let clock = CaseRules.evaluate(summary, today: day(today)).duty!
        #expect(clock.deadline == day("2026-06-26"))
        #expect(clock.day == expectedDay)
        #expect(clock.mainDutyDecisionDue == decisionDue)
        #expect(clock.progress == "Day \(expectedDay) of 56")
    }

    @Test func undecidedPriorityNeedKeepsReliefRunning() {
        let clock = CaseRules.evaluate(makeSummary(relief), today: day("2026-07-10")).duty!
        #expect(clock.day == 70)
        #expect(!clock.mainDutyDecisionDue)
    }

    /// A deadline is never before its start, and is always start + 56 for prevention and relief.
    @Test func deadlineNeverBeforeStart() {
        var rng = SeededRandom(seed: 56)
        for _ in 0..<10_000 {
            let start = Day(daysSinceEpoch: Int.random(in: 0...40_000, using: &rng))
            let kind = DutyKind.allCases.randomElement(using: &rng)!
            let today = start.adding(days: Int.random(in: -10...400, using: &rng))
            let clock = DutyClock(duty(kind, started: start.iso), findings: Findings(), today: today)
            if let deadline = clock.deadline {
                #expect(deadline >= start)
                #expect(start.days(until: deadline) == 56)
            }
            #expect(start.adding(days: clock.day) == today)
            let rights = ReviewRights(Decision(id: 1, kind: DecisionKind.allCases.randomElement(using: &rng)!, outcome: "",
                                               decidedOn: start, decidedBy: "x",
                                               reviewRequestedOn: rng.chance(50) ? start.adding(days: 3) : nil,
                                               reviewWithReferee: rng.chance(20)), duties: [])
            #expect(rights.requestBy >= start)
            if let decideBy = rights.decideBy { #expect(decideBy >= start) }
        }
    }
}
