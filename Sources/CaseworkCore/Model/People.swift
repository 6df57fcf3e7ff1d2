/// The person who applied. Contact details live here because letters and calls go to the applicant.
public struct Applicant: Codable, Hashable, Sendable {
    public var firstName: String
    public var lastName: String
    public var dateOfBirth: Day?
    public var pregnant: Bool
    public var phone: String?
    public var email: String?
    /// Where to write to: not always the home being lost (sofa-surfing, hospital).
    public var correspondenceAddress: Address?
    public var preferredLanguage: String?
    public var interpreterNeeded: Bool
    public var nationalInsuranceNumber: String?

    public init(firstName: String, lastName: String, dateOfBirth: Day?, pregnant: Bool = false,
                phone: String? = nil, email: String? = nil, correspondenceAddress: Address? = nil,
                preferredLanguage: String? = nil, interpreterNeeded: Bool = false,
                nationalInsuranceNumber: String? = nil) {
        self.firstName = firstName
        self.lastName = lastName
        self.dateOfBirth = dateOfBirth
        self.pregnant = pregnant
        self.phone = phone
        self.email = email
        self.correspondenceAddress = correspondenceAddress
        self.preferredLanguage = preferredLanguage
        self.interpreterNeeded = interpreterNeeded
        self.nationalInsuranceNumber = nationalInsuranceNumber
    }

    public var fullName: String { firstName.isEmpty ? lastName : firstName + " " + lastName }
}

public enum Relationship: String, Codable, CaseIterable, Sendable {
    case partner, child, parent, sibling, grandchild, grandparent, other
}

/// Someone who lives, or would normally live, with the applicant (s176).
public struct HouseholdMember: Codable, Hashable, Sendable {
    public var firstName: String
    public var lastName: String
    public var dateOfBirth: Day?
    public var relationship: Relationship
    public var pregnant: Bool

    public init(firstName: String, lastName: String, dateOfBirth: Day?, relationship: Relationship, pregnant: Bool = false) {
        self.firstName = firstName
        self.lastName = lastName
        self.dateOfBirth = dateOfBirth
        self.relationship = relationship
        self.pregnant = pregnant
    }
}

public struct Address: Codable, Hashable, Sendable {
    public var lines: [String]
    public var town: String
    public var postcode: String

    public init(lines: [String], town: String, postcode: String) {
        self.lines = lines
        self.town = town
        self.postcode = postcode
    }

    public var singleLine: String { (lines + [town, postcode]).filter { !$0.isEmpty }.joined(separator: ", ") }

    /// Address lines typed on one line, as the console takes them: split at commas, blanks dropped.
    public static func lines(parsing text: String) -> [String] {
        text.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }
}

/// Someone other than the applicant the team deals with: a landlord, an agent, a referrer.
public struct Party: Codable, Hashable, Sendable {
    public var name: String
    public var phone: String?
    public var email: String?

    public init(name: String, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
    }
}
