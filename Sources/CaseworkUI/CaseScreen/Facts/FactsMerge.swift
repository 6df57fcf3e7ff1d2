import CaseworkCore

/// Puts an officer's unsaved edits on top of a newer record: a fact the officer changed keeps the officer's value,
/// every other fact takes the newer one. So a change by someone else to another fact is not undone.
enum FactsMerge {
    /// Returns the facts both sides changed, differently: there the officer's value wins, and the officer is told.
    @discardableResult
    static func keepEdits(from edited: CaseDetails, over base: CaseDetails, into newer: inout CaseDetails) -> [String] {
        var clashes: [String] = []
        func keep<Value: Equatable>(_ path: WritableKeyPath<CaseDetails, Value>, _ label: String) {
            guard edited[keyPath: path] != base[keyPath: path] else { return }
            if newer[keyPath: path] != base[keyPath: path], newer[keyPath: path] != edited[keyPath: path] { clashes.append(label) }
            newer[keyPath: path] = edited[keyPath: path]
        }
        keep(\.applicant.firstName, "first name")
        keep(\.applicant.lastName, "last name")
        keep(\.applicant.dateOfBirth, "date of birth")
        keep(\.applicant.pregnant, "pregnant")
        keep(\.applicant.phone, "phone")
        keep(\.applicant.email, "email")
        keep(\.applicant.correspondenceAddress, "letters to")
        keep(\.applicant.preferredLanguage, "language")
        keep(\.applicant.interpreterNeeded, "interpreter")
        keep(\.applicant.nationalInsuranceNumber, "NI number")
        keep(\.household, "household")
        keep(\.homelessNow, "homeless now")
        keep(\.lossDate, "loss date")
        keep(\.accommodation.type, "home type")
        keep(\.accommodation.tenancyStartedOn, "tenancy start")
        keep(\.accommodation.address, "address")
        keep(\.accommodation.landlord, "landlord")
        keep(\.accommodation.rent, "rent")
        keep(\.accommodation.arrears, "arrears")
        keep(\.notice, "notice")
        keep(\.domesticAbuse, "domestic abuse")
        keep(\.careLeaver, "care leaver")
        keep(\.emergency, "emergency")
        keep(\.supportNeeds, "support needs")
        return clashes
    }
}
