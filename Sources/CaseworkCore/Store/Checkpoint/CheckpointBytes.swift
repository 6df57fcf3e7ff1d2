/// Bytes being written for a checkpoint: whole numbers as LEB128 varints (zigzag for signed ones), strings as a
/// length and their UTF-8, fixed-width words where a reader must find them in place.
struct CheckpointOutput {
    var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }

    @inline(__always) mutating func byte(_ value: UInt8) { bytes.append(value) }

    @inline(__always) mutating func unsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    @inline(__always) mutating func signed(_ value: Int) {
        let wide = Int64(value)
        unsigned(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    @inline(__always) mutating func string(_ value: String) {
        var text = value
        text.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// Eight bytes, little-endian, at the end.
    mutating func word(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Overwrites eight bytes written earlier.
    mutating func setWord(_ value: UInt64, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { raw in
            for index in 0..<8 { bytes[offset + index] = raw[index] }
        }
    }

    mutating func append(_ other: UnsafeRawBufferPointer) { bytes.append(contentsOf: other) }

    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }
}

/// Why a checkpoint cannot be used; never shown to anyone: the store reads the index instead.
enum CheckpointDamage: Error, Equatable {
    case missing
    case unreadable(String)
    /// Written for another index, or another build's summary fields: not damaged, only not this one's.
    case stale(String)
}

/// Reads bytes a checkpoint holds, every step bounds-checked: a damaged file fails, it never reads past its end.
struct CheckpointInput {
    let base: UnsafeRawPointer
    let end: Int
    private(set) var offset: Int

    init(_ bytes: UnsafeRawBufferPointer, at offset: Int = 0) {
        // An empty buffer may have no address; nothing is ever read from it.
        base = bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 8)!
        end = bytes.count
        self.offset = offset
    }

    var isAtEnd: Bool { offset == end }

    @inline(__always) mutating func byte() throws(CheckpointDamage) -> UInt8 {
        guard offset < end else { throw .unreadable("ends inside a record") }
        let value = base.load(fromByteOffset: offset, as: UInt8.self)
        offset += 1
        return value
    }

    @inline(__always) mutating func unsigned() throws(CheckpointDamage) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw .unreadable("a number is too long") }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    @inline(__always) mutating func signed() throws(CheckpointDamage) -> Int {
        let raw = try unsigned()
        return Int(Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    @inline(__always) mutating func count(atMost limit: Int = .max) throws(CheckpointDamage) -> Int {
        let value = try unsigned()
        // A count of items each taking at least one byte can never exceed the bytes left.
        guard value <= UInt64(min(limit, end - offset)) else { throw .unreadable("a count is larger than the file") }
        return Int(value)
    }

    @inline(__always) mutating func string() throws(CheckpointDamage) -> String {
        let length = try count()
        let text = String(decoding: UnsafeRawBufferPointer(start: base + offset, count: length), as: UTF8.self)
        offset += length
        return text
    }

    mutating func word() throws(CheckpointDamage) -> UInt64 {
        guard end - offset >= 8 else { throw .unreadable("ends inside a word") }
        let value = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
        return value
    }

    /// The bytes from `offset` for `count`, without reading them.
    mutating func skip(_ count: Int) throws(CheckpointDamage) -> UnsafeRawBufferPointer {
        guard count >= 0, end - offset >= count else { throw .unreadable("ends inside a record") }
        defer { offset += count }
        return UnsafeRawBufferPointer(start: base + offset, count: count)
    }
}
