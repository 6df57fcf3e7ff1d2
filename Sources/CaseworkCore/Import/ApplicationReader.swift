/// Turns one online application (the format in `Resources/schemas/application.schema.json`) into a new case,
/// or into the full list of what is wrong with it.
public struct ApplicationReader: Sendable {
    /// The fields an application may carry, by object: the schema file lists exactly these (a test checks).
    public static let fields: [String: [String]] = [
        "": ["externalId", "receivedOn", "applicant", "household", "homelessNow", "lossDate", "accommodation", "notice",
             "reasonForLoss", "domesticAbuse", "careLeaver", "emergency", "supportNeeds", "documents", "referral",
             "consentToShare"],
        "applicant": ["firstName", "lastName", "dateOfBirth", "pregnant", "phone", "email", "address",
                      "preferredLanguage", "interpreterNeeded", "nationalInsuranceNumber"],
        "household[]": ["firstName", "lastName", "dateOfBirth", "relationship", "pregnant"],
        "accommodation": ["type", "tenancyStartedOn", "address", "landlord", "rent", "arrears", "tenancyPeriod"],
        "notice": ["type", "servedOn", "expiresOn", "grounds", "proceedingsIssuedOn", "checks"],
        "notice.checks": ["depositProtected", "prescribedInformationGiven", "gasSafetyCertificateGiven", "epcGiven",
                          "howToRentGiven", "licensedIfRequired", "retaliatoryEviction", "prohibitedPaymentHeld"],
        "documents[]": ["kind", "provided"],
        "referral": ["agency", "referredOn", "consentGiven", "referrer"],
        "address": ["lines", "town", "postcode"],
        "party": ["name", "phone", "email"],
    ]

    public enum Reading: Sendable {
        case valid(Case)
        case invalid([FieldError])
    }

    public let today: Day

    public init(today: Day) { self.today = today }

    /// A case with no ref yet (the store assigns one), or every field-level problem.
    public func read(_ value: JSONValue) -> Reading {
        var reader = FieldReader()
        guard let root = reader.object(value, at: "", known: Self.fields[""]!) else { return .invalid(reader.errors) }

        let externalId = reader.string(root["externalId"], at: "externalId", required: true, maxLength: 100)
        let receivedOn = reader.day(root["receivedOn"], at: "receivedOn", required: true)
        if let receivedOn, receivedOn > today { reader.fail("receivedOn", "\(receivedOn) is after today (\(today))") }
        if let receivedOn, receivedOn < Self.actInForce {
            reader.fail("receivedOn", "\(receivedOn) is before the Homelessness Reduction Act 2017 came into force (\(Self.actInForce))")
        }

        let applicant = readApplicant(root["applicant"], reader: &reader)
        let household = reader.list(root["household"], at: "household").enumerated().compactMap { index, item in
            readMember(item, at: "household[\(index)]", reader: &reader)
        }
        let homelessNow = reader.bool(root["homelessNow"], at: "homelessNow", required: true)
        let lossDate = reader.day(root["lossDate"], at: "lossDate")
        checkNotFarAhead(lossDate, at: "lossDate", reader: &reader)
        let accommodation = readAccommodation(root["accommodation"], reader: &reader)
        let notice = readNotice(root["notice"], reader: &reader)
        let reasonForLoss: LossReason? = reader.choice(root["reasonForLoss"], at: "reasonForLoss")
        let supportNeeds: [SupportNeed] = reader.list(root["supportNeeds"], at: "supportNeeds").enumerated().compactMap {
            reader.choice($1, at: "supportNeeds[\($0)]", required: true)
        }
        let documents = reader.list(root["documents"], at: "documents").enumerated().compactMap { index, item in
            readDocument(item, at: "documents[\(index)]", reader: &reader)
        }
        let referral = readReferral(root["referral"], reader: &reader)
        let domesticAbuse = reader.bool(root["domesticAbuse"], at: "domesticAbuse") ?? false
        let careLeaver = reader.bool(root["careLeaver"], at: "careLeaver") ?? false
        let emergency = reader.bool(root["emergency"], at: "emergency") ?? false
        let consentToShare = reader.bool(root["consentToShare"], at: "consentToShare") ?? false

        if let lossDate, let receivedOn, lossDate < receivedOn.adding(days: -365) {
            reader.fail("lossDate", "\(lossDate) is more than a year before the application")
        }
        // Abuse with the applicant still at home needs no loss date: the household may be homeless now (s177(1)).
        let abuse = domesticAbuse || supportNeeds.contains(.domesticAbuse) || reasonForLoss == .domesticAbuse
        if homelessNow == false, lossDate == nil, notice == nil, !abuse {
            reader.fail("lossDate", "is required when the household is not homeless now, there is no notice and no domestic abuse")
        }

        guard reader.errors.isEmpty, let externalId, let receivedOn, let applicant, let homelessNow, let accommodation else {
            return .invalid(reader.errors)
        }
        var record = Case(ref: "", receivedOn: receivedOn, applicant: applicant, accommodation: accommodation,
                          createdAt: Timestamp(day: today, secondOfDay: 0), createdBy: "import")
        record.externalId = externalId
        record.household = household
        record.homelessNow = homelessNow
        record.lossDate = lossDate
        record.notice = notice
        record.reasonForLoss = reasonForLoss
        record.careLeaver = careLeaver
        record.emergency = emergency
        record.supportNeeds = SupportNeeds(supportNeeds)
        // Abuse given anywhere on the form (the flag, a support need, the reason for loss) is recorded as one fact.
        record.domesticAbuse = abuse
        if record.domesticAbuse { record.supportNeeds.insert(.domesticAbuse) }
        record.documents = DocumentChecklist.complete(documents, for: record, askedOn: receivedOn)
        record.referral = referral
        record.consentToShare = consentToShare
        // Domestic abuse cases are restricted from the moment they arrive: the address may be a refuge.
        record.restricted = record.domesticAbuse
        return .valid(record)
    }

    /// Applications before this date were not made under the Act's duties.
    static let actInForce = Day(year: 2018, month: 4, day: 3)!

    /// A loss or expiry years ahead is a mistyped year: it would rank the case as safe for years.
    private func checkNotFarAhead(_ day: Day?, at path: String, reader: inout FieldReader) {
        guard let day, day > today.adding(days: 2 * 365) else { return }
        reader.fail(path, "\(day) is more than two years ahead: check the year")
    }

    private func readBirthDate(_ value: JSONValue?, at path: String, required: Bool, reader: inout FieldReader) -> Day? {
        guard let day = reader.day(value, at: path, required: required) else { return nil }
        if day > today {
            reader.fail(path, "\(day) is in the future")
            return nil
        }
        if day.age(on: today) > 120 {
            reader.fail(path, "\(day) is more than 120 years ago")
            return nil
        }
        return day
    }

    private func readApplicant(_ value: JSONValue?, reader: inout FieldReader) -> Applicant? {
        let path = "applicant"
        guard let object = reader.object(value, at: path, known: Self.fields[path]!) else { return nil }
        let firstName = reader.string(object["firstName"], at: "applicant.firstName", required: true, maxLength: PersonName.maxLength)
        let lastName = reader.string(object["lastName"], at: "applicant.lastName", required: true, maxLength: PersonName.maxLength)
        let dateOfBirth = readBirthDate(object["dateOfBirth"], at: "applicant.dateOfBirth", required: true, reader: &reader)
        if let dateOfBirth, dateOfBirth.age(on: today) < 16 {
            reader.fail("applicant.dateOfBirth", "\(dateOfBirth) makes the applicant under 16; children's services, not an application")
        }
        let pregnant = reader.bool(object["pregnant"], at: "applicant.pregnant") ?? false
        let phone = readPhone(object["phone"], at: "applicant.phone", reader: &reader)
        let email = readEmail(object["email"], at: "applicant.email", reader: &reader)
        let address = readAddress(object["address"], at: "applicant.address", reader: &reader)
        let language = reader.string(object["preferredLanguage"], at: "applicant.preferredLanguage", maxLength: 50)
        let interpreter = reader.bool(object["interpreterNeeded"], at: "applicant.interpreterNeeded") ?? false
        let nino = reader.string(object["nationalInsuranceNumber"], at: "applicant.nationalInsuranceNumber", maxLength: 13)
        // The number itself is left out of the message: an error may be pasted where it should not be.
        if let nino, !nino.isEmpty, let problem = ContactFormat.nationalInsuranceProblem(nino) {
            reader.fail("applicant.nationalInsuranceNumber", problem)
        }
        if phone == nil, email == nil, address == nil, object["phone"] == nil, object["email"] == nil, object["address"] == nil {
            reader.fail("applicant", "needs at least one way to make contact: phone, email or address")
        }
        guard let firstName, let lastName else { return nil }
        return Applicant(firstName: firstName, lastName: lastName, dateOfBirth: dateOfBirth, pregnant: pregnant, phone: phone,
                         email: email, correspondenceAddress: address, preferredLanguage: language,
                         interpreterNeeded: interpreter, nationalInsuranceNumber: nino)
    }

    private func readPhone(_ value: JSONValue?, at path: String, reader: inout FieldReader) -> String? {
        guard let text = reader.string(value, at: path, maxLength: 30) else { return nil }
        // Named by the field alone: a phone number, an email address or an NI number is never quoted back.
        if let problem = ContactFormat.phoneProblem(text) {
            reader.fail(path, problem)
            return nil
        }
        return text
    }

    private func readEmail(_ value: JSONValue?, at path: String, reader: inout FieldReader) -> String? {
        guard let text = reader.string(value, at: path, maxLength: 254) else { return nil }
        if let problem = ContactFormat.emailProblem(text) {
            reader.fail(path, problem)
            return nil
        }
        return text
    }

    private func readAddress(_ value: JSONValue?, at path: String, reader: inout FieldReader) -> Address? {
        guard let object = reader.object(value, at: path, known: Self.fields["address"]!, required: false) else { return nil }
        let lines = reader.list(object["lines"], at: path + ".lines").enumerated().compactMap { index, line in
            reader.string(line, at: "\(path).lines[\(index)]", required: true, maxLength: 200)
        }
        let town = reader.string(object["town"], at: path + ".town", maxLength: 100) ?? ""
        let postcode = reader.string(object["postcode"], at: path + ".postcode", maxLength: 10) ?? ""
        if !postcode.isEmpty, let problem = ContactFormat.postcodeProblem(postcode) {
            reader.fail(path + ".postcode", "\(Quote.value(postcode)) \(problem)")
        }
        if lines.isEmpty { reader.fail(path + ".lines", "needs at least one line") }
        return Address(lines: lines, town: town, postcode: postcode.uppercased())
    }

    private func readParty(_ value: JSONValue?, at path: String, reader: inout FieldReader) -> Party? {
        guard let object = reader.object(value, at: path, known: Self.fields["party"]!, required: false) else { return nil }
        let name = reader.string(object["name"], at: path + ".name", required: true, maxLength: 200)
        let phone = readPhone(object["phone"], at: path + ".phone", reader: &reader)
        let email = readEmail(object["email"], at: path + ".email", reader: &reader)
        return name.map { Party(name: $0, phone: phone, email: email) }
    }

    private func readMember(_ value: JSONValue, at path: String, reader: inout FieldReader) -> HouseholdMember? {
        guard let object = reader.object(value, at: path, known: Self.fields["household[]"]!) else { return nil }
        let firstName = reader.string(object["firstName"], at: path + ".firstName", required: true, maxLength: PersonName.maxLength)
        let lastName = reader.string(object["lastName"], at: path + ".lastName", maxLength: PersonName.maxLength) ?? ""
        let dateOfBirth = readBirthDate(object["dateOfBirth"], at: path + ".dateOfBirth", required: true, reader: &reader)
        let relationship: Relationship? = reader.choice(object["relationship"], at: path + ".relationship", required: true)
        let pregnant = reader.bool(object["pregnant"], at: path + ".pregnant") ?? false
        guard let firstName, let relationship else { return nil }
        return HouseholdMember(firstName: firstName, lastName: lastName, dateOfBirth: dateOfBirth,
                               relationship: relationship, pregnant: pregnant)
    }

    private func readAccommodation(_ value: JSONValue?, reader: inout FieldReader) -> Accommodation? {
        let path = "accommodation"
        guard let object = reader.object(value, at: path, known: Self.fields[path]!) else { return nil }
        let type: AccommodationType? = reader.choice(object["type"], at: "accommodation.type", required: true)
        let started = reader.day(object["tenancyStartedOn"], at: "accommodation.tenancyStartedOn")
        if let started, started > today { reader.fail("accommodation.tenancyStartedOn", "\(started) is in the future") }
        let address = readAddress(object["address"], at: "accommodation.address", reader: &reader)
        let landlord = readParty(object["landlord"], at: "accommodation.landlord", reader: &reader)
        let rent = reader.string(object["rent"], at: "accommodation.rent", maxLength: 50)
        let arrears = reader.bool(object["arrears"], at: "accommodation.arrears")
        guard let type else { return nil }
        let period: TenancyPeriod? = reader.choice(object["tenancyPeriod"], at: "accommodation.tenancyPeriod")
        return Accommodation(type: type, tenancyStartedOn: started, address: address, landlord: landlord, rent: rent, arrears: arrears,
                             tenancyPeriod: period)
    }

    private func readNotice(_ value: JSONValue?, reader: inout FieldReader) -> Notice? {
        let path = "notice"
        guard let object = reader.object(value, at: path, known: Self.fields[path]!, required: false) else { return nil }
        let type: NoticeType? = reader.choice(object["type"], at: "notice.type", required: true)
        let served = reader.day(object["servedOn"], at: "notice.servedOn")
        let expires = reader.day(object["expiresOn"], at: "notice.expiresOn")
        if let served, served > today { reader.fail("notice.servedOn", "\(served) is in the future") }
        checkNotFarAhead(expires, at: "notice.expiresOn", reader: &reader)
        if let served, let expires, expires < served {
            reader.fail("notice.expiresOn", "\(expires) is before the notice was served (\(served))")
        }
        let grounds = reader.list(object["grounds"], at: "notice.grounds").enumerated().compactMap { index, ground in
            reader.string(ground, at: "notice.grounds[\(index)]", required: true, maxLength: 10)
        }
        let proceedings = reader.day(object["proceedingsIssuedOn"], at: "notice.proceedingsIssuedOn")
        if let proceedings, proceedings > today { reader.fail("notice.proceedingsIssuedOn", "\(proceedings) is in the future") }
        var checks = NoticeChecks()
        if let checkObject = reader.object(object["checks"], at: "notice.checks", known: Self.fields["notice.checks"]!, required: false) {
            func check(_ key: String) -> Bool? { reader.bool(checkObject[key], at: "notice.checks." + key) }
            checks = NoticeChecks(depositProtected: check("depositProtected"),
                                  prescribedInformationGiven: check("prescribedInformationGiven"),
                                  gasSafetyCertificateGiven: check("gasSafetyCertificateGiven"),
                                  epcGiven: check("epcGiven"), howToRentGiven: check("howToRentGiven"),
                                  licensedIfRequired: check("licensedIfRequired"),
                                  retaliatoryEviction: check("retaliatoryEviction"),
                                  prohibitedPaymentHeld: check("prohibitedPaymentHeld"))
        }
        guard let type else { return nil }
        return Notice(type: type, servedOn: served, expiresOn: expires, grounds: grounds, proceedingsIssuedOn: proceedings, checks: checks)
    }

    private func readDocument(_ value: JSONValue, at path: String, reader: inout FieldReader) -> DocumentCheck? {
        guard let object = reader.object(value, at: path, known: Self.fields["documents[]"]!) else { return nil }
        let kind: DocumentKind? = reader.choice(object["kind"], at: path + ".kind", required: true)
        let provided = reader.bool(object["provided"], at: path + ".provided", required: true)
        guard let kind, let provided else { return nil }
        return DocumentCheck(kind: kind, provided: provided)
    }

    private func readReferral(_ value: JSONValue?, reader: inout FieldReader) -> Referral? {
        let path = "referral"
        guard let object = reader.object(value, at: path, known: Self.fields[path]!, required: false) else { return nil }
        let agency: Referral.Agency? = reader.choice(object["agency"], at: "referral.agency", required: true)
        let referredOn = reader.day(object["referredOn"], at: "referral.referredOn", required: true)
        if let referredOn, referredOn > today { reader.fail("referral.referredOn", "\(referredOn) is in the future") }
        let consent = reader.bool(object["consentGiven"], at: "referral.consentGiven", required: true)
        if consent == false { reader.fail("referral.consentGiven", "a duty-to-refer referral needs the person's consent (s213B)") }
        let referrer = readParty(object["referrer"], at: "referral.referrer", reader: &reader)
        guard let agency, let referredOn, let consent else { return nil }
        return Referral(agency: agency, referredOn: referredOn, consentGiven: consent, referrer: referrer)
    }
}
