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

    /// The recorded answer to one check.
    public subscript(check: LandlordCheck) -> Bool? {
        get {
            switch check {
            case .depositProtected: depositProtected
            case .prescribedInformationGiven: prescribedInformationGiven
            case .gasSafetyCertificateGiven: gasSafetyCertificateGiven
            case .epcGiven: epcGiven
            case .howToRentGiven: howToRentGiven
            case .licensedIfRequired: licensedIfRequired
            }
        }
        set {
            switch check {
            case .depositProtected: depositProtected = newValue
            case .prescribedInformationGiven: prescribedInformationGiven = newValue
            case .gasSafetyCertificateGiven: gasSafetyCertificateGiven = newValue
            case .epcGiven: epcGiven = newValue
            case .howToRentGiven: howToRentGiven = newValue
            case .licensedIfRequired: licensedIfRequired = newValue
            }
        }
    }

    /// In a fixed order with the words a triage officer uses, so every screen lists them alike.
    public var all: [(key: String, label: String, value: Bool?)] {
        LandlordCheck.allCases.map { ($0.key, $0.label, self[$0]) }
    }
}

/// One of the facts a section 21 notice depends on, in the order every screen lists them.
public enum LandlordCheck: Int, CaseIterable, Sendable {
    case depositProtected
    case prescribedInformationGiven
    case gasSafetyCertificateGiven
    case epcGiven
    case howToRentGiven
    case licensedIfRequired

    /// The field's name in the case file and the importer's schema.
    public var key: String {
        switch self {
        case .depositProtected: "depositProtected"
        case .prescribedInformationGiven: "prescribedInformationGiven"
        case .gasSafetyCertificateGiven: "gasSafetyCertificateGiven"
        case .epcGiven: "epcGiven"
        case .howToRentGiven: "howToRentGiven"
        case .licensedIfRequired: "licensedIfRequired"
        }
    }

    /// The words a triage officer uses.
    public var label: String {
        switch self {
        case .depositProtected: "Deposit protected"
        case .prescribedInformationGiven: "Prescribed information given"
        case .gasSafetyCertificateGiven: "Gas safety certificate given"
        case .epcGiven: "Energy performance certificate given"
        case .howToRentGiven: "How to Rent guide given"
        case .licensedIfRequired: "Licensed where required"
        }
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
