import CaseworkCore

/// A small form over a screen: labelled fields, Tab between them, Enter or Ctrl-S submits, Esc cancels.
/// What the form is for, and what it does when submitted, is the screen's business (its `Purpose`); the frame shows
/// it and applies the rules every form shares (`ScreenOverlays`).
struct Form<Purpose: Hashable & Sendable>: Hashable, Sendable {
    enum Event: Hashable, Sendable { case handled, submit, cancel, ignored }

    let purpose: Purpose
    var title: String
    var fields: [FormField]
    private(set) var focus: Int
    /// Set by a refused submit: required fields left empty are marked from then on.
    private(set) var attempted = false
    private let initialValues: [String]

    init(_ purpose: Purpose, title: String, fields: [FormField], focus: Int? = nil) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
        initialValues = fields.map(\.text)
        self.focus = 0  // every property set, so `isFocusable` may be asked
        self.focus = focus ?? fields.indices.first(where: isFocusable) ?? 0
    }

    /// A conditional field shows exactly when the choice it depends on is made.
    func isShown(_ index: Int) -> Bool {
        guard let condition = fields[index].shownWhen else { return true }
        return condition.options.contains(fields[condition.field].selected)
    }

    func isFocusable(_ index: Int) -> Bool { fields[index].isEditable && isShown(index) }

    /// Something was typed or chosen, so Esc asks before throwing it away.
    var isDirty: Bool { fields.map(\.text) != initialValues }

    /// Whether Tab has another field to go to.
    var hasSeveralFields: Bool { fields.indices.filter(isFocusable).count > 1 }

    /// Whether Enter submits here, or (in a note) starts a new line.
    var enterSubmits: Bool {
        if case .note = fields[focus].input { return false }
        return true
    }

    /// Every shown field reads as what it asks for (a date is a date, nothing required is empty), whatever the screen's
    /// own checks say.
    var fieldsAreValid: Bool { fields.indices.allSatisfy { !isShown($0) || fields[$0].problem(attempted: true) == nil } }

    enum Action: Sendable { case submit, submitOnEnter, cancel, next, previous, field }

    /// The keys every form shares; what the focused field does with the rest is the field's own (typing, choosing).
    static var keys: KeyTable<Form, Action> {
        KeyTable("Form", [
            KeyBinding([.enter], .submitOnEnter, help: "submit; in a note, a new line", bar: "Submit", inBar: \.enterSubmits),
            KeyBinding([.control("s")], .submit, help: "submit", bar: "Submit", inBar: { !$0.enterSubmits }),
            KeyBinding([.tab], .next, help: "next / previous field", keys: "Tab Shift-Tab", bar: "Next",
                       unavailable: { $0.hasSeveralFields ? nil : "this form has one field" }),
            .with([.backTab], .previous, unavailable: { $0.hasSeveralFields ? nil : "this form has one field" }),
            KeyBinding([.escape], .cancel, help: "cancel (asks if you have typed something)", bar: "Cancel"),
            KeyBinding([.left, .right, .up, .down, .home, .end, .pageUp, .pageDown, .backspace, .delete,
                        .control("a"), .control("e"), .control("u"), .control("k")], .field,
                       help: "type, or choose: ← → on one line, ↑ ↓ j k in a list, Space ticks", keys: "keys", typesText: true),
        ])
    }

    mutating func handle(_ key: Key) -> Event {
        guard case .action(let action) = Form.keys.resolve(key, in: self) else { return .ignored }
        switch action {
        case .submit: return .submit
        case .submitOnEnter:
            if enterSubmits { return .submit }
            _ = fields[focus].handle(key)
        case .cancel: return .cancel
        case .next: moveFocus(by: 1)
        case .previous: moveFocus(by: -1)
        case .field:
            if fields[focus].handle(key) == .ignored {
                if key == .down { moveFocus(by: 1) } else if key == .up { moveFocus(by: -1) }
            }
        }
        return .handled
    }

    /// A refused submit: mark what is missing and put the cursor on the first field at fault.
    mutating func refuse(focusing index: Int?) {
        attempted = true
        if let index, fields.indices.contains(index), isFocusable(index) { focus = index }
    }

    private mutating func moveFocus(by step: Int) {
        var next = focus
        for _ in fields.indices {
            next = (next + step + fields.count) % fields.count
            if isFocusable(next) { break }
        }
        focus = next
    }

    // Typed values by position, for the screen that built the form.
    func text(_ index: Int) -> String { fields[index].text.trimmingSpaces }
    func day(_ index: Int) -> Day? { fields[index].dateField?.day }
    func selected(_ index: Int) -> Int { fields[index].selected }
    func checked(_ index: Int) -> Set<Int> { fields[index].checked }

    /// What was typed and chosen, field by field, to keep as a draft and put back with `filled(with:)`.
    var values: [String] { fields.map(\.draftValue) }

    /// The same form with values kept earlier; a value that no longer fits its field (an option gone) is left out.
    func filled(with values: [String]) -> Form {
        var copy = self
        for (index, value) in values.enumerated() where index < copy.fields.count { copy.fields[index].restore(value) }
        return copy
    }
}
