/// JSON text made safe for a terminal: JSON itself escapes only C0, so DEL, the C1 controls (U+0080–U+009F, which
/// some terminals obey like ESC) and the invisible format characters are written as `\u` escapes too. Outside
/// strings JSON is ASCII, so every such character met is inside a string, where the escape means the same.
public enum JSONPrintable {
    public static func escaping(_ json: [UInt8]) -> [UInt8] {
        guard let first = json.firstIndex(where: { $0 >= 0x7F }) else { return json }
        var out: [UInt8] = []
        out.reserveCapacity(json.count + 64)
        out += json[..<first]
        var index = first
        while index < json.count {
            let byte = json[index]
            guard byte >= 0x7F else {
                out.append(byte)
                index += 1
                continue
            }
            let length = byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            guard byte != 0x7F, index + length <= json.count,
                  let scalar = scalar(json[index..<index + length]) else {
                if byte == 0x7F { append(0x7F, to: &out) } else { out.append(byte) }
                index += 1
                continue
            }
            if ControlCharacters.isUnprintable(scalar) {
                append(scalar.value, to: &out)
            } else {
                out += json[index..<index + length]
            }
            index += length
        }
        return out
    }

    private static func scalar(_ bytes: ArraySlice<UInt8>) -> Unicode.Scalar? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return scalar
    }

    /// `\u` and four hex digits: every character escaped here is in the Basic Multilingual Plane.
    private static func append(_ value: UInt32, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out += [UInt8(ascii: "\\"), UInt8(ascii: "u")]
        for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int(value >> UInt32(shift) & 0xF)]) }
    }
}
