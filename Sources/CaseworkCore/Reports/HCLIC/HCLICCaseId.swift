/// The case id that joins the return's files: a keyed hash of the council's ref, so the department can follow a case
/// from quarter to quarter without ever holding the ref, and nobody without the caseload's key can turn one into
/// the other. SipHash-2-4 (Aumasson and Bernstein), a pseudo-random function made for short keyed inputs.
public struct HCLICCaseId: Sendable {
    private let k0: UInt64
    private let k1: UInt64

    /// `key` is 16 bytes, kept in the data directory (`hclic.key`).
    public init(key: [UInt8]) {
        precondition(key.count == 16, "the case-id key is 16 bytes")
        k0 = Self.littleEndian(key[0..<8])
        k1 = Self.littleEndian(key[8..<16])
    }

    /// 16 lower-case hex digits.
    public func id(for ref: String) -> String {
        let hash = siphash(Array(ref.utf8))
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    func siphash(_ message: [UInt8]) -> UInt64 {
        var v0: UInt64 = 0x736f_6d65_7073_6575 ^ k0
        var v1: UInt64 = 0x646f_7261_6e64_6f6d ^ k1
        var v2: UInt64 = 0x6c79_6765_6e65_7261 ^ k0
        var v3: UInt64 = 0x7465_6462_7974_6573 ^ k1
        func round() {
            v0 = v0 &+ v1; v1 = v1.rotatedLeft(13); v1 ^= v0; v0 = v0.rotatedLeft(32)
            v2 = v2 &+ v3; v3 = v3.rotatedLeft(16); v3 ^= v2
            v0 = v0 &+ v3; v3 = v3.rotatedLeft(21); v3 ^= v0
            v2 = v2 &+ v1; v1 = v1.rotatedLeft(17); v1 ^= v2; v2 = v2.rotatedLeft(32)
        }
        let whole = message.count / 8 * 8
        var index = 0
        while index < whole {
            let m = Self.littleEndian(message[index..<index + 8])
            v3 ^= m
            round(); round()
            v0 ^= m
            index += 8
        }
        var last = UInt64(truncatingIfNeeded: message.count) << 56
        for (shift, byte) in message[whole...].enumerated() { last |= UInt64(byte) << (8 * UInt64(shift)) }
        v3 ^= last
        round(); round()
        v0 ^= last
        v2 ^= 0xff
        round(); round(); round(); round()
        return v0 ^ v1 ^ v2 ^ v3
    }

    private static func littleEndian(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }
}

extension UInt64 {
    func rotatedLeft(_ count: UInt64) -> UInt64 { self << count | self >> (64 - count) }
}
