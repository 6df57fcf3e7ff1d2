import Foundation

/// A settings table keyed by a fixed list of names (the alert kinds), for the checker to know its keys.
protocol SettingTable {
    static var tableKeys: [String] { get }
    static var entryShape: SettingShape { get }
}

/// The way a council's settings file is read, shared by `rules.json` and `monitoring.json`: every key optional,
/// not JSON named by line and column, an unknown key or a wrong type named by key path, every problem at once.
enum SettingsDocument {
    static func decode<Settings: Decodable>(_ type: Settings.Type, from data: Data, file: String,
                                            shape: SettingShape) throws(RuleConfigurationError) -> Settings {
        let document: JSONValue
        do {
            document = try JSONValue.parse(data)
        } catch {
            throw RuleConfigurationError(problems: [StoreProblem(file: file, position: error.position, reason: "not valid JSON: \(error.reason)")])
        }
        var check = RuleConfigurationCheck(file: file)
        check.check(document, against: shape, at: "")
        guard check.problems.isEmpty else { throw RuleConfigurationError(problems: check.problems) }
        do {
            return try JSONDecoder().decode(Settings.self, from: data)
        } catch {
            let (position, reason) = DecodingProblem.describe(error)
            throw RuleConfigurationError(problems: [StoreProblem(file: file, position: position, reason: reason)])
        }
    }
}
