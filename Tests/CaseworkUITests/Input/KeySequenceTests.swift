import Testing
@testable import CaseworkUI

@Suite struct KeySequenceTests {
    @Test func parsesCharactersAndNamedKeys() {
        #expect(Key.sequence("jj<Enter><Esc>/ha") == [.character("j"), .character("j"), .enter, .escape,
                                                      .character("/"), .character("h"), .character("a")])
        #expect(Key.sequence("<C-s><F10><S-Tab><PgDn><lt><bs><Space>") == [.control("s"), .function(10), .backTab, .pageDown,
                                                                           .character("<"), .backspace, .character(" ")])
        #expect(Key.sequence("a<b") == [.character("a"), .character("<"), .character("b")])
        #expect(Key.sequence("<>") == [.character("<"), .character(">")])
        #expect(Key.sequence("王") == [.character("王")])
    }

    @Test(arguments: [(Key.function(1), "F1"), (.control("s"), "Ctrl-S"), (.enter, "Enter"), (.character(" "), "Space")])
    func labels(key: Key, label: String) {
        #expect(key.label == label)
    }
}
