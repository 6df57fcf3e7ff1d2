/// One row of a facts tab as drawn.
enum FactRow: Hashable, Sendable {
    case heading(String, note: String)
    case fact(Fact, labelWidth: Int)
    case text([Span])
}

/// One column of a facts tab: its rows, and which row holds the selection, scrolled so the selection shows and,
/// at the last fact, as much as possible of what follows it.
struct FactColumn: Hashable, Sendable {
    var rows: [FactRow] = []
    /// Row of the selected fact, when the selection is in this column.
    var selectedRow: Int?
    /// Row of the tab's last fact, when it is in this column: selected, the pane shows what follows it.
    var lastFactRow: Int?

    init(sections: [FactSection], trailer: PaneText?, selected: Fact?, lastFact: Fact?, labelOf: (Fact) -> String) {
        let plain = sections.filter { !$0.wideLabels }.flatMap(\.facts).map { DisplayWidth.of(labelOf($0)) }.max() ?? 0
        for section in sections {
            if !rows.isEmpty { rows.append(.text([])) }
            rows.append(.heading(section.title, note: section.note))
            let width = section.wideLabels ? (section.facts.map { DisplayWidth.of(labelOf($0)) }.max() ?? 0) : plain
            for fact in section.facts {
                if fact == selected { selectedRow = rows.count }
                if fact == lastFact { lastFactRow = rows.count }
                rows.append(.fact(fact, labelWidth: min(38, width + 2)))
            }
            if section.facts.isEmpty, !section.empty.isEmpty { rows.append(.text([Span("  " + section.empty, .muted)])) }
        }
        if let trailer {
            if !rows.isEmpty { rows.append(.text([])) }
            rows += trailer.lines.map { .text($0) }
        }
    }

    /// The first row drawn: the selection on screen with its heading when it can be, then `overscroll` further.
    func top(height: Int, overscroll: Int) -> Int {
        guard let selected = selectedRow, height > 0 else { return 0 }
        // One row is kept below the selection while more follows, so the "↓ more" mark never covers the selected fact.
        let margin = height > 1 && selected + 1 < rows.count ? 1 : 0
        var top = max(0, selected - height + 1 + margin)
        if selected == lastFactRow { top = min(selected, max(top, rows.count - height)) }
        return max(top, min(top + overscroll, rows.count - height))
    }

    /// How far past the last fact the column can scroll at this height.
    func overscrollLimit(height: Int) -> Int {
        guard let selected = selectedRow, selected == lastFactRow else { return 0 }
        return max(0, rows.count - height - top(height: height, overscroll: 0))
    }
}
