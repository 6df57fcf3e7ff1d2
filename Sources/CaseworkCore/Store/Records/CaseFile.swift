import Foundation

/// Reading a stored case: the syntax walked by hand first (so a problem has a line and column, and invalid UTF-8
/// or a truncated file is named as such), the schema version checked before decoding, an older document upgraded
/// in memory, and every failure named by file and position, never by what the file says.
enum CaseFile {
    /// `cases/<ref>.json`, checked to hold the case of that ref.
    static func load(_ ref: String, in directory: DataDirectory, decoder: JSONDecoder) throws -> Case {
        let file = DataDirectory.caseFile(ref)
        guard let data = try directory.readIfExists(file) else { throw StoreError.notFound(ref: ref) }
        let record = try decode(data, file: file, decoder: decoder)
        guard record.ref == ref else {
            throw StoreError.unreadable(StoreProblem(file: file, position: "ref", reason: "does not match the file's name"))
        }
        return record
    }

    static func decode(_ data: Data, file: String, decoder: JSONDecoder,
                       migrations: [CaseMigration] = CaseMigration.all) throws -> Case {
        let version = try schemaVersion(of: data, file: file)
        if version > Case.currentSchemaVersion { throw StoreError.newerSchema(file: file, version: version) }
        var current = data
        if version < Case.currentSchemaVersion {
            do {
                current = try CaseMigration.upgrade(data, from: version, steps: migrations)
            } catch let error as StoreError {
                throw StoreError.unreadable(StoreProblem(file: file, position: "schemaVersion", reason: error.description))
            }
        }
        let record: Case
        do {
            record = try decoder.decode(Case.self, from: current)
        } catch {
            let (position, reason) = DecodingProblem.describe(error)
            throw StoreError.unreadable(StoreProblem(file: file, position: position, reason: reason))
        }
        try RecordPlausibility.check(record, file: file)
        return record
    }

    /// Walks the whole document (checking it is JSON) and returns its top-level `schemaVersion`.
    static func schemaVersion(of data: Data, file: String) throws -> Int {
        try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
            defer { scratch.deallocate() }
            var cursor = JSONCursor(bytes, scratch: scratch)
            var version: Int?
            do {
                guard try cursor.peek() == UInt8(ascii: "{") else {
                    throw StoreError.unreadable(StoreProblem(file: file, position: "", reason: "expected an object"))
                }
                try readTopLevel(&cursor, version: &version)
            } catch let stop as JSONStop {
                let position = TextPosition(of: cursor.offset, in: bytes)
                throw StoreError.unreadable(StoreProblem(file: file, position: position.description, reason: words(stop)))
            }
            guard let version else {
                throw StoreError.unreadable(StoreProblem(file: file, position: "schemaVersion", reason: "required field is missing"))
            }
            return version
        }
    }

    private static func readTopLevel(_ cursor: inout JSONCursor, version: inout Int?) throws(JSONStop) {
        var first = true
        try cursor.beginObject()
        while let key = try cursor.nextKey(&first) {
            if key.elementsEqual("schemaVersion".utf8), version == nil, (try? cursor.peek()) != UInt8(ascii: "\"") {
                version = try cursor.int()
            } else {
                try cursor.skipValue()
            }
        }
        try cursor.expectEnd()
    }

    private static func words(_ stop: JSONStop) -> String {
        switch stop {
        case .truncated: "the file ends before its JSON does (truncated)"
        case .invalidUTF8: "invalid UTF-8"
        case .unexpected: "not valid JSON"
        case .unsupported: "schemaVersion is not a whole number, or the JSON is nested too deeply"
        }
    }
}
