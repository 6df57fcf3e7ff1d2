import Testing
@testable import CaseworkCore

struct ThreatRow: Sendable, CustomTestStringConvertible {
    let name: String
    let today: String
    let change: CaseChange
    let homeless: Bool
    let threatened: Bool
    let days: Int?
    let duty: IndicatedDuty
    var reasonContains: String = ""

    var testDescription: String { name }
}

@Suite struct ThreatTests {
    static let rows: [ThreatRow] = [
        ThreatRow(name: "homeless now", today: "2026-05-10", change: { $0.homelessNow = true },
                  homeless: true, threatened: false, days: 0, duty: .relief, reasonContains: "Homeless now"),
        ThreatRow(name: "rough sleeping counts as homeless", today: "2026-05-10",
                  change: { $0.accommodation.type = .roughSleeping }, homeless: true, threatened: false, days: 0, duty: .relief),
        ThreatRow(name: "loss date passed", today: "2026-05-10", change: { $0.lossDate = day("2026-05-09") },
                  homeless: true, threatened: false, days: 0, duty: .relief, reasonContains: "Lost the home on 2026-05-09"),
        ThreatRow(name: "loss date today", today: "2026-05-10", change: { $0.lossDate = day("2026-05-10") },
                  homeless: true, threatened: false, days: 0, duty: .relief),
        ThreatRow(name: "loss on day 56", today: "2026-05-10", change: { $0.lossDate = day("2026-07-05") },
                  homeless: false, threatened: true, days: 56, duty: .prevention, reasonContains: "within 56 days"),
        ThreatRow(name: "loss on day 57", today: "2026-05-10", change: { $0.lossDate = day("2026-07-06") },
                  homeless: false, threatened: false, days: 57, duty: .none, reasonContains: "more than 56 days"),
        ThreatRow(name: "section 8 expiry in 30 days", today: "2026-05-10",
                  change: { $0.notice = section8(served: "2026-05-01", expires: "2026-06-09", grounds: ["8"]) },
                  homeless: false, threatened: true, days: 30, duty: .prevention, reasonContains: "The notice expires"),
        ThreatRow(name: "the nearer of loss date and expiry", today: "2026-05-10", change: {
            $0.lossDate = day("2026-07-19")
            $0.notice = section8(served: "2026-05-01", expires: "2026-05-30", grounds: ["8"])
        }, homeless: false, threatened: true, days: 20, duty: .prevention),
        ThreatRow(name: "valid section 21 within 56 days is s175(5)", today: "2026-05-10",
                  change: { $0.notice = section21(served: "2026-04-20", expires: "2026-06-21") },
                  homeless: false, threatened: true, days: 42, duty: .prevention, reasonContains: "s175(5)"),
        ThreatRow(name: "expired notice while still at home", today: "2026-05-10",
                  change: { $0.notice = section8(served: "2026-04-01", expires: "2026-05-05", grounds: ["8"]) },
                  homeless: false, threatened: true, days: -5, duty: .prevention, reasonContains: "5 days ago"),
        ThreatRow(name: "nothing recorded", today: "2026-05-10", change: { _ in },
                  homeless: false, threatened: false, days: nil, duty: .none, reasonContains: "No loss date"),
        ThreatRow(name: "homeless but found ineligible", today: "2026-05-10", change: {
            $0.homelessNow = true
            $0.findings.eligible = false
        }, homeless: true, threatened: false, days: 0, duty: .none, reasonContains: "not eligible"),
        ThreatRow(name: "undecided eligibility keeps the duty", today: "2026-05-10", change: {
            $0.lossDate = day("2026-06-01")
            $0.findings.eligible = nil
        }, homeless: false, threatened: true, days: 22, duty: .prevention),
    ]

    @Test(arguments: rows)
    func threatTest(_ row: ThreatRow) {
        let summary = makeSummary(row.change)
        let today = day(row.today)
        let threat = ThreatAssessment(summary, notice: NoticeCheck(summary, today: today), today: today)
        #expect(threat.homeless == row.homeless)
        #expect(threat.threatened == row.threatened)
        #expect(threat.daysUntilLoss == row.days)
        #expect(threat.indicatedDuty == row.duty)
        #expect(mentions(threat.reasons, row.reasonContains))
    }

    @Test func homelessAndThreatenedNeverBothHold() {
        var rng = SeededRandom(seed: 175)
        let today = day("2026-06-15")
        for index in 0..<2_000 {
            let evaluation = CaseRules.evaluate(CaseSummary(randomCase(&rng, today: today, index: index)), today: today)
            #expect(!(evaluation.homeless && evaluation.threatened))
            if evaluation.threatened { #expect((evaluation.daysUntilLoss ?? 99) <= 56) }
        }
    }
}
