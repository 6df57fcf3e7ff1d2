import Testing
@testable import CaseworkUI

/// The multi-line editor as key sequences: wrapping by display width (CJK, combining marks), moving by word and
/// by wrapped row, undo and redo in runs, and a paste of several lines.
@Suite struct TextAreaEditingTests {
    static func typed(_ keys: String, into area: TextArea = TextArea(width: 12)) -> TextArea {
        var area = area
        for key in Key.sequence(keys) { _ = area.handle(key) }
        return area
    }

    static func drawn(_ area: TextArea, width: Int, height: Int) -> [String] {
        var buffer = Buffer(width: width, height: height)
        area.render(into: &buffer, area: buffer.area, focused: true)
        return buffer.lines
    }

    /// Text, width, and the rows it wraps into.
    static let wraps: [(text: String, width: Int, rows: [String])] = [
        ("Provide three months of bank statements", 12, ["Provide ", "three months ", "of bank ", "statements"]),
        ("Bring ID", 12, ["Bring ID"]),
        ("", 5, [""]),
        ("abcdefghijklmno", 6, ["abcdef", "ghijkl", "mno"]),
        ("王秀英 在伦敦工作和生活", 8, ["王秀英 ", "在伦敦工", "作和生活"]),
        ("Rene\u{301}e Lefe\u{300}vre and Zoe\u{308}", 11, ["Rene\u{301}e ", "Lefe\u{300}vre and ", "Zoe\u{308}"]),
        ("a 王王王王", 5, ["a ", "王王", "王王"]),
        ("one  two", 4, ["one  ", "two"]),
    ]

    @Test(arguments: wraps.indices)
    func wrapsAtSpacesByDisplayWidth(row: Int) {
        let (text, width, expected) = Self.wraps[row]
        let characters = Array(text)
        let rows = TextWrap.rows(characters, width: width).map { String(characters[$0]) }
        #expect(rows == expected)
        #expect(rows.allSatisfy { DisplayWidth.of($0.trimmingCharacters(in: .whitespaces)) <= width })
        #expect(rows.joined() == text)
    }

    @Test func theDrawnRowsFollowTheWrap() {
        let area = TextArea("Provide three months of bank statements", width: 12)
        #expect(Self.drawn(area, width: 12, height: 4) == ["Provide     ", "three months", "of bank     ", "statements  "])
    }

    @Test func upAndDownMoveByWrappedRowKeepingTheColumn() {
        var area = Self.typed("<Home>", into: TextArea("Provide three months of bank statements", width: 12))
        #expect(area.line == 0 && area.column == 0)
        area = Self.typed("<Right><Right><Down>", into: area)
        #expect(area.column == 10)     // "th|ree" on the second row
        area = Self.typed("<Down><Down>", into: area)
        #expect(area.column == 31)     // "st|atements"
        area = Self.typed("<Up>", into: area)
        #expect(area.column == 23)     // "of| bank": the aim of 2 columns is kept
        area = Self.typed("<Up><Up><Up>", into: area)
        #expect(area.column == 0)      // past the top: the start
    }

    @Test func upAndDownCrossLinesAndWideCharacters() {
        var area = TextArea("王秀英王秀英\nabcdef", width: 20)
        area = Self.typed("<Up>", into: area)
        // The aim is 6 columns: three wide characters.
        #expect(area.line == 0 && area.column == 3)
        area = Self.typed("<Right><Down>", into: area)
        #expect(area.line == 1 && area.column == 6)
    }

    @Test func ctrlArrowsMoveByWord() {
        var area = TextArea("Call Mrs Barrow, then\nthe agent", width: 40)
        area = Self.typed("<C-Left>", into: area)
        #expect(area.line == 1 && area.column == 4)
        area = Self.typed("<C-Left><C-Left>", into: area)
        #expect(area.line == 0 && area.column == 21)   // the end of the line above
        area = Self.typed("<C-Left><C-Left>", into: area)
        #expect(area.column == 9)                        // "Barrow", skipping ", "
        area = Self.typed("<C-Right>", into: area)
        #expect(area.column == 15)
        area = Self.typed("<C-Right><C-Right>", into: area)
        #expect(area.line == 1 && area.column == 0)
        area = Self.typed("<C-Right>", into: area)
        #expect(area.column == 3)
    }

    @Test func undoTakesBackARunOfTypingAndRedoPutsItBack() {
        var area = Self.typed("Bank statements<Enter>for March", into: TextArea(width: 40))
        area = Self.typed("<BS><BS><BS><BS><BS>April", into: area)
        #expect(area.text == "Bank statements\nfor April")
        area = Self.typed("<C-z>", into: area)
        #expect(area.text == "Bank statements\nfor ")
        area = Self.typed("<C-z>", into: area)
        #expect(area.text == "Bank statements\nfor March")
        area = Self.typed("<C-z>", into: area)
        #expect(area.text == "")
        #expect(!area.canUndo)
        area = Self.typed("<C-y><C-y>", into: area)
        #expect(area.text == "Bank statements\nfor ")
        // A new edit after an undo drops what could be redone.
        area = Self.typed("May", into: area)
        #expect(!area.canRedo)
        #expect(area.text == "Bank statements\nfor May")
    }

    @Test func aMovementEndsTheRunSoUndoStopsThere() {
        var area = Self.typed("one two<Home>zero ", into: TextArea(width: 40))
        area = Self.typed("<C-z>", into: area)
        #expect(area.text == "one two")
    }

    @Test func aPasteOfSeveralLinesIsOneStep() {
        var area = TextArea("Notes: ", width: 40)
        area.insert("Called the landlord.\r\nNo answer.\nTry again Monday.")
        #expect(area.lines.count == 3)
        #expect(area.line == 2 && area.column == 17)
        area.undo()
        #expect(area.text == "Notes: ")
        area.redo()
        #expect(area.text == "Notes: Called the landlord.\nNo answer.\nTry again Monday.")
        // Pasted through the terminal as keys, it is still one run.
        var typed = Self.typed("<C-a>", into: TextArea(width: 40))
        typed = Self.typed("a<Enter>b<Enter>c", into: typed)
        typed = Self.typed("<C-z>", into: typed)
        #expect(typed.text == "")
    }

    @Test func theLimitStopsTypingAndPasting() {
        var area = Self.typed("abcdef", into: TextArea(width: 10, limit: 4))
        #expect(area.text == "abcd")
        area.insert("\nxyz")
        #expect(area.text == "abcd")
    }

    @Test func aCombiningMarkTypedAloneJoinsAndUndoes() {
        var area = Self.typed("Rene", into: TextArea(width: 10))
        area = Self.typed("\u{301}e", into: area)
        #expect(area.text == "Rene\u{301}e" && area.column == 5)
        #expect(Self.drawn(area, width: 10, height: 1) == ["Rene\u{301}e     "])
    }

    @Test func theCursorRowStaysOnScreen() {
        let area = Self.typed(String(repeating: "word ", count: 20), into: TextArea(width: 10))
        // The last row is full, so the cursor after it has a row of its own.
        let rows = Self.drawn(area, width: 10, height: 3)
        #expect(rows == ["word word ", "word word ", "          "])
        var top = area
        for _ in 0..<3 { _ = top.handle(.pageUp) }
        #expect(Self.drawn(top, width: 10, height: 3).first == "word word ")
        #expect(top.column == 0)
    }
}
