import CaseworkCore

/// One terminal cell's worth of a grapheme: a spacing scalar plus the zero-width marks drawn on it.
public struct Glyph: Hashable, Sendable {
    public var text: String
    /// 1 or 2 columns.
    public var width: Int
}

/// The single source of display widths, so the buffer, the widgets and ncurses agree on every column.
///
/// Widths come from the C library's `wcwidth` (what ncurses uses to move its cursor) under a UTF-8 locale,
/// whatever the process locale is. A grapheme is laid out as ncurses would lay out its scalars:
/// - each scalar with a width of 1 or 2 starts its own glyph (so a flag 🇬🇧 is two 1-column glyphs and a
///   skin-tone emoji 👍🏽 is two 2-column glyphs, exactly the columns ncurses advances);
/// - zero-width scalars (combining marks, variation selectors) ride on the glyph before them, at most 4,
///   as a `cchar_t` holds 5 wide characters; a mark with nothing before it is dropped;
/// - ZERO WIDTH JOINER is dropped, so no terminal fuses the pieces of 👨‍👩‍👧 into one glyph the
///   buffer counted as three;
/// - VARIATION SELECTOR-16 is dropped: tmux draws "❤\u{FE0F}" 2 columns wide where `wcwidth` counts 1
///   (seen on this machine), while the plain "❤" is 1 column everywhere;
/// - control characters (an ASCII one, or CR LF, is one grapheme) show as one space; scalars `wcwidth` rejects show as U+FFFD.
public enum DisplayWidth {
    /// Columns a grapheme takes: the sum of its glyphs' widths.
    public static func of(_ character: Character) -> Int {
        if character.asciiValue != nil { return 1 }
        var total = 0
        forEachGlyph(in: character) { total += $0.width }
        return total
    }

    /// Columns a whole text takes.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The glyphs a grapheme is drawn as, left to right.
    public static func glyphs(of character: Character) -> [Glyph] {
        var result: [Glyph] = []
        forEachGlyph(in: character) { result.append($0) }
        return result
    }

    static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"
    static let emojiPresentation: Unicode.Scalar = "\u{FE0F}"
    static let marksPerGlyph = 4

    static func forEachGlyph(in character: Character, _ body: (Glyph) -> Void) {
        if let ascii = character.asciiValue {
            body(Glyph(text: ascii >= 0x20 && ascii < 0x7F ? String(character) : " ", width: 1))
            return
        }
        var pending: Glyph?
        var marks = 0
        // Invisible characters that reorder or disguise text (bidi overrides, zero-width spaces) are never sent.
        for scalar in character.unicodeScalars
        where scalar != zeroWidthJoiner && scalar != emojiPresentation && !FormatCharacters.contains(scalar) {
            let width = scalarWidth(scalar)
            if width == 0 {
                if pending != nil, marks < marksPerGlyph {
                    pending!.text.unicodeScalars.append(scalar)
                    marks += 1
                }
                continue
            }
            if let glyph = pending { body(glyph) }
            marks = 0
            if width > 0 {
                pending = Glyph(text: String(Character(scalar)), width: width)
            } else {
                pending = Glyph(text: isControl(scalar) ? " " : "\u{FFFD}", width: 1)
            }
        }
        if let glyph = pending { body(glyph) }
    }

    /// `wcwidth` of one scalar: 0, 1, 2, or -1 for controls and scalars the C library does not know.
    public static func scalarWidth(_ scalar: Unicode.Scalar) -> Int { ScalarColumns.width(scalar) }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool { ControlCharacters.isControl(scalar) }
}
