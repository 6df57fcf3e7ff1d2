import Testing
import CNcursesw
import CaseworkUI
@testable import CaseworkTerminal

@Suite struct KeyDecodingTests {
    @Test(arguments: [
        (UInt32(27), Key.escape), (13, .enter), (10, .enter), (9, .tab), (127, .backspace), (8, .backspace),
        (19, .control("s")), (12, .control("l")), (1, .control("a")), (106, .character("j")), (0x738B, .character("王")),
        (0xE9, .character("é")), (32, .character(" ")),
    ])
    func characters(code: UInt32, key: Key) {
        #expect(KeyDecoding.key(code: code, isFunctionKey: false) == key)
    }

    @Test func unusedControlsAreDropped() {
        #expect(KeyDecoding.key(code: 0, isFunctionKey: false) == nil)
        #expect(KeyDecoding.key(code: 28, isFunctionKey: false) == nil)
    }

    @Test func functionKeys() {
        let table: [(Int32, Key)] = [
            (cw_key_up(), .up), (cw_key_down(), .down), (cw_key_left(), .left), (cw_key_right(), .right),
            (cw_key_ppage(), .pageUp), (cw_key_npage(), .pageDown), (cw_key_home(), .home), (cw_key_end(), .end),
            (cw_key_backspace(), .backspace), (cw_key_dc(), .delete), (cw_key_btab(), .backTab), (cw_key_resize(), .resize),
            (cw_key_enter(), .enter), (cw_key_f(1), .function(1)), (cw_key_f(10), .function(10)), (cw_key_f(12), .function(12)),
        ]
        for (code, key) in table {
            #expect(KeyDecoding.key(code: UInt32(bitPattern: code), isFunctionKey: true) == key)
        }
        #expect(KeyDecoding.key(code: UInt32(bitPattern: cw_key_f(13)), isFunctionKey: true) == nil)
    }

    @Test func withoutColourTheSelectionAndCursorAreReversed() {
        let plain = Palette(colour: false)
        for tone in [Style.Tone.selected, .cursor, .keyHint, .title, .error] {
            #expect(plain.attributes(Style(tone)).attributes & cw_a_reverse() != 0, "\(tone)")
            #expect(plain.attributes(Style(tone)).pair == 0)
        }
        #expect(Palette(colour: true).attributes(.selected).pair != 0)
        #expect(plain.attributes(.keyHint).attributes != plain.attributes(.title).attributes, "F1 apart from Help on the key bar")
        #expect(!Terminal.coloursWanted(environment: ["NO_COLOR": "1"]))
        #expect(Terminal.coloursWanted(environment: ["NO_COLOR": ""]))
        #expect(Terminal.coloursWanted(environment: [:]))
    }

    @Test(arguments: [("UTF-8", true), ("utf8", true), ("ANSI_X3.4-1968", false), ("ISO-8859-1", false)])
    func localeCheck(codeset: String, isUTF8: Bool) {
        let check = LocaleCheck(name: "x", codeset: codeset)
        #expect(check.isUTF8 == isUTF8)
        #expect((check.warning == nil) == isUTF8)
    }
}
