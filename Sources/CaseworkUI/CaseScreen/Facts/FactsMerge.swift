import CaseworkCore

/// Puts an officer's unsaved edits on top of a newer record: a fact the officer changed keeps the officer's value,
/// every other fact takes the newer one. So a change by someone else to another fact is not undone.
enum FactsMerge {
    static func keepEdits(from edited: CaseDetails, over base: CaseDetails, into newer: inout CaseDetails) {
        func keep<Value: Equatable>(_ path: WritableKeyPath<CaseDetails, Value>) {
            if edited[keyPath: path] != base[keyPath: path] { newer[keyPath: path] = edited[keyPath: path] }
        }
        keep(\.applicant.firstName)
        keep(\.applicant.lastName)
        keep(\.applicant.dateOfBirth)
        keep(\.applicant.pregnant)
        keep(\.applicant.phone)
        keep(\.applicant.email)
        keep(\.applicant.correspondenceAddress)
        keep(\.applicant.preferredLanguage)
        keep(\.applicant.interpreterNeeded)
        keep(\.applicant.nationalInsuranceNumber)
        keep(\.household)
        keep(\.homelessNow)
        keep(\.lossDate)
        keep(\.accommodation.type)
        keep(\.accommodation.tenancyStartedOn)
        keep(\.accommodation.address)
        keep(\.accommodation.landlord)
        keep(\.accommodation.rent)
        keep(\.accommodation.arrears)
        keep(\.notice)
        keep(\.domesticAbuse)
        keep(\.careLeaver)
        keep(\.emergency)
        keep(\.supportNeeds)
    }
}
