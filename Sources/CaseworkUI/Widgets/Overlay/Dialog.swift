/// A modal question drawn over the screen. Every dialog starts on its left button, the safe answer (a confirmation's
/// No), so that Enter alone never destroys work. Keys: ← → h l move the button and stop at either end; Tab and
/// Shift-Tab go round; a button's first letter picks it and answers; Enter is `.submitted`; Esc picks
/// `cancelButton` and is `.cancelled`.
public struct Dialog: Hashable, Sendable {
    public var title: String
    public var message: String
    public var buttons: [String]
    public private(set) var selected: Int
    /// The button Esc falls back to.
    public let cancelButton: Int

    public init(title: String, message: String, buttons: [String], cancelButton: Int = 0) {
        self.title = title
        self.message = message
        self.buttons = buttons
        selected = 0
        self.cancelButton = cancelButton
    }

    /// "No" first and selected, "Yes" second.
    public static func confirm(title: String, message: String, yes: String = "Yes", no: String = "No") -> Dialog {
        Dialog(title: title, message: message, buttons: [no, yes])
    }

    public var selectedButton: String { buttons[selected] }
    /// For a confirmation: true only when the second button ("Yes") was chosen.
    public var confirmed: Bool { selected == 1 }

    public mutating func handle(_ key: Key) -> WidgetOutcome {
        switch key {
        case .left, .character("h"): selected = max(0, selected - 1)
        case .right, .character("l"): selected = min(buttons.count - 1, selected + 1)
        case .backTab: selected = (selected + buttons.count - 1) % buttons.count
        case .tab: selected = (selected + 1) % buttons.count
        case .enter: return .submitted
        case .escape:
            selected = cancelButton
            return .cancelled
        case .character(let c):
            guard let index = buttons.firstIndex(where: { $0.first?.lowercased() == c.lowercased() }) else { return .handled }
            selected = index
            return .submitted
        default: return .handled
        }
        return .handled
    }

    /// A box centred in `area` with the wrapped message and the buttons, the chosen one reversed.
    public func render(into buffer: inout Buffer, area: Rect) {
        let buttonText = buttons.map { "[ \($0) ]" }
        let buttonsWidth = buttonText.reduce(0) { $0 + DisplayWidth.of($1) } + 2 * (buttons.count - 1)
        let width = min(area.width, max(DisplayWidth.of(title) + 8, buttonsWidth + 4, min(60, DisplayWidth.of(message) + 4)))
        let lines = TextFit.wrap(message, to: max(1, width - 4))
        let box = area.centered(width: width, height: lines.count + 4)
        buffer.box(box, title: title)
        for (offset, line) in lines.enumerated() where offset < box.height - 4 {
            buffer.put(line, in: Rect(x: box.x + 2, y: box.y + 1 + offset, width: box.width - 4, height: 1), style: .dialog)
        }
        var x = box.x + max(2, (box.width - buttonsWidth) / 2)
        for (index, text) in buttonText.enumerated() {
            x += buffer.put(text, x: x, y: box.maxY - 2, limit: box.maxX - 1 - x, style: index == selected ? Style.selected.bolded : .dialog)
            x += 2
        }
    }
}
