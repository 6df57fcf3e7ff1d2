import Foundation

/// The caseload's key for H-CLIC case ids (`hclic.key`): 16 random bytes made once, under the lock, and kept. Losing
/// it changes every case id, so the department would see new cases: `doctor` does not touch it and it is never
/// rewritten once made.
extension JSONFileStore {
    static let reportingKeyFile = "hclic.key"

    public func reportingKey() throws -> [UInt8] {
        if let key = try readReportingKey() { return key }
        return try locked { _ in
            if let key = try readReportingKey() { return key }
            var generator = SystemRandomNumberGenerator()
            let key = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            let text = key.map { Day.pad(Int($0), 2, radix: 16).lowercased() }.joined() + "\n"
            try directory.replaceDurably(Self.reportingKeyFile, in: "", with: Data(text.utf8), kind: "key")
            return key
        }
    }

    private func readReportingKey() throws -> [UInt8]? {
        guard let data = try directory.readIfExists(Self.reportingKeyFile) else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingSpaces
        let bytes = Array(text.utf8)
        guard bytes.count == 32 else {
            throw StoreError.unreadable(StoreProblem(file: Self.reportingKeyFile, position: "", reason: "is not 32 hex digits"))
        }
        return try stride(from: 0, to: 32, by: 2).map { index in
            guard let byte = UInt8(String(decoding: bytes[index..<index + 2], as: UTF8.self), radix: 16) else {
                throw StoreError.unreadable(StoreProblem(file: Self.reportingKeyFile, position: "", reason: "is not 32 hex digits"))
            }
            return byte
        }
    }

    /// Records who made a report, and which, where no one case is concerned (an H-CLIC return, a lesson).
    public func auditReport(_ name: String, by actor: Actor, action: String) throws {
        let entry = AuditEntry(at: clock.now(), by: actor.id, ref: name, revision: nil, action: action, fields: nil)
        try locked { journal in try journal.appendAudit([entry]) }
    }
}
