import CaseworkResources
import Foundation

/// The council's `rules.json` is read here, with the store, so file access stays in one layer.
extension RuleConfiguration {
    /// Reads `rules.json` from the data directory; no file means the defaults. A file that cannot be used is an
    /// error naming the file and every problem in it, never a silent fallback: the council meant something by it.
    public static func load(fromDataDirectory directory: URL) throws(RuleConfigurationError) -> RuleConfiguration {
        guard let data = try SettingsFile.read(fileName, in: directory) else { return .standard }
        return try decode(data, file: fileName)
    }
}

/// A council's settings file in the data directory: nil when there is none (the defaults stand).
enum SettingsFile {
    static func read(_ name: String, in directory: URL) throws(RuleConfigurationError) -> Data? {
        let url = directory.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw RuleConfigurationError(problems: [StoreProblem(file: name, position: "", reason: "cannot be read (check its permissions)")])
        }
    }
}

extension JSONFileStore {
    /// The council's rule settings: `rules.json` in the data directory, or the defaults.
    public func ruleConfiguration() throws(RuleConfigurationError) -> RuleConfiguration {
        try RuleConfiguration.load(fromDataDirectory: root)
    }

    /// `doctor`'s view of `rules.json`: each problem a finding for a person, since no repair can know what was meant.
    public func ruleFindings() -> [DoctorReport.Finding] {
        do {
            _ = try ruleConfiguration()
            return []
        } catch {
            return error.problems.map { DoctorReport.Finding(kind: .invalidRules, file: $0.file, position: $0.position, detail: $0.reason) }
        }
    }
}

/// The council's `monitoring.json`, read and checked as `rules.json` is.
extension MonitoringSettings {
    public static func load(fromDataDirectory directory: URL) throws(RuleConfigurationError) -> MonitoringSettings {
        guard let data = try SettingsFile.read(fileName, in: directory) else { return .standard }
        return try decode(data, file: fileName)
    }
}

extension JSONFileStore {
    public func monitoringSettings() throws(RuleConfigurationError) -> MonitoringSettings {
        try MonitoringSettings.load(fromDataDirectory: root)
    }

    /// `doctor`'s view of `monitoring.json`, as of `rules.json`.
    public func monitoringFindings() -> [DoctorReport.Finding] {
        do {
            _ = try monitoringSettings()
            return []
        } catch {
            return error.problems.map { DoctorReport.Finding(kind: .invalidRules, file: $0.file, position: $0.position, detail: $0.reason) }
        }
    }
}

/// The H-CLIC code lists: the council's `hclic/codes.json` in the data directory, or the ones shipped with Casework.
extension HCLICCodes {
    public static func load(fromDataDirectory directory: URL) throws(RuleConfigurationError) -> HCLICCodes {
        if let data = try SettingsFile.read(fileName, in: directory) { return try decode(data, file: fileName) }
        guard let data = StandardResources.data("codes.json", in: "hclic") else {
            throw RuleConfigurationError(problems: [StoreProblem(file: "Resources/hclic/codes.json", position: "",
                                                                 reason: "is missing from this installation; copy it to \(fileName) in the data directory")])
        }
        return try decode(data, file: "Resources/hclic/codes.json")
    }
}
