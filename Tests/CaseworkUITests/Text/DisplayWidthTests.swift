import Testing
@testable import CaseworkUI

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), (" ", 1), ("é", 1), ("e\u{301}", 1), ("中", 2), ("Ａ", 2), ("한", 2), ("\u{1100}\u{1161}", 2),
        ("😀", 2), ("👍", 2), ("☕", 2), ("❤", 1), ("❤\u{FE0F}", 1), ("\u{200B}", 0), ("\u{301}", 0),
        ("🇬🇧", 2), ("👍🏽", 4), ("👨\u{200D}👩\u{200D}👧", 6), ("\t", 1), ("\r\n", 1), ("क्", 1),
    ])
    func graphemeWidth(text: String, columns: Int) {
        #expect(text.count <= 1)
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func widthsAgreeWithTheCLibraryForBaseScalars() {
        // wcwidth values checked on this machine (glibc, C.UTF-8): the base of each cluster decides.
        let expected: [(UInt32, Int)] = [(0x41, 1), (0x301, 0), (0x4E2D, 2), (0x1F600, 2), (0x1F1EC, 1), (0x200D, 0),
                                         (0xFE0F, 0), (0x2764, 1), (0xFF21, 2), (0x1F3FD, 2), (0x3000, 2), (0x7, -1)]
        for (value, width) in expected {
            #expect(DisplayWidth.scalarWidth(Unicode.Scalar(value)!) == width, "U+\(String(value, radix: 16))")
        }
    }

    @Test func clustersSplitIntoTheGlyphsNcursesDraws() {
        #expect(DisplayWidth.glyphs(of: "e\u{301}") == [Glyph(text: "e\u{301}", width: 1)])
        #expect(DisplayWidth.glyphs(of: "🇬🇧") == [Glyph(text: "🇬", width: 1), Glyph(text: "🇧", width: 1)])
        #expect(DisplayWidth.glyphs(of: "👨\u{200D}👩") == [Glyph(text: "👨", width: 2), Glyph(text: "👩", width: 2)])
        #expect(DisplayWidth.glyphs(of: "\u{7}") == [Glyph(text: " ", width: 1)])
        #expect(DisplayWidth.glyphs(of: "❤\u{FE0F}") == [Glyph(text: "❤", width: 1)])
    }

    @Test func aGlyphKeepsAtMostFourMarks() {
        let stacked = "a" + String(repeating: "\u{301}", count: 7)
        #expect(DisplayWidth.glyphs(of: Character(stacked)) == [Glyph(text: "a" + String(repeating: "\u{301}", count: 4), width: 1)])
    }

    @Test(arguments: [
        ("Hafiz", 10, "Hafiz"), ("Hafiz family", 6, "Hafiz…"), ("王秀英王秀英", 5, "王秀…"), ("王秀英", 6, "王秀英"),
        ("Zoë Brontë", 4, "Zoë…"), ("abc", 0, ""), ("abc", 1, "…"), ("Ｆｕｌｌ", 4, "Ｆ…"),
        ("Watford Housing Options", 17, "Watford Housing…"), ("Caseworker 12", 12, "Caseworker…"),
    ])
    func truncates(text: String, width: Int, expected: String) {
        let result = TextFit.truncate(text, to: width)
        #expect(result == expected)
        #expect(DisplayWidth.of(result) <= width)
    }

    @Test func padsByColumnsNotCharacters() {
        #expect(TextFit.padRight("王", to: 4) == "王  ")
        #expect(TextFit.padLeft("e\u{301}", to: 3) == "  e\u{301}")
        #expect(TextFit.center("ab", in: 5) == " ab  ")
        #expect(DisplayWidth.of(TextFit.padRight("王秀英", to: 5)) == 5)
    }
}
