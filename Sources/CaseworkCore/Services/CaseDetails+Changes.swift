/// One fact an officer may correct, named as the timeline and the console say it (never with its value: the
/// timeline is read by the whole team, and a restricted case's address must not reach a line about it).
public struct DetailFact: Sendable {
    public let name: String
    public let differs: @Sendable (CaseDetails, CaseDetails) -> Bool
    /// Puts this fact of `source` into `target`.
    public let copy: @Sendable (CaseDetails, inout CaseDetails) -> Void

    init<Value: Equatable>(_ name: String, _ path: WritableKeyPath<CaseDetails, Value> & Sendable) {
        self.name = name
        differs = { $0[keyPath: path] != $1[keyPath: path] }
        copy = { source, target in target[keyPath: path] = source[keyPath: path] }
    }
}

extension CaseDetails {
    /// Every fact an officer may correct, in the order the tabs show them.
    public static let facts: [DetailFact] = [
        DetailFact("first name", \.applicant.firstName), DetailFact("last name", \.applicant.lastName),
        DetailFact("date of birth", \.applicant.dateOfBirth), DetailFact("pregnant", \.applicant.pregnant),
        DetailFact("phone", \.applicant.phone), DetailFact("email", \.applicant.email),
        DetailFact("letters to", \.applicant.correspondenceAddress), DetailFact("language", \.applicant.preferredLanguage),
        DetailFact("interpreter", \.applicant.interpreterNeeded), DetailFact("NI number", \.applicant.nationalInsuranceNumber),
        DetailFact("household", \.household), DetailFact("homeless now", \.homelessNow), DetailFact("loss date", \.lossDate),
        DetailFact("home type", \.accommodation.type), DetailFact("tenancy start", \.accommodation.tenancyStartedOn),
        DetailFact("address", \.accommodation.address), DetailFact("landlord", \.accommodation.landlord),
        DetailFact("rent", \.accommodation.rent), DetailFact("arrears", \.accommodation.arrears), DetailFact("notice", \.notice),
        DetailFact("domestic abuse", \.domesticAbuse), DetailFact("care leaver", \.careLeaver),
        DetailFact("emergency", \.emergency), DetailFact("support needs", \.supportNeeds),
    ]

    /// What differs from `earlier`, in the order an officer reads the tabs.
    public func changedFacts(since earlier: CaseDetails) -> [String] {
        Self.facts.filter { $0.differs(self, earlier) }.map(\.name)
    }
}
