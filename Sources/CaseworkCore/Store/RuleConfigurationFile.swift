import Foundation

/// The council's `rules.json` is read here, with the store, so file access stays in one layer.
extension RuleConfiguration {
    /// Reads `rules.json` from the data directory; no file means the defaults. A file that cannot be read is an
    /// error naming the file and the key path, never a silent fallback: the council meant something by it.
    public static func load(fromDataDirectory directory: URL) throws -> RuleConfiguration {
        let url = directory.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return .standard }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw StoreError.io(path: url.path, reason: "cannot read the rules configuration")
        }
        return try decode(data, file: fileName)
    }
}

extension JSONFileStore {
    /// The council's rule settings: `rules.json` in the data directory, or the defaults.
    public func ruleConfiguration() throws -> RuleConfiguration { try RuleConfiguration.load(fromDataDirectory: root) }
}
