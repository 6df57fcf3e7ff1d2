/// The plan letter as plain text no wider than 72 columns (by display width: a CJK name takes two columns a
/// character), for email or a fixed-width printer. Control characters from outside never reach it.
public enum PlanLetterText {
    public static let columns = 72

    public static func render(_ letter: PlanLetter) -> String {
        var lines: [String] = []
        lines += wrap(clean(letter.council), indent: "")
        lines.append("")
        lines += wrap("Our reference: \(letter.ref)", indent: "")
        lines += wrap("Date: \(LetterDate.long(letter.date))", indent: "")
        lines.append("")
        for line in [letter.addressee] + letter.addressLines { lines += wrap(clean(line), indent: "") }
        lines.append("")
        lines += heading(letter.title.uppercased(), underline: "=")
        lines.append("")
        lines += wrap(clean(letter.salutation), indent: "")
        for paragraph in letter.opening {
            lines.append("")
            lines += wrap(clean(paragraph), indent: "")
        }
        for section in letter.sections {
            lines.append("")
            lines += heading(section.heading, underline: "-")
            for paragraph in section.paragraphs {
                lines.append("")
                lines += wrap(clean(paragraph), indent: "")
            }
            if !section.items.isEmpty { lines.append("") }
            for (index, item) in section.items.enumerated() {
                let marker = section.numbered ? "\(index + 1). " : "* "
                let hanging = String(repeating: " ", count: 2 + marker.count)
                lines += wrap(clean(item.text), indent: hanging, first: "  " + marker)
                for detail in item.details { lines += wrap(clean(detail), indent: hanging) }
            }
            for paragraph in section.closing {
                lines.append("")
                lines += wrap(clean(paragraph), indent: "")
            }
        }
        lines.append("")
        for line in letter.signOff { lines += wrap(clean(line), indent: "") }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func heading(_ text: String, underline: Character) -> [String] {
        let wrapped = wrap(clean(text), indent: "")
        let width = wrapped.map { ScalarColumns.of($0) }.max() ?? 0
        return wrapped + [String(repeating: underline, count: width)]
    }

    /// One line of text from outside: control characters (and line breaks, which would break the layout)
    /// become spaces or U+FFFD.
    static func clean(_ text: String) -> String {
        ControlCharacters.printable(text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\t", with: " "))
    }

    /// Words filled into lines of at most `columns`; the first line starts with `first` (or `indent`), the rest
    /// with `indent`. A word longer than a line is cut between characters.
    static func wrap(_ text: String, indent: String, first: String? = nil) -> [String] {
        let firstPrefix = first ?? indent
        var lines: [String] = []
        var current = firstPrefix, used = ScalarColumns.of(firstPrefix), hasWord = false
        let indentWidth = ScalarColumns.of(indent)
        func flush() {
            lines.append(current)
            current = indent
            used = indentWidth
            hasWord = false
        }
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var width = ScalarColumns.of(word)
            if hasWord, used + 1 + width > columns { flush() }
            var rest = Substring(word)
            while width > columns - used {
                // A word too long for any line: as much as fits, then the rest on the next.
                var taken = 0
                var end = rest.startIndex
                for index in rest.indices {
                    let columns = ScalarColumns.of(String(rest[index]))
                    if used + (hasWord ? 1 : 0) + taken + columns > self.columns { break }
                    taken += columns
                    end = rest.index(after: index)
                }
                if end == rest.startIndex, !hasWord, used == indentWidth { end = rest.index(after: end) }
                current += (hasWord ? " " : "") + rest[..<end]
                rest = rest[end...]
                width = ScalarColumns.of(rest)
                flush()
            }
            guard !rest.isEmpty else { continue }
            current += (hasWord ? " " : "") + rest
            used += (hasWord ? 1 : 0) + width
            hasWord = true
        }
        if hasWord || lines.isEmpty { lines.append(current) }
        return lines.map { $0.hasSuffix(" ") ? String($0.reversed().drop { $0 == " " }.reversed()) : $0 }
    }
}
