import Testing
@testable import CaseworkCore

@Suite struct ControlCharactersTests {
    @Test(arguments: [
        ("Ayşe Yılmaz", false, nil, "Ayşe Yılmaz"),
        ("美玲 陈", false, nil, "美玲 陈"),
        ("Evil\u{1B}[31mRED", false, "U+001B", "Evil\u{FFFD}[31mRED"),
        ("one\ntwo", false, "U+000A", "one\u{FFFD}two"),
        ("one\ntwo", true, nil, "one\ntwo"),
        ("tab\there", true, nil, "tab\u{FFFD}here"),
        ("bell\u{07}", true, "U+0007", "bell\u{FFFD}"),
        ("del\u{7F}", false, "U+007F", "del\u{FFFD}"),
        ("csi\u{9B}2J", false, "U+009B", "csi\u{FFFD}2J"),
        ("nbsp\u{A0}ok", false, nil, "nbsp\u{A0}ok"),
        ("Rene\u{301}e", false, nil, "Rene\u{301}e"),
    ] as [(String, Bool, String?, String)])
    func findsAndNeutralisesControls(text: String, lineBreaks: Bool, first: String?, printable: String) {
        #expect(ControlCharacters.first(in: text, allowingLineBreaks: lineBreaks) == first)
        #expect(ControlCharacters.printable(text, keepingLineBreaks: lineBreaks) == printable)
    }

    @Test func aNoteWithAnEscapeSequenceIsRefusedAndWritesNothing() throws {
        let fixture = try StoreFixture()
        let ref = try fixture.seed(1)[0].ref
        let service = CaseService(store: fixture.store, clock: StoreFixture.clock, actor: StoreFixture.priya, configuration: .standard)
        #expect(throws: CaseServiceError.invalid(field: "text", message: "a note cannot contain a control character (U+001B)")) {
            try service.addNote(ref, text: "x\u{1B}]0;pwned\u{07}\u{1B}[2J")
        }
        #expect(try fixture.store.load(ref).revision == 1)
        #expect(try service.addNote(ref, text: "Called twice.\n\tNo answer.").revision == 2, "line breaks and tabs stay")
    }
}
