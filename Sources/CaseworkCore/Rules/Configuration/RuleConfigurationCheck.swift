/// What is wrong with a council's `rules.json`, every problem at once so one edit fixes them all: a key path for
/// a key or value, line and column where the file is not JSON. The rules are not used until the file is right.
public struct RuleConfigurationError: FileProblems, Hashable, Sendable {
    public var problems: [StoreProblem]

    public init(problems: [StoreProblem]) {
        self.problems = problems
    }
}

/// The form `rules.json` may take, read off the defaults so that a setting added to the structs is known here at once.
indirect enum SettingShape {
    case number
    case wholeNumber
    case supportNeeds
    case object([(key: String, shape: SettingShape)])

    init(of value: Any) {
        switch value {
        case is Double: self = .number
        case is Int: self = .wholeNumber
        case is SupportNeeds: self = .supportNeeds
        default:
            self = .object(Mirror(reflecting: value).children.compactMap { child in
                child.label.map { (key: $0, shape: SettingShape(of: child.value)) }
            })
        }
    }
}

/// Walks a parsed `rules.json` against the shape of the defaults, naming unknown keys and values of the wrong kind
/// in plain words (JSONDecoder would say "expected Double" and skip a misspelt key without a word).
struct RuleConfigurationCheck {
    let file: String
    private(set) var problems: [StoreProblem] = []

    init(file: String) {
        self.file = file
    }

    mutating func check(_ value: JSONValue, against shape: SettingShape, at path: String) {
        switch shape {
        case .number:
            guard case .number = value else { return fail(path, "must be a number", found: value) }
        case .wholeNumber:
            guard case .number(let number) = value else { return fail(path, "must be a whole number", found: value) }
            if number.rounded() != number { fail(path, "must be a whole number") }
        case .supportNeeds:
            guard case .array(let items) = value else { return fail(path, "must be a list of support needs", found: value) }
            for (index, item) in items.enumerated() {
                let place = "\(path)[\(index)]"
                guard case .string(let name) = item else { fail(place, "must be a support need", found: item); continue }
                if SupportNeed(rawValue: name) == nil {
                    fail(place, "'\(name)' is not a support need (known: \(SupportNeed.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
            }
        case .object(let members):
            guard case .object(let pairs) = value else { return fail(path, "must be an object", found: value) }
            var seen = Set<String>()
            for pair in pairs {
                let place = path.isEmpty ? pair.key : path + "." + pair.key
                guard seen.insert(pair.key).inserted else { fail(place, "appears twice"); continue }
                guard let member = members.first(where: { $0.key == pair.key }) else {
                    fail(path, "unknown key '\(pair.key)' (known: \(members.map(\.key).joined(separator: ", ")))")
                    continue
                }
                check(pair.value, against: member.shape, at: place)
            }
        }
    }

    private mutating func fail(_ path: String, _ reason: String, found value: JSONValue) {
        // A null is most likely meant as "the default", which leaving the key out gives.
        let found = value == .null ? "found null; leave the key out to keep the default" : "found \(value.kindName)"
        fail(path, "\(reason), \(found)")
    }

    private mutating func fail(_ path: String, _ reason: String) {
        problems.append(StoreProblem(file: file, position: path, reason: reason))
    }
}
