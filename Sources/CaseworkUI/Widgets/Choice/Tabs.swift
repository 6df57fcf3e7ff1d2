/// The pane titles along the top of a screen. Tab and Shift-Tab move between them (wrapping).
public struct Tabs: Hashable, Sendable {
    public var titles: [String]
    public var selected: Int

    public init(_ titles: [String], selected: Int = 0) {
        self.titles = titles
        self.selected = selected
    }

    public mutating func handle(_ key: Key) -> WidgetOutcome {
        guard !titles.isEmpty else { return .ignored }
        switch key {
        case .tab: selected = (selected + 1) % titles.count
        case .backTab: selected = (selected + titles.count - 1) % titles.count
        default: return .ignored
        }
        return .handled
    }

    /// " Applicant │ Notice │ … " with the selected title reversed; titles share the width when it is short.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty, !titles.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row)
        let natural = titles.reduce(0) { $0 + DisplayWidth.of($1) + 2 } + titles.count - 1
        let share = natural <= row.width ? Int.max : max(3, (row.width - titles.count + 1) / titles.count - 2)
        var x = row.x
        for (index, title) in titles.enumerated() {
            if index > 0 { x += buffer.put("│", x: x, y: row.y, limit: row.maxX - x, style: .muted) }
            let label = " " + TextFit.truncate(title, to: share) + " "
            x += buffer.put(label, x: x, y: row.y, limit: row.maxX - x, style: index == selected ? Style.selected.bolded : .normal)
            if x >= row.maxX { break }
        }
    }
}
