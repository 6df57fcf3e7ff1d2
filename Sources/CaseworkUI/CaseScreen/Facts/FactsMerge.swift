import CaseworkCore

/// Puts an officer's unsaved edits on top of a newer record: a fact the officer changed keeps the officer's value,
/// every other fact takes the newer one. So a change by someone else to another fact is not undone.
enum FactsMerge {
    static func keepEdits(from edited: CaseDetails, over base: CaseDetails, into newer: inout CaseDetails) {
        keep(\.applicant.firstName, edited, base, &newer)
        keep(\.applicant.lastName, edited, base, &newer)
        keep(\.applicant.dateOfBirth, edited, base, &newer)
        keep(\.applicant.pregnant, edited, base, &newer)
        keep(\.applicant.phone, edited, base, &newer)
        keep(\.applicant.email, edited, base, &newer)
        keep(\.applicant.correspondenceAddress, edited, base, &newer)
        keep(\.applicant.preferredLanguage, edited, base, &newer)
        keep(\.applicant.interpreterNeeded, edited, base, &newer)
        keep(\.applicant.nationalInsuranceNumber, edited, base, &newer)
        keep(\.household, edited, base, &newer)
        keep(\.homelessNow, edited, base, &newer)
        keep(\.lossDate, edited, base, &newer)
        keep(\.accommodation.type, edited, base, &newer)
        keep(\.accommodation.tenancyStartedOn, edited, base, &newer)
        keep(\.accommodation.address, edited, base, &newer)
        keep(\.accommodation.landlord, edited, base, &newer)
        keep(\.accommodation.rent, edited, base, &newer)
        keep(\.accommodation.arrears, edited, base, &newer)
        keep(\.notice, edited, base, &newer)
        keep(\.domesticAbuse, edited, base, &newer)
        keep(\.careLeaver, edited, base, &newer)
        keep(\.emergency, edited, base, &newer)
        keep(\.supportNeeds, edited, base, &newer)
    }

    private static func keep<Value: Equatable>(_ path: WritableKeyPath<CaseDetails, Value>, _ edited: CaseDetails,
                                               _ base: CaseDetails, _ newer: inout CaseDetails) {
        if edited[keyPath: path] != base[keyPath: path] { newer[keyPath: path] = edited[keyPath: path] }
    }
}
