/// The demo caseload: the personas of DOMAIN.md written out by hand (the Hafiz family first), then generated
/// cases at every stage, all dated relative to today so the demo never goes stale.
public enum DemoCaseload {
    public static let generatedCount = 36
    public static let seed: UInt64 = 2017

    public static func cases(today: Day) -> [Case] {
        var personas = Personas(today: today)
        var generator = CaseGenerator(seed: seed, today: today, staff: DemoStaff.directory)
        return personas.all().map { DemoPlans.enriched($0, today: today) } + (0..<generatedCount).map { _ in generator.next() }
    }
}

/// Each persona is one short story a trainer can tell while showing the console.
private struct Personas {
    let today: Day
    var nextStamp = 9 * 3600
    var made = 0

    init(today: Day) { self.today = today }

    func day(_ offset: Int) -> Day { today.adding(days: offset) }

    /// A fixed date of the Renters' Rights Act era, but never in the future of a demo run on an earlier day.
    func fixed(_ year: Int, _ month: Int, _ dayOfMonth: Int, notAfter offset: Int) -> Day {
        min(Day(year: year, month: month, day: dayOfMonth)!, day(offset))
    }

    func born(_ years: Int, _ extraDays: Int = 40) -> Day { today.adding(days: -(years * 365 + years / 4 + extraDays)) }

    mutating func base(_ first: String, _ last: String, age: Int, received: Int, type: AccommodationType,
              phone: String = "07700 900123", language: String? = nil) -> Case {
        let applicant = Applicant(firstName: first, lastName: last, dateOfBirth: born(age), phone: phone,
                                  preferredLanguage: language, interpreterNeeded: language != nil)
        var record = Case(ref: "", receivedOn: day(received), applicant: applicant, accommodation: Accommodation(type: type),
                          createdAt: Timestamp(day: day(received), secondOfDay: 10 * 3600), createdBy: "online-form")
        made += 1
        record.externalId = "WEB-DEMO-" + Day.pad(made, 3)
        record.consentToShare = true
        return record
    }

    func child(_ first: String, _ last: String, age: Int) -> HouseholdMember {
        HouseholdMember(firstName: first, lastName: last, dateOfBirth: born(age, 100), relationship: .child)
    }

    func address(_ line: String, _ postcode: String) -> Address { Address(lines: [line], town: "Watford", postcode: postcode) }

    mutating func note(_ record: inout Case, _ offset: Int, _ party: ContactParty, _ channel: ContactChannel, by: String, _ text: String) {
        nextStamp += 1800
        record.timeline.append(ContactEvent(id: record.nextTimelineId, at: Timestamp(day: day(offset), secondOfDay: nextStamp % 30_000 + 9 * 3600),
                                            by: by, channel: channel, party: party, text: text))
    }

    func documents(_ record: Case, provided: Set<DocumentKind>) -> [DocumentCheck] {
        DocumentChecklist.complete([], for: record, askedOn: record.receivedOn).map { check in
            var check = check
            if provided.contains(check.kind) {
                check.provided = true
                check.receivedOn = record.receivedOn
                check.requestedOn = nil
            }
            return check
        }
    }

    func routed(_ record: inout Case, by officer: String, on offset: Int, to caseworker: String) {
        let team = CaseGenerator.routeSuggestion(for: record)
        record.triage = Triage(outcome: .readyForAppointment, decidedBy: officer, decidedOn: day(offset))
        record.route = RouteDecision(team: team, suggested: team, decidedBy: officer, decidedOn: day(offset))
        record.assignedOfficer = caseworker
        record.status = .routed
    }

    mutating func all() -> [Case] {
        [hafiz(), kofi(), ayse(), stanislaw(), liam(), obi(), meiling(), lan(), renee(), fadumo(), gareth(), dariusz(), mehmet(), amina()]
    }

    /// The seed council's own persona: landlord wants the flat back to live in; prevention duty.
    mutating func hafiz() -> Case {
        var record = base("Hafid", "Hafiz", age: 27, received: -9, type: .privateRented, phone: "07700 900417")
        record.applicant.email = "hafid.hafiz@example.org"
        record.household = [HouseholdMember(firstName: "Ayisha", lastName: "Hafiz", dateOfBirth: born(25), relationship: .partner),
                            child("Kaamil", "Hafiz", age: 3)]
        record.accommodation = Accommodation(type: .privateRented, tenancyStartedOn: today.adding(months: -74),
                                             address: address("Flat 2, 41 Market Street", "WD18 0PS"),
                                             landlord: Party(name: "Mrs E. Barrow", phone: "01923 400512"),
                                             rent: "£1,050 a month", arrears: false)
        let served = day(-75)
        record.notice = Notice(type: .section8, servedOn: served, expiresOn: served.adding(months: 4), grounds: ["1"],
                               checks: NoticeChecks(depositProtected: true, prescribedInformationGiven: true,
                                                    gasSafetyCertificateGiven: true, epcGiven: true, howToRentGiven: true,
                                                    licensedIfRequired: true))
        record.reasonForLoss = .endOfPrivateTenancy
        record.supportNeeds = []
        record.documents = documents(record, provided: [.identity, .tenancyAgreement, .notice, .birthCertificates, .proofOfIncome])
        note(&record, -8, .applicant, .call, by: "priya", "Called Hafid to confirm the form. Landlord wants the flat back for her own use; no arrears in six years. Hafid drives a taxi (car on finance, needed for work). No savings for a deposit and month in advance.")
        note(&record, -7, .landlord, .call, by: "priya", "Spoke to Mrs Barrow. She is moving back in and will not withdraw the notice, but would give a good reference and return the deposit promptly.")
        routed(&record, by: "priya", on: -6, to: "amara")
        record.appointments = [Appointment(id: 1, kind: .assessmentInterview, on: day(-3), startMinute: 600, officer: "amara",
                                           status: .attended, location: "Town Hall, interview room 1")]
        record.assessment = Assessment(completedOn: day(-3), completedBy: "amara", reasonForLoss: .endOfPrivateTenancy,
                                       circumstances: "Landlord seeking possession under ground 1 (occupation by landlord). Six years' tenancy, no arrears.",
                                       housingNeeds: "Two-bedroom home in Watford, near Kaamil's nursery; private rented suitable with help towards a deposit.",
                                       supportNeeded: "Rent deposit scheme; help to register with letting agents; budgeting for the car finance.")
        record.findings = Findings(eligible: true)
        record.duties = [Duty(kind: .prevention, startedOn: day(-3), startedBy: "amara")]
        record.decisions = [Decision(id: 1, kind: .dutyOwed, outcome: "Prevention duty owed", decidedOn: day(-3), decidedBy: "amara", notifiedOn: day(-2))]
        record.plan = Plan(steps: [
            PlanStep(id: 1, owner: .applicantRequired, text: "Register with three letting agents and send us their details", dueOn: day(7)),
            PlanStep(id: 2, owner: .applicantRecommended, text: "Join the housing register online", dueOn: day(10)),
            PlanStep(id: 3, owner: .council, text: "Offer a rent deposit scheme bond and month in advance", dueOn: day(5)),
            PlanStep(id: 4, owner: .council, text: "Ask Mrs Barrow for a landlord reference", dueOn: day(-1)),
        ], reviewDueOn: day(25))
        note(&record, -3, .applicant, .visit, by: "amara", "Assessment interview with Hafid and Ayisha. Draft plan discussed; they will think about the steps over the weekend.")
        record.status = .duty
        record.assignedOfficer = "amara"
        return record
    }

    /// A 19-year-old sofa-surfing after a family breakdown: the young people's service.
    mutating func kofi() -> Case {
        var record = base("Kofi", "Asante", age: 19, received: -1, type: .familyOrFriends, phone: "07700 900218")
        record.homelessNow = true
        record.reasonForLoss = .familyNoLongerWilling
        record.supportNeeds = [.youngPerson18To25, .educationEmploymentTraining]
        record.documents = documents(record, provided: [.identity])
        record.assignedOfficer = "tomasz"
        // Sofa-surfing: letters go to his college, where he is every weekday.
        record.applicant.correspondenceAddress = Address(lines: ["c/o Student Services", "West Herts College, Hempstead Road"],
                                                         town: "Watford", postcode: "WD17 3EZ")
        return record
    }

    /// Fleeing domestic abuse with two children: refuge partner, priority need, a restricted record.
    mutating func ayse() -> Case {
        var record = base("Ayşe", "Yılmaz", age: 31, received: 0, type: .noFixedAbode, phone: "07700 900999", language: "Turkish")
        record.household = [child("Elif", "Yılmaz", age: 8), child("Can", "Yılmaz", age: 5)]
        record.homelessNow = true
        record.domesticAbuse = true
        record.restricted = true
        record.reasonForLoss = .domesticAbuse
        record.supportNeeds = [.domesticAbuse, .mentalHealth]
        record.documents = documents(record, provided: [.identity])
        record.status = .triage
        record.triage = Triage(outcome: .awaitingDocuments, decidedBy: "ruth", decidedOn: day(0))
        record.assignedOfficer = "ruth"
        note(&record, 0, .applicant, .call, by: "ruth", "Safe number only. Left the family home last night with both children; staying in a hotel paid by a friend for one night. Do not contact the former address.")
        return record
    }

    /// Discharged from hospital through a duty to refer; cannot go back to an inaccessible flat.
    mutating func stanislaw() -> Case {
        var record = base("Stanisław", "Nowak", age: 58, received: -2, type: .hospital, language: "Polish")
        record.lossDate = day(6)
        record.reasonForLoss = .leftInstitution
        record.referral = Referral(agency: .hospital, referredOn: day(-3), consentGiven: true,
                                   referrer: Party(name: "Discharge team, Watford General", phone: "01923 244366"))
        record.supportNeeds = [.physicalIllHealthOrDisability]
        record.documents = documents(record, provided: [.identity, .medicalEvidence])
        record.status = .triage
        record.triage = Triage(outcome: .awaitingDocuments, decidedBy: "priya", decidedOn: day(-1))
        record.assignedOfficer = "priya"
        note(&record, -1, .referrer, .call, by: "priya", "Discharge planned in six days. Wheelchair user since the stroke; the second-floor flat has no lift.")
        return record
    }

    /// A single rough sleeper with a drug dependency: the intensive team.
    mutating func liam() -> Case {
        var record = base("Liam", "O'Connor", age: 34, received: -6, type: .roughSleeping, phone: "07700 900331")
        record.homelessNow = true
        record.reasonForLoss = .friendsNoLongerWilling
        record.supportNeeds = [.roughSleeping, .drugDependency, .mentalHealth]
        record.documents = documents(record, provided: [.identity, .proofOfIncome])
        note(&record, -5, .other, .call, by: "tomasz", "Outreach team met Liam near the station; he agreed to a triage call and has a phone for now.")
        routed(&record, by: "tomasz", on: -2, to: "kwame")
        return record
    }

    /// A family in rent arrears with a section 8 notice on the arrears grounds.
    mutating func obi() -> Case {
        var record = base("Chukwuemeka", "Obi", age: 41, received: -10, type: .socialRented, phone: "07700 900552")
        record.household = [HouseholdMember(firstName: "Adaeze", lastName: "Obi", dateOfBirth: born(38), relationship: .partner),
                            child("Chidi", "Obi", age: 12), child("Ngozi", "Obi", age: 9), child("Ifeoma", "Obi", age: 2)]
        record.accommodation = Accommodation(type: .socialRented, tenancyStartedOn: today.adding(months: -50),
                                             address: address("17 Cassio Road", "WD18 0QQ"), rent: "£182 a week", arrears: true)
        let served = day(-20)
        record.notice = Notice(type: .section8, servedOn: served, expiresOn: served.adding(days: 28), grounds: ["8", "10"])
        record.reasonForLoss = .rentArrears
        record.supportNeeds = [.educationEmploymentTraining]
        record.documents = documents(record, provided: [.identity, .proofOfIncome, .bankStatements, .tenancyAgreement, .notice, .birthCertificates])
        note(&record, -9, .benefits, .email, by: "priya", "Asked the benefits team about the housing costs element: stopped for eight weeks after a missed review.")
        routed(&record, by: "priya", on: -6, to: "dev")
        record.appointments = [Appointment(id: 1, kind: .assessmentInterview, on: today.adding(workingDays: 2), startMinute: 630, officer: "dev",
                                           location: "Town Hall, interview room 2")]
        record.status = .appointmentBooked
        return record
    }

    /// A section 21 served before 1 May 2026 with no proceedings by 31 July 2026: no longer usable.
    mutating func meiling() -> Case {
        var record = base("美玲", "陈", age: 42, received: -4, type: .privateRented, language: "Mandarin")
        record.household = [child("Jun", "Chen", age: 15)]
        record.accommodation = Accommodation(type: .privateRented, tenancyStartedOn: fixed(2021, 9, 1, notAfter: -400),
                                             address: address("8 Hempstead Road", "WD17 4LG"),
                                             landlord: Party(name: "Hillside Lettings Ltd", email: "lettings@hillside.example.org"))
        let served = fixed(2026, 4, 20, notAfter: -60)
        record.notice = Notice(type: .section21, servedOn: served, expiresOn: served.adding(months: 2),
                               checks: NoticeChecks(depositProtected: true, prescribedInformationGiven: nil, gasSafetyCertificateGiven: true,
                                                    epcGiven: true, howToRentGiven: true, licensedIfRequired: true,
                                                    retaliatoryEviction: false, prohibitedPaymentHeld: false))
        record.reasonForLoss = .endOfPrivateTenancy
        record.documents = documents(record, provided: [.identity, .tenancyAgreement, .notice])
        record.status = .triage
        record.triage = Triage(outcome: .incomplete, decidedBy: "tomasz", decidedOn: day(-3))
        record.assignedOfficer = "tomasz"
        note(&record, -3, .applicant, .call, by: "tomasz", "Call with a Mandarin interpreter. The agent says they will go to court \"soon\"; no papers received. 📞 Asked her to send any court letters at once.")
        return record
    }

    /// Pregnant and asked to leave by friends: priority need from pregnancy.
    mutating func lan() -> Case {
        var record = base("Lan", "Nguyễn Thị", age: 29, received: 0, type: .familyOrFriends, language: "Vietnamese")
        record.applicant.pregnant = true
        record.lossDate = day(20)
        record.reasonForLoss = .friendsNoLongerWilling
        record.documents = documents(record, provided: [])
        record.assignedOfficer = "priya"
        return record
    }

    /// A care leaver on day 50 of the relief duty (day 1 is its start): the deadline alert, and a main-duty decision
    /// due once its 56 days end; in emergency accommodation meanwhile (s188).
    mutating func renee() -> Case {
        var record = base("Rene\u{301}e", "Lefe\u{300}vre", age: 20, received: -56, type: .familyOrFriends, phone: "07700 900664")
        record.homelessNow = true
        record.careLeaver = true
        record.reasonForLoss = .familyNoLongerWilling
        record.supportNeeds = [.careLeaver18To20, .youngPerson18To25]
        record.documents = documents(record, provided: [.identity, .proofOfIncome, .bankStatements])
        routed(&record, by: "priya", on: -54, to: "siobhan")
        record.assessment = Assessment(completedOn: day(-50), completedBy: "siobhan", reasonForLoss: .familyNoLongerWilling,
                                       circumstances: "Left foster care at 18; stayed with a former foster sibling until asked to leave.",
                                       housingNeeds: "Supported accommodation or a studio near college.",
                                       supportNeeded: "Personal adviser from leaving care team; tenancy skills course.",
                                       notifiedInWritingOn: day(-49))
        record.findings = Findings(eligible: true, priorityNeed: true, intentionallyHomeless: false)
        record.duties = [Duty(kind: .relief, startedOn: day(-49), startedBy: "siobhan")]
        record.decisions = [Decision(id: 1, kind: .dutyOwed, outcome: "Relief duty owed", decidedOn: day(-49), decidedBy: "siobhan", notifiedOn: day(-48))]
        record.interimAccommodation = InterimAccommodation(outcome: .provided, recordedOn: day(-49), recordedBy: "siobhan")
        record.plan = Plan(steps: [
            PlanStep(id: 1, owner: .applicantRequired, text: "Attend the viewing at the supported housing scheme", dueOn: day(-40), doneOn: day(-41)),
            PlanStep(id: 2, owner: .council, text: "Refer to the young people's supported housing pathway", dueOn: day(-45), doneOn: day(-46)),
            PlanStep(id: 3, owner: .council, text: "Chase the scheme for a move-in date", dueOn: day(-5)),
        ], agreedOn: day(-48), notifiedInWritingOn: day(-47), reviewDueOn: day(-20), lastReviewedOn: day(-30))
        note(&record, -18, .applicant, .call, by: "siobhan", "Renée is on the waiting list for the scheme; no date yet. Staying in emergency accommodation meanwhile.")
        record.status = .duty
        return record
    }

    /// A section 21 served before 1 May 2026 with proceedings issued in time: s195(6) stops the 56-day ending.
    mutating func fadumo() -> Case {
        var record = base("Fadumo", "Warsame", age: 37, received: -64, type: .privateRented, phone: "07700 900775", language: "Somali")
        record.household = [child("Hodan", "Warsame", age: 10), child("Abdi", "Warsame", age: 6)]
        record.accommodation = Accommodation(type: .privateRented, tenancyStartedOn: fixed(2022, 2, 14, notAfter: -500),
                                             address: address("63 Whippendell Road", "WD18 7NB"),
                                             landlord: Party(name: "Mr K. Sandhu", phone: "07700 900886"), rent: "£1,200 a month",
                                             tenancyPeriod: .monthly)
        let served = fixed(2026, 3, 10, notAfter: -120)
        record.notice = Notice(type: .section21, servedOn: served, expiresOn: served.adding(months: 2),
                               proceedingsIssuedOn: fixed(2026, 7, 20, notAfter: -70),
                               checks: NoticeChecks(depositProtected: true, prescribedInformationGiven: true, gasSafetyCertificateGiven: true,
                                                    epcGiven: true, howToRentGiven: true, licensedIfRequired: true,
                                                    retaliatoryEviction: false, prohibitedPaymentHeld: false))
        record.reasonForLoss = .endOfPrivateTenancy
        record.documents = documents(record, provided: Set(DocumentKind.allCases))
        routed(&record, by: "tomasz", on: -62, to: "dev")
        record.assessment = Assessment(completedOn: day(-60), completedBy: "dev", reasonForLoss: .endOfPrivateTenancy,
                                       circumstances: "Possession claim issued; hearing date awaited.", housingNeeds: "Two or three bedrooms near the children's school.",
                                       supportNeeded: "Rent deposit scheme; interpreter for appointments.", notifiedInWritingOn: day(-59))
        record.findings = Findings(eligible: true)
        record.duties = [Duty(kind: .prevention, startedOn: day(-60), startedBy: "dev")]
        record.decisions = [Decision(id: 1, kind: .dutyOwed, outcome: "Prevention duty owed", decidedOn: day(-60), decidedBy: "dev", notifiedOn: day(-59))]
        record.plan = Plan(steps: [
            PlanStep(id: 1, owner: .applicantRequired, text: "Tell us at once when the court sends a hearing date", dueOn: nil),
            PlanStep(id: 2, owner: .council, text: "Find a landlord through the private rented offer list", dueOn: day(-10)),
        ], agreedOn: day(-57), notifiedInWritingOn: day(-56), reviewDueOn: day(-4))
        note(&record, -20, .landlord, .call, by: "dev", "Mr Sandhu will not withdraw the claim. Asked him to hold the bailiff request while we look for a new home.")
        record.status = .duty
        return record
    }

    /// A veteran whose plan has not been agreed 12 working days after assessment.
    mutating func gareth() -> Case {
        var record = base("Gareth", "Hughes", age: 61, received: -24, type: .temporary, phone: "07700 900114")
        record.lossDate = day(30)
        record.reasonForLoss = .other
        record.supportNeeds = [.servedInForces, .alcoholDependency]
        record.documents = documents(record, provided: [.identity, .proofOfIncome, .bankStatements])
        routed(&record, by: "priya", on: -20, to: "kwame")
        let assessed = today.adding(workingDays: -12)
        record.appointments = [Appointment(id: 1, kind: .assessmentInterview, on: assessed, startMinute: 840, officer: "kwame", status: .attended)]
        record.assessment = Assessment(completedOn: assessed, completedBy: "kwame", reasonForLoss: .other,
                                       circumstances: "Hostel placement ends in 30 days.", housingNeeds: "One bedroom, ground floor.",
                                       supportNeeded: "Veterans' housing charity referral; alcohol service.")
        record.findings = Findings(eligible: true)
        record.plan = Plan(steps: [PlanStep(id: 1, owner: .council, text: "Refer to the veterans' housing charity", dueOn: day(3))])
        record.status = .assessment
        return record
    }

    /// Leaving custody through a probation referral: offending history and alcohol, the intensive team.
    mutating func dariusz() -> Case {
        var record = base("Dariusz", "Wiśniewski", age: 44, received: -3, type: .custody, language: "Polish")
        record.lossDate = day(10)
        record.reasonForLoss = .leftInstitution
        record.referral = Referral(agency: .probation, referredOn: day(-4), consentGiven: true,
                                   referrer: Party(name: "Probation officer, Hertfordshire PDU", email: "pdu@probation.example.org"))
        record.supportNeeds = [.offendingHistory, .alcoholDependency]
        record.documents = documents(record, provided: [.identity])
        record.status = .triage
        record.triage = Triage(outcome: .awaitingDocuments, decidedBy: "tomasz", decidedOn: day(-2))
        record.assignedOfficer = "tomasz"
        return record
    }

    /// A relief duty ended for lost contact, and a review asked for: its decision deadline runs.
    mutating func mehmet() -> Case {
        var record = base("Mehmet", "Demir", age: 50, received: -90, type: .noFixedAbode, phone: "07700 900447", language: "Turkish")
        record.homelessNow = true
        record.reasonForLoss = .relationshipBreakdown
        record.documents = documents(record, provided: [.identity, .proofOfIncome, .bankStatements])
        routed(&record, by: "tomasz", on: -88, to: "amara")
        record.assessment = Assessment(completedOn: day(-80), completedBy: "amara", reasonForLoss: .relationshipBreakdown,
                                       circumstances: "Sleeping in his car after separating from his wife.", housingNeeds: "One bedroom.",
                                       supportNeeded: "None beyond housing.", notifiedInWritingOn: day(-79))
        record.findings = Findings(eligible: true, priorityNeed: false)
        record.duties = [Duty(kind: .relief, startedOn: day(-80), startedBy: "amara", endedOn: day(-15), endReason: .lostContact,
                              endedBy: "amara", endNoticeServedOn: day(-15))]
        record.decisions = [
            Decision(id: 1, kind: .dutyOwed, outcome: "Relief duty owed", decidedOn: day(-80), decidedBy: "amara", notifiedOn: day(-79)),
            Decision(id: 2, kind: .reliefDutyEnded, outcome: "Relief duty ended: lost contact", decidedOn: day(-15), decidedBy: "amara",
                     notifiedOn: day(-14), reviewRequestedOn: day(-5)),
        ]
        note(&record, -5, .applicant, .letter, by: "amara", "Review request received: his phone had been cut off and letters went to the old address.")
        record.status = .dutyEnded
        return record
    }

    /// Aged 17, homeless tonight: priority need as a 16–17-year-old, and children's services must be involved.
    mutating func amina() -> Case {
        var record = base("Amina", "Abdullahi", age: 17, received: 0, type: .familyOrFriends, phone: "07700 900098")
        record.homelessNow = true
        record.reasonForLoss = .familyNoLongerWilling
        record.supportNeeds = [.youngPerson18To25]
        record.documents = documents(record, provided: [])
        record.assignedOfficer = "priya"
        return record
    }
}
