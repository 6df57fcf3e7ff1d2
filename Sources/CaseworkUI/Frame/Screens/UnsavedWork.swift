/// Typed work not yet saved, as the frame's questions name it ("changes to case H-0002", "a contact note for H-0002"),
/// and what can be done with it besides throwing it away.
public struct UnsavedWork: Hashable, Sendable {
    public var items: [String]
    /// One action saves it all (the facts with Ctrl-S, or the one form open): the question offers Save.
    public var canSave: Bool
    /// It can be written as a draft the next start offers back: the question offers Keep as draft.
    public var canKeepDraft: Bool

    public init(_ items: [String], canSave: Bool, canKeepDraft: Bool) {
        self.items = items
        self.canSave = canSave
        self.canKeepDraft = canKeepDraft
    }

    public var isEmpty: Bool { items.isEmpty }

    /// "changes to case H-0002 and a contact note".
    public var described: String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    /// Both together: saving it all takes one action only when there is one thing, or the other cannot be saved at all.
    public static func + (lhs: UnsavedWork, rhs: UnsavedWork) -> UnsavedWork {
        if lhs.isEmpty { return rhs }
        if rhs.isEmpty { return lhs }
        return UnsavedWork(lhs.items + rhs.items, canSave: false, canKeepDraft: lhs.canKeepDraft || rhs.canKeepDraft)
    }

    public static let none = UnsavedWork([], canSave: false, canKeepDraft: false)
}
