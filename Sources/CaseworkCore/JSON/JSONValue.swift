import Foundation

/// A parsed JSON document that keeps key order and says *where* it is broken, which Foundation's
/// JSONDecoder does not ("The given data was not valid JSON."). Used where people must fix the input.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.number(a), .number(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let value): hasher.combine(value)
        case .number(let value): hasher.combine(value)
        case .string(let value): hasher.combine(value)
        case .array(let values): hasher.combine(values)
        case .object(let pairs):
            for pair in pairs {
                hasher.combine(pair.key)
                hasher.combine(pair.value)
            }
        }
    }

    /// A member of an object. Setting replaces the member in place (or appends it); on anything else it does nothing.
    public subscript(key: String) -> JSONValue? {
        get {
            guard case .object(let pairs) = self else { return nil }
            return pairs.first { $0.key == key }?.value
        }
        set {
            guard case .object(var pairs) = self else { return }
            let index = pairs.firstIndex { $0.key == key }
            switch (index, newValue) {
            case let (index?, value?): pairs[index].value = value
            case let (index?, nil): pairs.remove(at: index)
            case let (nil, value?): pairs.append((key, value))
            case (nil, nil): return
            }
            self = .object(pairs)
        }
    }

    /// The name a person would use for the kind of value, for "expected a date, found a number".
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "true/false"
        case .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}

extension JSONValue: Encodable {
    /// Whole numbers are written without a fraction, so a migrated `revision` still decodes as an Int.
    public func encode(to encoder: Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .number(let value):
            var container = encoder.singleValueContainer()
            if value.rounded() == value, abs(value) < 9e15 { try container.encode(Int(value)) } else { try container.encode(value) }
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .array(let values):
            var container = encoder.unkeyedContainer()
            for value in values { try container.encode(value) }
        case .object(let pairs):
            var container = encoder.container(keyedBy: AnyKey.self)
            for pair in pairs { try container.encode(pair.value, forKey: AnyKey(stringValue: pair.key)) }
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

/// Where and why a JSON text could not be read. Line and column count from 1; the offset is in bytes.
public struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int
    public var reason: String

    public var position: String { "line \(line), column \(column)" }
    public var description: String { "\(position): \(reason)" }
}

extension JSONValue {
    /// Parses exactly one JSON value (surrounding whitespace allowed).
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        try JSONTreeReader.reading(Array(bytes)) { (reader: inout JSONTreeReader) throws(JSONSyntaxError) in
            let value = try reader.value(depth: 0)
            try reader.expectEnd()
            return value
        }
    }

    /// Parses a sequence of values one after another (JSON Lines, or concatenated objects), with each value's line.
    /// Lines are counted as the reading goes, so a file of 100,000 lines costs 100,000 lines, not their square.
    public static func parseSequence(_ bytes: some Collection<UInt8>) throws(JSONSyntaxError) -> [(line: Int, value: JSONValue)] {
        try JSONTreeReader.reading(Array(bytes)) { (reader: inout JSONTreeReader) throws(JSONSyntaxError) in
            var values: [(line: Int, value: JSONValue)] = []
            while reader.skipToValue() {
                values.append((reader.line, try reader.value(depth: 0)))
            }
            return values
        }
    }
}
