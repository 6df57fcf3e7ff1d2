/// A value a checkpoint holds, written and read by one pair of functions, with its shape: the text the checkpoint
/// format's version is made from (`CheckpointFormat`), so a field added, removed, retyped or moved, or an enum case
/// added, makes every older checkpoint stale without anyone remembering to bump a number.
protocol CheckpointValue {
    static func write(_ value: Self, to out: inout CheckpointOutput)
    static func read(from input: inout CheckpointInput) throws(CheckpointDamage) -> Self
    static var shape: String { get }
}

/// Visits each stored field of a record once, by its key: the writer, the reader and the shape all walk the same list.
protocol CheckpointFieldVisitor {
    mutating func field<Key: RawRepresentable, Value: CheckpointValue>(_ key: Key, _ value: inout Value)
        throws(CheckpointDamage) where Key.RawValue == String
}

/// A struct held field by field. `fields` is the one place that lists them; reading starts from `blank`.
protocol CheckpointRecord: CheckpointValue {
    static var blank: Self { get }
    static func fields<Visitor: CheckpointFieldVisitor>(_ value: inout Self, _ visitor: inout Visitor) throws(CheckpointDamage)
}

extension CheckpointRecord {
    static func write(_ value: Self, to out: inout CheckpointOutput) {
        var copy = value
        // The bytes move into the writer and back, never copied.
        var writer = CheckpointFieldWriter(out: CheckpointOutput())
        swap(&writer.out, &out)
        // A writer never throws: only reading can find damage.
        try? fields(&copy, &writer)
        swap(&writer.out, &out)
    }

    @inline(__always) static func read(from input: inout CheckpointInput) throws(CheckpointDamage) -> Self {
        var value = blank
        var reader = CheckpointFieldReader(input: input)
        try fields(&value, &reader)
        input = reader.input
        return value
    }

    static var shape: String {
        var value = blank
        var shaper = CheckpointFieldShaper()
        try? fields(&value, &shaper)
        return "\(Self.self){" + shaper.text + "}"
    }

    /// The keys `fields` visits, in order: a test holds them to the model's stored properties.
    static var visitedKeys: [String] {
        var value = blank
        var shaper = CheckpointFieldShaper()
        try? fields(&value, &shaper)
        return shaper.keys
    }
}

struct CheckpointFieldWriter: CheckpointFieldVisitor {
    var out: CheckpointOutput

    @inline(__always) mutating func field<Key: RawRepresentable, Value: CheckpointValue>(_ key: Key, _ value: inout Value)
        where Key.RawValue == String {
        Value.write(value, to: &out)
    }
}

struct CheckpointFieldReader: CheckpointFieldVisitor {
    var input: CheckpointInput

    @inline(__always) mutating func field<Key: RawRepresentable, Value: CheckpointValue>(_ key: Key, _ value: inout Value)
        throws(CheckpointDamage) where Key.RawValue == String {
        value = try Value.read(from: &input)
    }
}

struct CheckpointFieldShaper: CheckpointFieldVisitor {
    var text = ""
    var keys: [String] = []

    mutating func field<Key: RawRepresentable, Value: CheckpointValue>(_ key: Key, _ value: inout Value)
        where Key.RawValue == String {
        keys.append(key.rawValue)
        text += key.rawValue + ":" + Value.shape + ";"
    }
}

// MARK: Scalars

extension String: CheckpointValue {
    static func write(_ value: String, to out: inout CheckpointOutput) { out.string(value) }
    @inline(__always) static func read(from input: inout CheckpointInput) throws(CheckpointDamage) -> String { try input.string() }
    static var shape: String { "text" }
}

extension Int: CheckpointValue {
    static func write(_ value: Int, to out: inout CheckpointOutput) { out.signed(value) }
    @inline(__always) static func read(from input: inout CheckpointInput) throws(CheckpointDamage) -> Int { try input.signed() }
    static var shape: String { "int" }
}

extension Bool: CheckpointValue {
    static func write(_ value: Bool, to out: inout CheckpointOutput) { out.byte(value ? 1 : 0) }
    @inline(__always) static func read(from input: inout CheckpointInput) throws(CheckpointDamage) -> Bool {
        switch try input.byte() {
        case 0: return false
        case 1: return true
        default: throw .unreadable("not a yes or no")
        }
    }
    static var shape: String { "bool" }
}

extension Day: CheckpointValue {
    static func write(_ value: Day, to out: inout CheckpointOutput) { out.signed(value.daysSinceEpoch) }
    @inline(__always) static func read(from input: inout CheckpointInput) throws(CheckpointDamage) -> Day {
        Day(daysSinceEpoch: try input.signed())
    }
    static var shape: String { "day" }
}

extension Timestamp: CheckpointValue {
    static func write(_ value: Timestamp, to out: inout CheckpointOutput) {
        out.signed(value.day.daysSinceEpoch)
        out.unsigned(UInt64(value.secondOfDay))
    }
    @inline(__always) static func read(from input: inout CheckpointInput) throws(CheckpointDamage) -> Timestamp {
        let day = Day(daysSinceEpoch: try input.signed())
        let second = try input.unsigned()
        guard second < 86_400 else { throw .unreadable("not a time of day") }
        return Timestamp(day: day, secondOfDay: Int(second))
    }
    static var shape: String { "timestamp" }
}

extension Money: CheckpointValue {
    static func write(_ value: Money, to out: inout CheckpointOutput) { out.signed(value.pence) }
    @inline(__always) static func read(from input: inout CheckpointInput) throws(CheckpointDamage) -> Money {
        Money(pence: try input.signed())
    }
    static var shape: String { "pence" }
}

extension SupportNeeds: CheckpointValue {
    static func write(_ value: SupportNeeds, to out: inout CheckpointOutput) { out.unsigned(UInt64(value.bits)) }
    @inline(__always) static func read(from input: inout CheckpointInput) throws(CheckpointDamage) -> SupportNeeds {
        let bits = try input.unsigned()
        guard bits >> UInt64(SupportNeed.allCases.count) == 0 else { throw .unreadable("an unknown support need") }
        return SupportNeeds(bits: UInt32(bits))
    }
    // The bits follow the needs' order, so their names are part of the shape.
    static var shape: String { "needs(" + SupportNeed.allCases.map(\.rawValue).joined(separator: ",") + ")" }
}

// MARK: Containers

extension Optional: CheckpointValue where Wrapped: CheckpointValue {
    static func write(_ value: Wrapped?, to out: inout CheckpointOutput) {
        guard let value else { return out.byte(0) }
        out.byte(1)
        Wrapped.write(value, to: &out)
    }

    @inline(__always) static func read(from input: inout CheckpointInput) throws(CheckpointDamage) -> Wrapped? {
        switch try input.byte() {
        case 0: return nil
        case 1: return try Wrapped.read(from: &input)
        default: throw .unreadable("not a presence mark")
        }
    }

    static var shape: String { "?" + Wrapped.shape }
}

extension Array: CheckpointValue where Element: CheckpointValue {
    static func write(_ value: [Element], to out: inout CheckpointOutput) {
        out.unsigned(UInt64(value.count))
        for element in value { Element.write(element, to: &out) }
    }

    @inline(__always) static func read(from input: inout CheckpointInput) throws(CheckpointDamage) -> [Element] {
        let count = try input.count()
        guard count > 0 else { return [] }
        var result: [Element] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try Element.read(from: &input)) }
        return result
    }

    static var shape: String { "[" + Element.shape + "]" }
}

// MARK: Enums

/// An enum held as its place among `cases`; the shape lists every case, so a case added anywhere makes older
/// checkpoints stale rather than misread.
protocol CheckpointEnum: CheckpointValue, Equatable, RawRepresentable where RawValue == String {
    /// `allCases`, kept: the synthesized `allCases` builds a new array at every call.
    static var cases: [Self] { get }
}

extension CheckpointEnum {
    static func write(_ value: Self, to out: inout CheckpointOutput) {
        out.byte(UInt8(cases.firstIndex(of: value)!))
    }

    @inline(__always) static func read(from input: inout CheckpointInput) throws(CheckpointDamage) -> Self {
        let index = Int(try input.byte())
        let all = cases
        guard index < all.count else { throw .unreadable("an unknown \(Self.self)") }
        return all[index]
    }

    static var shape: String { "\(Self.self)(" + cases.map(\.rawValue).joined(separator: ",") + ")" }
}
