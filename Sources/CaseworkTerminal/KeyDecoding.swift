import CNcursesw
import CaseworkUI

/// Turns what `get_wch` returned into a `Key`: a character (`isFunctionKey` false) or a KEY_* code.
/// Returns nil for keys the console does not use (NUL, Ctrl-\, keypad extras, shifted F-keys).
enum KeyDecoding {
    static func key(code: UInt32, isFunctionKey: Bool) -> Key? {
        isFunctionKey ? functionKey(Int32(bitPattern: code)) : character(code)
    }

    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 27: return .escape
        case 10, 13: return .enter
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(code + 96)!))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    static let functionKeys: [Int32: Key] = {
        var keys: [Int32: Key] = [
            cw_key_up(): .up, cw_key_down(): .down, cw_key_left(): .left, cw_key_right(): .right,
            cw_key_ppage(): .pageUp, cw_key_npage(): .pageDown, cw_key_home(): .home, cw_key_end(): .end,
            cw_key_backspace(): .backspace, cw_key_dc(): .delete, cw_key_ic(): .insert, cw_key_enter(): .enter,
            cw_key_btab(): .backTab, cw_key_resize(): .resize,
        ]
        for number in 1...12 { keys[cw_key_f(Int32(number))] = .function(number) }
        // Ctrl-← and Ctrl-→ have no KEY_ constant: ncurses numbers them from the terminal's description.
        for (capability, key) in [("kLFT5", Key.wordLeft), ("kRIT5", Key.wordRight)] {
            let code = cw_key_for_capability(capability)
            if code > 0 { keys[code] = key }
        }
        return keys
    }()

    static func functionKey(_ code: Int32) -> Key? { functionKeys[code] }
}
