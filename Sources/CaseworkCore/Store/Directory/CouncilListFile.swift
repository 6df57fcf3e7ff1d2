import Foundation

/// What is wrong with a council's list file (`partners.json`, `plan-steps.json`): every problem at once, each
/// named by line and the item's path, so one edit fixes them all. The list is not used until the file is right.
public struct CouncilListError: FileProblems, Hashable, Sendable {
    public var problems: [StoreProblem]

    public init(problems: [StoreProblem]) {
        self.problems = problems
    }
}

/// Reads one council list: `{"schemaVersion": 1, "<list>": [ {…}, … ]}`, each item an object of known keys.
/// The council's copy in the data directory wins over the standard one shipped in `Resources/`.
struct CouncilListFile {
    let file: String
    let listKey: String
    private(set) var problems: [StoreProblem] = []
    private var itemLines: [Int] = []

    init(file: String, listKey: String) {
        self.file = file
        self.listKey = listKey
    }

    /// The council's copy if there is one, else the standard file; with where it came from, for messages.
    static func source(_ name: String, in directory: URL) throws(CouncilListError) -> (data: Data, source: String) {
        let url = directory.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: url.path) {
            guard let data = try? Data(contentsOf: url) else {
                throw CouncilListError(problems: [StoreProblem(file: name, position: "", reason: "cannot be read (check its permissions)")])
            }
            return (data, "\(name) in the data directory")
        }
        return (try shipped(name), "the standard \(name)")
    }

    /// The list's items, each with its path (`partners[2]`); throws when the file is not JSON or not the shape.
    mutating func items(of data: Data) throws(CouncilListError) -> [(path: String, fields: [(key: String, value: JSONValue)])] {
        let document: JSONValue
        do {
            document = try JSONValue.parse(data)
        } catch {
            throw CouncilListError(problems: [StoreProblem(file: file, position: error.position, reason: "not valid JSON: \(error.reason)")])
        }
        itemLines = data.withUnsafeBytes { CouncilListFile.elementLines(Array($0.bindMemory(to: UInt8.self))) }
        guard case .object(let top) = document else {
            throw CouncilListError(problems: [StoreProblem(file: file, position: "", reason: "must be an object with \"\(listKey)\": [ … ]")])
        }
        for pair in top where pair.key != listKey && pair.key != "schemaVersion" {
            fail("", "unknown key '\(pair.key)' (known: schemaVersion, \(listKey))")
        }
        if let version = document["schemaVersion"], version != .number(1) {
            fail("schemaVersion", "must be 1 (this Casework reads version 1)")
        }
        guard case .array(let elements)? = document[listKey] else {
            throw CouncilListError(problems: problems + [StoreProblem(file: file, position: listKey, reason: "must be a list: \"\(listKey)\": [ … ]")])
        }
        var items: [(path: String, fields: [(key: String, value: JSONValue)])] = []
        for (index, element) in elements.enumerated() {
            let path = "\(listKey)[\(index)]"
            guard case .object(let fields) = element else {
                fail(path, "must be an object, found \(element.kindName)", item: index)
                continue
            }
            items.append((path, fields))
        }
        return items
    }

    /// Where item `index` starts, as "line N", when the scan found it.
    func line(of index: Int) -> String? { index < itemLines.count ? "line \(itemLines[index])" : nil }

    mutating func fail(_ path: String, _ reason: String, item: Int? = nil) {
        let position = [item.flatMap(line(of:)), path.isEmpty ? nil : path].compactMap { $0 }.joined(separator: ", ")
        problems.append(StoreProblem(file: file, position: position, reason: reason))
    }

    func finish() throws(CouncilListError) {
        if !problems.isEmpty { throw CouncilListError(problems: problems) }
    }

    /// The line on which each element of the file's first array at depth 1 begins: the scan skips strings and
    /// counts brackets, so the positions match what an editor shows without keeping positions in every value.
    static func elementLines(_ bytes: [UInt8]) -> [Int] {
        var lines: [Int] = []
        var line = 1, depth = 0, inString = false, escaped = false, expectingElement = false, inList = false
        for byte in bytes {
            if byte == 0x0A { line += 1 }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            if expectingElement, ![0x20, 0x09, 0x0A, 0x0D].contains(byte), byte != UInt8(ascii: "]") {
                lines.append(line)
                expectingElement = false
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                if depth == 2, byte == UInt8(ascii: "["), lines.isEmpty, !inList {
                    inList = true
                    expectingElement = true
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 2, inList, byte == UInt8(ascii: "]") { return lines }
                depth -= 1
            case UInt8(ascii: ","): if depth == 2, inList { expectingElement = true }
            default: break
            }
        }
        return lines
    }
}

/// Reading one item's fields by key, every problem noted, none fatal until the whole file is read.
struct CouncilListItem {
    let path: String
    let index: Int
    let fields: [(key: String, value: JSONValue)]

    func checkKeys(_ known: [String], required: [String], in file: inout CouncilListFile) {
        for pair in fields where !known.contains(pair.key) {
            file.fail("\(path).\(pair.key)", "unknown key (known: \(known.joined(separator: ", ")))", item: index)
        }
        for key in required where !fields.contains(where: { $0.key == key }) {
            file.fail("\(path).\(key)", "is required", item: index)
        }
    }

    func value(_ key: String) -> JSONValue? { fields.first { $0.key == key }?.value }

    /// A text field: printable, at most `limit` characters; nil when absent, null or wrong (noted).
    func text(_ key: String, limit: Int = 500, in file: inout CouncilListFile) -> String? {
        guard let value = value(key), value != .null else { return nil }
        guard case .string(let text) = value else {
            file.fail("\(path).\(key)", "must be text, found \(value.kindName)", item: index)
            return nil
        }
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty {
            file.fail("\(path).\(key)", "is empty", item: index)
            return nil
        }
        if let control = ControlCharacters.first(in: trimmed) {
            file.fail("\(path).\(key)", "contains a control character (\(control))", item: index)
            return nil
        }
        if trimmed.count > limit {
            file.fail("\(path).\(key)", "is longer than \(limit) characters", item: index)
            return nil
        }
        return trimmed
    }

    /// One of an enum's raw values; the message lists them.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type, in file: inout CouncilListFile) -> T?
        where T.RawValue == String {
        guard let word = text(key, in: &file) else { return nil }
        guard let choice = T(rawValue: word) else {
            file.fail("\(path).\(key)", "'\(word)' is not one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))", item: index)
            return nil
        }
        return choice
    }

    func number(_ key: String, in file: inout CouncilListFile) -> Double? {
        guard let value = value(key), value != .null else { return nil }
        guard case .number(let number) = value else {
            file.fail("\(path).\(key)", "must be a number, found \(value.kindName)", item: index)
            return nil
        }
        return number
    }
}
