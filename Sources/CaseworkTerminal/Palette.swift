import CNcursesw
import CaseworkUI

/// How each style tone looks: colour pairs when colours are on, and attributes alone with NO_COLOR
/// (the selection, the cursor and the key hints then show in reverse video so they stay visible).
struct Palette {
    let colour: Bool

    /// Foreground and background per tone; -1 is the terminal's own colour.
    static func colours(_ tone: Style.Tone) -> (Int16, Int16) {
        switch tone {
        case .normal, .field, .cursor: (-1, -1)
        case .title: (cw_color_black(), cw_color_cyan())
        case .header: (cw_color_black(), cw_color_green())
        case .selected: (cw_color_black(), cw_color_cyan())
        case .red, .fieldError: (cw_color_red(), -1)
        case .amber: (cw_color_yellow(), -1)
        case .green: (cw_color_green(), -1)
        case .muted: (-1, -1)
        case .error: (cw_color_white(), cw_color_red())
        case .keyHint: (cw_color_white(), cw_color_black())
        case .dialog: (cw_color_white(), cw_color_blue())
        }
    }

    /// Attributes a tone always has, with or without colour.
    static func baseAttributes(_ tone: Style.Tone, colour: Bool) -> attr_t {
        switch tone {
        case .muted: cw_a_dim()
        case .field: cw_a_underline()
        case .fieldError: cw_a_underline() | cw_a_bold()
        case .cursor: cw_a_reverse()
        case .red: cw_a_bold()
        case .title, .selected: colour ? cw_a_normal() : cw_a_reverse()
        // Bold as well, so "F1" stands apart from "Help" beside it on the reversed key bar.
        case .keyHint: colour ? cw_a_normal() : cw_a_reverse() | cw_a_bold()
        case .error: colour ? cw_a_bold() : cw_a_reverse() | cw_a_bold()
        case .header: colour ? cw_a_normal() : cw_a_bold() | cw_a_underline()
        case .amber: colour ? cw_a_normal() : cw_a_bold()
        case .normal, .green, .dialog: cw_a_normal()
        }
    }

    /// Colour pair numbers are the tone's raw value + 1 (pair 0 is the terminal default).
    static func pair(_ tone: Style.Tone) -> Int16 { Int16(tone.rawValue) + 1 }

    func install() {
        guard colour else { return }
        start_color()
        use_default_colors()
        for tone in Style.Tone.allCases {
            let (foreground, background) = Palette.colours(tone)
            init_pair(Palette.pair(tone), foreground, background)
        }
    }

    func attributes(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        var attributes = Palette.baseAttributes(style.tone, colour: colour)
        if style.bold { attributes |= cw_a_bold() }
        if style.reverse { attributes |= cw_a_reverse() }
        if style.underline { attributes |= cw_a_underline() }
        return (attributes, colour ? Palette.pair(style.tone) : 0)
    }
}
