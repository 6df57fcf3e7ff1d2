import Foundation
import CaseworkCore

/// The filter line's matching, built for 100,000 rows: every row's search text is folded once into one
/// contiguous byte store, and each keystroke that lengthens the query only re-checks the previous matches
/// (Backspace pops back to them), so a keystroke never builds a string per row.
public struct RowFilter: Sendable {
    /// Folded search text of every row, back to back; row `r` is `bytes[starts[r]..<starts[r + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// Queries typed so far with their matches (rows in display order), the unfiltered order at the bottom.
    private var levels: [(query: [[UInt8]], text: String, rows: [Int32])] = []

    public init() {}

    /// Indexes every row's search text; `order` is the display order the matches keep.
    public init(rows: some TableRows, order: [Int32]) {
        bytes.reserveCapacity(rows.count * 32)
        starts.reserveCapacity(rows.count + 1)
        var folds: [Unicode.Scalar: [UInt8]] = [:]
        for row in 0..<rows.count {
            RowFilter.fold(rows.searchText(row: row), into: &bytes, folds: &folds)
            starts.append(bytes.count)
        }
        levels = [(query: [], text: "", rows: order)]
    }

    public var query: String { levels.last?.text ?? "" }
    /// Matching rows in display order.
    public var matches: [Int32] { levels.last?.rows ?? [] }

    /// Re-orders the unfiltered rows (after a sort) and re-applies the current query once.
    public mutating func reorder(_ order: [Int32]) {
        let text = query
        levels = [(query: [], text: "", rows: order)]
        apply(text)
    }

    /// Sets the query: a lengthened query narrows the last matches, a shortened one pops back.
    public mutating func apply(_ text: String) {
        guard !levels.isEmpty, text != query else { return }
        let words = RowFilter.words(text)
        while levels.count > 1, !RowFilter.refines(words, levels[levels.count - 1].query) {
            levels.removeLast()
        }
        if levels.last!.query == words {
            levels[levels.count - 1].text = text
            return
        }
        let base = levels.last!.rows
        let kept = words.isEmpty ? base : base.filter { matches(row: Int($0), words) }
        levels.append((query: words, text: text, rows: kept))
    }

    /// Whether a row's folded text contains every word of the query.
    func matches(row: Int, _ words: [[UInt8]]) -> Bool {
        let range = starts[row]..<starts[row + 1]
        return bytes.withUnsafeBufferPointer { all in
            let text = UnsafeBufferPointer(rebasing: all[range])
            return words.allSatisfy { RowFilter.contains(text, $0) }
        }
    }

    /// Each later word contains the earlier word at the same place, or is new: so the matches can only shrink.
    static func refines(_ words: [[UInt8]], _ earlier: [[UInt8]]) -> Bool {
        guard words.count >= earlier.count else { return false }
        for (index, word) in earlier.enumerated() where !contains(words[index][...], word) { return false }
        return true
    }

    static func words(_ text: String) -> [[UInt8]] {
        var folded: [UInt8] = []
        var folds: [Unicode.Scalar: [UInt8]] = [:]
        fold(text, into: &folded, folds: &folds)
        return folded.split(separator: 0x20).map(Array.init)
    }

    static func contains<C: Collection>(_ text: C, _ word: [UInt8]) -> Bool where C.Element == UInt8, C.Index == Int {
        guard let first = word.first else { return true }
        guard text.count >= word.count else { return false }
        var start = text.startIndex
        let last = text.endIndex - word.count
        while start <= last {
            if text[start] == first {
                var offset = 1
                while offset < word.count, text[start + offset] == word[offset] { offset += 1 }
                if offset == word.count { return true }
            }
            start += 1
        }
        return false
    }

    /// Lower case without accents ("Zoë" finds "zoe"). ASCII is folded byte by byte; any other scalar is folded
    /// once per index build through Foundation and remembered in `folds`, as a few hundred distinct letters
    /// cover a caseload.
    static func fold(_ text: String, into out: inout [UInt8], folds: inout [Unicode.Scalar: [UInt8]]) {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            } else if FormatCharacters.contains(scalar) {
                continue  // invisible: "Ay\u{200B}şe" is found as "ayse"
            } else if let known = folds[scalar] {
                out.append(contentsOf: known)
            } else {
                let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
                let plain = Array(folded.unicodeScalars.map { plainLetters[$0] ?? String($0) }.joined().utf8)
                folds[scalar] = plain
                out.append(contentsOf: plain)
            }
        }
    }

    /// Letters with no accent to strip that officers still type in plain Latin ("Yılmaz" as "yilmaz").
    static let plainLetters: [Unicode.Scalar: String] = [
        "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d",
    ]
}
