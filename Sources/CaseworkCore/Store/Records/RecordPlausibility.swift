/// What a stored case must look like beyond its JSON shape, checked whenever a file is read: a revision a lifetime
/// of saves could reach (9223372036854775807 would overflow the next save and send doctor counting for ever), and
/// staff ids that are ids (a `case list` column must never carry an escape sequence from a file).
enum RecordPlausibility {
    /// A million saves a day for three thousand years: anything above is a damaged or forged file.
    static let maximumRevision = 1_000_000_000

    static func check(_ record: Case, file: String) throws {
        guard (1...maximumRevision).contains(record.revision) else {
            throw StoreError.unreadable(StoreProblem(file: file, position: "revision",
                                                     reason: "is not a revision a case can reach (1 to \(maximumRevision))"))
        }
        var ids = [("assignedOfficer", record.assignedOfficer), ("updatedBy", record.updatedBy)]
        ids += record.timeline.enumerated().map { ("timeline[\($0.offset)].by", $0.element.by) }
        for case let (position, id?) in ids where !StaffID.isValid(id) {
            throw StoreError.unreadable(StoreProblem(file: file, position: position, reason: "is not a staff id"))
        }
    }
}

/// A field named in a decoding error the store raises itself.
struct FieldKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Staff ids as the store keeps them: login-like names (`priya.shah`, `cw12`), safe as a file name for drafts and
/// safe to print.
public enum StaffID {
    public static func isValid(_ id: String) -> Bool { DataDirectory.isPlainName(id) }
}

extension Commit {
    /// Counters that leave room to count on: a forged `line` near Int.max must not crash the next write or listing.
    static let maximumCounter = 1 << 40

    /// How a line with implausible counters is refused, by either reader.
    static let implausible = DecodingError.dataCorrupted(.init(codingPath: [FieldKey("commit")], debugDescription: "counters out of range"))

    var isPlausible: Bool {
        (0...Self.maximumCounter).contains(line) && (0...Self.maximumCounter).contains(cases)
            && (0...Self.maximumCounter).contains(top) && (0...Self.maximumCounter).contains(unlisted ?? 0)
    }
}
