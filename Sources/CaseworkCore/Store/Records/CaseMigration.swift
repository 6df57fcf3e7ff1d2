import Foundation

/// One step that upgrades a stored case from schema `from` to `from + 1`. Steps run in memory when an older file
/// is read; the file itself changes only when the case is next saved (at the current schema).
/// Version 1 is current, so there are no steps yet: the first change to the stored shape adds one here.
public struct CaseMigration: Sendable {
    public let from: Int
    public let upgrade: @Sendable (inout JSONValue) throws -> Void

    public init(from: Int, upgrade: @escaping @Sendable (inout JSONValue) throws -> Void) {
        self.from = from
        self.upgrade = upgrade
    }

    public static let all: [CaseMigration] = []

    /// The document brought from `version` up to `target`, every step in turn. Throws `.invalid` when a step is
    /// missing (naming only the versions).
    static func upgrade(_ data: Data, from version: Int, to target: Int = Case.currentSchemaVersion,
                        steps: [CaseMigration] = all) throws -> Data {
        var document = try JSONValue.parse(data)
        for current in version..<target {
            guard let step = steps.first(where: { $0.from == current }) else {
                throw StoreError.invalid(reason: "no upgrade from schema \(current) to \(current + 1)")
            }
            try step.upgrade(&document)
            document["schemaVersion"] = .number(Double(current + 1))
        }
        return try JSONEncoder().encode(document)
    }
}
