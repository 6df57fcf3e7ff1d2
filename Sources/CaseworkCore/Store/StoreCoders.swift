import Foundation

/// The encoders and decoder one store instance reuses. They are classes and not thread-safe: one set per instance.
struct StoreCoders {
    /// Case files, drafts, staff and meta: pretty-printed with sorted keys so a diff of two revisions reads well.
    let document: JSONEncoder
    /// Index lines: compact, one per line.
    let line: JSONEncoder
    /// Audit lines: compact, sorted keys (the synthesized order is not kept by the encoder).
    let audit: JSONEncoder
    let decoder = JSONDecoder()
    /// The hand reader for index lines, with its lookup tables built once.
    let indexLine = IndexLineDecoder()

    init() {
        document = Self.encoder([.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        line = Self.encoder([.sortedKeys, .withoutEscapingSlashes])
        audit = Self.encoder([.sortedKeys, .withoutEscapingSlashes])
    }

    private static func encoder(_ formatting: JSONEncoder.OutputFormatting) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        return encoder
    }

    /// Encodes many values with the same formatting as `encoder`, on every core when there are enough of them
    /// (a bulk load spends most of its time in `JSONEncoder`). Each thread has its own encoder.
    static func encodeAll<Value: Encodable & Sendable>(_ values: [Value], like encoder: JSONEncoder,
                                                        newline: Bool = false) throws -> [Data] {
        let formatting = encoder.outputFormatting
        let pieces = Parallel.pieces(for: values.count, minimum: 32)
        return try Parallel.map(pieces) { piece in
            let own = Self.encoder(formatting)
            return try Parallel.range(piece, of: pieces, count: values.count).map { index in
                var data = try own.encode(values[index])
                if newline { data.append(0x0A) }
                return data
            }
        }.flatMap { $0 }
    }
}
