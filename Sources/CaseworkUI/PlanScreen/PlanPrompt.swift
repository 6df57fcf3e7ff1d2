import CaseworkCore

/// A question the plan asks before it changes something: a choice (owner, standard step, partner, reason), a date,
/// or a line of text (a reason, a note, a number of days), drawn as a box at the foot of the pane.
struct PlanPrompt: Hashable, Sendable {
    enum Purpose: Hashable, Sendable {
        case newStep
        case library
        case partner(step: Int)
        case due(step: Int)
        case notDone(step: Int)
        case refusal(step: Int)
        case warning(step: Int)
        case disagree
        case review
        case reason
        case bedrooms
        case supportNeeds
    }

    var purpose: Purpose
    var title: String
    var choice: ChoiceList?
    var text: TextField?
    var date: DateField?
    /// For several choices at once (support needs): which are ticked, Space toggles.
    var ticked: Set<Int> = []
    /// What is wrong with the answer so far.
    var problem: String?

    static func choose(_ purpose: Purpose, _ title: String, _ options: [String], selected: Int = 0) -> PlanPrompt {
        PlanPrompt(purpose: purpose, title: title, choice: ChoiceList(options, selected: selected))
    }

    static func ask(_ purpose: Purpose, _ title: String, _ text: String = "", maxLength: Int = PlanRules.reasonLimit) -> PlanPrompt {
        PlanPrompt(purpose: purpose, title: title, text: TextField(text, maxLength: maxLength))
    }

    static func date(_ purpose: Purpose, _ title: String, _ day: Day?, today: Day) -> PlanPrompt {
        PlanPrompt(purpose: purpose, title: title, date: DateField(day: day, today: today))
    }

    var rows: Int {
        if let choice { return min(choice.options.count, 8) + 3 }
        return 4
    }

    func render(into buffer: inout Buffer, area: Rect) {
        let box = Rect(x: area.x, y: area.maxY - min(rows, area.height), width: area.width, height: min(rows, area.height))
        buffer.fill(box, style: .dialog)
        buffer.box(box, title: title)
        let inner = box.inset(by: 1)
        if let choice {
            var list = inner.splitBottom(1).rest
            if !ticked.isEmpty || purpose == .supportNeeds {
                let marked = choice.options.enumerated().map { (ticked.contains($0.offset) ? "[x] " : "[ ] ") + $0.element }
                ChoiceList(marked, selected: choice.selected).render(into: &buffer, area: list, focused: true)
            } else {
                list.height = max(1, list.height)
                choice.render(into: &buffer, area: list, focused: true)
            }
            let hint = purpose == .supportNeeds ? "Space ticks · Enter keeps · Esc cancels" : "↑↓ choose · Enter · Esc cancels"
            buffer.put(hint, in: inner.splitBottom(1).bottom, style: .keyHint)
        } else if let date {
            date.render(into: &buffer, area: inner.row(0), focused: true)
            buffer.put(problem ?? "Enter keeps · Esc cancels · 2026-12-01, 1/12/2026, +14, today", in: inner.row(1),
                       style: problem == nil ? .keyHint : .error)
        } else if let text {
            text.render(into: &buffer, area: inner.row(0), focused: true)
            buffer.put(problem ?? "Enter keeps · Esc cancels", in: inner.row(1), style: problem == nil ? .keyHint : .error)
        }
    }
}
