/// Readers for the model's own scalar forms, exactly as their `Codable` conformances accept them.
extension JSONCursor {
    /// `YYYY-MM-DD`, a real date.
    mutating func day() throws(JSONStop) -> Day {
        let bytes = try stringBytes()
        guard bytes.count == 10 else { throw .unsupported }
        return try Self.day(bytes.baseAddress!)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`.
    mutating func timestamp() throws(JSONStop) -> Timestamp {
        let bytes = try stringBytes()
        guard bytes.count == 20 else { throw .unsupported }
        let b = bytes.baseAddress!
        guard b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
              b[19] == UInt8(ascii: "Z") else { throw .unsupported }
        let day = try Self.day(b)
        let hour = try Self.number(b + 11, 2), minute = try Self.number(b + 14, 2), second = try Self.number(b + 17, 2)
        guard hour < 24, minute < 60, second < 60 else { throw .unsupported }
        return Timestamp(day: day, secondOfDay: hour * 3600 + minute * 60 + second)
    }

    mutating func value<Value>(_ table: ByteKeyTable<Value>) throws(JSONStop) -> Value {
        guard let value = table.value(for: try stringBytes()) else { throw .unsupported }
        return value
    }

    /// An array, each element read by `element`.
    @inline(__always) mutating func array<Element>(_ element: (inout JSONCursor) throws(JSONStop) -> Element) throws(JSONStop) -> [Element] {
        var result: [Element] = []
        var first = true
        try beginArray()
        while try nextElement(&first) { result.append(try element(&self)) }
        return result
    }

    mutating func optionalDay() throws(JSONStop) -> Day? { try consumeNull() ? nil : try day() }
    mutating func optionalString() throws(JSONStop) -> String? { try consumeNull() ? nil : try string() }
    mutating func optionalBool() throws(JSONStop) -> Bool? { try consumeNull() ? nil : try bool() }
    mutating func optionalValue<Value>(_ table: ByteKeyTable<Value>) throws(JSONStop) -> Value? {
        try consumeNull() ? nil : try value(table)
    }

    private static func day(_ b: UnsafePointer<UInt8>) throws(JSONStop) -> Day {
        guard b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { throw .unsupported }
        let year = try number(b, 4), month = try number(b + 5, 2), day = try number(b + 8, 2)
        guard let value = Day(year: year, month: month, day: day) else { throw .unsupported }
        return value
    }

    @inline(__always) private static func number(_ b: UnsafePointer<UInt8>, _ count: Int) throws(JSONStop) -> Int {
        var value = 0
        for index in 0..<count {
            let digit = b[index] &- 48
            guard digit < 10 else { throw .unsupported }
            value = value * 10 + Int(digit)
        }
        return value
    }
}
