/// The minimum evidence triage needs before an appointment, by the household's circumstances.
public enum DocumentChecklist {
    public static func required(for record: Case) -> [DocumentKind] {
        var kinds: [DocumentKind] = [.identity, .proofOfIncome, .bankStatements]
        if [.privateRented, .socialRented].contains(record.accommodation.type) { kinds.append(.tenancyAgreement) }
        if record.notice != nil { kinds.append(.notice) }
        if record.household.contains(where: { $0.relationship == .child }) { kinds.append(.birthCertificates) }
        if record.applicant.pregnant || record.household.contains(where: \.pregnant) { kinds.append(.pregnancyConfirmation) }
        return kinds
    }

    /// The documents the application listed, plus any required kind it did not mention (asked for on `askedOn`).
    /// Provided documents count as received on `askedOn`: they came with the application.
    public static func complete(_ listed: [DocumentCheck], for record: Case, askedOn: Day) -> [DocumentCheck] {
        var checks = listed.map { check in
            var check = check
            if check.provided { check.receivedOn = check.receivedOn ?? askedOn } else { check.requestedOn = check.requestedOn ?? askedOn }
            return check
        }
        for kind in required(for: record) where !checks.contains(where: { $0.kind == kind }) {
            checks.append(DocumentCheck(kind: kind, provided: false, requestedOn: askedOn))
        }
        return checks
    }
}
