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
    var mayBe = false
    var unconfirmed = false

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
        ThreatRow(name: "section 8 expiry in 30 days is when proceedings may begin", today: "2026-05-10",
                  change: { $0.notice = section8(served: "2026-05-01", expires: "2026-06-09", grounds: ["8"]) },
                  homeless: false, threatened: true, days: 30, duty: .prevention,
                  reasonContains: "the earliest day the landlord may start proceedings, not the day the home is lost"),
        ThreatRow(name: "the nearer of loss date and expiry", today: "2026-05-10", change: {
            $0.lossDate = day("2026-07-19")
            $0.notice = section8(served: "2026-05-01", expires: "2026-05-30", grounds: ["8"])
        }, homeless: false, threatened: true, days: 20, duty: .prevention),
        ThreatRow(name: "valid section 21 within 56 days is s175(5)", today: "2026-05-10",
                  change: { $0.notice = section21(served: "2026-04-20", expires: "2026-06-21") },
                  homeless: false, threatened: true, days: 42, duty: .prevention, reasonContains: "s175(5)"),
        ThreatRow(name: "valid section 21 expiring today is still s175(5)", today: "2026-06-21",
                  change: { $0.notice = section21(served: "2026-04-20", expires: "2026-06-21") },
                  homeless: false, threatened: true, days: 0, duty: .prevention, reasonContains: "in 0 days, within 56 days"),
        ThreatRow(name: "valid section 21 expired yesterday: may be homeless, never s175(5)", today: "2026-06-22",
                  change: { $0.notice = section21(served: "2026-04-20", expires: "2026-06-21") },
                  homeless: false, threatened: true, days: -1, duty: .reliefOrPrevention,
                  reasonContains: "1 day ago, with the household still in the home: may be homeless now", mayBe: true),
        ThreatRow(name: "valid notice expired while still at home: may be homeless now", today: "2026-05-10",
                  change: { $0.notice = section8(served: "2026-04-01", expires: "2026-05-05", grounds: ["8"]) },
                  homeless: false, threatened: true, days: -5, duty: .reliefOrPrevention,
                  reasonContains: "s175(3); Code of Guidance 6.35", mayBe: true),
        ThreatRow(name: "a notice needing checking expired: threatened", today: "2026-05-10", change: {
            var notice = section21(served: "2026-03-01", expires: "2026-05-05")
            notice.checks.epcGiven = nil
            $0.notice = notice
        }, homeless: false, threatened: true, days: -5, duty: .prevention, reasonContains: "5 days ago, still in the home"),
        ThreatRow(name: "domestic abuse with the applicant at home: may be homeless now", today: "2026-05-10",
                  change: { $0.domesticAbuse = true }, homeless: false, threatened: true, days: 0, duty: .reliefOrPrevention,
                  reasonContains: "needs the officer's decision (s175(3), s177(1))", mayBe: true),
        ThreatRow(name: "abuse as a support need counts the same", today: "2026-05-10",
                  change: { $0.supportNeeds = [.domesticAbuse]; $0.lossDate = day("2026-09-01") }, homeless: false,
                  threatened: true, days: 0, duty: .reliefOrPrevention, mayBe: true),
        ThreatRow(name: "abuse having left the home: homeless", today: "2026-05-10",
                  change: { $0.domesticAbuse = true; $0.homelessNow = true }, homeless: true, threatened: false, days: 0,
                  duty: .relief),
        ThreatRow(name: "an abolished section 21: threatened? for the officer", today: "2026-05-10",
                  change: { $0.notice = section21(served: "2026-05-01", expires: "2026-07-01") }, homeless: false,
                  threatened: true, days: 52, duty: .prevention,
                  reasonContains: "no earlier than 2026-09-10 (section 8, grounds 1 or 1A)", unconfirmed: true),
        ThreatRow(name: "a failing section 21: a fresh one could end the tenancy no earlier than", today: "2026-04-10",
                  change: {
                      var notice = section21(served: "2026-04-01", expires: "2026-06-01")
                      notice.checks.depositProtected = false
                      $0.notice = notice
                  }, homeless: false, threatened: true, days: 52, duty: .prevention,
                  reasonContains: "(Deposit protected: no); a lawful notice served today could end the tenancy no earlier than "
                      + "2026-06-10 (a new section 21 notice)", unconfirmed: true),
        ThreatRow(name: "the officer found the invalid notice threatens the household", today: "2026-05-10", change: {
            var notice = section21(served: "2026-05-01", expires: "2026-07-01")
            notice.threatFinding = NoticeThreatFinding(threatened: true, decidedOn: day("2026-05-09"), decidedBy: "amara")
            $0.notice = notice
        }, homeless: false, threatened: true, days: 52, duty: .prevention, reasonContains: "still threatens the household"),
        ThreatRow(name: "the officer found the invalid notice does not threaten it", today: "2026-05-10", change: {
            var notice = section21(served: "2026-05-01", expires: "2026-07-01")
            notice.threatFinding = NoticeThreatFinding(threatened: false, decidedOn: day("2026-05-09"), decidedBy: "amara")
            $0.notice = notice
        }, homeless: false, threatened: false, days: nil, duty: .none, reasonContains: "does not threaten the household"),
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
        let notice = NoticeCheck(summary, today: today)
        let threat = ThreatAssessment(summary, notice: notice, today: today)
        let reasons = threat.reasons(notice: notice)
        #expect(threat.homeless == row.homeless)
        #expect(threat.threatened == row.threatened)
        #expect(threat.daysUntilLoss == row.days)
        #expect(threat.indicatedDuty == row.duty)
        #expect(mentions(reasons, row.reasonContains), "\(reasons.words(.commandLine))")
        #expect(threat.mayBeHomeless == row.mayBe)
        #expect(threat.unconfirmed == row.unconfirmed)
        if case .noticeExpiry = threat.basis {} else if threat.daysUntilLoss.map({ $0 < 0 }) ?? false {
            #expect(!mentions(reasons, "s175(5)"), "s175(5) is never for a notice already expired")
        }
    }

    @Test func homelessAndThreatenedNeverBothHold() {
        var rng = SeededRandom(seed: 175)
        let today = day("2026-06-15")
        for index in 0..<2_000 {
            let evaluation = CaseRules.evaluate(CaseSummary(randomCase(&rng, today: today, index: index)), today: today)
            #expect(!(evaluation.homeless && evaluation.threatened))
            #expect(!(evaluation.homeless && evaluation.mayBeHomeless))
            // Whoever may be homeless is never told "advice only".
            if evaluation.mayBeHomeless && evaluation.threat.ineligible == false { #expect(evaluation.indicatedDuty == .reliefOrPrevention) }
            if evaluation.threatened { #expect((evaluation.daysUntilLoss ?? 99) <= 56) }
        }
    }
}
