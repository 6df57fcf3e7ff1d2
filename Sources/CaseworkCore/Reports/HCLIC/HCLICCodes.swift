import Foundation

/// The code lists of the H-CLIC return, one per kind of coded field, each keyed by the model's own names.
public enum HCLICList: String, CaseIterable, Sendable {
    /// Accommodation at application (table A4).
    case accommodation
    /// Accommodation at the end of prevention or relief (tables P2/R2).
    case accommodationAtEnd
    /// Reason for the loss of the last settled home (A2).
    case reasonLoss
    /// Support needs (A3), with `none` for an assessed household with none.
    case supportNeed
    /// Reasons prevention, relief and the main duty ended (P1/R1).
    case reasonDutyEnded
    /// Who referred the household (A7), with `none` for an application made by the household itself.
    case referralAgency
    case placementType
    case placementDuty
    case relationship
    case decision
    case triageOutcome
    /// A finding the council made: yes, no, or not yet decided.
    case finding

    /// The names every code file must give a code.
    public var keys: [String] {
        switch self {
        case .accommodation, .accommodationAtEnd: AccommodationType.allCases.map(\.rawValue)
        case .reasonLoss: LossReason.allCases.map(\.rawValue)
        case .supportNeed: SupportNeed.allCases.map(\.rawValue) + ["none"]
        case .reasonDutyEnded: DutyEndReason.allCases.map(\.rawValue)
        case .referralAgency: Referral.Agency.allCases.map(\.rawValue) + ["none"]
        case .placementType: PlacementType.allCases.map(\.rawValue)
        case .placementDuty: PlacementDuty.allCases.map(\.rawValue)
        case .relationship: ["applicant"] + Relationship.allCases.map(\.rawValue)
        case .decision: DecisionKind.allCases.map(\.rawValue)
        case .triageOutcome: TriageOutcome.allCases.map(\.rawValue)
        case .finding: ["yes", "no", "unknown"]
        }
    }
}

/// A versioned set of H-CLIC code lists: Casework's own numbering by default (`Resources/hclic/codes.json`), or the
/// department's, loaded by the council as `hclic/codes.json` in the data directory. A file that leaves a name
/// without a code, names something unknown or is not JSON is refused with every problem, as `rules.json` is.
public struct HCLICCodes: Hashable, Sendable {
    public static let fileName = "hclic/codes.json"

    public let version: String
    private let lists: [HCLICList: [String: String]]

    /// The code of `key` in `list`; the file was checked to give every key one.
    public func code(_ list: HCLICList, _ key: String) -> String { lists[list]?[key] ?? "" }

    public static func decode(_ data: Data, file: String = fileName) throws(RuleConfigurationError) -> HCLICCodes {
        let document: JSONValue
        do {
            document = try JSONValue.parse(data)
        } catch {
            throw RuleConfigurationError(problems: [StoreProblem(file: file, position: error.position, reason: "not valid JSON: \(error.reason)")])
        }
        var problems: [StoreProblem] = []
        func fail(_ position: String, _ reason: String) { problems.append(StoreProblem(file: file, position: position, reason: reason)) }
        guard case .object(let top) = document else { throw RuleConfigurationError(problems: [StoreProblem(file: file, position: "", reason: "must be an object")]) }
        var version = ""
        var lists: [HCLICList: [String: String]] = [:]
        for (key, value) in top {
            switch key {
            case "specification", "note":
                if case .string = value {} else { fail(key, "must be text, found \(value.kindName)") }
            case "version":
                if case .string(let text) = value, !text.isEmpty, ControlCharacters.first(in: text) == nil { version = text } else {
                    fail(key, "must be the version's name as text")
                }
            case "lists":
                guard case .object(let named) = value else { fail(key, "must be an object, found \(value.kindName)"); continue }
                for (name, entries) in named {
                    guard let list = HCLICList(rawValue: name) else {
                        fail(key, "unknown list '\(name)' (known: \(HCLICList.allCases.map(\.rawValue).joined(separator: ", ")))")
                        continue
                    }
                    lists[list] = readList(list, entries, at: "lists.\(name)", fail: fail)
                }
            default:
                fail("", "unknown key '\(key)' (known: specification, version, note, lists)")
            }
        }
        if version.isEmpty, !problems.contains(where: { $0.position == "version" }) { fail("version", "is required") }
        for list in HCLICList.allCases where lists[list] == nil && !top.contains(where: { $0.key == "lists" && $0.value[list.rawValue] != nil }) {
            fail("lists", "list '\(list.rawValue)' is missing")
        }
        guard problems.isEmpty else { throw RuleConfigurationError(problems: problems) }
        return HCLICCodes(version: version, lists: lists)
    }

    private static func readList(_ list: HCLICList, _ value: JSONValue, at path: String,
                                 fail: (String, String) -> Void) -> [String: String] {
        guard case .object(let pairs) = value else {
            fail(path, "must be an object of names and codes, found \(value.kindName)")
            return [:]
        }
        var codes: [String: String] = [:]
        for (name, code) in pairs {
            guard list.keys.contains(name) else {
                fail(path, "unknown name '\(name)' (known: \(list.keys.joined(separator: ", ")))")
                continue
            }
            guard case .string(let text) = code, !text.isEmpty, ControlCharacters.first(in: text) == nil else {
                fail("\(path).\(name)", "must be a code as text")
                continue
            }
            codes[name] = text
        }
        for name in list.keys where codes[name] == nil && !pairs.contains(where: { $0.key == name }) {
            fail(path, "'\(name)' has no code")
        }
        return codes
    }
}
