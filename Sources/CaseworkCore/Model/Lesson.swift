/// An entry in the team's lessons learnt log (the seed journey's "review and add to lessons learnt log"): what
/// happened, what to change, tags to find it by, and the case it came from. Managers mark it acted on.
public struct Lesson: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var recordedAt: Timestamp
    public var by: String
    public var text: String
    public var change: String?
    public var tags: [String]
    public var caseRef: String?
    public var actedOnAt: Timestamp?
    public var actedOnBy: String?
    public var actedOnNote: String?

    public init(id: Int, recordedAt: Timestamp, by: String, text: String, change: String? = nil, tags: [String] = [],
                caseRef: String? = nil) {
        self.id = id
        self.recordedAt = recordedAt
        self.by = by
        self.text = text
        self.change = change
        self.tags = tags
        self.caseRef = caseRef
    }

    /// `L-3`, as the audit journal names it.
    public var name: String { "L-\(id)" }
    public var isActedOn: Bool { actedOnAt != nil }
}

/// `lessons.json` in the data directory.
public struct LessonLog: Codable, Hashable, Sendable {
    public var schemaVersion: Int
    public var lessons: [Lesson]

    public init(lessons: [Lesson] = []) {
        schemaVersion = 1
        self.lessons = lessons
    }
}
