import Foundation

/// The encoders and decoder one store instance reuses. They are classes and not thread-safe: one set per instance.
struct StoreCoders {
    /// Case files, drafts, staff and meta: pretty-printed with sorted keys so a diff of two revisions reads well.
    let document: JSONEncoder
    /// Index lines: compact, one per line.
    let line: JSONEncoder
    /// Audit lines: compact, keys in the order people read them (at, by, ref, revision, action, fields).
    let audit: JSONEncoder
    let decoder = JSONDecoder()
    /// The hand reader for index lines, with its lookup tables built once.
    let indexLine = IndexLineDecoder()

    init() {
        document = JSONEncoder()
        document.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        line = JSONEncoder()
        line.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        audit = JSONEncoder()
        audit.outputFormatting = [.withoutEscapingSlashes]
    }

    /// One JSON value and its newline, for an append-only log.
    func jsonLine(_ value: some Encodable, with encoder: JSONEncoder) throws -> Data {
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }
}
