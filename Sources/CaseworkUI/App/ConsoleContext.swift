import CaseworkCore

/// What every screen knows about the session: who is at the keyboard, what day the law counts from,
/// the staff directory (names for ids), the rules' settings and which caseload this is.
public struct ConsoleContext: Sendable {
    public var actor: Actor
    public var today: Day
    public var staff: StaffDirectory
    public var configuration: RuleConfiguration
    public var meta: StoreMeta

    public init(actor: Actor, today: Day, staff: StaffDirectory, configuration: RuleConfiguration, meta: StoreMeta) {
        self.actor = actor
        self.today = today
        self.staff = staff
        self.configuration = configuration
        self.meta = meta
    }

    /// A person's name for a staff id, or the id itself when the directory does not know it.
    public func name(of id: String?) -> String { id.map { staff.name(of: $0) ?? $0 } ?? "-" }
}
