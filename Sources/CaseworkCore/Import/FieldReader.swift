/// One thing wrong with one field of an application, named by its path (`applicant.dateOfBirth`).
public struct FieldError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// Walks a parsed JSON object field by field, collecting *every* problem instead of stopping at the first,
/// so an officer fixing an application file sees the whole list at once.
struct FieldReader {
    private(set) var errors: [FieldError] = []

    mutating func fail(_ path: String, _ message: String) {
        errors.append(FieldError(path: path, message: message))
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// The object's fields, after reporting any key that is not in `known`.
    mutating func object(_ value: JSONValue?, at path: String, known: [String], required: Bool = true) -> JSONValue? {
        guard let value, value != .null else {
            if required { fail(path, "is required") }
            return nil
        }
        guard case .object(let pairs) = value else {
            fail(path, "must be an object, found \(value.kindName)")
            return nil
        }
        var seen = Set<String>()
        for pair in pairs {
            // A key from the file is named bounded and printable: it can be ten megabytes or an escape sequence.
            if !seen.insert(pair.key).inserted { fail(FieldReader.join(path, Quote.key(pair.key)), "appears twice") }
            if !known.contains(pair.key) { fail(FieldReader.join(path, Quote.key(pair.key)), "is not a known field") }
        }
        return value
    }

    mutating func list(_ value: JSONValue?, at path: String) -> [JSONValue] {
        guard let value, value != .null else { return [] }
        guard case .array(let items) = value else {
            fail(path, "must be a list, found \(value.kindName)")
            return []
        }
        return items
    }

    mutating func string(_ value: JSONValue?, at path: String, required: Bool = false, maxLength: Int = 500) -> String? {
        guard let value, value != .null else {
            if required { fail(path, "is required") }
            return nil
        }
        guard case .string(let text) = value else {
            fail(path, "must be text, found \(value.kindName)")
            return nil
        }
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty {
            if required { fail(path, "must not be empty") }
            return nil
        }
        if trimmed.count > maxLength {
            fail(path, "is longer than \(maxLength) characters")
            return nil
        }
        // Names and every other text field alike: nothing that recolours a terminal or disguises the words.
        if let problem = PersonName.problem(trimmed) {
            fail(path, problem)
            return nil
        }
        return trimmed
    }

    mutating func bool(_ value: JSONValue?, at path: String, required: Bool = false) -> Bool? {
        guard let value, value != .null else {
            if required { fail(path, "is required (true or false)") }
            return nil
        }
        guard case .bool(let flag) = value else {
            fail(path, "must be true or false, found \(value.kindName)")
            return nil
        }
        return flag
    }

    mutating func day(_ value: JSONValue?, at path: String, required: Bool = false) -> Day? {
        guard let value, value != .null else {
            if required { fail(path, "is required (a date YYYY-MM-DD)") }
            return nil
        }
        guard case .string(let text) = value else {
            fail(path, "must be a date YYYY-MM-DD, found \(value.kindName)")
            return nil
        }
        guard let day = Day(iso: text) else {
            fail(path, "\(Quote.value(text)) is not a date YYYY-MM-DD")
            return nil
        }
        return day
    }

    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ value: JSONValue?, at path: String, required: Bool = false,
                                                                  as type: Choice.Type = Choice.self) -> Choice?
    where Choice.RawValue == String {
        guard let text = string(value, at: path, required: required) else { return nil }
        guard let choice = Choice(rawValue: text) else {
            let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            fail(path, "\(Quote.value(text)) is not one of: \(allowed)")
            return nil
        }
        return choice
    }
}
