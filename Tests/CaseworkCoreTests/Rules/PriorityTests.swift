import Testing
@testable import CaseworkCore

struct ScoreRow: Sendable, CustomTestStringConvertible {
    let name: String
    let change: CaseChange
    let part: PriorityPart
    let points: Double

    var testDescription: String { name }
}

@Suite struct PriorityTests {
    static let today = day("2026-05-11")

    static func score(_ summary: CaseSummary, today: Day = PriorityTests.today) -> Double {
        CaseRules.evaluate(summary, today: today).score
    }

    static let rows: [ScoreRow] = [
        ScoreRow(name: "homeless tonight", change: { $0.homelessNow = true }, part: .homelessTonight, points: 100),
        ScoreRow(name: "loss today, not yet homeless", change: {
            $0.notice = section8(served: "2026-04-01", expires: "2026-05-11", grounds: ["8"])
        }, part: .lossWithin56Days, points: 80),
        ScoreRow(name: "loss in 28 days", change: { $0.lossDate = day("2026-06-08") }, part: .lossWithin56Days, points: 40),
        ScoreRow(name: "loss in 56 days", change: { $0.lossDate = day("2026-07-06") }, part: .lossWithin56Days, points: 0),
        ScoreRow(name: "homeless with a child may be owed s188", change: {
            $0.homelessNow = true
            $0.household = [child(born: "2020-01-01")]
        }, part: .possibleInterimDuty, points: 40),
        ScoreRow(name: "children", change: { $0.household = [child(born: "2020-01-01")] }, part: .dependentChildren, points: 25),
        ScoreRow(name: "pregnancy", change: { $0.applicant.pregnant = true }, part: .pregnancy, points: 20),
        ScoreRow(name: "aged 17", change: { $0.applicant.dateOfBirth = day("2009-01-01") }, part: .aged16Or17, points: 25),
        ScoreRow(name: "domestic abuse", change: { $0.domesticAbuse = true }, part: .domesticAbuse, points: 30),
        ScoreRow(name: "day 28 of a prevention duty", change: { $0.duties = [duty(.prevention, started: "2026-04-14")] },
                 part: .dutyClock, points: 15),
        ScoreRow(name: "may be homeless at home (abuse): a loss today", change: { $0.domesticAbuse = true },
                 part: .lossWithin56Days, points: 80),
        ScoreRow(name: "an invalid notice in 28 days: a threat to confirm", change: {
            $0.notice = section21(served: "2026-05-01", expires: "2026-06-08")
        }, part: .unconfirmedNoticeThreat, points: 20),
        ScoreRow(name: "an invalid notice is not scored as a certain loss", change: {
            $0.notice = section21(served: "2026-05-01", expires: "2026-06-08")
        }, part: .lossWithin56Days, points: 0),
        ScoreRow(name: "the officer found the invalid notice threatens: a loss", change: {
            var notice = section21(served: "2026-05-01", expires: "2026-06-08")
            notice.threatFinding = NoticeThreatFinding(threatened: true, decidedOn: day("2026-05-05"), decidedBy: "t")
            $0.notice = notice
        }, part: .lossWithin56Days, points: 40),
        ScoreRow(name: "homeless with a mental-health need may be owed s188", change: {
            $0.homelessNow = true
            $0.supportNeeds = [.mentalHealth]
        }, part: .possibleInterimDuty, points: 40),
        ScoreRow(name: "no documents penalty for a household homeless tonight", change: {
            $0.homelessNow = true
            $0.documents = [DocumentCheck(kind: .identity, provided: false, requestedOn: day("2026-05-02"))]
        }, part: .blockedOnDocuments, points: 0),
        ScoreRow(name: "ten days waiting", change: { _ in }, part: .waiting, points: 10),
        ScoreRow(name: "blocked on a requested document", change: {
            $0.documents = [DocumentCheck(kind: .identity, provided: false, requestedOn: day("2026-05-02"))]
        }, part: .blockedOnDocuments, points: -60),
        ScoreRow(name: "awaiting documents at triage", change: { $0.triage.outcome = .awaitingDocuments },
                 part: .blockedOnDocuments, points: -60),
    ]

    @Test(arguments: rows)
    func scoreParts(_ row: ScoreRow) {
        let evaluation = CaseRules.evaluate(makeSummary(row.change), today: PriorityTests.today)
        #expect(evaluation.priority[row.part] == row.points)
        let parts = evaluation.priority.parts
        #expect(parts.reduce(0) { $0 + $1.points } == evaluation.score)
        #expect(parts.allSatisfy { $0.points != 0 })
    }

    /// Homeless tonight with children ranks above threatened in 50 days and single, all else equal.
    @Test func homelessFamilyOutranksDistantSingleThreat() {
        var rng = SeededRandom(seed: 189)
        for index in 0..<2_000 {
            let base = randomCase(&rng, today: PriorityTests.today, index: index)
            var family = base
            family.homelessNow = true
            family.household = [child(born: "2021-04-01")]
            var single = base
            single.homelessNow = false
            single.accommodation.type = .privateRented
            single.lossDate = PriorityTests.today.adding(days: 50)
            single.notice = nil
            single.household = []
            single.applicant.pregnant = false
            #expect(PriorityTests.score(CaseSummary(family)) > PriorityTests.score(CaseSummary(single)), "\(base.ref)")
        }
    }

    /// Waiting on the applicant's documents ranks a case below the same case unblocked — unless the household is or may
    /// be homeless tonight, or may be owed interim accommodation (s188): the council cannot wait on papers to act.
    @Test func blockedRanksBelowUnblockedButNeverOutranksHomelessness() {
        var rng = SeededRandom(seed: 2)
        var exempt = 0
        for index in 0..<2_000 {
            var unblocked = randomCase(&rng, today: PriorityTests.today, index: index)
            unblocked.triage.outcome = nil
            unblocked.documents = unblocked.documents.map { var check = $0; check.requestedOn = nil; return check }
            var blocked = unblocked
            blocked.documents.append(DocumentCheck(kind: .proofOfIncome, provided: false, requestedOn: unblocked.receivedOn))
            let evaluation = CaseRules.evaluate(CaseSummary(blocked), today: PriorityTests.today)
            let cannotWait = evaluation.homeless || evaluation.mayBeHomeless || evaluation.interim.possible
            if cannotWait {
                exempt += 1
                #expect(evaluation.priority[.blockedOnDocuments] == 0, "\(unblocked.ref)")
                #expect(PriorityTests.score(CaseSummary(blocked)) == PriorityTests.score(CaseSummary(unblocked)), "\(unblocked.ref)")
            } else {
                #expect(PriorityTests.score(CaseSummary(blocked)) < PriorityTests.score(CaseSummary(unblocked)), "\(unblocked.ref)")
            }
        }
        #expect(exempt > 100 && exempt < 1_900)
    }

    /// Between otherwise equal cases the older application comes first in the queue.
    @Test func olderApplicationFirst() {
        var rng = SeededRandom(seed: 3)
        for index in 0..<2_000 {
            let newer = randomCase(&rng, today: PriorityTests.today, index: index)
            var older = newer
            older.ref = "H-\(900_000 + index)"
            older.receivedOn = newer.receivedOn.adding(days: -Int.random(in: 1...30, using: &rng))
            let olderKey = CaseRules.evaluate(CaseSummary(older), today: PriorityTests.today).queueKey
            let newerKey = CaseRules.evaluate(CaseSummary(newer), today: PriorityTests.today).queueKey
            #expect(olderKey < newerKey, "\(newer.ref)")
        }
    }

    /// Equal scores fall back to the application date, then the ref.
    @Test func tieBreak() {
        let keys = [QueueKey(score: 10, receivedOn: day("2026-05-02"), ref: "H-0002"),
                    QueueKey(score: 10, receivedOn: day("2026-05-01"), ref: "H-0003"),
                    QueueKey(score: 12, receivedOn: day("2026-05-09"), ref: "H-0009"),
                    QueueKey(score: 10, receivedOn: day("2026-05-01"), ref: "H-0001")]
        #expect(keys.sorted().map(\.ref) == ["H-0009", "H-0001", "H-0003", "H-0002"])
    }

    /// No case waits forever: however urgent a fresh case, a case that has waited long enough ranks above it.
    @Test func noCaseWaitsForever() {
        let weights = PriorityWeights.standard
        let bounded = weights.homelessTonight + weights.lossWithin56Days + weights.possibleInterimDuty
            + weights.dependentChildren + weights.pregnancy + weights.aged16Or17 + weights.careLeaver + weights.domesticAbuse
            + weights.emergency + weights.dutyClock + weights.blockedOnDocuments
        let patience = Int((bounded / weights.perDayWaiting).rounded(.up)) + 1
        var rng = SeededRandom(seed: 4)
        for index in 0..<2_000 {
            var waiting = randomCase(&rng, today: PriorityTests.today, index: index)
            waiting.receivedOn = PriorityTests.today.adding(days: -patience)
            var fresh = randomCase(&rng, today: PriorityTests.today, index: index + 10_000)
            fresh.receivedOn = PriorityTests.today
            #expect(PriorityTests.score(CaseSummary(waiting)) > PriorityTests.score(CaseSummary(fresh)), "\(waiting.ref)")
        }
    }

    @Test(arguments: [(true, true), (true, false), (false, true)])
    func queueAdmits(_ awaiting: Bool, _ eligible: Bool) {
        let summary = makeSummary {
            $0.status = awaiting ? .triage : .duty
            $0.findings.eligible = eligible ? nil : false
        }
        #expect(QueueOrder.admits(summary) == (awaiting && eligible))
        #expect(!QueueOrder.admits(makeSummary { $0.triage.outcome = .preventedAtTriage }))
    }
}
