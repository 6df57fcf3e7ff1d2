/// The s189A assessment: why the household became homeless or is threatened, what accommodation would suit it,
/// and the support it needs to get and keep it.
public struct Assessment: Codable, Hashable, Sendable {
    public var completedOn: Day
    public var completedBy: String
    /// Why (s189A(2)(a)), as the H-CLIC reason for loss of the last settled home.
    public var reasonForLoss: LossReason?
    public var circumstances: String
    /// What accommodation would be suitable (s189A(2)(b)), in the officer's words.
    public var housingNeeds: String
    public var bedroomsNeeded: Int?
    /// Where the household could live (areas, schools, work, support networks).
    public var area: String
    /// Step-free access, adaptations, a ground floor and the like.
    public var accessNeeds: String
    /// The support needed to get and keep accommodation (s189A(2)(c)): the H-CLIC categories and the detail.
    public var supportNeeds: SupportNeeds
    public var supportNeeded: String
    /// The assessment must be notified in writing (s189A(3)).
    public var notifiedInWritingOn: Day?

    public init(completedOn: Day, completedBy: String, reasonForLoss: LossReason? = nil, circumstances: String = "",
                housingNeeds: String = "", bedroomsNeeded: Int? = nil, area: String = "", accessNeeds: String = "",
                supportNeeds: SupportNeeds = [], supportNeeded: String = "", notifiedInWritingOn: Day? = nil) {
        self.completedOn = completedOn
        self.completedBy = completedBy
        self.reasonForLoss = reasonForLoss
        self.circumstances = circumstances
        self.housingNeeds = housingNeeds
        self.bedroomsNeeded = bedroomsNeeded
        self.area = area
        self.accessNeeds = accessNeeds
        self.supportNeeds = supportNeeds
        self.supportNeeded = supportNeeded
        self.notifiedInWritingOn = notifiedInWritingOn
    }

    private enum CodingKeys: String, CodingKey {
        case completedOn, completedBy, reasonForLoss, circumstances, housingNeeds, bedroomsNeeded, area, accessNeeds
        case supportNeeds, supportNeeded, notifiedInWritingOn
    }

    /// Files written before the structured housing and support needs decode with them empty.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        completedOn = try c.decode(Day.self, forKey: .completedOn)
        completedBy = try c.decode(String.self, forKey: .completedBy)
        reasonForLoss = try c.decodeIfPresent(LossReason.self, forKey: .reasonForLoss)
        circumstances = try c.decodeIfPresent(String.self, forKey: .circumstances) ?? ""
        housingNeeds = try c.decodeIfPresent(String.self, forKey: .housingNeeds) ?? ""
        bedroomsNeeded = try c.decodeIfPresent(Int.self, forKey: .bedroomsNeeded)
        area = try c.decodeIfPresent(String.self, forKey: .area) ?? ""
        accessNeeds = try c.decodeIfPresent(String.self, forKey: .accessNeeds) ?? ""
        supportNeeds = try c.decodeIfPresent(SupportNeeds.self, forKey: .supportNeeds) ?? []
        supportNeeded = try c.decodeIfPresent(String.self, forKey: .supportNeeded) ?? ""
        notifiedInWritingOn = try c.decodeIfPresent(Day.self, forKey: .notifiedInWritingOn)
    }
}

/// The assessment's free-text fields, for checks, change lines, the editor and merges.
public enum AssessmentField: String, CaseIterable, Sendable {
    case circumstances, housingNeeds, area, accessNeeds, supportNeeded

    public var label: String {
        switch self {
        case .circumstances: "Why homeless or threatened"
        case .housingNeeds: "What accommodation would be suitable"
        case .area: "Area"
        case .accessNeeds: "Access needs"
        case .supportNeeded: "Support needed"
        }
    }

    /// The label where a column is narrow.
    public var shortLabel: String {
        switch self {
        case .circumstances: "Why"
        case .housingNeeds: "Suitable housing"
        case .area: "Area"
        case .accessNeeds: "Access needs"
        case .supportNeeded: "Support needed"
        }
    }

    public var path: WritableKeyPath<Assessment, String> {
        switch self {
        case .circumstances: \.circumstances
        case .housingNeeds: \.housingNeeds
        case .area: \.area
        case .accessNeeds: \.accessNeeds
        case .supportNeeded: \.supportNeeded
        }
    }
}
