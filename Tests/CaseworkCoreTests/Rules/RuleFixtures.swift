@testable import CaseworkCore

/// `"2026-05-01"` as a Day; tests read better with dates as text.
func day(_ text: String) -> Day { Day(iso: text)! }

/// A change to a case, as a table row carries it.
typealias CaseChange = @Sendable (inout Case) -> Void

/// A plain case: a 35-year-old alone in a private let since 2024, received on 1 May 2026, nothing else known.
func makeCase(ref: String = "H-0001", received: String = "2026-05-01", _ change: CaseChange = { _ in }) -> Case {
    var record = Case(ref: ref, receivedOn: day(received),
                      applicant: Applicant(firstName: "Amira", lastName: "Okonkwo-Ślązak", dateOfBirth: day("1991-03-15")),
                      accommodation: Accommodation(type: .privateRented, tenancyStartedOn: day("2024-01-01")),
                      createdAt: Timestamp(day: day(received), secondOfDay: 9 * 3600), createdBy: "tester")
    change(&record)
    return record
}

func makeSummary(ref: String = "H-0001", received: String = "2026-05-01", _ change: CaseChange = { _ in }) -> CaseSummary {
    CaseSummary(makeCase(ref: ref, received: received, change))
}

func child(born: String?) -> HouseholdMember {
    HouseholdMember(firstName: "Kaamil", lastName: "Hafiz", dateOfBirth: born.map(day), relationship: .child)
}

/// A section 21 with every landlord check confirmed, served and expiring on the given days.
func section21(served: String?, expires: String?, proceedings: String? = nil) -> Notice {
    Notice(type: .section21, servedOn: served.map(day), expiresOn: expires.map(day),
           proceedingsIssuedOn: proceedings.map(day),
           checks: NoticeChecks(depositProtected: true, prescribedInformationGiven: true, gasSafetyCertificateGiven: true,
                                epcGiven: true, howToRentGiven: true, licensedIfRequired: true, retaliatoryEviction: false,
                                prohibitedPaymentHeld: false))
}

func section8(served: String?, expires: String?, grounds: [String]) -> Notice {
    Notice(type: .section8, servedOn: served.map(day), expiresOn: expires.map(day), grounds: grounds)
}

func duty(_ kind: DutyKind, started: String, ended: String? = nil, reason: DutyEndReason? = nil) -> Duty {
    Duty(kind: kind, startedOn: day(started), startedBy: "tester", endedOn: ended.map(day), endReason: reason)
}

/// The rules' property tests draw percentages and dates from the core's seeded generator.
extension SeededRandom {
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &self) < percent }
    mutating func optionalBool() -> Bool? { chance(20) ? nil : chance(50) }
    mutating func day(near base: Day, within days: ClosedRange<Int>) -> Day {
        base.adding(days: Int.random(in: days, using: &self))
    }
}

/// A random but plausible case received before `today`: every fact the rules read varies.
func randomCase(_ rng: inout SeededRandom, today: Day, index: Int) -> Case {
    let received = rng.day(near: today, within: -120...0)
    var record = Case(ref: "H-\(100_000 + index)", receivedOn: received,
                      applicant: Applicant(firstName: "Nguyễn", lastName: "王\(index)",
                                           dateOfBirth: rng.chance(90) ? rng.day(near: today, within: -30_000 ... -5_500) : nil,
                                           pregnant: rng.chance(8)),
                      accommodation: Accommodation(type: AccommodationType.allCases.randomElement(using: &rng)!,
                                                   tenancyStartedOn: rng.chance(80) ? rng.day(near: today, within: -3000 ... -30) : nil),
                      createdAt: Timestamp(day: received, secondOfDay: 3600), createdBy: "generator")
    record.status = CaseStatus.allCases.randomElement(using: &rng)!
    record.homelessNow = rng.chance(25)
    record.lossDate = rng.chance(40) ? rng.day(near: today, within: -10...120) : nil
    if rng.chance(45) {
        let served = rng.day(near: today, within: -200...0)
        record.notice = Notice(type: NoticeType.allCases.randomElement(using: &rng)!, servedOn: rng.chance(90) ? served : nil,
                               expiresOn: rng.chance(90) ? served.adding(days: Int.random(in: 0...150, using: &rng)) : nil,
                               grounds: rng.chance(70) ? [["1", "1A", "8", "10", "14", "99", "ground 7a"].randomElement(using: &rng)!] : [],
                               proceedingsIssuedOn: rng.chance(15) ? served.adding(days: Int.random(in: 30...200, using: &rng)) : nil,
                               checks: NoticeChecks(depositProtected: rng.optionalBool(), prescribedInformationGiven: rng.optionalBool(),
                                                    gasSafetyCertificateGiven: rng.optionalBool(), epcGiven: rng.optionalBool(),
                                                    howToRentGiven: rng.optionalBool(), licensedIfRequired: rng.optionalBool(),
                                                    retaliatoryEviction: rng.optionalBool(), prohibitedPaymentHeld: rng.optionalBool()))
    }
    record.household = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
        HouseholdMember(firstName: "Ayisha", lastName: "Hafiz", dateOfBirth: rng.day(near: today, within: -20_000 ... -30),
                        relationship: Relationship.allCases.randomElement(using: &rng)!, pregnant: rng.chance(5))
    }
    record.domesticAbuse = rng.chance(10)
    record.careLeaver = rng.chance(8)
    record.emergency = rng.chance(3)
    record.supportNeeds = SupportNeeds(bits: UInt32.random(in: 0...UInt32.max, using: &rng) & UInt32.random(in: 0...UInt32.max, using: &rng)
        & UInt32.random(in: 0...UInt32.max, using: &rng) & ((1 << UInt32(SupportNeed.allCases.count)) - 1))
    record.documents = DocumentKind.allCases.prefix(Int.random(in: 0...4, using: &rng)).map {
        DocumentCheck(kind: $0, provided: rng.chance(60), requestedOn: rng.chance(50) ? received : nil)
    }
    record.findings = Findings(eligible: rng.optionalBool(), priorityNeed: rng.optionalBool(), intentionallyHomeless: rng.optionalBool())
    if rng.chance(30) {
        record.duties = [Duty(kind: DutyKind.allCases.randomElement(using: &rng)!, startedOn: rng.day(near: received, within: 0...60),
                              startedBy: "generator")]
    }
    if rng.chance(20) { record.assessment = Assessment(completedOn: rng.day(near: received, within: 0...40), completedBy: "generator") }
    if rng.chance(15) {
        record.decisions = [Decision(id: 1, kind: DecisionKind.allCases.randomElement(using: &rng)!, outcome: "Ayisha Hafiz, 4 Elm Row",
                                     decidedOn: rng.day(near: today, within: -40...0), decidedBy: "generator",
                                     reviewRequestedOn: rng.chance(50) ? rng.day(near: today, within: -30...0) : nil)]
    }
    return record
}

/// True when some reason, as the command line words it, contains `text`; an empty `text` asks nothing.
func mentions<Reason: RuleReason>(_ reasons: [Reason], _ text: String) -> Bool {
    text.isEmpty || reasons.words(.commandLine).contains { $0.contains(text) }
}
