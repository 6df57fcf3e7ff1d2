/// An import file: one application object, an array of them, or JSON Lines (one object per line).
public struct ApplicationFile: Sendable {
    /// One application as found in the file, with where it was (for error messages).
    public struct Entry: Sendable {
        public var label: String
        public var value: JSONValue
    }

    public enum Problem: Error, CustomStringConvertible {
        case syntax(JSONSyntaxError)
        case empty
        case notAnApplication(label: String, found: String)

        public var description: String {
            switch self {
            case .syntax(let error): "not valid JSON at \(error.position): \(error.reason)"
            case .empty: "the file holds no applications"
            case .notAnApplication(let label, let found): "\(label): expected an application object, found \(found)"
            }
        }
    }

    public let entries: [Entry]

    public init(bytes: some Collection<UInt8>) throws(Problem) {
        let values: [(line: Int, value: JSONValue)]
        do {
            values = try JSONValue.parseSequence(bytes)
        } catch {
            throw .syntax(error)
        }
        if values.isEmpty { throw .empty }
        if values.count == 1, case .array(let items) = values[0].value {
            entries = items.enumerated().map { Entry(label: "record \($0.offset + 1)", value: $0.element) }
        } else if values.count == 1 {
            entries = [Entry(label: "", value: values[0].value)]
        } else {
            entries = values.map { Entry(label: "line \($0.line)", value: $0.value) }
        }
        if entries.isEmpty { throw .empty }
        for entry in entries {
            guard case .object = entry.value else {
                throw .notAnApplication(label: entry.label.isEmpty ? "record 1" : entry.label, found: entry.value.kindName)
            }
        }
    }
}

/// The outcome of checking a whole file: every application read, or every error in every application.
public struct ApplicationBatch: Sendable {
    public var cases: [Case]
    public var errors: [String]

    /// Reads every entry; errors are prefixed with the entry's label when the file holds several.
    /// A repeated `externalId` inside one file is an error: the second copy is not silently dropped.
    public init(file: ApplicationFile, reader: ApplicationReader) {
        cases = []
        errors = []
        var firstSeen: [String: String] = [:]
        for entry in file.entries {
            let prefix = entry.label.isEmpty ? "" : entry.label + ": "
            switch reader.read(entry.value) {
            case .valid(let record):
                let id = record.externalId ?? ""
                if let earlier = firstSeen[id] {
                    errors.append(prefix + "externalId: \(Quote.value(id)) already appears in \(earlier)")
                } else {
                    firstSeen[id] = entry.label.isEmpty ? "record 1" : entry.label
                    cases.append(record)
                }
            case .invalid(let problems):
                errors += problems.map { prefix + $0.description }
            }
        }
    }
}
