import CaseworkCore

extension PlanPane {
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let layout = PlanLayout(area)
        buffer.fill(area)
        renderHeader(into: &buffer, layout.header)
        var x = layout.sections.x
        for candidate in Section.allCases {
            let label = " \(candidate.title) "
            x += buffer.put(label, x: x, y: layout.sections.y, limit: layout.sections.maxX - x,
                            style: candidate == section ? .selected.bolded : .muted)
            x += buffer.put(" ", x: x, y: layout.sections.y, limit: layout.sections.maxX - x)
        }
        if let viewing {
            buffer.put("  version \(viewing) of \(plan.version), read-only · Esc", x: x, y: layout.sections.y,
                       limit: layout.sections.maxX - x, style: .amber)
        } else if hasUnsavedEdits {
            buffer.put("  unsaved changes · Ctrl-S saves", x: x, y: layout.sections.y, limit: layout.sections.maxX - x, style: .amber)
        }
        switch section {
        case .steps: renderSteps(into: &buffer, layout)
        case .assessment: renderAssessment(into: &buffer, layout)
        case .versions: renderVersions(into: &buffer, layout)
        }
    }

    private func renderHeader(into buffer: inout Buffer, _ area: Rect) {
        let plan = plan
        var parts = ["Plan version \(plan.version)"]
        if let entry = plan.entry(plan.version), let agreed = entry.agreedOn {
            parts.append("agreed \(DayFormat.medium(agreed))")
        } else if let entry = plan.entry(plan.version), let notAgreed = entry.notAgreedOn {
            parts.append("not agreed \(DayFormat.medium(notAgreed))")
        } else {
            parts.append(plan.isVersioned ? "changes not agreed yet" : "draft, not agreed")
        }
        if let notified = plan.notifiedOn(version: plan.version) {
            parts.append("notified \(DayFormat.medium(notified))")
        } else if plan.changedSinceNotifiedOn != nil {
            parts.append("changed since notified (s189A(11))")
        }
        if let due = plan.reviewDueOn { parts.append("review \(DayFormat.medium(due))") }
        let cost = working.steps.reduce(Money.zero) { $0 + $1.committedCost }
        parts.append("\(cost.formatted()) committed")
        let style: Style = plan.changedSinceNotifiedOn != nil ? .amber : .header
        buffer.put(parts.joined(separator: " · "), in: area.row(0), style: style)
        let stage = NonCooperation.stage(NonCooperationFacts(record), today: context.today)
        let line = "Non-co-operation: " + stage.words(.console)
        buffer.put(line, in: area.row(1), style: stage == .none ? .muted : .amber)
    }

    private func renderSteps(into buffer: inout Buffer, _ layout: PlanLayout) {
        var lines: [(text: String, style: Style, step: Int?, indent: Int)] = []
        let steps = shownSteps
        if steps.isEmpty {
            lines.append(("No steps yet: a adds one, l adds a standard step", .muted, nil, 0))
        }
        for owner in StepOwner.allCases {
            let group = steps.filter { $0.owner == owner }
            guard !group.isEmpty else { continue }
            lines.append((owner.label + (owner == .applicantRecommended ? " · never a ground for non-co-operation" : ""), .header, nil, 0))
            for step in group {
                let selected = step.id == selectedStep && viewing == nil || step.id == selectedStep && viewing != nil
                let status: String = switch step.status {
                case .toDo: step.dueOn.map { $0 < context.today ? "overdue" : "to do" } ?? "to do"
                case .done: "done"
                case .notDone: "not done"
                }
                let due = step.dueOn.map(DayFormat.medium) ?? "no date"
                let prefix = (selected ? "▶ " : "  ") + TextFit.padRight("#\(step.id)", to: 4) + TextFit.padRight(status, to: 9)
                    + TextFit.padRight(due, to: layout.stepPrefix - 15)
                let isEditing = editor?.target == .step(step.id)
                let rows = isEditing ? [] : TextWrap.rows(Array(step.text), width: layout.textWidth)
                let characters = Array(step.text)
                let style: Style = selected ? .selected : step.status == .toDo && (step.dueOn ?? context.today) < context.today ? .red : .normal
                if isEditing {
                    lines.append((prefix, style, step.id, -1))
                    for _ in 0..<editorHeight(layout) - 1 { lines.append(("", .normal, step.id, -1)) }
                } else {
                    for (index, row) in rows.enumerated() {
                        let text = String(characters[row]).isEmpty && index == 0 ? "(no words yet)" : String(characters[row])
                        lines.append(((index == 0 ? prefix : String(repeating: " ", count: layout.stepPrefix)) + text, style, step.id, 0))
                    }
                }
                var details: [String] = []
                if let partner = step.partnerId {
                    let name = partners.partner(partner)?.name ?? partner
                    details.append("with \(name)" + (step.cost.map { " · \($0.formatted())" } ?? "")
                        + (step.referralSentOn.map { " · referral sent \(DayFormat.medium($0))" } ?? " · referral not sent"))
                }
                if case .done(let on) = step.status { details.append("done \(DayFormat.medium(on))") }
                if case .notDone(let reason) = step.status { details.append("not done: \(reason)") }
                let refusals = (record.nonCooperation ?? []).filter { $0.kind == .refusal && $0.stepId == step.id }
                if !refusals.isEmpty { details.append("refused \(refusals.map { DayFormat.medium($0.on) }.joined(separator: ", "))") }
                if !details.isEmpty {
                    lines.append((String(repeating: " ", count: layout.stepPrefix) + details.joined(separator: " · "), .muted, step.id, 0))
                }
            }
        }
        draw(lines, into: &buffer, layout)
    }

    private func editorHeight(_ layout: PlanLayout) -> Int { max(3, min(8, layout.list.height / 2)) }

    /// Draws the lines scrolled so the selected step (or the open editor) is in view, with the editor in its place.
    private func draw(_ lines: [(text: String, style: Style, step: Int?, indent: Int)], into buffer: inout Buffer, _ layout: PlanLayout) {
        let top = Self.top(lines, showing: selectedStep, height: layout.list.height)
        var editorRow: Int?
        for (offset, line) in lines.dropFirst(top).prefix(layout.list.height).enumerated() {
            let row = layout.list.row(offset)
            if line.indent == -1 {
                if editorRow == nil {
                    editorRow = row.y
                    buffer.put(line.text, in: Rect(x: row.x, y: row.y, width: layout.stepPrefix, height: 1), style: line.style)
                }
                continue
            }
            buffer.put(line.text, in: row, style: line.style)
        }
        if let editorRow, let editor {
            let height = min(editorHeight(layout), layout.list.maxY - editorRow)
            let area = Rect(x: layout.list.x + layout.stepPrefix, y: editorRow, width: layout.textWidth, height: height)
            editor.area.render(into: &buffer, area: area, focused: true)
        }
    }

    private func renderAssessment(into buffer: inout Buffer, _ layout: PlanLayout) {
        let assessment = shown.assessment
        guard let assessment else {
            buffer.put("No assessment recorded: Enter on a field starts it (s189A(1))", in: layout.list.row(0), style: .muted)
            renderAssessmentLabels(into: &buffer, layout, from: 1)
            return
        }
        var lines: [(text: String, style: Style, step: Int?, indent: Int)] = []
        let by = context.name(of: assessment.completedBy)
        let notified = assessment.notifiedInWritingOn.map { "notified \(DayFormat.medium($0))" } ?? "not yet notified in writing"
        lines.append(("Completed \(DayFormat.medium(assessment.completedOn)) by \(by) · \(notified)", .muted, nil, 0))
        let labelWidth = layout.stepPrefix - 2
        for (index, label) in Self.assessmentRows.enumerated() {
            let selected = index == selectedField
            let marker = selected ? "▶ " : "  "
            let value: String
            switch index {
            case 0: value = assessment.reasonForLoss?.label ?? "not recorded"
            case 1: value = assessment.bedroomsNeeded.map { $0 == 0 ? "studio" : "\($0)" } ?? "not recorded"
            case Self.assessmentRows.count - 1:
                value = assessment.supportNeeds.isEmpty ? "none recorded" : assessment.supportNeeds.map(\.label).joined(separator: "; ")
            default:
                let field = AssessmentField.allCases[index - 2]
                if editor?.target == .field(field) {
                    lines.append((marker + TextFit.padRight(label, to: labelWidth), selected ? .selected : .header, index, 0))
                    for _ in 0..<editorHeight(layout) - 1 { lines.append(("", .normal, index, -1)) }
                    lines[lines.count - editorHeight(layout) + 1].indent = -1
                    continue
                }
                value = assessment[keyPath: field.path]
            }
            let paragraphs = value.isEmpty ? [""] : value.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var first = true
            for paragraph in paragraphs {
                let characters = Array(paragraph)
                for row in TextWrap.rows(characters, width: layout.textWidth) {
                    let head = first ? marker + TextFit.padRight(label, to: labelWidth) : String(repeating: " ", count: layout.stepPrefix)
                    lines.append((head + String(characters[row]), selected ? .selected : .normal, index, 0))
                    first = false
                }
            }
        }
        drawFields(lines, into: &buffer, layout)
    }

    private func renderAssessmentLabels(into buffer: inout Buffer, _ layout: PlanLayout, from row: Int) {
        for (index, label) in Self.assessmentRows.enumerated() where row + index < layout.list.height {
            buffer.put((index == selectedField ? "▶ " : "  ") + label, in: layout.list.row(row + index),
                       style: index == selectedField ? .selected : .normal)
        }
    }

    private func drawFields(_ lines: [(text: String, style: Style, step: Int?, indent: Int)], into buffer: inout Buffer, _ layout: PlanLayout) {
        let top = Self.top(lines, showing: selectedField, height: layout.list.height)
        var editorRow: Int?
        for (offset, line) in lines.dropFirst(top).prefix(layout.list.height).enumerated() {
            let row = layout.list.row(offset)
            if line.indent == -1 {
                if editorRow == nil { editorRow = row.y - 1 }
                continue
            }
            buffer.put(line.text, in: row, style: line.style)
        }
        if let editorRow, let editor {
            let y = max(layout.list.y, editorRow)
            let area = Rect(x: layout.list.x + layout.stepPrefix, y: y, width: layout.textWidth,
                            height: min(editorHeight(layout), layout.list.maxY - y))
            editor.area.render(into: &buffer, area: area, focused: true)
        }
    }

    private func renderVersions(into buffer: inout Buffer, _ layout: PlanLayout) {
        let versions = plan.versions
        guard !versions.isEmpty else {
            buffer.put("No versions yet: the plan is a draft, changed in place, until it is agreed or recorded as not agreed",
                       in: layout.list.row(0), style: .muted)
            return
        }
        var lines: [(text: String, style: Style, step: Int?, indent: Int)] = []
        for (index, entry) in versions.enumerated() {
            let selected = index == selectedVersion
            let settled = entry.agreedOn.map { "agreed \(DayFormat.medium($0))" }
                ?? entry.notAgreedOn.map { "not agreed \(DayFormat.medium($0))" } ?? "not agreed yet"
            let notified = plan.notifiedOn(version: entry.version).map { ", notified \(DayFormat.medium($0))" } ?? ""
            let head = (selected ? "▶ " : "  ") + "Version \(entry.version) · \(DayFormat.medium(entry.on)) · "
                + context.name(of: entry.by) + " · " + settled + notified
            lines.append((head, selected ? .selected : .header, index, 0))
            for change in entry.changes {
                let characters = Array(DayFormat.readable(change))
                for row in TextWrap.rows(characters, width: max(10, layout.list.width - 6)) {
                    lines.append(("      " + String(characters[row]), .normal, index, 0))
                }
            }
        }
        let top = Self.top(lines, showing: selectedVersion, height: layout.list.height)
        for (offset, line) in lines.dropFirst(top).prefix(layout.list.height).enumerated() {
            buffer.put(line.text, in: layout.list.row(offset), style: line.style)
        }
    }

    /// The first line to draw so the lines of item `key` are in view (its last line at the foot when they run past).
    static func top(_ lines: [(text: String, style: Style, step: Int?, indent: Int)], showing key: Int?, height: Int) -> Int {
        guard let key, let first = lines.firstIndex(where: { $0.step == key }) else { return 0 }
        let last = lines.lastIndex { $0.step == key } ?? first
        return last >= height ? min(first, last - height + 1) : 0
    }
}
