/// The Personalised Housing Plan (s189A(4)–(6)): steps agreed with the applicant, or recorded as reasonable
/// when agreement fails. No statutory deadline, but "not agreed 10 working days after assessment" is an alert
/// (the Ombudsman criticised 11 weeks).
///
/// Versions: until the plan is first agreed (or recorded as not agreed) it is a draft edited in place. After that,
/// every saved change to the assessment or the steps' terms makes a new version (number, date, officer, what
/// changed); the version it replaces is frozen with its content, so any earlier one can be shown and its letter
/// written again. Progress (a step done, not done, a referral sent), reviews and the non-co-operation record
/// change no terms and make no version.
public struct Plan: Codable, Hashable, Sendable {
    /// The current version's steps, in the plan's order.
    public var steps: [PlanStep]
    /// The latest agreement with the applicant (of `settledVersion`).
    public var agreedOn: Day?
    /// When agreement could not be reached: why, as s189A(5) requires it be recorded.
    public var notAgreedReason: String?
    public var notAgreedOn: Day?
    /// The latest written notification of the plan (of `notifiedVersion`).
    public var notifiedInWritingOn: Day?
    public var reviewDueOn: Day?
    public var lastReviewedOn: Day?

    /// The current version: 1 until a change after the first settlement makes 2.
    public var version: Int
    /// The latest version agreed or recorded as not agreed.
    public var settledVersion: Int?
    /// The latest version notified in writing.
    public var notifiedVersion: Int?
    /// Every version since the first settlement, oldest first; the last is the current one.
    public var versions: [PlanVersion]
    public var reviews: [PlanReview]
    public var letters: [PlanLetterRecord]

    public init(steps: [PlanStep] = [], agreedOn: Day? = nil, notAgreedReason: String? = nil,
                notAgreedOn: Day? = nil, notifiedInWritingOn: Day? = nil, reviewDueOn: Day? = nil, lastReviewedOn: Day? = nil,
                settledBy: String = "") {
        self.steps = steps
        self.agreedOn = agreedOn
        self.notAgreedReason = notAgreedReason
        self.notAgreedOn = notAgreedOn
        self.notifiedInWritingOn = notifiedInWritingOn
        self.reviewDueOn = reviewDueOn
        self.lastReviewedOn = lastReviewedOn
        version = 1
        reviews = []
        letters = []
        let settledOn = agreedOn ?? notAgreedOn
        settledVersion = settledOn == nil ? nil : 1
        notifiedVersion = notifiedInWritingOn == nil ? nil : 1
        versions = settledOn.map { [PlanVersion.first(on: $0, by: settledBy, agreedOn: agreedOn, notAgreedOn: notAgreedOn,
                                                      notAgreedReason: notAgreedReason)] } ?? []
    }

    private enum CodingKeys: String, CodingKey {
        case steps, agreedOn, notAgreedReason, notAgreedOn, notifiedInWritingOn, reviewDueOn, lastReviewedOn
        case version, settledVersion, notifiedVersion, versions, reviews, letters
    }

    /// Plans written before versions were kept read as version 1, settled and notified as their dates say.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(steps: try c.decodeIfPresent([PlanStep].self, forKey: .steps) ?? [],
                  agreedOn: try c.decodeIfPresent(Day.self, forKey: .agreedOn),
                  notAgreedReason: try c.decodeIfPresent(String.self, forKey: .notAgreedReason),
                  notAgreedOn: try c.decodeIfPresent(Day.self, forKey: .notAgreedOn),
                  notifiedInWritingOn: try c.decodeIfPresent(Day.self, forKey: .notifiedInWritingOn),
                  reviewDueOn: try c.decodeIfPresent(Day.self, forKey: .reviewDueOn),
                  lastReviewedOn: try c.decodeIfPresent(Day.self, forKey: .lastReviewedOn))
        if let version = try c.decodeIfPresent(Int.self, forKey: .version) { self.version = version }
        if c.contains(.settledVersion) { settledVersion = try c.decodeIfPresent(Int.self, forKey: .settledVersion) }
        if c.contains(.notifiedVersion) { notifiedVersion = try c.decodeIfPresent(Int.self, forKey: .notifiedVersion) }
        if let versions = try c.decodeIfPresent([PlanVersion].self, forKey: .versions) { self.versions = versions }
        reviews = try c.decodeIfPresent([PlanReview].self, forKey: .reviews) ?? []
        letters = try c.decodeIfPresent([PlanLetterRecord].self, forKey: .letters) ?? []
    }

    /// The plan is settled once it is agreed or the disagreement is recorded with the council's steps.
    public var settledOn: Day? { agreedOn ?? notAgreedOn }

    /// True once any version has been agreed or recorded as not agreed: changes then make new versions.
    public var isVersioned: Bool { !versions.isEmpty }

    /// The current version's changes are agreed (or recorded as not agreed).
    public var currentVersionSettled: Bool { settledVersion == version }

    /// The day of the earliest change not yet notified in writing, once a version has been: s189A(11) asks for
    /// the new version to be notified. Nil when nothing notified has changed since.
    public var changedSinceNotifiedOn: Day? {
        guard let notifiedVersion, notifiedVersion < version else { return nil }
        return versions.first { $0.version == notifiedVersion + 1 }?.on
    }

    public var totalCost: Money { steps.reduce(.zero) { $0 + $1.committedCost } }

    public func step(_ id: Int) -> PlanStep? { steps.first { $0.id == id } }

    /// The entry for a version, if the plan has reached it.
    public func entry(_ number: Int) -> PlanVersion? { versions.first { $0.version == number } }
}

/// One version of the plan: when it was made, by whom, what changed, how it was settled, and (once a later
/// version replaced it) its content as it stood.
public struct PlanVersion: Codable, Hashable, Sendable {
    public var version: Int
    public var on: Day
    public var by: String
    public var changes: [String]
    public var agreedOn: Day?
    public var notAgreedOn: Day?
    public var notAgreedReason: String?
    /// Nil for the current version, whose content is the case's assessment and the plan's steps.
    public var content: PlanContent?

    public init(version: Int, on: Day, by: String, changes: [String], agreedOn: Day? = nil, notAgreedOn: Day? = nil,
                notAgreedReason: String? = nil, content: PlanContent? = nil) {
        self.version = version
        self.on = on
        self.by = by
        self.changes = changes
        self.agreedOn = agreedOn
        self.notAgreedOn = notAgreedOn
        self.notAgreedReason = notAgreedReason
        self.content = content
    }

    static func first(on day: Day, by: String, agreedOn: Day?, notAgreedOn: Day?, notAgreedReason: String?) -> PlanVersion {
        PlanVersion(version: 1, on: day, by: by, changes: [agreedOn != nil ? "Agreed with the applicant" : "Not agreed; the council's steps recorded"],
                    agreedOn: agreedOn, notAgreedOn: agreedOn == nil ? notAgreedOn : nil, notAgreedReason: agreedOn == nil ? notAgreedReason : nil)
    }

    public var settledOn: Day? { agreedOn ?? notAgreedOn }
}

/// What a version fixes: the assessment and the steps as they stood.
public struct PlanContent: Codable, Hashable, Sendable {
    public var assessment: Assessment?
    public var steps: [PlanStep]

    public init(assessment: Assessment?, steps: [PlanStep]) {
        self.assessment = assessment
        self.steps = steps
    }
}

extension PlanContent {
    /// A number for a new step that no step here or in `others` holds.
    public func nextStepId(alongside others: PlanContent...) -> Int {
        Case.nextId((steps + others.flatMap(\.steps)).map(\.id))
    }
}

/// A review of the assessment and plan (s189A(9)), with what the officer found.
public struct PlanReview: Codable, Hashable, Sendable {
    public var on: Day
    public var by: String
    public var note: String

    public init(on: Day, by: String, note: String) {
        self.on = on
        self.by = by
        self.note = note
    }
}

/// A plan letter written for a version and sent on a day (who wrote it; never where it went).
public struct PlanLetterRecord: Codable, Hashable, Sendable {
    public var version: Int
    public var sentOn: Day
    public var by: String

    public init(version: Int, sentOn: Day, by: String) {
        self.version = version
        self.sentOn = sentOn
        self.by = by
    }
}

extension Plan {
    /// When version `number` was first notified in writing: its first letter, or (for plans written before letters
    /// were kept) the plan's notification date when that was the version notified.
    public func notifiedOn(version number: Int) -> Day? {
        letters.filter { $0.version == number }.map(\.sentOn).min() ?? (notifiedVersion == number ? notifiedInWritingOn : nil)
    }
}
