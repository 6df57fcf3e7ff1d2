public enum NoticeType: String, Codable, CaseIterable, Sendable {
    case section21 = "section-21"
    case section8 = "section-8"
    case other

    public var label: String {
        switch self {
        case .section21: "Section 21"
        case .section8: "Section 8"
        case .other: "Other notice"
        }
    }
}

/// The landlord's paperwork duties a section 21 notice depends on. `nil` means nobody knows yet,
/// which the notice check reports as "needs checking", never as valid.
public struct NoticeChecks: Codable, Hashable, Sendable {
    public var depositProtected: Bool?
    public var prescribedInformationGiven: Bool?
    public var gasSafetyCertificateGiven: Bool?
    public var epcGiven: Bool?
    public var howToRentGiven: Bool?
    public var licensedIfRequired: Bool?

    public init(depositProtected: Bool? = nil, prescribedInformationGiven: Bool? = nil,
                gasSafetyCertificateGiven: Bool? = nil, epcGiven: Bool? = nil,
                howToRentGiven: Bool? = nil, licensedIfRequired: Bool? = nil) {
        self.depositProtected = depositProtected
        self.prescribedInformationGiven = prescribedInformationGiven
        self.gasSafetyCertificateGiven = gasSafetyCertificateGiven
        self.epcGiven = epcGiven
        self.howToRentGiven = howToRentGiven
        self.licensedIfRequired = licensedIfRequired
    }

    /// In a fixed order with the words a triage officer uses, so every screen lists them alike.
    public var all: [(key: String, label: String, value: Bool?)] {
        [
            ("depositProtected", "Deposit protected", depositProtected),
            ("prescribedInformationGiven", "Prescribed information given", prescribedInformationGiven),
            ("gasSafetyCertificateGiven", "Gas safety certificate given", gasSafetyCertificateGiven),
            ("epcGiven", "Energy performance certificate given", epcGiven),
            ("howToRentGiven", "How to Rent guide given", howToRentGiven),
            ("licensedIfRequired", "Licensed where required", licensedIfRequired),
        ]
    }
}

/// An eviction notice as served; its validity is computed by the notice check, never stored.
public struct Notice: Codable, Hashable, Sendable {
    public var type: NoticeType
    public var servedOn: Day?
    public var expiresOn: Day?
    /// Section 8 ground numbers as the notice states them, e.g. `["1"]`, `["8", "10"]`, `["1A"]`.
    public var grounds: [String]
    public var proceedingsIssuedOn: Day?
    public var checks: NoticeChecks

    public init(type: NoticeType, servedOn: Day? = nil, expiresOn: Day? = nil, grounds: [String] = [],
                proceedingsIssuedOn: Day? = nil, checks: NoticeChecks = NoticeChecks()) {
        self.type = type
        self.servedOn = servedOn
        self.expiresOn = expiresOn
        self.grounds = grounds
        self.proceedingsIssuedOn = proceedingsIssuedOn
        self.checks = checks
    }
}
