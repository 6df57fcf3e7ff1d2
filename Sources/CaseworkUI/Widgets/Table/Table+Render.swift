extension Table {
    /// Header, rows and (when filtering) the filter line; the selection bar is drawn only when `focused`.
    public func render(into buffer: inout Buffer, area: Rect, focused: Bool = true) {
        guard !area.isEmpty else { return }
        buffer.fill(area)
        let layout = TableColumn.layout(columns, in: area.width)
        let filterShown = isEditingFilter || !filterText.isEmpty
        renderHeader(into: &buffer, row: area.row(0), layout: layout)
        let height = Table.bodyHeight(area: area, filterShown: filterShown)
        let shown = visibleRows
        if shown.isEmpty, height > 0 {
            buffer.put(emptyMessage, in: area.row(1), style: .muted)
        }
        let first = drawnTop(height: height)
        for line in 0..<max(0, height) where first + line < shown.count {
            let index = first + line
            let isSelected = focused && index == selection
            renderRow(Int(shown[index]), into: &buffer, row: area.row(1 + line), layout: layout, selected: isSelected)
        }
        if filterShown {
            let text = "/" + filterText + (isEditingFilter ? "▏" : "")
            let count = "\(shown.count) match" + (shown.count == 1 ? "" : "es")
            let line = area.row(area.height - 1)
            let (left, right) = line.splitLeft(max(0, line.width - DisplayWidth.of(count) - 1))
            buffer.put(text, in: left, style: isEditingFilter ? .field : .normal)
            buffer.put(count, in: right, alignment: .right, style: .muted)
        }
    }

    private func renderHeader(into buffer: inout Buffer, row: Rect, layout: [(index: Int, width: Int)]) {
        buffer.fill(row, style: .header)
        var x = row.x
        for (index, width) in layout {
            let title = columns[index].title
            let arrow = sort.map { $0.column == index ? ($0.ascending ? "▲" : "▼") : "" } ?? ""
            // The arrow follows the title; when the title fills its column ("Loss" in 4), it goes in the gap after
            // the column, so the title is never cut to make room for it.
            let inside = DisplayWidth.of(title) < width
            buffer.put(inside ? title + arrow : title, in: Rect(x: x, y: row.y, width: width, height: 1),
                       alignment: columns[index].alignment, style: .header)
            if !inside, !arrow.isEmpty, x + width < row.maxX { buffer.put(arrow, x: x + width, y: row.y, style: .header) }
            x += width + 1
        }
    }

    private func renderRow(_ row: Int, into buffer: inout Buffer, row line: Rect, layout: [(index: Int, width: Int)], selected: Bool) {
        if selected { buffer.fill(line, style: .selected) }
        var x = line.x
        for (index, width) in layout {
            let style = selected ? Style.selected : (rows.style(row: row, column: index) ?? .normal)
            buffer.put(rows.text(row: row, column: index), in: Rect(x: x, y: line.y, width: width, height: 1),
                       alignment: columns[index].alignment, style: style)
            x += width + 1
        }
    }
}
