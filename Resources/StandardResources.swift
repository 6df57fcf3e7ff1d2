import Foundation

/// The lists Casework ships for a council to start from and edit (`partners.json`, `plan-steps.json`).
/// A council's own copy in the data directory takes their place; these are read only when it has none.
public enum StandardResources {
    public static func data(_ name: String, in subdirectory: String? = nil) -> Data? {
        let stem = (name as NSString).deletingPathExtension, ext = (name as NSString).pathExtension
        guard let url = Bundle.module.url(forResource: stem, withExtension: ext, subdirectory: subdirectory) else { return nil }
        return try? Data(contentsOf: url)
    }
}
