/// RFC 5545's text rules: values escaped (section 3.3.11), lines ended with CRLF and folded at 75 octets
/// (section 3.1) without splitting a UTF-8 character.
enum ICalendarText {
    /// A TEXT value: backslash, semicolon, comma and line breaks escaped; any other control character dropped, so
    /// nothing from outside can start a property of its own, and the characters that reorder or disguise text
    /// (`ControlCharacters.isUnprintable`: bidi overrides, zero-width) dropped too, as names and notes may hold them.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasReturn = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": if !previousWasReturn { out += "\\n" }
            case "\r": out += "\\n"
            default:
                if ControlCharacters.isUnprintable(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One content line, folded: at most 75 octets a line, each continuation starting with one space.
    static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count > 75 else { return line + "\r\n" }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 70 * 3 + 2)
        var start = 0
        var limit = 75
        while start < bytes.count {
            var end = min(start + limit, bytes.count)
            // Back off to the start of a UTF-8 character: continuation bytes are 10xxxxxx.
            while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if start > 0 { out.append(0x20) }
            out += bytes[start..<end]
            out += [0x0D, 0x0A]
            start = end
            limit = 74
        }
        return String(decoding: out, as: UTF8.self)
    }
}
