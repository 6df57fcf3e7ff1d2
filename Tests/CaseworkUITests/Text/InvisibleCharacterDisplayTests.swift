import Testing
@testable import CaseworkUI

/// The console's share of invisible characters: never sent to the terminal, and folded out of what the filter searches.
@Suite struct InvisibleCharacterDisplayTests {
    @Test(arguments: ["\u{202E}", "\u{200B}", "\u{2066}", "\u{061C}", "\u{2028}"])
    func aFormatCharacterIsNeverSentToTheTerminal(scalar: String) {
        let glyphs = "ab\(scalar)c".flatMap { DisplayWidth.glyphs(of: $0) }
        #expect(!glyphs.contains { $0.text.unicodeScalars.contains(scalar.unicodeScalars.first!) })
        #expect(glyphs.map(\.text).joined() == "abc")
    }

    @Test func theFilterFindsALookAlikeNameByItsPlainSpelling() {
        var folded: [UInt8] = []
        var folds: [Unicode.Scalar: [UInt8]] = [:]
        RowFilter.fold("Ay\u{200B}şe Yıl\u{202E}maz", into: &folded, folds: &folds)
        #expect(String(decoding: folded, as: UTF8.self) == "ayse yilmaz")
    }
}
