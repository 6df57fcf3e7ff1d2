/// How one front end words the rules' reasons. The rules return reasons as values (a kind with its dates, day
/// counts and numbers); the sentences are written once, in this folder, and each front end picks its wording:
/// `Wording.commandLine` here (also for `case show --json`), `Wording.console` in CaseworkUI.
public struct Wording: Sendable {
    /// How a date reads: "2026-08-28" on the command line, "28 Aug 2026" on screen.
    public let date: @Sendable (Day) -> String
    /// True where a clause (a refusal) stands on a line of its own and so starts with a capital; false where clauses
    /// are joined into one message after a colon.
    public let clausesStandAlone: Bool

    public init(date: @escaping @Sendable (Day) -> String, clausesStandAlone: Bool) {
        self.date = date
        self.clausesStandAlone = clausesStandAlone
    }

    /// The command line and JSON: ISO dates, clauses joined in lower case.
    public static let commandLine = Wording(date: { $0.iso }, clausesStandAlone: false)

    /// The same dates, for clauses joined into one message.
    public var joined: Wording { Wording(date: date, clausesStandAlone: false) }

    /// A clause written in lower case, as this front end shows it.
    func clause(_ text: String) -> String {
        clausesStandAlone ? text.prefix(1).uppercased() + text.dropFirst() : text
    }
}

/// A reason a rule gives, as a value: its words come from one place for every front end.
public protocol RuleReason: Hashable, Sendable {
    func words(_ wording: Wording) -> String
}

extension Sequence where Element: RuleReason {
    /// Each reason as a line.
    public func words(_ wording: Wording) -> [String] { map { $0.words(wording) } }
}
