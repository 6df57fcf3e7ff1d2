/// Comma-separated values as RFC 4180 writes them (CRLF line ends, quotes doubled), and safe to open in a
/// spreadsheet: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a formula,
/// so it is prefixed with an apostrophe, which spreadsheets show as text (the OWASP advice for CSV injection).
public enum CSV {
    public static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    public static func cell(_ value: String) -> String {
        if isPlain(value) { return value }
        var text = ControlCharacters.printable(value, keepingLineBreaks: true)
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Codes, dates and numbers, the bulk of a return, need nothing done: printable ASCII with no comma or quote,
    /// not starting as a formula would.
    private static func isPlain(_ value: String) -> Bool {
        var utf8 = value.utf8.makeIterator()
        guard let first = utf8.next() else { return true }
        guard first != UInt8(ascii: "="), first != UInt8(ascii: "+"), first != UInt8(ascii: "-"), first != UInt8(ascii: "@") else {
            return false
        }
        var byte: UInt8? = first
        while let current = byte {
            guard current >= 0x20, current < 0x7F, current != UInt8(ascii: ","), current != UInt8(ascii: "\"") else { return false }
            byte = utf8.next()
        }
        return true
    }
}
