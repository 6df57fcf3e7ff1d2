/// The kinds of temporary accommodation a council places households in (the H-CLIC temporary accommodation section).
public enum PlacementType: String, Codable, CaseIterable, Sendable {
    case bedAndBreakfast = "bed-and-breakfast"
    case hostel
    case nightlyPaid = "nightly-paid"
    case privateSectorLeased = "private-sector-leased"
    case councilStock = "council-stock"
    case housingAssociation = "housing-association"
    case refuge
    case other

    public var label: String {
        switch self {
        case .bedAndBreakfast: "Bed and breakfast"
        case .hostel: "Hostel"
        case .nightlyPaid: "Nightly-paid self-contained"
        case .privateSectorLeased: "Private sector leased"
        case .councilStock: "Council stock"
        case .housingAssociation: "Housing association"
        case .refuge: "Refuge"
        case .other: "Other"
        }
    }
}

/// The duty under which a household is placed: interim (s188) while inquiries or relief run, the main duty (s193),
/// or another power (s190 for the intentionally homeless, s199A pending a referral, s204(4) pending review).
public enum PlacementDuty: String, Codable, CaseIterable, Sendable {
    case interim
    case main
    case other

    public var label: String {
        switch self {
        case .interim: "Interim (s188)"
        case .main: "Main duty (s193)"
        case .other: "Other power"
        }
    }
}

/// One stay in temporary accommodation arranged by the council.
public struct Placement: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var type: PlacementType
    public var duty: PlacementDuty
    public var enteredOn: Day
    public var leftOn: Day?

    public init(id: Int, type: PlacementType, duty: PlacementDuty, enteredOn: Day, leftOn: Day? = nil) {
        self.id = id
        self.type = type
        self.duty = duty
        self.enteredOn = enteredOn
        self.leftOn = leftOn
    }

    /// True while the household is there on `day` (the day it leaves no longer counts).
    public func covers(_ day: Day) -> Bool { enteredOn <= day && (leftOn.map { day < $0 } ?? true) }
}
