/// A form left with typed work in it when the console stopped, kept in a `CaseDraft`: which form (the console's own
/// name for it) and each field's value in order, to be put back as typed.
public struct DraftForm: Codable, Hashable, Sendable {
    public var kind: String
    public var values: [String]

    public init(kind: String, values: [String]) {
        self.kind = kind
        self.values = values
    }
}
