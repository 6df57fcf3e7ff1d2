import Testing
@testable import CaseworkUI

@Suite struct BufferTests {
    @Test func putClipsByDisplayWidthAndNeverSplitsAWideGlyph() {
        var buffer = Buffer(width: 6, height: 1)
        let written = buffer.put("a王秀英", x: 0, y: 0, limit: 4)
        #expect(written == 4)
        #expect(buffer.lines == ["a王   "])
        #expect(buffer[x: 1, y: 0].width == 2 && buffer[x: 2, y: 0].isContinuation)
        #expect(buffer[x: 3, y: 0].text == " ")
    }

    @Test func putStopsAtTheRightEdge() {
        var buffer = Buffer(width: 5, height: 2)
        buffer.put("中文中文", x: 0, y: 1)
        #expect(buffer.lines == ["     ", "中文 "])
        #expect(buffer.put("x", x: 9, y: 0) == 0)
        #expect(buffer.put("x", x: 0, y: 5) == 0)
    }

    @Test func combiningMarksShareTheirBaseCell() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.put("Zoe\u{308}!", x: 0, y: 0)
        #expect(buffer[x: 2, y: 0].text == "e\u{308}")
        #expect(buffer.lines == ["Zoe\u{308}!"])
    }

    @Test func overwritingHalfAWideGlyphBlanksTheOtherHalf() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.put("中文", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)
        #expect(buffer.lines == [" x文"])
        buffer.put("y", x: 2, y: 0)
        #expect(buffer.lines == [" xy "])
        #expect(buffer.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func putInRectTruncatesAlignsAndFills() {
        var buffer = Buffer(width: 8, height: 1)
        buffer.put("long text here", in: Rect(x: 0, y: 0, width: 8, height: 1))
        #expect(buffer.lines == ["long te…"])
        buffer.put("12", in: Rect(x: 0, y: 0, width: 5, height: 1), alignment: .right, style: .red)
        #expect(buffer.lines == ["   12te…"])
        #expect(buffer[x: 0, y: 0].style == .red)
    }

    @Test func boxAndLinesDrawWithinTheirRect() {
        var buffer = Buffer(width: 8, height: 4)
        buffer.box(Rect(x: 1, y: 0, width: 6, height: 3), title: "Hi")
        buffer.horizontalLine(Rect(x: 0, y: 3, width: 8, height: 1))
        #expect(buffer.lines == [" ┌────┐ ", " │    │ ", " └────┘ ", "────────"])
    }

    @Test func snapshotShowsTextAndStyleRoles() {
        var buffer = Buffer(width: 3, height: 1)
        buffer.put("中", x: 0, y: 0, style: .selected)
        #expect(buffer.snapshot == "size 3x1\n|中 |\nstyles\n|SS.|\n")
    }
}
