/// Finds a value by the bytes of its name without making a String: JSON keys and enum raw values on hot paths.
struct ByteKeyTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var offset: Int
        var count: Int
        var value: Value
    }

    private let names: [UInt8]
    private let entries: [Entry]
    /// Open addressing: an index into `entries`, or -1 for an empty slot.
    private let slots: [Int]
    private let mask: Int

    init(_ pairs: [(name: String, value: Value)]) {
        var names: [UInt8] = []
        var entries: [Entry] = []
        var size = 8
        while size < pairs.count * 4 { size *= 2 }
        var slots = [Int](repeating: -1, count: size)
        for (name, value) in pairs {
            let bytes = Array(name.utf8)
            var slot = bytes.withUnsafeBufferPointer { Self.hash($0) } & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = entries.count
            entries.append(Entry(offset: names.count, count: bytes.count, value: value))
            names += bytes
        }
        self.names = names
        self.entries = entries
        self.slots = slots
        mask = size - 1
    }

    @inline(__always) func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        var slot = Self.hash(key) & mask
        return names.withUnsafeBufferPointer { names in
            entries.withUnsafeBufferPointer { entries in
                slots.withUnsafeBufferPointer { slots in
                    while true {
                        let index = slots[slot]
                        if index < 0 { return nil }
                        let entry = entries[index]
                        if entry.count == key.count, Self.equal(names.baseAddress! + entry.offset, key) {
                            return entry.value
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    @inline(__always) private static func equal(_ name: UnsafePointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<key.count where name[index] != key[index] { return false }
        return true
    }

    /// FNV-1a: keys are short, so a byte loop beats anything cleverer.
    @inline(__always) private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int(hash)
    }
}

extension ByteKeyTable where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    /// A table from each case's raw value to the case: JSON keys listed as an enum, or a model enum's spellings.
    init(rawValuesOf type: Value.Type) {
        self.init(type.allCases.map { (name: $0.rawValue, value: $0) })
    }
}
