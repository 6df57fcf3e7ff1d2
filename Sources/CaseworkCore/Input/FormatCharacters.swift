/// Invisible characters that change how the text around them reads: the bidi embeddings, overrides, isolates and
/// marks (U+202E turns "cod.exe" round), U+200B and other zero-width spaces, the word joiner and byte-order mark,
/// and the Unicode line and paragraph separators. In a name they make look-alikes that defeat search and the
/// duplicate check; printed, they reorder a table's columns. Joiners (U+200C, U+200D) are left alone: Persian,
/// Indic scripts and emoji need them.
public enum FormatCharacters {
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x180E, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069,
             0xFEFF:
            true
        default:
            false
        }
    }

    /// The first one in `text`, as `U+202E`, or nil.
    public static func first(in text: String) -> String? {
        text.unicodeScalars.first(where: contains).map { "U+" + Day.pad(Int($0.value), 4, radix: 16) }
    }

    /// `text` with every one removed, the line and paragraph separators becoming line breaks: how a note keeps
    /// what its writer meant without what could disguise it.
    public static func neutralised(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: contains) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\u{2028}" || scalar == "\u{2029}" {
                scalars.append("\n")
            } else if !contains(scalar) {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// `text` without them, for comparing and searching: "Ay\u{200B}şe" is found as "Ayşe" and is the same name.
    public static func foldedOut(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: contains) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !contains(scalar) { scalars.append(scalar) }
        return String(scalars)
    }
}
