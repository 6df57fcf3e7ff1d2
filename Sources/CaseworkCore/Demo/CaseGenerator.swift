/// Makes realistic synthetic cases at every stage of the journey, for the demo and for scale tests.
/// Deterministic: the same seed, day and staff give the same cases. Refs are left empty for the store to assign.
public struct CaseGenerator: Sendable {
    public let today: Day
    /// Domestic abuse is never a chance pick: recorded, it restricts the case and routes it to the refuge partner.
    static let chanceNeeds = SupportNeed.allCases.filter { $0 != .domesticAbuse }
    let staff: StaffDirectory
    var random: SeededRandom
    /// With history, applications are spread evenly over this many days before today and each case's stage follows
    /// from its age (`CaseHistory`); without, every case is drawn from `stages`, a snapshot of cases being worked.
    let historyDays: Int?

    public init(seed: UInt64, today: Day, staff: StaffDirectory, historyYears: Int = 0) {
        self.today = today
        self.staff = staff
        random = SeededRandom(seed: seed)
        historyDays = historyYears > 0 ? historyYears * 365 : nil
    }

    /// How far along the journey a generated case is, with how common that is in a live caseload.
    static let stages: [(CaseStatus, Int)] = [
        (.received, 12), (.triage, 14), (.routed, 8), (.appointmentBooked, 10), (.assessment, 8),
        (.duty, 28), (.dutyEnded, 12), (.closed, 8),
    ]

    /// Days between application and today, by stage.
    static func ageRange(_ stage: CaseStatus) -> ClosedRange<Int> {
        switch stage {
        case .received: 0...3
        case .triage: 1...12
        case .routed: 4...16
        case .appointmentBooked: 6...20
        case .assessment: 10...25
        case .duty: 14...75
        case .dutyEnded: 60...160
        case .closed: 90...330
        }
    }

    public mutating func next() -> Case {
        if let historyDays {
            let age = random.int(0...historyDays)
            return make(stage: CaseHistory.stage(atAge: age, random: &random), age: age)
        }
        let stage = random.weighted(Self.stages)
        return make(stage: stage)
    }

    /// A case at `stage`, applied for `age` days ago (by default an age usual for the stage).
    public mutating func make(stage: CaseStatus, age: Int? = nil) -> Case {
        let receivedOn = today.adding(days: -(age ?? random.int(Self.ageRange(stage))))
        let origin = random.pick(NamePools.origins)
        var record = Case(ref: "", receivedOn: receivedOn, applicant: applicant(origin: origin, on: receivedOn),
                          accommodation: Accommodation(type: .other),
                          createdAt: Timestamp(day: receivedOn, secondOfDay: random.int(8 * 3600...18 * 3600)),
                          createdBy: "online-form")
        record.externalId = "WEB-" + String(random.int(100_000...999_999)) + "-" + String(random.int(10...99))
        record.household = household(for: record.applicant, origin: origin, on: receivedOn)
        circumstances(into: &record)
        record.documents = DocumentChecklist.complete([], for: record, askedOn: receivedOn)
        let later = stage != .received && stage != .triage
        for index in record.documents.indices where random.chance(later ? 0.9 : 0.45) {
            record.documents[index].provided = true
            record.documents[index].receivedOn = receivedOn.adding(days: random.int(0...3))
        }
        record.consentToShare = random.chance(0.9)
        journey(to: stage, record: &record)
        record.restricted = record.domesticAbuse
        Self.monitoringFacts(into: &record, today: today)
        return record
    }

    mutating func applicant(origin: NamePools.Origin, on receivedOn: Day) -> Applicant {
        let age = random.weighted([(random.int(16...17), 2), (random.int(18...23), 20), (random.int(24...40), 45),
                                   (random.int(41...64), 25), (random.int(65...85), 8)])
        let born = receivedOn.adding(days: -(age * 365 + random.int(10...350)))
        let phone = "07" + String(random.int(100_000_000...999_999_999))
        let first = random.pick(origin.firstNames), last = random.pick(origin.familyNames)
        let ascii = (first + "." + last).lowercased().filter { $0.isASCII && ($0.isLetter || $0 == ".") }
        let email = random.chance(0.7) && ascii.count > 3 ? ascii + String(random.int(1...99)) + "@example.org" : nil
        return Applicant(firstName: first, lastName: last, dateOfBirth: born, pregnant: false, phone: phone, email: email,
                         preferredLanguage: origin.language, interpreterNeeded: origin.language != nil && random.chance(0.3))
    }

    mutating func household(for applicant: Applicant, origin: NamePools.Origin, on day: Day) -> [HouseholdMember] {
        guard let born = applicant.dateOfBirth, born.age(on: day) >= 18 else { return [] }
        var members: [HouseholdMember] = []
        let shape = random.weighted([("single", 45), ("couple", 10), ("lone-parent", 27), ("couple-children", 18)])
        if shape.hasPrefix("couple") {
            members.append(HouseholdMember(firstName: random.pick(origin.firstNames), lastName: applicant.lastName,
                                           dateOfBirth: born.adding(days: random.int(-2000...2000)), relationship: .partner,
                                           pregnant: random.chance(0.08)))
        }
        if shape.hasSuffix("children") || shape == "lone-parent" {
            let parentAge = born.age(on: day)
            for _ in 0..<random.weighted([(1, 5), (2, 4), (3, 2), (4, 1)]) {
                let childAge = random.int(0...max(0, min(17, parentAge - 17)))
                members.append(HouseholdMember(firstName: random.pick(origin.firstNames), lastName: applicant.lastName,
                                               dateOfBirth: day.adding(days: -(childAge * 365 + random.int(5...360))),
                                               relationship: .child))
            }
        }
        return members
    }

    /// Where they live, what is happening to the home, and the flags triage cares about.
    mutating func circumstances(into record: inout Case) {
        let receivedOn = record.receivedOn
        let type = random.weighted([(AccommodationType.privateRented, 40), (.familyOrFriends, 24), (.socialRented, 8),
                                    (.noFixedAbode, 7), (.roughSleeping, 5), (.hospital, 3), (.custody, 3),
                                    (.temporary, 4), (.ownerOccupier, 2), (.other, 4)])
        var accommodation = Accommodation(type: type)
        let rents = type == .privateRented || type == .socialRented
        if rents || type == .ownerOccupier {
            accommodation.tenancyStartedOn = receivedOn.adding(days: -random.int(200...3500))
            accommodation.address = Address(lines: ["\(random.int(1...180)) \(random.pick(NamePools.streets))"],
                                            town: "Watford", postcode: random.pick(NamePools.postcodes))
            accommodation.rent = "£\(random.int(140...420)) a week"
            accommodation.arrears = random.chance(0.3)
        }
        if type == .privateRented {
            accommodation.landlord = Party(name: random.pick(NamePools.landlords), phone: "01923 \(random.int(100_000...999_999))")
        }
        record.accommodation = accommodation

        switch type {
        case .noFixedAbode, .roughSleeping:
            record.homelessNow = true
            record.reasonForLoss = random.pick([.familyNoLongerWilling, .friendsNoLongerWilling, .relationshipBreakdown, .other])
        case .familyOrFriends:
            record.homelessNow = random.chance(0.35)
            record.lossDate = record.homelessNow ? nil : receivedOn.adding(days: random.int(5...70))
            record.reasonForLoss = random.pick([.familyNoLongerWilling, .friendsNoLongerWilling])
        case .hospital, .custody:
            record.lossDate = receivedOn.adding(days: random.int(3...40))
            record.reasonForLoss = .leftInstitution
            record.referral = Referral(agency: type == .hospital ? .hospital : random.pick([.prison, .probation]),
                                       referredOn: receivedOn.adding(days: -random.int(0...3)), consentGiven: true,
                                       referrer: Party(name: "Duty to refer team", email: "dtr@nhs.example.org"))
        case .privateRented:
            record.notice = notice(tenancyStartedOn: accommodation.tenancyStartedOn!, receivedOn: receivedOn)
            record.lossDate = record.notice == nil ? receivedOn.adding(days: random.int(20...90)) : nil
            record.reasonForLoss = accommodation.arrears == true ? .rentArrears : .endOfPrivateTenancy
        case .socialRented:
            if random.chance(0.6) {
                let served = receivedOn.adding(days: -random.int(1...25))
                record.notice = Notice(type: .section8, servedOn: served, expiresOn: served.adding(days: 28), grounds: ["8", "10"])
            } else {
                record.lossDate = receivedOn.adding(days: random.int(20...80))
            }
            record.reasonForLoss = .rentArrears
        default:
            record.lossDate = receivedOn.adding(days: random.int(10...80))
            record.reasonForLoss = .other
        }

        record.domesticAbuse = random.chance(0.08)
        if record.domesticAbuse {
            record.homelessNow = true
            record.lossDate = nil
            record.reasonForLoss = .domesticAbuse
        }
        let age = record.applicant.dateOfBirth.map { $0.age(on: receivedOn) } ?? 30
        record.careLeaver = age <= 24 && random.chance(0.15)
        record.emergency = random.chance(0.01)
        record.applicant.pregnant = random.chance(0.05)
        var needs = SupportNeeds()
        for _ in 0..<random.weighted([(0, 40), (1, 30), (2, 18), (3, 12)]) { needs.insert(random.pick(Self.chanceNeeds)) }
        if record.domesticAbuse { needs.insert(.domesticAbuse) }
        if type == .roughSleeping { needs.insert(.roughSleeping) }
        if record.careLeaver { needs.insert(age <= 20 ? .careLeaver18To20 : .careLeaver21Plus) }
        record.supportNeeds = needs
    }

    /// A notice of the regime in force on its service date: section 21 before 1 May 2026, section 8 after.
    mutating func notice(tenancyStartedOn: Day, receivedOn: Day) -> Notice? {
        guard random.chance(0.75) else { return nil }
        let served = receivedOn.adding(days: -random.int(5...70))
        let rraStart = Day(year: 2026, month: 5, day: 1)!
        func check() -> Bool? { random.weighted([(true, 8), (false, 1), (nil, 2)]) }
        var checks = NoticeChecks(depositProtected: check(), prescribedInformationGiven: check(), gasSafetyCertificateGiven: check(),
                                  epcGiven: check(), howToRentGiven: check(), licensedIfRequired: check())
        // The two bars are asked about with the deposit: no bar where that is known, unknown where it is not.
        checks.retaliatoryEviction = checks.depositProtected.map { _ in false }
        checks.prohibitedPaymentHeld = checks.depositProtected.map { _ in false }
        if served < rraStart {
            let proceedings = random.chance(0.4) ? served.adding(days: random.int(60...80)) : nil
            return Notice(type: .section21, servedOn: served, expiresOn: served.adding(months: 2), grounds: [],
                          proceedingsIssuedOn: proceedings, checks: checks)
        }
        let ground = random.weighted([("1", 4), ("1A", 3), ("8", 3), ("14", 1)])
        let period = ground == "8" ? 28 : ground == "14" ? 1 : 122
        return Notice(type: .section8, servedOn: served, expiresOn: served.adding(days: period), grounds: [ground])
    }

    mutating func officer(_ role: Role, team: Team? = nil) -> String {
        let candidates = staff.members.filter { $0.role == role && (team == nil || $0.team == team) }
        let pool = candidates.isEmpty ? staff.members.filter { $0.role == role } : candidates
        return pool.isEmpty ? (staff.members.first?.id ?? "system") : random.pick(pool).id
    }
}
