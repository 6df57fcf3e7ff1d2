/// The keys of one JSON object shape, for reading it by hand as strictly as `JSONDecoder` would:
/// an unknown or repeated key, or a missing required one, stops the fast path.
struct JSONFieldTable<Key: RawRepresentable & CaseIterable & Sendable>: Sendable where Key.RawValue == String {
    private let table: ByteKeyTable<(key: Key, bit: UInt64)>
    private let required: UInt64

    init(required: [Key]) {
        let keys = Array(Key.allCases)
        precondition(keys.count <= 64, "a field table holds at most 64 keys")
        let bits = keys.indices.map { UInt64(1) << UInt64($0) }
        table = ByteKeyTable(zip(keys, bits).map { (name: $0.rawValue, value: (key: $0, bit: $1)) })
        self.required = required.reduce(0) { mask, key in mask | bits[keys.firstIndex { $0.rawValue == key.rawValue }!] }
    }

    /// The key at the cursor's last `nextKey`, marked as seen.
    @inline(__always) func field(_ name: UnsafeBufferPointer<UInt8>, seen: inout UInt64) throws(JSONStop) -> Key {
        guard let entry = table.value(for: name), seen & entry.bit == 0 else { throw .unsupported }
        seen |= entry.bit
        return entry.key
    }

    @inline(__always) func checkComplete(_ seen: UInt64) throws(JSONStop) {
        guard seen & required == required else { throw .unsupported }
    }
}
