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

/// Prevention from 1 May 2026: day 1 is 1 May, the last day (day 56) is 25 June, notice may be given from 26 June.
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
        DutyEndRow(name: "56 days elapsed on day 55", change: prevention, reason: .fiftySixDaysElapsed, on: "2026-06-24",
                   refusal: "day 55 of 56"),
        DutyEndRow(name: "56 days elapsed on the last day, day 56", change: prevention, reason: .fiftySixDaysElapsed,
                   on: "2026-06-25", refusal: "day 56 of 56: this reason is available once the 56 days have ended, from 2026-06-26"),
        DutyEndRow(name: "56 days elapsed from start + 56", change: prevention, reason: .fiftySixDaysElapsed, on: "2026-06-26",
                   refusal: nil),
        DutyEndRow(name: "56 days elapsed the day after", change: prevention, reason: .fiftySixDaysElapsed, on: "2026-06-27",
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
        DutyEndRow(name: "main duty decision on the last day", change: relief, reason: .mainDutyDecision, on: "2026-06-25",
                   refusal: "day 56 of 56"),
        DutyEndRow(name: "relief at day 56 in priority need goes to the main duty decision", change: {
            relief(&$0)
            $0.findings = Findings(eligible: true, priorityNeed: true, intentionallyHomeless: false)
        }, reason: .fiftySixDaysElapsed, on: "2026-06-26", refusal: nil, followedBy: .mainDutyDecision),
        DutyEndRow(name: "s189B(4): intentionality undecided does not keep relief running", change: {
            relief(&$0)
            $0.findings = Findings(eligible: true, priorityNeed: true, intentionallyHomeless: nil)
        }, reason: .fiftySixDaysElapsed, on: "2026-06-26", refusal: nil, followedBy: .mainDutyDecision),
        DutyEndRow(name: "relief found intentionally homeless just ends", change: {
            relief(&$0)
            $0.findings = Findings(eligible: true, priorityNeed: true, intentionallyHomeless: true)
        }, reason: .fiftySixDaysElapsed, on: "2026-06-26", refusal: nil),
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
        DutyStartRow(name: "main duty once relief's 56 days have ended, with findings", change: {
            relief(&$0)
            $0.findings = Findings(eligible: true, priorityNeed: true, intentionallyHomeless: false)
        }, kind: .main, on: "2026-06-26", refusal: nil, ends: .relief),
        DutyStartRow(name: "main duty on relief's last day", change: {
            relief(&$0)
            $0.findings = Findings(eligible: true, priorityNeed: true, intentionallyHomeless: false)
        }, kind: .main, on: "2026-06-25", refusal: "whose 56 days have ended"),
        DutyStartRow(name: "s189B(4): main duty with intentionality undecided", change: {
            relief(&$0)
            $0.findings = Findings(eligible: true, priorityNeed: true, intentionallyHomeless: nil)
        }, kind: .main, on: "2026-06-26", refusal: nil, ends: .relief),
        DutyStartRow(name: "no main duty once found intentionally homeless", change: {
            relief(&$0)
            $0.findings = Findings(eligible: true, priorityNeed: true, intentionallyHomeless: true)
        }, kind: .main, on: "2026-06-26", refusal: "no finding that the applicant became homeless intentionally"),
        DutyStartRow(name: "main duty with priority need undecided", change: relief, kind: .main, on: "2026-06-26",
                     refusal: "a finding of priority need"),
        DutyStartRow(name: "s175(3): abuse at home may start relief", change: { $0.domesticAbuse = true }, kind: .relief,
                     on: "2026-05-10", refusal: nil),
        DutyStartRow(name: "s175(3): abuse at home may start prevention", change: { $0.domesticAbuse = true }, kind: .prevention,
                     on: "2026-05-10", refusal: nil),
    ]

    @Test(arguments: startRows)
    func mayStart(_ row: DutyStartRow) {
        let result = DutyRules.mayStart(row.kind, on: day(row.on), summary: makeSummary(row.change), today: DutyTests.today)
        expect(result, refusedWith: row.refusal) { start in
            #expect(start.kind == row.kind)
            #expect(start.lastDay == (row.kind == .main ? nil : day(row.on).adding(days: 55)))
            #expect(start.ends?.kind == row.ends)
            // Relief ends by law at the end of its last day, not on the day the main duty is recorded.
            if row.kind == .main, let ends = start.ends { #expect(ends.endedOn == day("2026-06-25")) }
        }
    }

    /// s189B(4), s195(8)(b): "the period of 56 days beginning with the day": day 1 is the start day.
    @Test(arguments: [("2026-05-01", 1, false, false), ("2026-06-24", 55, false, false), ("2026-06-25", 56, false, false),
                      ("2026-06-26", 57, true, true), ("2026-06-27", 58, true, true)])
    func reliefClockAroundItsLastDay(_ today: String, _ expectedDay: Int, _ over: Bool, _ decisionDue: Bool) {
        let summary = makeSummary {
            relief(&$0)
            $0.findings = Findings(eligible: true, priorityNeed: true, intentionallyHomeless: nil)
        }
        let clock = CaseRules.evaluate(summary, today: day(today)).duty!
        #expect(clock.lastDay == day("2026-06-25"))
        #expect(clock.noticeFrom == day("2026-06-26"))
        #expect(clock.day == expectedDay)
        #expect(clock.periodOver == over)
        #expect(clock.isLastDay == (expectedDay == 56))
        #expect(clock.mainDutyDecisionDue == decisionDue)
        #expect(clock.progress == "Day \(expectedDay) of 56")
    }

    @Test func undecidedPriorityNeedKeepsReliefRunning() {
        let clock = CaseRules.evaluate(makeSummary(relief), today: day("2026-07-10")).duty!
        #expect(clock.day == 71)
        #expect(clock.periodOver && !clock.mainDutyDecisionDue)
    }

    /// The last day is start + 55 and notice may be given from start + 56; day 1 is the start day.
    @Test func deadlineNeverBeforeStart() {
        var rng = SeededRandom(seed: 56)
        for _ in 0..<10_000 {
            let start = Day(daysSinceEpoch: Int.random(in: 0...40_000, using: &rng))
            let kind = DutyKind.allCases.randomElement(using: &rng)!
            let today = start.adding(days: Int.random(in: -10...400, using: &rng))
            let clock = DutyClock(duty(kind, started: start.iso), findings: Findings(), today: today)
            if let lastDay = clock.lastDay, let noticeFrom = clock.noticeFrom {
                #expect(lastDay >= start)
                #expect(start.days(until: lastDay) == 55 && start.days(until: noticeFrom) == 56)
                #expect(clock.periodOver == (today >= noticeFrom))
            }
            #expect(start.adding(days: clock.day - 1) == today)
            let notified = rng.chance(70) ? start.adding(days: Int.random(in: 0...5, using: &rng)) : nil
            let rights = ReviewRights(Decision(id: 1, kind: DecisionKind.allCases.randomElement(using: &rng)!, outcome: "",
                                               decidedOn: start, decidedBy: "x", notifiedOn: notified,
                                               reviewRequestedOn: rng.chance(50) ? start.adding(days: 3) : nil,
                                               reviewWithReferee: rng.chance(20)), duties: [])
            #expect(rights.requestBy == notified.map { $0.adding(days: 20) })
            if let requestBy = rights.requestBy { #expect(requestBy >= start) }
            if let decideBy = rights.decideBy { #expect(decideBy >= start) }
        }
    }
}
