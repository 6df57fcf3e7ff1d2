import CaseworkCore

/// A small form over a tab: labelled fields, Tab between them, Enter or Ctrl-S submits, Esc cancels.
/// What the form is for, and what it does when submitted, is the screen's business (`FormPurpose`).
struct Form: Hashable, Sendable {
    enum Event: Hashable, Sendable { case handled, submit, cancel, ignored }

    let purpose: FormPurpose
    var title: String
    var fields: [FormField]
    private(set) var focus: Int
    /// Set by a refused submit: required fields left empty are marked from then on.
    private(set) var attempted = false
    private let initialValues: [String]

    init(_ purpose: FormPurpose, title: String, fields: [FormField], focus: Int? = nil) {
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
        return fields[condition.field].selected == condition.option
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

    mutating func handle(_ key: Key) -> Event {
        switch key {
        case .function, .resize, .control("l"): return .ignored
        case .control("s"): return .submit
        case .escape: return .cancel
        case .tab: moveFocus(by: 1)
        case .backTab: moveFocus(by: -1)
        case .enter where enterSubmits: return .submit
        default:
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
}
