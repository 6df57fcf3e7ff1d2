/// The Route, Duty, Priority and Triage tabs are text laid out in one column at 80 wide, or two side by side
/// when wide, scrolled together with ↑ ↓ PgUp PgDn.
extension CaseScreen {
    func readOnlyColumns(_ area: Rect) -> [(text: PaneText, area: Rect)] {
        guard Columns.areTwo(area) else {
            var left = PaneText(width: area.width), right = PaneText(width: area.width)
            build(&left, &right)
            left.append(right)
            return [(left, area)]
        }
        let (leftArea, rightArea) = Columns.split(area)
        var left = PaneText(width: leftArea.width), right = PaneText(width: rightArea.width)
        build(&left, &right)
        return [(left, leftArea), (right, rightArea)]
    }

    private func build(_ left: inout PaneText, _ right: inout PaneText) {
        switch tab {
        case .route: routeText(&left, &right)
        case .duty: dutyText(&left, &right)
        case .priority: priorityText(&left, &right)
        case .triage: triageText(&left, &right)
        case .household, .home, .documents, .timeline: break
        }
    }

    func renderReadOnly(into buffer: inout Buffer, area: Rect) {
        for column in readOnlyColumns(area) {
            column.text.render(into: &buffer, area: column.area, scroll: scroll[tab] ?? 0)
        }
    }

    /// The furthest a read-only tab scrolls at the laid-out size.
    func maxScroll(_ tab: CaseTab) -> Int {
        var copy = self
        copy.tab = tab
        return copy.readOnlyColumns(CaseLayout(viewArea).content).map { max(0, $0.text.lines.count - $0.area.height) }.max() ?? 0
    }

    /// Route and duty actions are judged by the rules on the saved facts, so unsaved edits must be settled first.
    var unsavedEditsBlockRules: CaseScreenOutcome? {
        facts.hasEdits ? .message("Save (Ctrl-S) or discard the changes to \(ref) first: this is judged on the saved facts") : nil
    }
}

extension PaneText {
    /// Adds another pane's lines below these, with a blank line between.
    mutating func append(_ other: PaneText) {
        guard !other.lines.isEmpty else { return }
        if !lines.isEmpty, !(other.lines.first?.isEmpty ?? true) { blank() }
        for line in other.lines { self.line(line, indent: 0) }
    }
}
