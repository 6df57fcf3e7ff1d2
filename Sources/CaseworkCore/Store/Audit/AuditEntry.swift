/// One line of `audit.jsonl`: who did what to which record and which fields moved, never what the record says.
public struct AuditEntry: Codable, Hashable, Sendable {
    public static let create = "create"
    public static let view = "view"
    /// An opening or a change of a restricted case refused to someone not entitled to it: `view-refused`,
    /// `note-refused`, `duty-end-refused`.
    public static func refused(_ action: String) -> String { action + "-refused" }
    public static let viewRefused = refused(view)
    /// An import met an application already held by a restricted case its importer is not cleared for: the ref was
    /// withheld from them, and the match is recorded.
    public static let importMatchedRestricted = "import-matched-restricted"

    public var at: Timestamp
    public var by: String
    public var ref: String
    /// The revision the change produced; absent for views.
    public var revision: Int?
    public var action: String
    /// The top-level `Case` properties that changed; absent for views.
    public var fields: [String]?

    public init(at: Timestamp, by: String, ref: String, revision: Int?, action: String, fields: [String]?) {
        self.at = at
        self.by = by
        self.ref = ref
        self.revision = revision
        self.action = action
        self.fields = fields
    }

    /// True for a line that records a write (as opposed to a view).
    public var isChange: Bool { revision != nil }
}
