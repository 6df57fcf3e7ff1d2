/// Finds a value by the bytes of its name without making a String: JSON keys and enum raw values on hot paths.
struct ByteKeyTable<Value: Sendable>: Sendable {
    /// Open addressing; `count < 0` marks an empty slot.
    private struct Slot: Sendable {
        var hash: UInt32 = 0
        var offset: Int32 = 0
        var count: Int32 = -1
        var index: Int32 = 0
    }

    private let names: [UInt8]
    private let values: [Value]
    private let slots: [Slot]
    private let mask: Int

    init(_ pairs: [(name: String, value: Value)]) {
        var names: [UInt8] = []
        var size = 8
        while size < pairs.count * 4 { size *= 2 }
        var slots = [Slot](repeating: Slot(), count: size)
        for (index, pair) in pairs.enumerated() {
            let bytes = Array(pair.name.utf8)
            let hash = bytes.withUnsafeBufferPointer { Self.hash($0) }
            var slot = Int(hash) & (size - 1)
            while slots[slot].count >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Slot(hash: hash, offset: Int32(names.count), count: Int32(bytes.count), index: Int32(index))
            names += bytes
        }
        self.names = names
        values = pairs.map(\.value)
        self.slots = slots
        mask = size - 1
    }

    @inline(__always) func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        let hash = Self.hash(key)
        var position = Int(hash) & mask
        let found: Int? = slots.withUnsafeBufferPointer { slots in
            names.withUnsafeBufferPointer { names in
                while true {
                    let slot = slots[position]
                    if slot.count < 0 { return nil }
                    if slot.hash == hash, Int(slot.count) == key.count,
                       Self.equal(names.baseAddress! + Int(slot.offset), key) {
                        return Int(slot.index)
                    }
                    position = (position + 1) & mask
                }
            }
        }
        return found.map { values[$0] }
    }

    @inline(__always) private static func equal(_ name: UnsafePointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<key.count where name[index] != key[index] { return false }
        return true
    }

    /// Length and the two bytes at each end, mixed: enough to tell the model's names apart, far cheaper than
    /// hashing every byte (this runs about fifty times per index line).
    @inline(__always) private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let count = bytes.count
        guard count > 0 else { return 0 }
        let head = UInt32(bytes[0]) | UInt32(bytes[count > 1 ? 1 : 0]) << 8
        let tail = UInt32(bytes[count > 1 ? count - 2 : 0]) << 16 | UInt32(bytes[count - 1]) << 24
        var hash = (UInt32(truncatingIfNeeded: count) &* 0x9E37_79B1) ^ head ^ tail
        hash = hash &* 0x85EB_CA6B
        return hash ^ (hash >> 15)
    }
}

extension ByteKeyTable where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    /// A table from each case's raw value to the case: JSON keys listed as an enum, or a model enum's spellings.
    init(rawValuesOf type: Value.Type) {
        self.init(type.allCases.map { (name: $0.rawValue, value: $0) })
    }
}
