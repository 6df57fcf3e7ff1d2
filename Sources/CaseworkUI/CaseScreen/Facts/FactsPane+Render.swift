import CaseworkCore

/// Drawing the Household and Home & notice tabs: the facts in one or two columns, what the rules see beside or
/// below them, and a line at the bottom with what is wrong with the selected fact or how to change it.
extension FactsPane {
    func render(into buffer: inout Buffer, area: Rect, sheet: CaseSheet, focused: Bool) {
        let (body, bottom) = area.splitBottom(1)
        var list = body
        let two = Columns.areTwo(area)
        if tab == .home, !two, list.height > 4 {
            buffer.put(noticeStrip(width: list.width, sheet: sheet), in: list.row(0))
            list = list.splitTop(1).rest
        }
        let problems = sheet.facts.problems(today: sheet.today)
        for (column, rect) in factColumns(list, sheet: sheet).map({ ($0.column, $0.area) }) {
            renderColumn(column, into: &buffer, area: rect, problems: problems, sheet: sheet, focused: focused)
        }
        buffer.put(bottomLine(problems: problems, sheet: sheet), in: bottom)
    }

    /// The tab's columns laid out in `list`: one column, or the sections left and what the rules see right.
    func factColumns(_ list: Rect, sheet: CaseSheet) -> [(column: FactColumn, area: Rect)] {
        let (left, right) = FactLayout.sections(tab, details: sheet.facts.details, today: sheet.today)
        let selected = sheet.facts.editing?.fact ?? selectedFact(sheet)
        let last = facts(sheet).last
        let label: (Fact) -> String = { FactsPane.rowLabel($0, in: sheet.facts.details) }
        guard Columns.areTwo(list) else {
            let column = FactColumn(sections: left + right, trailer: rulesText(width: list.width, sheet: sheet), selected: selected,
                                    lastFact: last, labelOf: label)
            return [(column, list)]
        }
        let (leftArea, rightArea) = Columns.split(list)
        return [(FactColumn(sections: left, trailer: nil, selected: selected, lastFact: last, labelOf: label), leftArea),
                (FactColumn(sections: right, trailer: rulesText(width: rightArea.width, sheet: sheet), selected: selected, lastFact: last,
                            labelOf: label), rightArea)]
    }

    /// How far ↓ may scroll past the last fact at the laid-out size.
    func maxOverscroll(_ sheet: CaseSheet) -> Int {
        let content = sheet.content
        let list = content.splitBottom(1).rest.splitTop(tab == .home && !Columns.areTwo(content) ? 1 : 0).rest
        return factColumns(list, sheet: sheet).map { $0.column.overscrollLimit(height: $0.area.height) }.max() ?? 0
    }

    private func renderColumn(_ column: FactColumn, into buffer: inout Buffer, area: Rect, problems: [FactProblem], sheet: CaseSheet,
                              focused: Bool) {
        buffer.fill(area)
        let top = column.top(height: area.height, overscroll: overscroll)
        for offset in 0..<min(area.height, column.rows.count - top) {
            let line = area.row(offset)
            switch column.rows[top + offset] {
            case .heading(let title, let note):
                buffer.put([Span(title, .header), Span(note.isEmpty ? "" : "   " + note, .muted)], in: line)
            case .text(let spans):
                buffer.put(spans, in: line)
            case .fact(let fact, let labelWidth):
                renderFact(fact, labelWidth: labelWidth, into: &buffer, line: line, problem: problems.first { $0.fact == fact },
                           sheet: sheet, focused: focused)
            }
        }
        if top > 0 { PaneText.moreMark(into: &buffer, area: area.row(0), text: "↑ more") }
        if column.rows.count - top > area.height { PaneText.moreMark(into: &buffer, area: area, text: "↓ more") }
    }

    /// "* Label   value   note": the gutter marks an unsaved change; the note is the age, the days to a date,
    /// or what is wrong.
    private func renderFact(_ fact: Fact, labelWidth: Int, into buffer: inout Buffer, line: Rect, problem: FactProblem?,
                            sheet: CaseSheet, focused: Bool) {
        let facts = sheet.facts
        let editing = facts.editing?.fact == fact ? facts.editing : nil
        let selected = editing == nil && fact == selectedFact(sheet) && focused
        let changed = fact.display(in: facts.base) != fact.display(in: facts.details) || facts.unparsed[fact] != nil
        let aside = problem.map { "✗ " + $0.message } ?? factNote(fact, sheet: sheet)
        // A value with nothing beside it (a long address) may use the whole line.
        let valueWidth = aside.isEmpty && editing == nil ? line.width : max(12, min(34, (line.width - 3 - labelWidth) / 2 + 2))
        let gutter = Rect(x: line.x, y: line.y, width: 2, height: 1)
        let label = Rect(x: line.x + 2, y: line.y, width: min(labelWidth, line.width - 2), height: 1)
        let value = Rect(x: label.maxX, y: line.y, width: max(0, min(valueWidth, line.maxX - label.maxX)), height: 1)
        let note = Rect(x: value.maxX + 1, y: line.y, width: max(0, line.maxX - value.maxX - 1), height: 1)
        buffer.put(changed ? "* " : "  ", in: gutter, style: changed ? Style.amber.bolded : .normal)
        buffer.put(FactsPane.rowLabel(fact, in: facts.details), in: label, style: editing != nil ? Style.normal.bolded : problem != nil ? .fieldError : .muted)
        if let editing {
            editing.field.render(into: &buffer, area: value, focused: true, style: problem == nil ? .field : .fieldError)
        } else {
            let text = facts.unparsed[fact] ?? fact.display(in: facts.details)
            let style: Style = problem != nil ? .fieldError : text == "-" || text == "not known" ? .muted : .normal
            buffer.put(text, in: value, style: style)
        }
        buffer.put(aside, in: note, style: problem != nil ? .fieldError : .muted)
        if selected { buffer.restyle(line) { _ in .selected } }
    }

    /// A member's row is labelled by relationship; every other fact by its name.
    static func rowLabel(_ fact: Fact, in details: CaseDetails) -> String {
        guard case .member(let index) = fact, index < details.household.count else { return fact.label }
        return Sentence.capitalised(details.household[index].relationship.rawValue)
    }

    /// The small print beside a fact's value: an age, how far away a date is, what an entry reads as.
    private func factNote(_ fact: Fact, sheet: CaseSheet) -> String {
        let today = sheet.today, facts = sheet.facts
        if let editing = facts.editing, editing.fact == fact, fact.kind == .date {
            return fact.day(in: facts.details).map(DayFormat.long) ?? ""
        }
        switch fact {
        case .dateOfBirth: return facts.details.applicant.dateOfBirth.map { "age \($0.age(on: today))" } ?? ""
        case .member(let index):
            guard index < facts.details.household.count else { return "" }
            let member = facts.details.household[index]
            let age = member.dateOfBirth.map { "age \($0.age(on: today))" } ?? "age not known"
            return age + (member.pregnant ? " · pregnant" : "")
        case .noticeExpires, .lossDate, .proceedingsIssued, .noticeServed:
            return fact.day(in: facts.details).map { Alert.relative(today.days(until: $0)) } ?? ""
        case .domesticAbuse where facts.details.domesticAbuse && !facts.base.domesticAbuse:
            return "restricts the case when saved"
        default: return ""
        }
    }

    private func bottomLine(problems: [FactProblem], sheet: CaseSheet) -> [Span] {
        let facts = sheet.facts
        let fact = facts.editing?.fact ?? selectedFact(sheet)
        if let fact, let problem = problems.first(where: { $0.fact == fact }) {
            return [Span("✗ " + problem.sentence, .fieldError)]
        }
        if facts.editing != nil {
            return [Span("Enter keeps it · Tab next field · Esc puts back what was there", .muted)]
        }
        if case .check(let index)? = fact {
            return [Span(NoticeChecks().all[index].label + ". " + (fact?.hint ?? ""), .muted)]
        }
        return [Span(fact?.hint ?? "", .muted)]
    }
}
