/// The H-CLIC support-need categories (statutory table A3), in the statistics' own order.
public enum SupportNeed: String, Codable, CaseIterable, Sendable {
    case mentalHealth = "mental-health"
    case physicalIllHealthOrDisability = "physical-ill-health-or-disability"
    case domesticAbuse = "domestic-abuse"
    case offendingHistory = "offending-history"
    case repeatHomelessness = "repeat-homelessness"
    case roughSleeping = "rough-sleeping"
    case drugDependency = "drug-dependency"
    case alcoholDependency = "alcohol-dependency"
    case learningDisability = "learning-disability"
    case youngPerson18To25 = "young-person-18-25"
    case educationEmploymentTraining = "access-to-education-employment-training"
    case abuseNotDomestic = "abuse-not-domestic"
    case sexualExploitation = "sexual-exploitation"
    case oldAge = "old-age"
    case careLeaver18To20 = "care-leaver-18-20"
    case careLeaver21Plus = "care-leaver-21-plus"
    case youngParent = "young-parent"
    case servedInForces = "served-in-hm-forces"
    case formerAsylumSeeker = "former-asylum-seeker"

    public var label: String {
        switch self {
        case .mentalHealth: "Mental health"
        case .physicalIllHealthOrDisability: "Physical ill health or disability"
        case .domesticAbuse: "At risk of / has experienced domestic abuse"
        case .offendingHistory: "Offending history"
        case .repeatHomelessness: "Repeat homelessness"
        case .roughSleeping: "Rough sleeping"
        case .drugDependency: "Drug dependency"
        case .alcoholDependency: "Alcohol dependency"
        case .learningDisability: "Learning disability"
        case .youngPerson18To25: "Young person 18-25 needing support"
        case .educationEmploymentTraining: "Access to education, employment or training"
        case .abuseNotDomestic: "Abuse (not domestic)"
        case .sexualExploitation: "Sexual exploitation"
        case .oldAge: "Old age"
        case .careLeaver18To20: "Care leaver 18-20"
        case .careLeaver21Plus: "Care leaver 21+"
        case .youngParent: "Young parent"
        case .servedInForces: "Served in HM Forces"
        case .formerAsylumSeeker: "Former asylum seeker"
        }
    }

    /// Position in `allCases`, used as the bit in `SupportNeeds`. A switch, not a search of `allCases`:
    /// the rules read support needs 100,000 times at start-up.
    public var bit: Int {
        switch self {
        case .mentalHealth: 0
        case .physicalIllHealthOrDisability: 1
        case .domesticAbuse: 2
        case .offendingHistory: 3
        case .repeatHomelessness: 4
        case .roughSleeping: 5
        case .drugDependency: 6
        case .alcoholDependency: 7
        case .learningDisability: 8
        case .youngPerson18To25: 9
        case .educationEmploymentTraining: 10
        case .abuseNotDomestic: 11
        case .sexualExploitation: 12
        case .oldAge: 13
        case .careLeaver18To20: 14
        case .careLeaver21Plus: 15
        case .youngParent: 16
        case .servedInForces: 17
        case .formerAsylumSeeker: 18
        }
    }
}

/// A set of support needs packed into one integer: the queue holds 100,000 of these.
public struct SupportNeeds: Hashable, Sendable, Sequence, ExpressibleByArrayLiteral {
    public private(set) var bits: UInt32

    public init(bits: UInt32 = 0) { self.bits = bits }
    public init(_ needs: some Sequence<SupportNeed>) {
        bits = 0
        for need in needs { insert(need) }
    }
    public init(arrayLiteral elements: SupportNeed...) { self.init(elements) }

    public func contains(_ need: SupportNeed) -> Bool { bits & (1 << UInt32(need.bit)) != 0 }
    public mutating func insert(_ need: SupportNeed) { bits |= 1 << UInt32(need.bit) }
    public mutating func remove(_ need: SupportNeed) { bits &= ~(1 << UInt32(need.bit)) }
    public var count: Int { bits.nonzeroBitCount }
    public var isEmpty: Bool { bits == 0 }

    public func makeIterator() -> IndexingIterator<[SupportNeed]> {
        SupportNeed.allCases.filter { contains($0) }.makeIterator()
    }
}

extension SupportNeeds: Codable {
    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([SupportNeed].self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Array(self))
    }
}
