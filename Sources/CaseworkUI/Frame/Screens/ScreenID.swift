/// A top-level screen's name. Each screen declares its own (`extension ScreenID { static let diary = ScreenID("diary") }`),
/// so adding one edits no list of cases.
public struct ScreenID: Hashable, Sendable, CustomStringConvertible {
    public let name: String

    public init(_ name: String) { self.name = name }

    public var description: String { name }

    public static let queue = ScreenID("queue")
    /// The open case, whichever screen it was opened from.
    public static let openCase = ScreenID("case")
}
