import CNcursesw
import CaseworkUI

/// How each style role looks: colour pairs when colours are on, and attributes alone with NO_COLOR
/// (the selection, the cursor and the key hints then show in reverse video so they stay visible).
struct Palette {
    let colour: Bool

    /// Foreground and background per role; -1 is the terminal's own colour.
    static func colours(_ role: Style.Role) -> (Int16, Int16) {
        switch role {
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

    /// Attributes a role always has, with or without colour.
    static func baseAttributes(_ role: Style.Role, colour: Bool) -> attr_t {
        switch role {
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

    /// Colour pair numbers are the role's raw value + 1 (pair 0 is the terminal default).
    static func pair(_ role: Style.Role) -> Int16 { Int16(role.rawValue) + 1 }

    func install() {
        guard colour else { return }
        start_color()
        use_default_colors()
        for role in Style.Role.allCases {
            let (foreground, background) = Palette.colours(role)
            init_pair(Palette.pair(role), foreground, background)
        }
    }

    func attributes(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        var attributes = Palette.baseAttributes(style.role, colour: colour)
        if style.bold { attributes |= cw_a_bold() }
        if style.reverse { attributes |= cw_a_reverse() }
        if style.underline { attributes |= cw_a_underline() }
        return (attributes, colour ? Palette.pair(style.role) : 0)
    }
}
