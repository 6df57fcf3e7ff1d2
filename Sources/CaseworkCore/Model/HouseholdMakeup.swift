/// Adults and children in a household, the way triage writes it: "2A 1C". The applicant is an adult; a member is a
/// child when under 18 on the day, or, with no date of birth, when recorded as a child or grandchild.
public struct HouseholdMakeup: Hashable, Sendable {
    public let adults: Int
    public let children: Int

    public init(members: some Sequence<(bornOn: Day?, relationship: Relationship)>, on day: Day) {
        var adults = 1, children = 0
        for member in members {
            let isChild = member.bornOn.map { $0.age(on: day) < 18 } ?? (member.relationship == .child || member.relationship == .grandchild)
            if isChild { children += 1 } else { adults += 1 }
        }
        self.adults = adults
        self.children = children
    }

    public init(_ summary: CaseSummary, on day: Day) {
        self.init(members: summary.members.lazy.map { (bornOn: $0.bornOn, relationship: $0.relationship) }, on: day)
    }

    public init(_ household: [HouseholdMember], on day: Day) {
        self.init(members: household.lazy.map { (bornOn: $0.dateOfBirth, relationship: $0.relationship) }, on: day)
    }

    public var code: String { children == 0 ? "\(adults)A" : "\(adults)A \(children)C" }
}
