/// Control characters (C0, DEL, C1) in text from outside: an escape sequence in an online form's name field must
/// neither reach the store nor recolour or clear an officer's terminal when printed.
public enum ControlCharacters {
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    /// The first control character in `text`, as `U+001B`, or nil; line breaks and tabs count unless allowed.
    public static func first(in text: String, allowingLineBreaks: Bool = false) -> String? {
        let found = text.unicodeScalars.first { isControl($0) && !(allowingLineBreaks && ($0 == "\n" || $0 == "\t")) }
        return found.map { "U+" + Day.pad(Int($0.value), 4, radix: 16) }
    }

    /// A control character, or an invisible character that reorders or disguises text (`FormatCharacters`):
    /// what must never reach a terminal as it is.
    public static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || FormatCharacters.contains(scalar)
    }

    /// `text` safe to print: each unprintable character (but line breaks when kept) becomes U+FFFD. The one
    /// sanitiser every front end puts its output through.
    public static func printable(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isUnprintable) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let kept = !isUnprintable(scalar) || (keepingLineBreaks && scalar == "\n")
            scalars.append(kept ? scalar : "\u{FFFD}")
        }
        return String(scalars)
    }
}
