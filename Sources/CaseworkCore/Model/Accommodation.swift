/// Where the household lives at application (H-CLIC table A4 in broad groups).
public enum AccommodationType: String, Codable, CaseIterable, Sendable {
    case privateRented = "private-rented"
    case socialRented = "social-rented"
    case familyOrFriends = "family-or-friends"
    case ownerOccupier = "owner-occupier"
    case temporary
    case hospital
    case custody
    case noFixedAbode = "no-fixed-abode"
    case roughSleeping = "rough-sleeping"
    case other

    public var label: String {
        switch self {
        case .privateRented: "Private rented"
        case .socialRented: "Social rented"
        case .familyOrFriends: "With family or friends"
        case .ownerOccupier: "Owner-occupier"
        case .temporary: "Temporary accommodation"
        case .hospital: "Hospital"
        case .custody: "Custody"
        case .noFixedAbode: "No fixed abode"
        case .roughSleeping: "Rough sleeping"
        case .other: "Other"
        }
    }

    /// An assured (private) tenancy is the only kind section 21 ever applied to.
    public var isPrivateTenancy: Bool { self == .privateRented }
}

/// How a tenancy runs, for the notice periods that depend on it (Housing Act 1988 s21(4)(b), s21(4E), and the
/// old s8(4A)(b)): a fixed term, or periodic with the period its rent is paid by.
public enum TenancyPeriod: String, Codable, CaseIterable, Sendable {
    case fixedTerm = "fixed-term"
    case weekly
    case monthly
    case quarterly
    case yearly

    public var label: String {
        switch self {
        case .fixedTerm: "Fixed term"
        case .weekly: "Periodic, weekly"
        case .monthly: "Periodic, monthly"
        case .quarterly: "Periodic, quarterly"
        case .yearly: "Periodic, yearly"
        }
    }

    public var isPeriodic: Bool { self != .fixedTerm }
}

public struct Accommodation: Codable, Hashable, Sendable {
    public var type: AccommodationType
    public var tenancyStartedOn: Day?
    /// Fixed term or periodic (and its period); nil when not recorded.
    public var tenancyPeriod: TenancyPeriod?
    public var address: Address?
    public var landlord: Party?
    /// Weekly or monthly rent as the applicant states it, for affordability talks; free text on purpose.
    public var rent: String?
    public var arrears: Bool?

    public init(type: AccommodationType, tenancyStartedOn: Day? = nil, address: Address? = nil,
                landlord: Party? = nil, rent: String? = nil, arrears: Bool? = nil, tenancyPeriod: TenancyPeriod? = nil) {
        self.type = type
        self.tenancyStartedOn = tenancyStartedOn
        self.address = address
        self.landlord = landlord
        self.rent = rent
        self.arrears = arrears
        self.tenancyPeriod = tenancyPeriod
    }
}

/// Why the household is losing (or lost) its last settled home (H-CLIC table A2, abridged).
public enum LossReason: String, Codable, CaseIterable, Sendable {
    case endOfPrivateTenancy = "end-of-private-tenancy"
    case endOfSocialTenancy = "end-of-social-tenancy"
    case rentArrears = "rent-arrears"
    case familyNoLongerWilling = "family-no-longer-willing"
    case friendsNoLongerWilling = "friends-no-longer-willing"
    case relationshipBreakdown = "relationship-breakdown"
    case domesticAbuse = "domestic-abuse"
    case otherViolenceOrHarassment = "other-violence-or-harassment"
    case leftInstitution = "left-institution"
    case mortgageArrears = "mortgage-arrears"
    case requiredToLeaveAsylumSupport = "required-to-leave-asylum-support"
    case disrepair
    case other

    public var label: String {
        switch self {
        case .endOfPrivateTenancy: "End of private rented tenancy"
        case .endOfSocialTenancy: "End of social rented tenancy"
        case .rentArrears: "Rent arrears"
        case .familyNoLongerWilling: "Family no longer willing or able to accommodate"
        case .friendsNoLongerWilling: "Friends no longer willing or able to accommodate"
        case .relationshipBreakdown: "Non-violent relationship breakdown"
        case .domesticAbuse: "Domestic abuse"
        case .otherViolenceOrHarassment: "Other violence or harassment"
        case .leftInstitution: "Left institution (hospital, prison, care)"
        case .mortgageArrears: "Mortgage arrears"
        case .requiredToLeaveAsylumSupport: "Required to leave Home Office asylum support"
        case .disrepair: "Property disrepair"
        case .other: "Other"
        }
    }
}
