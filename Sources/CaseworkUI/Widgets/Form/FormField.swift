import CaseworkCore

/// One labelled input of a form.
struct FormField: Hashable, Sendable {
    enum Input: Hashable, Sendable {
        case text(TextField)
        case date(DateField)
        /// Several lines; Enter starts a new line, so Ctrl-S submits.
        case note(TextArea)
        /// One of some options: `inline` lays a few short ones across the line as radio buttons (← → choose),
        /// otherwise they are a list (↑ ↓ choose).
        case choice(ChoiceList, inline: Bool)
        /// Any number of options; Space ticks the one under the cursor.
        case checklist(ChoiceList, checked: Set<Int>)
        /// Shown, not edited.
        case fixed(String)
    }

    /// A field that matters only for some choices of another (the s193B authoriser for non-co-operation; the
    /// reasons asked when an outcome ends a case at triage).
    struct Condition: Hashable, Sendable {
        var field: Int
        var options: Set<Int>

        init(field: Int, option: Int) {
            self.init(field: field, options: [option])
        }

        init(field: Int, options: Set<Int>) {
            self.field = field
            self.options = options
        }
    }

    var label: String
    var input: Input
    var required: Bool
    /// A field hidden by its condition (see `Form.isShown`) is neither drawn, focused nor checked.
    var shownWhen: Condition?

    init(_ label: String, _ input: Input, required: Bool = false, shownWhen: Condition? = nil) {
        self.label = label
        self.input = input
        self.required = required
        self.shownWhen = shownWhen
    }

    /// Takes the cursor when shown: everything but fixed text.
    var isEditable: Bool {
        if case .fixed = input { return false }
        return true
    }

    var text: String {
        switch input {
        case .text(let field): field.text
        case .date(let field): field.field.text
        case .note(let area): area.text
        case .choice(let list, _): list.selectedOption ?? ""
        case .checklist(_, let checked): checked.sorted().map(String.init).joined(separator: ",")
        case .fixed(let text): text
        }
    }

    var isEmpty: Bool { text.trimmingSpaces.isEmpty }

    /// The value as a draft keeps it: what `text` says, a choice by its option.
    var draftValue: String { text }

    /// Puts back a value kept by `draftValue`; one that is no longer among the options leaves the field as it is.
    mutating func restore(_ value: String) {
        switch input {
        case .text(var field):
            field.text = value
            input = .text(field)
        case .date(var field):
            field.field.text = value
            input = .date(field)
        case .note:
            input = .note(TextArea(value))
        case .choice(let list, let inline):
            guard let index = list.options.firstIndex(of: value) else { return }
            input = .choice(ChoiceList(list.options, selected: index), inline: inline)
        case .checklist(let list, _):
            let checked = Set(value.split(separator: ",").compactMap { Int($0) }.filter(list.options.indices.contains))
            input = .checklist(list, checked: checked)
        case .fixed:
            break
        }
    }

    var selected: Int {
        switch input {
        case .choice(let list, _), .checklist(let list, _): list.selected
        default: 0
        }
    }

    var checked: Set<Int> {
        if case .checklist(_, let checked) = input { return checked }
        return []
    }

    var dateField: DateField? {
        if case .date(let field) = input { return field }
        return nil
    }

    /// What is wrong with the input by itself: a date that is not a date, or nothing where something is required.
    func problem(attempted: Bool) -> String? {
        if let error = dateField?.error { return error.description }
        if required, attempted, isEmpty { return "is required" }
        return nil
    }

    mutating func handle(_ key: Key) -> WidgetOutcome {
        switch input {
        case .text(var field):
            defer { input = .text(field) }
            return field.handle(key)
        case .date(var field):
            defer { input = .date(field) }
            return field.handle(key)
        case .note(var area):
            defer { input = .note(area) }
            return area.handle(key)
        case .choice(var list, let inline):
            defer { input = .choice(list, inline: inline) }
            let mapped: Key = inline ? (key == .left ? .up : key == .right ? .down : key) : key
            if inline, key == .up || key == .down || key == .character("j") || key == .character("k") { return .ignored }
            return list.handle(mapped)
        case .checklist(var list, var checked):
            defer { input = .checklist(list, checked: checked) }
            if key == .character(" ") {
                if checked.contains(list.selected) { checked.remove(list.selected) } else { checked.insert(list.selected) }
                return .handled
            }
            return list.handle(key)
        case .fixed:
            return .ignored
        }
    }

    /// A list or checklist, which scrolls and so may be drawn shorter than its options.
    var isList: Bool {
        switch input {
        case .choice(_, let inline): !inline
        case .checklist: true
        default: false
        }
    }

    /// Rows the input takes at `width` columns.
    func height(width: Int, noteRows: Int) -> Int {
        switch input {
        case .text, .date, .fixed: 1
        case .note: noteRows
        case .choice(let list, let inline): inline ? FormField.radioRows(list.options, selected: list.selected, width: width).count
            : min(list.options.count, 8)
        case .checklist(let list, _): min(list.options.count, 10)
        }
    }

    func render(into buffer: inout Buffer, area: Rect, focused: Bool, problem: String?) {
        switch input {
        case .text(let field):
            // The entry gives the message beside it the room it needs, down to 16 columns of its own.
            let message = problem.map { DisplayWidth.of("✗ " + $0) + 1 } ?? 0
            let entryWidth = problem == nil ? area.width : min(area.width, max(16, min(area.width / 2, area.width - message)))
            let entry = area.splitLeft(entryWidth)
            field.render(into: &buffer, area: entry.left, focused: focused, style: problem == nil ? .field : .fieldError)
            if let problem, entry.rest.width > 2 {
                buffer.put("✗ " + problem, in: Rect(x: entry.rest.x + 1, y: area.y, width: entry.rest.width - 1, height: 1), style: .fieldError)
            }
        case .date(let field):
            field.render(into: &buffer, area: area, focused: focused)
            if field.error == nil, let problem, area.width > 14 {
                buffer.put("✗ " + problem, in: Rect(x: area.x + 13, y: area.y, width: area.width - 13, height: 1), style: .fieldError)
            }
        case .note(let text):
            text.render(into: &buffer, area: area, focused: focused, style: problem == nil ? .field : .fieldError)
        case .choice(let list, let inline):
            if inline {
                let rows = FormField.radioRows(list.options, selected: list.selected, width: area.width)
                for (offset, spans) in rows.enumerated() where offset < area.height {
                    buffer.put(spans.map { span in
                        span.style == .selected && !focused ? Span(span.text, Style.normal.bolded) : span
                    }, in: area.row(offset))
                }
            } else {
                list.render(into: &buffer, area: area, focused: focused)
            }
        case .checklist(let list, let checked):
            let marked = list.options.enumerated().map { (checked.contains($0.offset) ? "[x] " : "[ ] ") + $0.element }
            ChoiceList(marked, selected: list.selected).render(into: &buffer, area: area, focused: focused)
        case .fixed(let text):
            buffer.put(text, in: area.row(0), style: Style.normal.bolded)
        }
    }

    /// "(•) Call  ( ) Email …" flowed over as many rows as the width needs; the chosen one is styled as selected.
    static func radioRows(_ options: [String], selected: Int, width: Int) -> [[Span]] {
        var rows: [[Span]] = [[]]
        var used = 0
        for (index, option) in options.enumerated() {
            let text = (index == selected ? "(•) " : "( ) ") + option
            let needed = DisplayWidth.of(text) + (used == 0 ? 0 : 2)
            if used > 0, used + needed > width {
                rows.append([])
                used = 0
            }
            if used > 0 { rows[rows.count - 1].append(Span("  ")) }
            rows[rows.count - 1].append(Span(text, index == selected ? .selected : .normal))
            used += DisplayWidth.of(text) + (used == 0 ? 0 : 2)
        }
        return rows
    }
}
