extension CaseDetails {
    /// The facts an officer may correct, named as the timeline says them (never their values: the timeline is read
    /// by the whole team, and a restricted case's address must not reach a line about it).
    private static let namedFacts: [(name: String, differs: @Sendable (CaseDetails, CaseDetails) -> Bool)] = [
        ("name", { $0.applicant.firstName != $1.applicant.firstName || $0.applicant.lastName != $1.applicant.lastName }),
        ("date of birth", { $0.applicant.dateOfBirth != $1.applicant.dateOfBirth }),
        ("pregnancy", { $0.applicant.pregnant != $1.applicant.pregnant }),
        ("phone", { $0.applicant.phone != $1.applicant.phone }),
        ("email", { $0.applicant.email != $1.applicant.email }),
        ("where letters go", { $0.applicant.correspondenceAddress != $1.applicant.correspondenceAddress }),
        ("language", { $0.applicant.preferredLanguage != $1.applicant.preferredLanguage }),
        ("interpreter", { $0.applicant.interpreterNeeded != $1.applicant.interpreterNeeded }),
        ("NI number", { $0.applicant.nationalInsuranceNumber != $1.applicant.nationalInsuranceNumber }),
        ("household", { $0.household != $1.household }),
        ("homeless now", { $0.homelessNow != $1.homelessNow }),
        ("loss date", { $0.lossDate != $1.lossDate }),
        ("home", { $0.accommodation != $1.accommodation }),
        ("notice", { $0.notice != $1.notice }),
        ("domestic abuse", { $0.domesticAbuse != $1.domesticAbuse }),
        ("care leaver", { $0.careLeaver != $1.careLeaver }),
        ("emergency", { $0.emergency != $1.emergency }),
        ("support needs", { $0.supportNeeds != $1.supportNeeds }),
    ]

    /// What differs from `earlier`, in the order an officer reads the tabs.
    public func changedFacts(since earlier: CaseDetails) -> [String] {
        Self.namedFacts.filter { $0.differs(self, earlier) }.map(\.name)
    }
}
