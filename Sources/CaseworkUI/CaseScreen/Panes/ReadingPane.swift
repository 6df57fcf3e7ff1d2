/// The Route, Duty, Priority and Triage tabs: text laid out in one column at 80 wide, or two side by side when wide,
/// scrolled together with ↑ ↓ PgUp PgDn Home End (j k g G).
protocol ReadingPane: CasePane {
    /// The first line shown.
    var scroll: Int { get set }
    /// The pane's text for the left column and the right (below the left at 80 columns).
    func write(_ left: inout PaneText, _ right: inout PaneText, sheet: CaseSheet)
}

/// A move through a reading pane's text.
enum Scroll: Sendable {
    case up, down, pageUp, pageDown, top, bottom
}

extension ReadingPane {
    /// The scrolling keys, for each reading pane's table.
    static func scrollKeys<Action>(_ wrap: (Scroll) -> Action) -> [KeyBinding<PaneState<Self>, Action>] {
        [
            KeyBinding([.up, .character("k")], wrap(.up), help: "move; PgUp PgDn page; Home End (g G) first, last", keys: "↑ ↓ j k"),
            .with([.down, .character("j")], wrap(.down)), .with([.pageUp], wrap(.pageUp)), .with([.pageDown], wrap(.pageDown)),
            .with([.home, .character("g")], wrap(.top)), .with([.end, .character("G")], wrap(.bottom)),
        ]
    }

    func columns(_ area: Rect, sheet: CaseSheet) -> [(text: PaneText, area: Rect)] {
        guard Columns.areTwo(area) else {
            var left = PaneText(width: area.width), right = PaneText(width: area.width)
            write(&left, &right, sheet: sheet)
            left.append(right)
            return [(left, area)]
        }
        let (leftArea, rightArea) = Columns.split(area)
        var left = PaneText(width: leftArea.width), right = PaneText(width: rightArea.width)
        write(&left, &right, sheet: sheet)
        return [(left, leftArea), (right, rightArea)]
    }

    func render(into buffer: inout Buffer, area: Rect, sheet: CaseSheet, focused: Bool) {
        for column in columns(area, sheet: sheet) {
            column.text.render(into: &buffer, area: column.area, scroll: scroll)
        }
    }

    /// ↑ ↓ PgUp PgDn Home End, within what the text needs at the laid-out size.
    mutating func move(_ scrolling: Scroll, sheet: CaseSheet) {
        let page = max(1, sheet.content.height - 1)
        let step: Int
        switch scrolling {
        case .up: step = -1
        case .down: step = 1
        case .pageUp: step = -page
        case .pageDown: step = page
        case .top: step = -Int.max / 2
        case .bottom: step = Int.max / 2
        }
        let limit = columns(sheet.content, sheet: sheet).map { max(0, $0.text.lines.count - $0.area.height) }.max() ?? 0
        scroll = max(0, min(limit, scroll + step))
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
