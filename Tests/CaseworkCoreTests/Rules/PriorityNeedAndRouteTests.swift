import Testing
@testable import CaseworkCore

struct NeedRow: Sendable, CustomTestStringConvertible {
    let name: String
    let change: CaseChange
    let likely: Bool
    var reasonContains = ""
    var factor: VulnerabilityFactor? = nil

    var testDescription: String { name }
}

struct RouteRow: Sendable, CustomTestStringConvertible {
    let name: String
    var received = "2026-05-01"
    let change: CaseChange
    let team: Team
    var overridden = false
    var settings = RouteSettings.standard
    var reasonContains = ""

    var testDescription: String { name }
}

/// Born on 2 May 2002: 23 on an application of 1 May 2026, 24 from 2 May 2026.
private let bornMay2002: CaseChange = { $0.applicant.dateOfBirth = day("2002-05-02") }

@Suite struct PriorityNeedTests {
    static let today = day("2026-05-10")

    static let rows: [NeedRow] = [
        NeedRow(name: "single adult, nothing recorded", change: { _ in }, likely: false, reasonContains: "No automatic"),
        NeedRow(name: "a child of 3", change: { $0.household = [child(born: "2023-01-01")] }, likely: true,
                reasonContains: "Dependent children"),
        NeedRow(name: "two children", change: { $0.household = [child(born: "2023-01-01"), child(born: "2015-06-01")] },
                likely: true, reasonContains: "2 dependent children"),
        NeedRow(name: "a child of 18 may still be in education", change: { $0.household = [child(born: "2008-01-01")] },
                likely: true),
        NeedRow(name: "a son of 19 is not dependent", change: { $0.household = [child(born: "2007-01-01")] }, likely: false),
        NeedRow(name: "a child whose birth date is unknown", change: { $0.household = [child(born: nil)] }, likely: true),
        NeedRow(name: "pregnant applicant", change: { $0.applicant.pregnant = true }, likely: true, reasonContains: "Pregnancy"),
        NeedRow(name: "pregnant partner", change: {
            $0.household = [HouseholdMember(firstName: "Ana", lastName: "Sousa", dateOfBirth: nil, relationship: .partner,
                                            pregnant: true)]
        }, likely: true),
        NeedRow(name: "aged 17", change: { $0.applicant.dateOfBirth = day("2008-06-01") }, likely: true,
                reasonContains: "16 or 17"),
        NeedRow(name: "turned 18 today", change: { $0.applicant.dateOfBirth = day("2008-05-10") }, likely: false),
        NeedRow(name: "care leaver aged 20", change: {
            $0.careLeaver = true
            $0.applicant.dateOfBirth = day("2005-06-01")
        }, likely: true, reasonContains: "Care leaver aged 18 to 20"),
        NeedRow(name: "care leaver aged 21 is for judgement", change: {
            $0.careLeaver = true
            $0.applicant.dateOfBirth = day("2005-05-10")
        }, likely: false, factor: .careLeaver21Plus),
        NeedRow(name: "domestic abuse", change: { $0.domesticAbuse = true }, likely: true, reasonContains: "Domestic Abuse Act"),
        NeedRow(name: "fire or flood", change: { $0.emergency = true }, likely: true, reasonContains: "emergency"),
        NeedRow(name: "mental health is a vulnerability factor", change: { $0.supportNeeds = [.mentalHealth] }, likely: false,
                factor: .mentalHealth),
        NeedRow(name: "aged 64", change: { $0.applicant.dateOfBirth = day("1962-01-01") }, likely: false, factor: .oldAge),
        NeedRow(name: "referred by a hospital", change: {
            $0.referral = Referral(agency: .hospital, referredOn: day("2026-05-01"), consentGiven: true)
        }, likely: false, factor: .hospitalDischarge),
        NeedRow(name: "fleeing violence", change: { $0.reasonForLoss = .otherViolenceOrHarassment }, likely: false,
                factor: .fleeingViolence),
        NeedRow(name: "the council's finding wins", change: {
            $0.household = [child(born: "2023-01-01")]
            $0.findings.priorityNeed = false
        }, likely: false, reasonContains: "not in priority need"),
    ]

    @Test(arguments: rows)
    func indicators(_ row: NeedRow) {
        let need = PriorityNeedAssessment(makeSummary(row.change), today: PriorityNeedTests.today)
        #expect(need.likely == row.likely, "\(need.reasons)")
        #expect(mentions(need.reasons, row.reasonContains), "\(need.reasons)")
        if let factor = row.factor { #expect(need.vulnerability.contains(factor)) }
    }
}

@Suite struct RouteTests {
    static let rows: [RouteRow] = [
        RouteRow(name: "domestic abuse goes to the refuge first", change: {
            $0.domesticAbuse = true
            $0.applicant.dateOfBirth = day("2007-01-01")
        }, team: .refuge, reasonContains: "refuge"),
        RouteRow(name: "domestic abuse as a support need", change: { $0.supportNeeds = [.domesticAbuse] }, team: .refuge),
        RouteRow(name: "23 on the application date", change: bornMay2002, team: .youngPeople, reasonContains: "Aged 23"),
        RouteRow(name: "24 on the application date", received: "2026-05-02", change: bornMay2002, team: .council,
                 reasonContains: "Aged 24"),
        RouteRow(name: "young people's service before complex needs", change: {
            bornMay2002(&$0)
            $0.supportNeeds = [.roughSleeping]
        }, team: .youngPeople),
        RouteRow(name: "rough sleeping alone is complex", change: { $0.supportNeeds = [.roughSleeping] }, team: .intensive,
                 reasonContains: "Complex needs: rough sleeping"),
        RouteRow(name: "two support needs are complex", change: { $0.supportNeeds = [.mentalHealth, .learningDisability] },
                 team: .intensive),
        RouteRow(name: "one ordinary need is not complex", change: { $0.supportNeeds = [.mentalHealth] }, team: .council,
                 reasonContains: "not complex"),
        RouteRow(name: "the council can ask for three needs", change: { $0.supportNeeds = [.mentalHealth, .learningDisability] },
                 team: .council, settings: {
                     var settings = RouteSettings()
                     settings.complexNeeds = ComplexNeeds(minimumCount: 3, anyOf: [])
                     return settings
                 }()),
        RouteRow(name: "the council can raise the age limit", received: "2026-05-02", change: bornMay2002, team: .youngPeople,
                 settings: {
                     var settings = RouteSettings()
                     settings.youngPeopleUnderAge = 25
                     return settings
                 }()),
        RouteRow(name: "date of birth unknown", change: { $0.applicant.dateOfBirth = nil }, team: .council,
                 reasonContains: "Date of birth not recorded"),
        RouteRow(name: "an officer's override is what shows", change: {
            $0.supportNeeds = [.drugDependency]
            $0.route = RouteDecision(team: .council, suggested: .intensive, overrideReason: "engaging well",
                                     decidedBy: "tester", decidedOn: day("2026-05-02"))
        }, team: .council, overridden: true, reasonContains: "reason recorded"),
        RouteRow(name: "an accepted suggestion is not an override", change: {
            $0.supportNeeds = [.drugDependency]
            $0.route = RouteDecision(team: .intensive, suggested: .intensive, decidedBy: "tester", decidedOn: day("2026-05-02"))
        }, team: .intensive, reasonContains: "accepted"),
        RouteRow(name: "a route decided on facts since changed", change: {
            $0.domesticAbuse = true
            $0.route = RouteDecision(team: .council, suggested: .council, decidedBy: "tester", decidedOn: day("2026-05-02"))
        }, team: .council, overridden: true, reasonContains: "now suggest Refuge partner"),
    ]

    @Test(arguments: rows)
    func route(_ row: RouteRow) {
        let route = TriageRoute(makeSummary(received: row.received, row.change), settings: row.settings)
        #expect(route.team == row.team, "\(route.reasons)")
        #expect(route.overridden == row.overridden)
        #expect(mentions(route.reasons, row.reasonContains), "\(route.reasons)")
        #expect(!route.reasons.words(.commandLine).joined().contains("engaging well"))
    }
}

struct ReviewRow: Sendable, CustomTestStringConvertible {
    let kind: DecisionKind
    var endedDuty: DutyKind? = nil
    var referee = false
    let weeks: Int

    var testDescription: String { "\(kind.rawValue)\(endedDuty.map { " ending \($0.rawValue)" } ?? "")\(referee ? " with referee" : "")" }
}

@Suite struct ReviewRightsTests {
    static let rows: [ReviewRow] = [
        ReviewRow(kind: .eligibility, weeks: 8),
        ReviewRow(kind: .dutyOwed, weeks: 8),
        ReviewRow(kind: .planSteps, weeks: 3),
        ReviewRow(kind: .preventionDutyEnded, weeks: 3),
        ReviewRow(kind: .reliefDutyEnded, weeks: 8),
        ReviewRow(kind: .nonCooperation, endedDuty: .prevention, weeks: 3),
        ReviewRow(kind: .nonCooperation, endedDuty: .relief, weeks: 8),
        ReviewRow(kind: .nonCooperation, weeks: 3),
        ReviewRow(kind: .mainDuty, weeks: 8),
        ReviewRow(kind: .suitability, weeks: 8),
        ReviewRow(kind: .localConnectionReferral, weeks: 8),
        ReviewRow(kind: .localConnectionReferralJoint, weeks: 10),
        ReviewRow(kind: .localConnectionReferral, referee: true, weeks: 12),
        ReviewRow(kind: .eligibility, referee: true, weeks: 12),
    ]

    @Test(arguments: rows)
    func reviewDeadlines(_ row: ReviewRow) {
        let duties = row.endedDuty.map { [duty($0, started: "2026-03-01", ended: "2026-05-01", reason: .nonCooperation)] } ?? []
        let decision = Decision(id: 4, kind: row.kind, outcome: "", decidedOn: day("2026-05-01"), decidedBy: "x",
                                notifiedOn: day("2026-05-04"), reviewRequestedOn: day("2026-05-20"),
                                reviewWithReferee: row.referee)
        let rights = ReviewRights(decision, duties: duties)
        #expect(rights.reviewWeeks == row.weeks)
        #expect(rights.requestBy == day("2026-05-24"))
        #expect(rights.decideBy == day("2026-05-20").adding(days: row.weeks * 7 - 1))
    }

    /// Reg 9 / s202(3): the 21 days run from notification; unknown, the last day is unknown and nothing is late.
    @Test func anUnrecordedNotificationIsSaidNotGuessed() {
        let rights = ReviewRights(Decision(id: 1, kind: .dutyOwed, outcome: "", decidedOn: day("2026-05-01"), decidedBy: "x"),
                                  duties: [])
        #expect(rights.requestBy == nil)
        #expect(rights.decideBy == nil)
        #expect(!rights.isLate(day("2027-01-01")))
        #expect(rights.reasons == [.notificationNotRecorded])
        #expect(mentions(rights.reasons, "Notification not recorded"))
    }

    @Test func everyKindHasOnePeriod() {
        for kind in DecisionKind.allCases {
            #expect(ReviewRights.periods.filter { $0.kind == kind }.count == 1, "\(kind)")
        }
    }
}

@Suite struct SupportNeedBitTests {
    /// `bit` is a switch for speed; it must still be the position in `allCases` that the index's bits were written with.
    @Test(arguments: SupportNeed.allCases)
    func bitIsThePositionInAllCases(_ need: SupportNeed) {
        #expect(need.bit == SupportNeed.allCases.firstIndex(of: need))
        #expect(SupportNeeds([need]).contains(need))
        #expect(Array(SupportNeeds([need])) == [need])
    }
}
