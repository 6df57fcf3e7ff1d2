/// The kinds of help a partner offers: the seed council's "directory of resources" grouped as its officers do.
public enum PartnerKind: String, Codable, CaseIterable, Sendable {
    case mediation
    case debtAdvice = "debt-advice"
    case rentDeposit = "rent-deposit"
    case landlordIncentive = "landlord-incentive"
    case refuge
    case supportedHousing = "supported-housing"
    case floatingSupport = "floating-support"
    case tenancySustainment = "tenancy-sustainment"
    case legalAdvice = "legal-advice"
    case employmentSupport = "employment-support"
    case healthAndWellbeing = "health-and-wellbeing"
    case substanceMisuse = "substance-misuse"
    case other

    public var label: String {
        switch self {
        case .mediation: "Mediation"
        case .debtAdvice: "Debt advice"
        case .rentDeposit: "Rent deposit"
        case .landlordIncentive: "Landlord incentive"
        case .refuge: "Refuge"
        case .supportedHousing: "Supported housing"
        case .floatingSupport: "Floating support"
        case .tenancySustainment: "Tenancy sustainment"
        case .legalAdvice: "Legal advice"
        case .employmentSupport: "Employment support"
        case .healthAndWellbeing: "Health and wellbeing"
        case .substanceMisuse: "Drug and alcohol services"
        case .other: "Other"
        }
    }
}

/// One partner in the directory of resources, with what its intervention usually costs the council
/// (the seed's "costed intervention toolkit").
public struct Partner: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var kind: PartnerKind
    public var phone: String?
    public var email: String?
    public var address: String?
    /// What it offers, in a line or two.
    public var offers: String
    public var usualCost: Money
    /// What the cost covers ("per household", "12 weeks of support").
    public var costBasis: String?

    public init(id: String, name: String, kind: PartnerKind, phone: String? = nil, email: String? = nil, address: String? = nil,
                offers: String, usualCost: Money, costBasis: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.phone = phone
        self.email = email
        self.address = address
        self.offers = offers
        self.usualCost = usualCost
        self.costBasis = costBasis
    }

    /// How to reach the partner, in one line: phone, email, address, whichever are known.
    public var contact: String {
        [phone, email, address].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
    }
}

/// The partners a council works with: `Resources/partners.json`, or the council's own copy in the data directory.
public struct PartnerDirectory: Hashable, Sendable {
    public var partners: [Partner]
    /// Where it came from, for messages: "partners.json in the data directory" or "the standard directory".
    public var source: String

    public init(partners: [Partner], source: String) {
        self.partners = partners
        self.source = source
    }

    public func partner(_ id: String) -> Partner? { partners.first { $0.id == id } }
}

/// A standard step a council uses again and again, inserted with its usual due offset.
public struct StandardStep: Hashable, Sendable, Identifiable {
    public var id: String
    public var owner: StepOwner
    public var text: String
    /// Days from the day it is added to the day it falls due.
    public var dueInDays: Int?
    /// The kind of partner the step usually goes to, to offer those first.
    public var partnerKind: PartnerKind?

    public init(id: String, owner: StepOwner, text: String, dueInDays: Int? = nil, partnerKind: PartnerKind? = nil) {
        self.id = id
        self.owner = owner
        self.text = text
        self.dueInDays = dueInDays
        self.partnerKind = partnerKind
    }

    /// The step as it goes into a plan on `day`.
    public func step(id: Int, on day: Day) -> PlanStep {
        PlanStep(id: id, owner: owner, text: text, dueOn: dueInDays.map { day.adding(days: $0) })
    }
}

/// The library of standard steps: `Resources/plan-steps.json`, or the council's copy in the data directory.
public struct StepLibrary: Hashable, Sendable {
    public var steps: [StandardStep]
    public var source: String

    public init(steps: [StandardStep], source: String) {
        self.steps = steps
        self.source = source
    }
}
