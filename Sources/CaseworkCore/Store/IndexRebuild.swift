/// What a rebuild of the index from the case files did.
public struct IndexRebuild: Hashable, Sendable {
    /// Set when the store rebuilt the index unasked, having found it lost.
    public var loss: IndexLoss?
    /// Case files read and listed.
    public var records: Int
    /// Case files it could not read, listed by the summary the old index held of them.
    public var kept: [String]
    /// Case files it could not read and had no summary of: they do not list until they are fixed.
    public var unlisted: [String]

    /// What to tell the person, one line without the program's name.
    public var notice: String {
        "the index was \(loss?.rawValue ?? "out of date"); rebuilt it from \(Self.count(records, "case file"))"
    }

    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
