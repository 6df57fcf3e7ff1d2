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

/// The facts a section 21 notice depends on: the landlord's paperwork duties, and the two bars on serving one.
/// `nil` means nobody knows yet, which the notice check reports as "needs checking", never as valid.
public struct NoticeChecks: Codable, Hashable, Sendable {
    public var depositProtected: Bool?
    public var prescribedInformationGiven: Bool?
    public var gasSafetyCertificateGiven: Bool?
    public var epcGiven: Bool?
    public var howToRentGiven: Bool?
    public var licensedIfRequired: Bool?
    /// True when the notice was served within 6 months of a council improvement notice that followed the tenant's
    /// complaint of disrepair (Deregulation Act 2015 s33): a bar, so true fails the notice.
    public var retaliatoryEviction: Bool?
    /// True when the landlord holds a prohibited payment or deposit not repaid (Tenant Fees Act 2019 s17): a bar.
    public var prohibitedPaymentHeld: Bool?

    public init(depositProtected: Bool? = nil, prescribedInformationGiven: Bool? = nil,
                gasSafetyCertificateGiven: Bool? = nil, epcGiven: Bool? = nil,
                howToRentGiven: Bool? = nil, licensedIfRequired: Bool? = nil,
                retaliatoryEviction: Bool? = nil, prohibitedPaymentHeld: Bool? = nil) {
        self.depositProtected = depositProtected
        self.prescribedInformationGiven = prescribedInformationGiven
        self.gasSafetyCertificateGiven = gasSafetyCertificateGiven
        self.epcGiven = epcGiven
        self.howToRentGiven = howToRentGiven
        self.licensedIfRequired = licensedIfRequired
        self.retaliatoryEviction = retaliatoryEviction
        self.prohibitedPaymentHeld = prohibitedPaymentHeld
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
            case .retaliatoryEviction: retaliatoryEviction
            case .prohibitedPaymentHeld: prohibitedPaymentHeld
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
            case .retaliatoryEviction: retaliatoryEviction = newValue
            case .prohibitedPaymentHeld: prohibitedPaymentHeld = newValue
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
    case retaliatoryEviction
    case prohibitedPaymentHeld

    /// The answer that lets the notice stand: yes for a paperwork duty, no for a bar.
    public var passes: Bool { self != .retaliatoryEviction && self != .prohibitedPaymentHeld }

    /// The field's name in the case file and the importer's schema.
    public var key: String {
        switch self {
        case .depositProtected: "depositProtected"
        case .prescribedInformationGiven: "prescribedInformationGiven"
        case .gasSafetyCertificateGiven: "gasSafetyCertificateGiven"
        case .epcGiven: "epcGiven"
        case .howToRentGiven: "howToRentGiven"
        case .licensedIfRequired: "licensedIfRequired"
        case .retaliatoryEviction: "retaliatoryEviction"
        case .prohibitedPaymentHeld: "prohibitedPaymentHeld"
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
        case .retaliatoryEviction: "Retaliatory eviction (Deregulation Act 2015 s33)"
        case .prohibitedPaymentHeld: "Prohibited payment held (Tenant Fees Act 2019 s17)"
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
    /// The officer's finding on whether this notice threatens the household, where the notice is invalid and the
    /// software will not decide it (s175(4)); it then governs the duty, the score and the alerts.
    public var threatFinding: NoticeThreatFinding?

    public init(type: NoticeType, servedOn: Day? = nil, expiresOn: Day? = nil, grounds: [String] = [],
                proceedingsIssuedOn: Day? = nil, checks: NoticeChecks = NoticeChecks(), threatFinding: NoticeThreatFinding? = nil) {
        self.type = type
        self.servedOn = servedOn
        self.expiresOn = expiresOn
        self.grounds = grounds
        self.proceedingsIssuedOn = proceedingsIssuedOn
        self.checks = checks
        self.threatFinding = threatFinding
    }
}

/// An officer's finding on an invalid notice: does it still threaten the household with homelessness?
public struct NoticeThreatFinding: Codable, Hashable, Sendable {
    public var threatened: Bool
    public var decidedOn: Day
    public var decidedBy: String

    public init(threatened: Bool, decidedOn: Day, decidedBy: String) {
        self.threatened = threatened
        self.decidedOn = decidedOn
        self.decidedBy = decidedBy
    }
}
