import Foundation

/// Reads `staff.json` by hand: every command reads it, and `JSONDecoder` takes ~4 ms on the 670 members of a
/// 100,000-case caseload, a fifth of a whole `case note`. Anything it is not sure of (an unknown key, another
/// schema version, an escape it cannot place) hands the file to `JSONDecoder`, whose result and errors stand.
struct StaffReader {
    private let directory = JSONFieldTable<StaffDirectoryKey>(required: [.schemaVersion, .members])
    private let member = JSONFieldTable<StaffMemberKey>(required: [.id, .name, .role, .restrictedAccess])
    private let roles = ByteKeyTable(rawValuesOf: Role.self)
    private let teams = ByteKeyTable(rawValuesOf: Team.self)

    func decode(_ data: Data, decoder: JSONDecoder) throws -> StaffDirectory {
        try fast(data) ?? decoder.decode(StaffDirectory.self, from: data)
    }

    /// The hand reader alone: nil where it hands over to `JSONDecoder`.
    func fast(_ data: Data) -> StaffDirectory? {
        data.withUnsafeBytes { raw -> StaffDirectory? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, bytes.count))
            defer { scratch.deallocate() }
            var cursor = JSONCursor(bytes, scratch: scratch)
            return try? readDirectory(&cursor)
        }
    }

    private func readDirectory(_ c: inout JSONCursor) throws(JSONStop) -> StaffDirectory {
        var result = StaffDirectory(members: [])
        var progress = JSONObjectProgress()
        try c.beginObject()
        while let key = try directory.nextField(&c, &progress) {
            switch key {
            case .schemaVersion: guard try c.int() == result.schemaVersion else { throw .unsupported }
            case .members: result.members = try c.array { c throws(JSONStop) in try readMember(&c) }
            }
        }
        try directory.checkComplete(progress)
        try c.expectEnd()
        return result
    }

    private func readMember(_ c: inout JSONCursor) throws(JSONStop) -> StaffMember {
        var result = StaffMember(id: "", name: "", role: .caseworker)
        var progress = JSONObjectProgress()
        try c.beginObject()
        while let key = try member.nextField(&c, &progress) {
            switch key {
            case .id: result.id = try c.string()
            case .name: result.name = try c.string()
            case .role: result.role = try c.value(roles)
            case .team: result.team = try c.optionalValue(teams)
            case .restrictedAccess: result.restrictedAccess = try c.bool()
            case .login: result.login = try c.optionalString()
            case .manager: result.manager = try c.optionalString()
            }
        }
        try member.checkComplete(progress)
        return result
    }
}

// The keys as the model's synthesized coding keys spell them; a test compares them with the stored properties.
enum StaffDirectoryKey: String, CaseIterable, Sendable { case schemaVersion, members }

enum StaffMemberKey: String, CaseIterable, Sendable { case id, name, role, team, restrictedAccess, login, manager }
