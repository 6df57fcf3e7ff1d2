import Testing
@testable import CaseworkCore

/// No gatekeeping at triage (s184): ending a case at triage needs a reason, and for a household that is or may be
/// homeless, or may be owed interim accommodation, the officer's reason why no duty is owed.
struct TriageGateRow: Sendable, CustomTestStringConvertible {
    let name: String
    let change: CaseChange
    let outcome: TriageOutcome
    var reason: String? = "Given advice on the private rented sector"
    var notOwed: String? = nil
    let expected: [TriageRefusal]

    var testDescription: String { name }
}

@Suite struct TriageGateTests {
    static let today = day("2026-05-10")
    static let threatened: CaseChange = { $0.lossDate = day("2026-06-20") }
    static let homelessFamily: CaseChange = {
        $0.homelessNow = true
        $0.household = [child(born: "2020-01-01")]
    }

    static let rows: [TriageGateRow] = [
        TriageGateRow(name: "advice only with a reason", change: threatened, outcome: .adviceOnly, expected: []),
        TriageGateRow(name: "advice only with no reason", change: threatened, outcome: .adviceOnly, reason: " ",
                      expected: [.reasonRequired(.adviceOnly)]),
        TriageGateRow(name: "advice only for a homeless family", change: homelessFamily, outcome: .adviceOnly,
                      expected: [.dutyNotOwedReasonRequired(.homeless)]),
        TriageGateRow(name: "advice only for a homeless family, with why no duty is owed", change: homelessFamily,
                      outcome: .adviceOnly, notOwed: "Found a home with her mother the same day", expected: []),
        TriageGateRow(name: "prevented at triage is never for a household already homeless", change: homelessFamily,
                      outcome: .preventedAtTriage, notOwed: "Found a home", expected: [.preventedWhileHomeless]),
        TriageGateRow(name: "abuse at home: may be homeless now", change: { $0.domesticAbuse = true }, outcome: .adviceOnly,
                      expected: [.dutyNotOwedReasonRequired(.mayBeHomeless)]),
        TriageGateRow(name: "a possible s188 duty", change: {
            $0.accommodation.type = .roughSleeping
            $0.supportNeeds = [.roughSleeping, .mentalHealth]
        }, outcome: .adviceOnly, expected: [.dutyNotOwedReasonRequired(.homeless)]),
        TriageGateRow(name: "outcomes that keep the case open need nothing", change: homelessFamily,
                      outcome: .readyForAppointment, reason: nil, expected: []),
    ]

    @Test(arguments: rows)
    func gate(_ row: TriageGateRow) {
        let evaluation = CaseRules.evaluate(makeSummary(row.change), today: Self.today)
        #expect(TriageGate.problems(row.outcome, evaluation: evaluation, reason: row.reason, dutyNotOwedReason: row.notOwed)
            == row.expected)
    }

    @Test func preventedAtTriageIsNotOfferedToTheHomeless() {
        let homeless = CaseRules.evaluate(makeSummary(Self.homelessFamily), today: Self.today)
        #expect(!TriageGate.offered(homeless).contains(.preventedAtTriage))
        let threatened = CaseRules.evaluate(makeSummary(Self.threatened), today: Self.today)
        #expect(TriageGate.offered(threatened) == TriageOutcome.allCases)
        #expect(TriageGate.concerns(homeless) == [.homeless, .possibleInterimDuty])
    }
}
