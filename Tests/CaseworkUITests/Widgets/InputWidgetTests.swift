import Testing
import CaseworkCore
@testable import CaseworkUI

@Suite struct TextFieldTests {
    static func typed(_ keys: String, into field: TextField = TextField()) -> (TextField, [WidgetOutcome]) {
        var field = field
        let outcomes = Key.sequence(keys).map { field.handle($0) }
        return (field, outcomes)
    }

    @Test(arguments: [
        ("abc", "abc", 3), ("abc<Left><Left>X", "aXbc", 2), ("王秀英<Left><BS>", "王英", 1), ("Zoë<Home><Del>", "oë", 0),
        ("abc<C-a>>", ">abc", 1), ("abcd<Left><Left><C-k>", "ab", 2), ("abcd<Left><C-u>", "d", 0), ("ab<End><Right>", "ab", 2),
        ("<BS><Del>", "", 0),
    ])
    func edits(keys: String, text: String, cursor: Int) {
        let (field, _) = Self.typed(keys)
        #expect(field.text == text)
        #expect(field.cursor == cursor)
    }

    @Test func combiningInputEditsAsOneGrapheme() {
        var field = TextField("Zoe\u{308}")
        #expect(field.characters.count == 3)
        _ = field.handle(.backspace)
        #expect(field.text == "Zo")
    }

    @Test func aCombiningMarkTypedAloneJoinsTheLetterBefore() {
        var field = TextField()
        for key: Key in [.character("Z"), .character("o"), .character("e"), .character("\u{308}")] { _ = field.handle(key) }
        #expect(field.characters == ["Z", "o", "e\u{308}"])
        #expect(field.cursor == 3)
        var area = TextArea("e")
        _ = area.handle(.character("\u{301}"))
        #expect(area.text == "e\u{301}" && area.column == 1)
    }

    @Test func enterSubmitsEscCancelsTabIsLeftAlone() {
        #expect(Self.typed("a<Enter><Esc><Tab>").1 == [.handled, .submitted, .cancelled, .ignored])
    }

    @Test func maxLengthRefusesMore() {
        #expect(Self.typed("abcdef", into: TextField(maxLength: 4)).0.text == "abcd")
    }

    @Test func renderScrollsToKeepTheCursorVisible() {
        let (field, _) = Self.typed("王秀英王秀英")
        var buffer = Buffer(width: 6, height: 1)
        field.render(into: &buffer, area: buffer.area, focused: true)
        #expect(buffer.lines == ["秀英  "])
        #expect(buffer[x: 4, y: 0].style == .cursor && buffer[x: 5, y: 0].style == .field)
        var start = field
        for _ in 0..<6 { _ = start.handle(.left) }
        start.render(into: &buffer, area: buffer.area, focused: true)
        #expect(buffer.lines == ["王秀英"])
        #expect(buffer[x: 0, y: 0].style == .cursor && buffer[x: 1, y: 0].style == .cursor)
    }
}

@Suite struct TextAreaTests {
    @Test func enterSplitsAndBackspaceJoinsLines() {
        var area = TextArea()
        for key in Key.sequence("Called landlord<Enter>no answer<Home><BS>") { _ = area.handle(key) }
        #expect(area.text == "Called landlordno answer")
        for key in Key.sequence("<Enter><Up><End><Del>") { _ = area.handle(key) }
        #expect(area.text == "Called landlordno answer")
        #expect(area.line == 0)
    }

    @Test func arrowsCrossLineEnds() {
        var area = TextArea("ab\ncd")
        for key in Key.sequence("<Home><Left>") { _ = area.handle(key) }
        #expect(area.line == 0 && area.column == 2)
        _ = area.handle(.right)
        #expect(area.line == 1 && area.column == 0)
        #expect(area.handle(.control("s")) == .ignored)
        #expect(area.handle(.escape) == .cancelled)
    }

    @Test func rendersWrappedWithTheCursorOnScreen() {
        let area = TextArea("one two three four five six\n王秀英王秀英")
        var buffer = Buffer(width: 6, height: 3)
        area.render(into: &buffer, area: buffer.area, focused: true)
        // The cursor after a full row gets a row of its own, so it stays in view.
        #expect(buffer.lines == ["王秀英", "王秀英", "      "])
        #expect(buffer[x: 0, y: 2].style == .cursor)
        var empty = Buffer(width: 4, height: 2)
        TextArea().render(into: &empty, area: empty.area, focused: true)
        #expect(empty[x: 0, y: 0].style == .cursor)
    }
}

@Suite struct DateFieldTests {
    static let today = Day(year: 2026, month: 3, day: 10)!

    static func rendered(_ keys: String, required: Bool = false) -> (DateField, String) {
        var field = DateField(today: today, required: required)
        for key in Key.sequence(keys) { _ = field.handle(key) }
        var buffer = Buffer(width: 70, height: 1)
        field.render(into: &buffer, area: buffer.area, focused: false)
        return (field, buffer.lines[0])
    }

    @Test(arguments: [
        ("+14", "Tue 24 Mar 2026"), ("1/12/2026", "Tue 1 Dec 2026"), ("today", "Tue 10 Mar 2026"),
        ("31/02/2026", "February 2026 has no day 31: it has 28 days"), ("soon", "\"soon\" is not a date"),
    ])
    func showsTheDateUnderstoodOrTheError(keys: String, note: String) {
        let (_, line) = Self.rendered(keys)
        #expect(line.contains(note))
    }

    @Test func emptyIsAllowedUnlessRequired() {
        #expect(Self.rendered("").0.result == nil)
        #expect(Self.rendered("", required: true).0.error == .empty)
        #expect(Self.rendered("+1").0.day == Self.today.adding(days: 1))
        #expect(DateField(day: Self.today, today: Self.today).field.text == "10/03/2026")
    }

    @Test func anErrorColoursTheEntry() {
        var buffer = Buffer(width: 40, height: 1)
        var field = DateField(today: Self.today)
        for key in Key.sequence("31/02") { _ = field.handle(key) }
        field.render(into: &buffer, area: buffer.area, focused: false)
        #expect(buffer[x: 0, y: 0].style == .fieldError)
    }
}
