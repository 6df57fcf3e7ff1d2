/// A modal question drawn over the screen, its buttons each carrying the answer they give: the owner switches on the
/// answer, never on a button's label or position. Every dialog starts on its left button, the safe answer, so that
/// Enter alone never destroys work. Keys (`Dialog.keys`): ← → h l move and stop at either end; Tab and Shift-Tab go
/// round; a button's key letter picks it and answers; Enter answers; Esc gives the `cancel` answer.
public struct Dialog<Answer: Sendable>: Sendable {
    public struct Button: Sendable {
        public var label: String
        public var answer: Answer

        public init(_ label: String, _ answer: Answer) {
            self.label = label
            self.answer = answer
        }
    }

    public var title: String
    public var message: String
    public var buttons: [Button]
    public private(set) var selected = 0
    /// What Esc answers.
    public let cancel: Answer

    public init(title: String, message: String, buttons: [Button], cancel: Answer) {
        precondition(!buttons.isEmpty, "a dialog needs a button")
        self.title = title
        self.message = message
        self.buttons = buttons
        self.cancel = cancel
    }

    /// The safe answer first and selected, the one that acts second; Esc gives the safe one.
    public static func confirm(title: String, message: String, no: Button, yes: Button) -> Dialog {
        Dialog(title: title, message: message, buttons: [no, yes], cancel: no.answer)
    }

    public var selectedAnswer: Answer { buttons[selected].answer }

    /// Each button's key: the first letter of its label that no button before it took.
    public var letters: [Character?] {
        var taken: Set<Character> = []
        return buttons.map { button in
            let letter = button.label.lowercased().first { $0.isLetter && !taken.contains($0) }
            if let letter { taken.insert(letter) }
            return letter
        }
    }

    public enum Outcome: Sendable {
        /// The key moved the selection, or was not one of the dialog's.
        case pending
        case answered(Answer)
    }

    public enum Action: Sendable { case left, right, back, round, choose, cancel, letter }

    public static var keys: KeyTable<Dialog, Action> {
        KeyTable("Question", [
            KeyBinding([.left, .character("h")], .left, help: "choose a button", keys: "← → h l Tab"),
            .with([.right, .character("l")], .right), .with([.tab], .round), .with([.backTab], .back),
            KeyBinding([.enter], .choose, help: "answer with the chosen button"),
            KeyBinding([.escape], .cancel, help: "the safe answer (the left button)"),
            KeyBinding([], .letter, help: "a button's letter answers with it", keys: "letter", typesText: true),
        ])
    }

    public mutating func handle(_ key: Key) -> Outcome {
        guard case .action(let action) = Dialog.keys.resolve(key, in: self) else { return .pending }
        switch action {
        case .left: selected = max(0, selected - 1)
        case .right: selected = min(buttons.count - 1, selected + 1)
        case .back: selected = (selected + buttons.count - 1) % buttons.count
        case .round: selected = (selected + 1) % buttons.count
        case .choose: return .answered(selectedAnswer)
        case .cancel: return .answered(cancel)
        case .letter:
            guard case .character(let c) = key, let index = letters.firstIndex(of: Character(c.lowercased())) else { return .pending }
            selected = index
            return .answered(selectedAnswer)
        }
        return .pending
    }

    /// A box centred in `area` with the wrapped message and the buttons, the chosen one reversed.
    public func render(into buffer: inout Buffer, area: Rect) {
        let buttonText = buttons.map { "[ \($0.label) ]" }
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

extension Dialog.Button: Equatable where Answer: Equatable {}
extension Dialog.Button: Hashable where Answer: Hashable {}
extension Dialog: Equatable where Answer: Equatable {}
extension Dialog: Hashable where Answer: Hashable {}
extension Dialog.Outcome: Equatable where Answer: Equatable {}
