/// The keys of one JSON object shape, for reading it by hand as strictly as `JSONDecoder` would:
/// an unknown or repeated key, or a missing required one, stops the fast path.
/// Keys are first guessed in sorted order (as `JSONEncoder` with `.sortedKeys` writes them) by comparing the
/// bytes `"key":` in place; only a miss scans the key and looks it up.
struct JSONFieldTable<Key: RawRepresentable & CaseIterable & Sendable>: Sendable where Key.RawValue == String {
    private struct Field: Sendable {
        var key: Key
        var bit: UInt64
        var rank: Int
    }

    private let table: ByteKeyTable<Field>
    /// In sorted order.
    private let fields: [Field]
    /// `"key":` for each field in sorted order, end to end; `starts` has one more entry than `fields`.
    private let patterns: [UInt8]
    private let starts: [Int]
    private let required: UInt64
    /// How many keys after the last one found are guessed before looking the key up.
    private static var guesses: Int { 4 }

    init(required: [Key]) {
        let keys = Array(Key.allCases)
        precondition(keys.count <= 64, "a field table holds at most 64 keys")
        let sorted = keys.indices.sorted { keys[$0].rawValue.utf8.lexicographicallyPrecedes(keys[$1].rawValue.utf8) }
        var fields: [Field] = []
        var patterns: [UInt8] = []
        var starts: [Int] = []
        for (rank, index) in sorted.enumerated() {
            fields.append(Field(key: keys[index], bit: UInt64(1) << UInt64(index), rank: rank))
            starts.append(patterns.count)
            patterns += Array("\"\(keys[index].rawValue)\":".utf8)
        }
        starts.append(patterns.count)
        table = ByteKeyTable(fields.map { (name: $0.key.rawValue, value: $0) })
        self.fields = fields
        self.patterns = patterns
        self.starts = starts
        self.required = fields.filter { field in required.contains { $0.rawValue == field.key.rawValue } }
            .reduce(0) { $0 | $1.bit }
    }

    /// The next key of the object (the cursor left at its value), or nil after the closing brace.
    @inline(__always) func nextField(_ c: inout JSONCursor, _ progress: inout JSONObjectProgress) throws(JSONStop) -> Key? {
        guard try c.beginMember(&progress.first) else { return nil }
        let last = min(progress.next + Self.guesses, fields.count)
        let guessed: Int? = patterns.withUnsafeBufferPointer { patterns in
            starts.withUnsafeBufferPointer { starts in
                for rank in progress.next..<last
                where c.consume(patterns.baseAddress! + starts[rank], count: starts[rank + 1] - starts[rank]) {
                    return rank
                }
                return nil
            }
        }
        let field: Field
        if let guessed {
            field = fields[guessed]
        } else {
            let name = try c.stringBytes()
            try c.expect(UInt8(ascii: ":"))
            guard let found = table.value(for: name) else { throw .unsupported }
            field = found
        }
        guard progress.seen & field.bit == 0 else { throw .unsupported }
        progress.seen |= field.bit
        progress.next = field.rank + 1
        return field.key
    }

    @inline(__always) func checkComplete(_ progress: JSONObjectProgress) throws(JSONStop) {
        guard progress.seen & required == required else { throw .unsupported }
    }
}

/// Where a `JSONFieldTable` reader is in one object.
struct JSONObjectProgress {
    var first = true
    var seen: UInt64 = 0
    /// The sorted position to guess next.
    var next = 0
}
