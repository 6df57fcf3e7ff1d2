import CaseworkCore
import Testing
@testable import CaseworkUI

/// The console words the rules' reasons from their values: the same sentences as the command line, with the
/// screen's dates, so nothing on screen needs re-reading for dates.
@Suite struct ConsoleWordingTests {
    static let today = Day(year: 2026, month: 6, day: 15)!

    /// On screen as on the command line, dates apart; and no ISO date left for anything to find.
    static func expectSameSentences<Reason: RuleReason>(_ reasons: [Reason], capitalised: Bool = false) {
        for reason in reasons {
            let line = reason.words(.commandLine)
            let screen = reason.words(.console)
            let readable = DayFormat.readable(line)
            #expect(screen == (capitalised ? readable.prefix(1).uppercased() + readable.dropFirst() : readable), "\(reason)")
            #expect(DayFormat.readable(screen) == screen, "\(screen)")
        }
    }

    @Test func everyReasonOnTheDemoAndAGeneratedCaseloadReadsAlike() {
        var generator = CaseGenerator(seed: 99, today: Self.today, staff: DemoStaff.directory)
        let records = DemoCaseload.cases(today: Self.today) + (0..<1_500).map { _ in generator.next() }
        var alerts = 0
        for record in records {
            let summary = CaseSummary(record)
            let report = CaseRules.report(summary, today: Self.today)
            Self.expectSameSentences(report.rules.threatReasons)
            Self.expectSameSentences(report.rules.notice.reasons)
            Self.expectSameSentences(report.rules.route.reasons)
            Self.expectSameSentences(report.rules.priorityNeed.reasons)
            for decision in record.decisions { Self.expectSameSentences(ReviewRights(decision, duties: record.duties).reasons) }
            for alert in report.alerts {
                alerts += 1
                #expect(alert.words(.console) == DayFormat.readable(alert.words(.commandLine)))
            }
            for kind in DutyKind.allCases {
                if case .failure(let refusals) = DutyRules.mayStart(kind, on: Self.today, summary: summary, today: Self.today) {
                    Self.expectSameSentences(refusals.refusals, capitalised: true)
                }
            }
            for reason in DutyEndReason.allCases {
                if case .failure(let refusals) = DutyRules.mayEnd(reason: reason, on: Self.today.adding(days: -3), summary: summary,
                                                                  today: Self.today) {
                    Self.expectSameSentences(refusals.refusals, capitalised: true)
                }
            }
        }
        #expect(alerts > 100)
    }

    /// A refusal joined into an error keeps its lower case; standing alone on a form it is a sentence.
    @Test func aRefusalReadsAsAClauseOrASentence() {
        let refusal = DutyRefusal.beforeApplication(receivedOn: Day(year: 2026, month: 8, day: 28)!)
        #expect(refusal.words(.console) == "The application was received on 28 Aug 2026: a duty cannot change before it")
        #expect(refusal.words(.commandLine) == "the application was received on 2026-08-28: a duty cannot change before it")
        let error = CaseServiceError.refusedByRules(doing: "cannot start the relief duty", DutyRefusals(refusals: [refusal, .ineligible]))
        #expect(error.words(.console) == "cannot start the relief duty: the application was received on 28 Aug 2026: a duty "
            + "cannot change before it; the applicant has been found not eligible for assistance")
        #expect(error.description == "cannot start the relief duty: the application was received on 2026-08-28: a duty "
            + "cannot change before it; the applicant has been found not eligible for assistance")
    }
}
