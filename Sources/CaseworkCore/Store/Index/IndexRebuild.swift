/// What a rebuild of the index from the case files did, naming every case file it could not read.
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
            + (unlisted.isEmpty ? "" : "; left out \(unlisted.count) it could not read: \(Self.names(unlisted))")
    }

    /// Up to five file names, then how many more.
    static func names(_ files: [String]) -> String {
        let shown = files.prefix(5).joined(separator: ", ")
        return files.count > 5 ? shown + " and \(files.count - 5) more" : shown
    }

    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}

extension StoreProblem {
    /// The listing's warning that the last rebuild of the index left out case files it could not read.
    static func unlisted(_ count: Int) -> StoreProblem {
        StoreProblem(file: DataDirectory.casesDirectory, position: "",
                     reason: "\(IndexRebuild.count(count, "case file")) could not be read and \(count == 1 ? "is" : "are") "
                         + "not listed; run casework doctor")
    }
}
