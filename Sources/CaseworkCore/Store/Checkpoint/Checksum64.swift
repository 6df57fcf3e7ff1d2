/// A fast 64-bit checksum (four independent lanes of multiply-rotate rounds, then an avalanche), for telling a
/// damaged or torn checkpoint from a whole one at gigabytes a second. Not a defence against a forger: anyone who can
/// write the checkpoint can write the index it is derived from.
struct Checksum64 {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    private var lanes: (UInt64, UInt64, UInt64, UInt64)
    /// Bytes not yet making a whole 32-byte stripe.
    private var pending: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var pendingCount = 0
    private var total: UInt64 = 0
    private let seed: UInt64

    init(seed: UInt64 = 0) {
        self.seed = seed
        lanes = (seed &+ Self.prime1 &+ Self.prime2, seed &+ Self.prime2, seed, seed &- Self.prime1)
    }

    static func of(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        var checksum = Checksum64(seed: seed)
        checksum.add(bytes)
        return checksum.value
    }

    static func of(_ bytes: [UInt8], seed: UInt64 = 0) -> UInt64 { bytes.withUnsafeBytes { of($0, seed: seed) } }

    static func of(_ text: String) -> UInt64 { of(Array(text.utf8)) }

    @inline(__always) private static func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        rotate(lane &+ word &* prime2, 31) &* prime1
    }

    @inline(__always) private static func rotate(_ value: UInt64, _ by: UInt64) -> UInt64 { (value << by) | (value >> (64 - by)) }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        guard var p = bytes.baseAddress, bytes.count > 0 else { return }
        var remaining = bytes.count
        total &+= UInt64(remaining)
        if pendingCount > 0 {
            let take = min(32 - pendingCount, remaining)
            withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.advanced(by: pendingCount).copyMemory(from: p, byteCount: take) }
            pendingCount += take
            p += take
            remaining -= take
            guard pendingCount == 32 else { return }
            stripe(pending.0.littleEndian, pending.1.littleEndian, pending.2.littleEndian, pending.3.littleEndian)
            pendingCount = 0
        }
        while remaining >= 32 {
            stripe(UInt64(littleEndian: p.loadUnaligned(as: UInt64.self)),
                   UInt64(littleEndian: (p + 8).loadUnaligned(as: UInt64.self)),
                   UInt64(littleEndian: (p + 16).loadUnaligned(as: UInt64.self)),
                   UInt64(littleEndian: (p + 24).loadUnaligned(as: UInt64.self)))
            p += 32
            remaining -= 32
        }
        if remaining > 0 {
            withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.copyMemory(from: p, byteCount: remaining) }
            pendingCount = remaining
        }
    }

    @inline(__always) private mutating func stripe(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) {
        lanes = (Self.round(lanes.0, a), Self.round(lanes.1, b), Self.round(lanes.2, c), Self.round(lanes.3, d))
    }

    /// The checksum of everything added so far.
    var value: UInt64 {
        var hash: UInt64
        if total >= 32 {
            hash = Self.rotate(lanes.0, 1) &+ Self.rotate(lanes.1, 7) &+ Self.rotate(lanes.2, 12) &+ Self.rotate(lanes.3, 18)
            for lane in [lanes.0, lanes.1, lanes.2, lanes.3] {
                hash = (hash ^ Self.round(0, lane)) &* Self.prime1 &+ Self.prime4
            }
        } else {
            hash = seed &+ Self.prime5
        }
        hash &+= total
        var tail = pending
        withUnsafeBytes(of: &tail) { raw in
            var index = 0
            while index + 8 <= pendingCount {
                hash = Self.rotate(hash ^ Self.round(0, UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))), 27)
                    &* Self.prime1 &+ Self.prime4
                index += 8
            }
            while index < pendingCount {
                hash = Self.rotate(hash ^ (UInt64(raw[index]) &* Self.prime5), 11) &* Self.prime1
                index += 1
            }
        }
        hash ^= hash >> 33
        hash &*= Self.prime2
        hash ^= hash >> 29
        hash &*= Self.prime3
        return hash ^ (hash >> 32)
    }
}
