import CaseworkCore

/// Realistic cases for measuring the store: names from many languages, every stage of the journey, notices,
/// duties, plans, appointments and a timeline of notes; 4–8 KB of JSON each, as a council's records would be.
struct SyntheticCaseload: Sequence, IteratorProtocol {
    private var random: SeededRandom
    private var left: Int
    let today: Day
    static let officers = ["priya.shah", "tom.okafor", "ana.ferreira", "li.wei", "sam.jones", "fatima.begum"]

    init(count: Int, seed: UInt64, today: Day) {
        random = SeededRandom(seed: seed)
        left = count
        self.today = today
    }

    mutating func next() -> Case? {
        guard left > 0 else { return nil }
        left -= 1
        return make()
    }

    private static let firstNames = ["Hafid", "Ayisha", "Kaamil", "Olumide", "Zofia", "Siobhán", "José", "Mei", "Ngozi",
                                     "Dariusz", "Amara", "Björn", "Chidi", "Elif", "Farah", "Gareth", "Hiroshi", "Ioana",
                                     "Jamal", "Kasia", "Leilani", "Mohammed", "Nguyen", "Oksana", "Priya", "Rhys", "小龍"]
    private static let lastNames = ["Hafiz", "Okafor", "Kowalska", "Ní Bhriain", "García", "Chen", "Adeyemi", "Nowak",
                                    "Mensah", "Lindqvist", "Eze", "Yılmaz", "Rahman", "Evans", "Tanaka", "Popescu",
                                    "Begum", "Kaur", "Smith", "Jones", "Ahmed", "Williams", "Ferreira", "李"]
    private static let towns = ["Northam", "Eastwick", "Southby", "Westford"]
    private static let noteTexts = [
        "Called the applicant to confirm the landlord's notice and the date they must leave; advised on next steps.",
        "Spoke to the landlord, who agreed to hold off possession proceedings while we look for a private let.",
        "Applicant emailed bank statements and payslips; income assessed against local housing allowance rates.",
        "Referral made to the tenancy sustainment team; awaiting a call back about a deposit guarantee.",
        "Left a voicemail for the applicant about the missing documents and the assessment appointment.",
        "Benefits team confirmed the housing element is in payment; arrears are falling month on month.",
        "Discussed the personalised housing plan steps; applicant agreed to register with three letting agents.",
    ]

    private mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    private mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &random) < p }
    private mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }
    private mutating func day(_ daysAgo: ClosedRange<Int>) -> Day { today.adding(days: -int(daysAgo)) }

    private mutating func make() -> Case {
        let received = day(0...700)
        let created = Timestamp(day: received, secondOfDay: int(8 * 3600...17 * 3600))
        let officer = pick(Self.officers)
        let last = pick(Self.lastNames)
        let applicant = Applicant(
            firstName: pick(Self.firstNames), lastName: last, dateOfBirth: day(6000...25000), pregnant: chance(0.06),
            phone: "07\(int(100_000_000...999_999_999))", email: "applicant\(int(1...99999))@example.org",
            correspondenceAddress: chance(0.3) ? address() : nil, preferredLanguage: chance(0.2) ? "Polish" : nil,
            interpreterNeeded: chance(0.1), nationalInsuranceNumber: "QQ\(int(100_000...999_999))C")
        let type = pick(AccommodationType.allCases)
        let accommodation = Accommodation(
            type: type, tenancyStartedOn: type == .privateRented ? received.adding(days: -int(200...3000)) : nil,
            address: address(), landlord: type == .privateRented ? Party(name: "\(pick(Self.lastNames)) Lettings", phone: "0161 496 0\(int(100...999))") : nil,
            rent: "£\(int(450...1400)) a month", arrears: chance(0.3))
        var c = Case(ref: "", receivedOn: received, applicant: applicant, accommodation: accommodation, createdAt: created, createdBy: officer)
        c.externalId = chance(0.7) ? "WEB-\(int(100_000...999_999))" : nil
        c.status = pick(CaseStatus.allCases)
        c.household = (0..<int(0...4)).map { index in
            HouseholdMember(firstName: pick(Self.firstNames), lastName: last, dateOfBirth: day(index == 0 ? 6000...20000 : 100...6000),
                            relationship: index == 0 && chance(0.5) ? .partner : .child, pregnant: chance(0.03))
        }
        c.homelessNow = chance(0.35)
        c.lossDate = chance(0.3) ? received.adding(days: int(0...90)) : nil
        if type == .privateRented && chance(0.7) {
            let served = received.adding(days: -int(0...60))
            c.notice = chance(0.6)
                ? Notice(type: .section21, servedOn: served, expiresOn: served.adding(days: 61),
                         checks: NoticeChecks(depositProtected: chance(0.8), prescribedInformationGiven: chance(0.7) ? true : nil,
                                              gasSafetyCertificateGiven: true, epcGiven: chance(0.9), howToRentGiven: chance(0.6) ? true : nil,
                                              licensedIfRequired: nil))
                : Notice(type: .section8, servedOn: served, expiresOn: served.adding(days: 28), grounds: [pick(["8", "10", "11", "1", "1A"])])
        }
        c.reasonForLoss = pick(LossReason.allCases)
        c.domesticAbuse = chance(0.12)
        c.restricted = c.domesticAbuse
        c.careLeaver = chance(0.05)
        c.supportNeeds = SupportNeeds((0..<int(0...3)).map { _ in pick(SupportNeed.allCases) })
        c.documents = DocumentKind.allCases.shuffled(using: &random).prefix(int(3...6)).map { kind in
            let provided = chance(0.6)
            return DocumentCheck(kind: kind, provided: provided, requestedOn: received.adding(days: 1),
                                 receivedOn: provided ? received.adding(days: int(2...20)) : nil)
        }
        if chance(0.15) { c.referral = Referral(agency: pick(Referral.Agency.allCases), referredOn: received, consentGiven: true) }
        c.consentToShare = true
        c.findings = Findings(eligible: chance(0.8) ? true : nil, priorityNeed: chance(0.4) ? chance(0.5) : nil)
        c.triage = Triage(outcome: pick(TriageOutcome.allCases), decidedBy: officer, decidedOn: received.adding(days: 2))
        if chance(0.7) {
            let team = pick(Team.allCases)
            c.route = RouteDecision(team: team, suggested: chance(0.9) ? team : pick(Team.allCases), decidedBy: officer,
                                    decidedOn: received.adding(days: 3))
            c.assignedOfficer = pick(Self.officers)
        }
        if chance(0.6) {
            c.duties = [Duty(kind: c.homelessNow ? .relief : .prevention, startedOn: received.adding(days: 7), startedBy: officer,
                             endedOn: chance(0.3) ? received.adding(days: 50) : nil)]
            if c.duties[0].endedOn != nil { c.duties[0].endReason = pick(DutyEndReason.allCases) }
        }
        if chance(0.5) {
            c.assessment = Assessment(completedOn: received.adding(days: 10), completedBy: officer, reasonForLoss: c.reasonForLoss,
                                      circumstances: pick(Self.noteTexts), housingNeeds: "Two-bedroom home near the children's school.",
                                      supportNeeded: "Help with a deposit and rent in advance.")
            c.plan = Plan(steps: (1...int(2...6)).map { id in
                PlanStep(id: id, owner: pick(StepOwner.allCases), text: pick(Self.noteTexts), dueOn: received.adding(days: 14 + id * 7),
                         doneOn: chance(0.4) ? received.adding(days: 12 + id * 7) : nil)
            }, agreedOn: received.adding(days: 12), reviewDueOn: received.adding(days: 40))
        }
        c.appointments = (1..<int(1...3)).map { id in
            Appointment(id: id, kind: pick(AppointmentKind.allCases), on: received.adding(days: id * 9), startMinute: 60 * int(9...16),
                        officer: officer, status: pick(AppointmentStatus.allCases), location: "Civic Centre, room \(int(1...12))")
        }
        c.timeline = (1...int(4...14)).map { id in
            ContactEvent(id: id, at: Timestamp(day: received.adding(days: id * 3), secondOfDay: int(30_000...60_000)), by: pick(Self.officers),
                         channel: pick(ContactChannel.allCases), party: pick(ContactParty.allCases), text: pick(Self.noteTexts))
        }
        c.decisions = (0..<int(0...2)).map { id in
            Decision(id: id + 1, kind: pick(DecisionKind.allCases), outcome: "Decision letter sent with review rights.",
                     decidedOn: received.adding(days: 20 + id), decidedBy: officer, notifiedOn: received.adding(days: 21 + id))
        }
        c.updatedAt = Timestamp(day: Swift.min(today, received.adding(days: int(0...60))), secondOfDay: int(30_000...60_000))
        c.updatedBy = pick(Self.officers)
        return c
    }

    private mutating func address() -> Address {
        Address(lines: ["\(int(1...300)) \(pick(["High Street", "Mill Lane", "Station Road", "Park Avenue"]))"],
                town: pick(Self.towns), postcode: "NT\(int(1...20)) \(int(1...9))AB")
    }
}
