/// What was typed or sent, quoted back in a message: printable, and at most `limit` characters of it, so a 10 MB
/// value costs a line of stderr, not 10 MB. Phone numbers, email addresses and NI numbers are never quoted at all:
/// the message names the field.
public enum Quote {
    public static let limit = 40

    /// Counted in Unicode scalars, not characters: one "character" can carry a megabyte of combining marks.
    public static func value(_ text: String, limit: Int = Quote.limit) -> String {
        var shown = String.UnicodeScalarView()
        var long = false
        for (index, scalar) in text.unicodeScalars.enumerated() {
            guard index < limit else {
                long = true
                break
            }
            shown.append(scalar)
        }
        return "\"" + ControlCharacters.printable(String(shown)) + (long ? "…" : "") + "\""
    }

    /// A key name from outside, as part of a field path (`applicant.<key>`): printable and bounded like a value,
    /// but without quotes when it is a plain name.
    public static func key(_ name: String) -> String {
        let plain = !name.isEmpty && name.utf8.count <= limit && name.utf8.allSatisfy {
            $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 &- 48 < 10 || ($0 | 0x20) &- 97 < 26
        }
        return plain ? name : value(name)
    }
}
