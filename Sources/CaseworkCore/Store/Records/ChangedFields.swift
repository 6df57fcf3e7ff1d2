extension Case {
    /// Bookkeeping the store sets on every save; listing it in every audit line would say nothing.
    static let bookkeepingFields: Set<String> = ["schemaVersion", "ref", "revision", "createdAt", "updatedAt", "updatedBy"]

    /// Every other stored property by its stored name (also its JSON key), in declaration order, with a test for
    /// "changed". Written out because reflection cost ~140 µs a record; a test checks the list against the
    /// model's stored properties, so a field added to `Case` cannot go unaudited.
    static let auditedFields: [(name: String, differs: @Sendable (Case, Case) -> Bool)] = [
        ("externalId", { $0.externalId != $1.externalId }),
        ("receivedOn", { $0.receivedOn != $1.receivedOn }),
        ("status", { $0.status != $1.status }),
        ("applicant", { $0.applicant != $1.applicant }),
        ("household", { $0.household != $1.household }),
        ("homelessNow", { $0.homelessNow != $1.homelessNow }),
        ("lossDate", { $0.lossDate != $1.lossDate }),
        ("accommodation", { $0.accommodation != $1.accommodation }),
        ("notice", { $0.notice != $1.notice }),
        ("reasonForLoss", { $0.reasonForLoss != $1.reasonForLoss }),
        ("domesticAbuse", { $0.domesticAbuse != $1.domesticAbuse }),
        ("careLeaver", { $0.careLeaver != $1.careLeaver }),
        ("emergency", { $0.emergency != $1.emergency }),
        ("supportNeeds", { $0.supportNeeds != $1.supportNeeds }),
        ("documents", { $0.documents != $1.documents }),
        ("referral", { $0.referral != $1.referral }),
        ("consentToShare", { $0.consentToShare != $1.consentToShare }),
        ("findings", { $0.findings != $1.findings }),
        ("triage", { $0.triage != $1.triage }),
        ("route", { $0.route != $1.route }),
        ("assignedOfficer", { $0.assignedOfficer != $1.assignedOfficer }),
        ("duties", { $0.duties != $1.duties }),
        ("assessment", { $0.assessment != $1.assessment }),
        ("plan", { $0.plan != $1.plan }),
        ("appointments", { $0.appointments != $1.appointments }),
        ("timeline", { $0.timeline != $1.timeline }),
        ("decisions", { $0.decisions != $1.decisions }),
        ("accommodationSecuredOn", { $0.accommodationSecuredOn != $1.accommodationSecuredOn }),
        ("restricted", { $0.restricted != $1.restricted }),
        ("alertResponses", { $0.alertResponses != $1.alertResponses }),
        ("placements", { $0.placements != $1.placements }),
        ("closure", { $0.closure != $1.closure }),
        ("interimAccommodation", { $0.interimAccommodation != $1.interimAccommodation }),
        ("recordedFindings", { $0.recordedFindings != $1.recordedFindings }),
        ("nonCooperation", { $0.nonCooperation != $1.nonCooperation }),
    ]

    /// The top-level properties that differ between two versions of a record, bookkeeping aside.
    static func changedFields(from old: Case, to new: Case) -> [String] {
        auditedFields.compactMap { $0.differs(old, new) ? $0.name : nil }
    }

    /// The properties a new record fills in: those that differ from an empty record.
    static func filledFields(of record: Case) -> [String] {
        changedFields(from: empty, to: record)
    }

    private static let empty = Case(ref: "", receivedOn: Day(daysSinceEpoch: 0),
                                    applicant: Applicant(firstName: "", lastName: "", dateOfBirth: nil),
                                    accommodation: Accommodation(type: .other),
                                    createdAt: Timestamp(day: Day(daysSinceEpoch: 0), secondOfDay: 0), createdBy: "")
}
