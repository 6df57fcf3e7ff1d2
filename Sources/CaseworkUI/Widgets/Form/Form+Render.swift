extension Form {
    /// The form as a box centred in `area`: a label column, the inputs, the rules' notes and a key hint.
    func render(into buffer: inout Buffer, area: Rect, check: FormCheck) {
        guard area.width >= 20, area.height >= 5 else { return }
        let wide = area.width >= Columns.twoColumnsFrom
        let width = min(area.width, wide ? 100 : 78)
        let labelWidth = min(18, max(15, (fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2))
        let inputWidth = width - 4 - labelWidth
        let noteRows = wide ? 6 : 4
        let notes = check.shownNotes(for: self).flatMap { note in TextFit.wrap(note.text, to: width - 4).map { Span($0, note.style) } }
        let noteBlock = notes.isEmpty ? 0 : notes.count + 1
        let rows = fieldRows(width: inputWidth, noteRows: noteRows, room: area.height - 4 - noteBlock)
        let height = min(area.height, 2 + rows.reduce(0, +) + noteBlock + 2)
        let box = area.centered(width: width, height: height)
        // A clear band across the area, so no half-covered row of the tab shows beside the box.
        buffer.fill(Rect(x: area.x, y: box.y, width: area.width, height: box.height))
        // A plain frame rather than the dialog colours, so the inputs inside read as they do on the tabs.
        buffer.box(box, title: title, style: .normal)
        let bottom = box.maxY - 2
        var y = box.y + 1
        for (index, field) in fields.enumerated() where isShown(index) {
            let rows = min(rows[index], bottom - y)
            guard rows > 0 else { break }
            let problem = field.problem(attempted: attempted) ?? (attempted ? check.problems[index] : nil)
            let labelStyle: Style = problem != nil ? .fieldError : index == focus ? Style.normal.bolded : .normal
            buffer.put(field.label, in: Rect(x: box.x + 2, y: y, width: labelWidth - 1, height: 1), style: labelStyle)
            let input = Rect(x: box.x + 2 + labelWidth, y: y, width: inputWidth, height: rows)
            field.render(into: &buffer, area: input, focused: index == focus, problem: problem)
            if rows > 1, let problem {
                for (offset, line) in TextFit.wrap("✗ " + problem, to: labelWidth - 1).prefix(rows - 1).enumerated() {
                    buffer.put(line, in: Rect(x: box.x + 2, y: y + 1 + offset, width: labelWidth - 1, height: 1), style: .fieldError)
                }
            }
            y += rows
        }
        if !notes.isEmpty, y < bottom { y += 1 }
        for note in notes where y < bottom {
            buffer.put(note.text, in: Rect(x: box.x + 2, y: y, width: width - 4, height: 1), style: note.style)
            y += 1
        }
        let hint = (enterSubmits ? "Enter" : "Ctrl-S") + " submits · " + (hasSeveralFields ? "Tab next field · " : "") + "Esc cancels"
        buffer.put(hint, in: Rect(x: box.x + 2, y: bottom, width: width - 4, height: 1), alignment: .right, style: .muted)
    }

    /// Each field's rows (none when hidden); when they do not all fit in `room`, the longest lists give up rows,
    /// down to three each, so the rules' notes below stay in view.
    private func fieldRows(width: Int, noteRows: Int, room: Int) -> [Int] {
        var rows = fields.indices.map { isShown($0) ? fields[$0].height(width: width, noteRows: noteRows) : 0 }
        while rows.reduce(0, +) > room {
            let lists = rows.indices.filter { fields[$0].isList && rows[$0] > 3 }
            guard let longest = lists.max(by: { rows[$0] < rows[$1] }) else { break }
            rows[longest] -= 1
        }
        return rows
    }
}
