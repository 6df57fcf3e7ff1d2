/// Writes compact JSON straight into bytes, for outputs of 100,000 rows where JSONEncoder's
/// per-value overhead would dominate. Keys are written in the order given.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = []

    public init(reservingCapacity capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    private mutating func separate() {
        if let last = needsComma.last {
            if last { bytes.append(UInt8(ascii: ",")) }
            needsComma[needsComma.count - 1] = true
        }
    }

    public mutating func beginObject() { valuePrefix(); bytes.append(UInt8(ascii: "{")); needsComma.append(false) }
    public mutating func endObject() { needsComma.removeLast(); bytes.append(UInt8(ascii: "}")) }
    public mutating func beginArray() { valuePrefix(); bytes.append(UInt8(ascii: "[")); needsComma.append(false) }
    public mutating func endArray() { needsComma.removeLast(); bytes.append(UInt8(ascii: "]")) }

    public mutating func key(_ name: String) {
        separate()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    /// Set between a key and its value, which must not write a comma of its own.
    private var afterKey = false

    private mutating func valuePrefix() {
        if afterKey { afterKey = false } else { separate() }
    }

    public mutating func string(_ value: String?) {
        valuePrefix()
        guard let value else { bytes += Array("null".utf8); return }
        appendString(value)
    }

    public mutating func int(_ value: Int?) {
        valuePrefix()
        bytes += Array((value.map(String.init) ?? "null").utf8)
    }

    public mutating func bool(_ value: Bool?) {
        valuePrefix()
        bytes += Array((value.map { $0 ? "true" : "false" } ?? "null").utf8)
    }

    public mutating func null() {
        valuePrefix()
        bytes += Array("null".utf8)
    }

    /// A number as JSON writes it: whole numbers without a fraction, others as Swift prints them (`1.54`).
    public mutating func number(_ value: Double?) {
        valuePrefix()
        guard let value, value.isFinite else { bytes += Array("null".utf8); return }
        let text = value.rounded() == value && abs(value) < 9e15 ? String(Int(value)) : String(value)
        bytes += Array(text.utf8)
    }

    public mutating func newline() { bytes.append(0x0A) }

    private mutating func appendString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [0x5C, 0x22]
            case UInt8(ascii: "\\"): bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
