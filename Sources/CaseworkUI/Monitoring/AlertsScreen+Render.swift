import CaseworkCore

extension AlertsScreen {
    func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area)
        switch mode {
        case .alerts: renderAlerts(into: &buffer, area: area)
        case .dashboard: renderDashboard(into: &buffer, area: area)
        case .cases: renderCases(into: &buffer, area: area)
        }
    }

    /// "Alerts · Team · 3 red, 7 amber, 2 green open", then the filters, then the groups.
    private func renderAlerts(into buffer: inout Buffer, area: Rect) {
        let (top, rest) = area.splitTop(1)
        let scopeName = scope == .all ? "Everyone" : scope.label
        guard let lines else {
            buffer.put("Alerts · " + scopeName + " · " + (isLoaded ? "counting…" : "loading the caseload…"), in: top, style: Style.normal.bolded)
            return
        }
        let red = counts(.red), amber = counts(.amber), green = counts(.green)
        let open = "\(red.open) red, \(amber.open) amber, \(green.open) green open"
        buffer.put([Span("Alerts · \(scopeName) · ", Style.normal.bolded), Span(open, Style.normal.bolded)], in: top)
        let (filterRow, below) = rest.splitTop(1)
        let (list, detail) = below.splitBottom(shown.isEmpty ? 0 : min(Self.detailRows, max(0, below.height - 4)))
        var filters: [Span] = []
        if let typing {
            filters.append(Span("/", .field))
            buffer.fill(filterRow)
            buffer.put("/", x: filterRow.x, y: filterRow.y, style: .field)
            typing.render(into: &buffer, area: Rect(x: filterRow.x + 1, y: filterRow.y, width: min(30, filterRow.width - 1), height: 1),
                          focused: true)
            filters = []
        } else if !filterText.isEmpty {
            filters.append(Span("/" + filterText + "  ", .field))
        }
        if let kind { filters.append(Span("type: " + kind.label + "  ", .muted)) }
        if let officer { filters.append(Span("officer: " + context.name(of: officer) + "  ", .muted)) }
        if !showSnoozed { filters.append(Span("snoozed hidden (v)", .muted)) } else { filters.append(Span("snoozed shown", .muted)) }
        if withheld > 0 {
            filters.append(Span("  \(withheld) restricted case\(withheld == 1 ? "" : "s") you are not cleared for left out", .muted))
        }
        if typing == nil {
            buffer.put(filters, in: filterRow)
        } else {
            let room = filterRow.splitLeft(min(filterRow.width, 32)).rest
            buffer.put(filters, in: room)
        }
        guard !shown.isEmpty else {
            let empty = lines.isEmpty ? "No alerts: nothing is due or overdue on \(AlertsScreen.scopeWords(scope)) cases"
                : "No alerts match; Esc clears the filters"
            buffer.put(empty, in: list.row(0), style: .muted)
            return
        }
        var row = 0
        var lastSeverity: AlertSeverity?
        // The group header of the first line shown, then each group's as it starts.
        for position in self.top..<shown.count {
            guard row < list.height else { break }
            let line = lines[shown[position]]
            let severity = line.item.severity
            if severity != lastSeverity {
                if row + 1 >= list.height { break }
                let counted = counts(severity)
                let header = severity.rawValue.capitalized + " · \(counted.open) open"
                    + (counted.answered > 0 ? ", \(counted.answered) acknowledged or snoozed" : "")
                buffer.put(header, in: list.row(row), style: AlertsScreen.style(severity).bolded)
                row += 1
                lastSeverity = severity
            }
            renderLine(line, selected: position == selection, into: &buffer, row: list.row(row))
            row += 1
        }
        if let selected = selectedLine, detail.height == Self.detailRows { renderDetail(of: selected, into: &buffer, area: detail) }
    }

    static let detailRows = 3

    /// Under the list, the selected alert in full: its words (cut short in the list at 80 columns), then who did what
    /// about it, or whom it escalated to, or where Enter takes the officer.
    private func renderDetail(of line: AlertLine, into buffer: inout Buffer, area: Rect) {
        let item = line.item
        buffer.put(String(repeating: "─", count: area.width), in: area.row(0), style: .muted)
        buffer.put([Span(item.ref + " ", Style.normal.bolded), Span(item.message(.console))], in: area.row(1))
        let officer = item.officer.map { context.name(of: $0) } ?? "nobody yet"
        func said(_ response: AlertResponse) -> String {
            let note = response.note.split(whereSeparator: \.isNewline).joined(separator: " ")
            return context.name(of: response.by) + " on " + DayFormat.medium(response.at.day) + (note.isEmpty ? "" : ": " + note)
        }
        let about: [Span] = switch item.state {
        case .acknowledged(let response): [Span("Acknowledged by " + said(response), .muted)]
        case .snoozed(let response):
            [Span("Snoozed" + (response.until.map { " until " + DayFormat.medium($0) } ?? "") + " by " + said(response), .muted)]
        case .open where item.escalated:
            [Span("Escalated", Style.red.bolded),
             Span(" to " + (item.escalatedTo.map { context.name(of: $0) } ?? "no manager named") + ": red, neither acknowledged nor snoozed"
                  + (scope == .mine ? "" : " · the case is " + officer + "'s"), .muted)]
        case .open:
            [Span((scope == .mine ? "" : "The case is \(officer)'s · ") + "Enter opens it"
                  + (item.kind.caseTab.map { " on the " + $0.title + " tab" } ?? "")
                  + " · a acknowledge · z snooze", .muted)]
        }
        buffer.put(about, in: area.row(2))
    }

    static func style(_ severity: AlertSeverity) -> Style {
        switch severity {
        case .red: .red
        case .amber: .amber
        case .green: .green
        }
    }

    /// "R H-0031 Amara Okafor      Amara O.   Plan not agreed, due 20 days ago          ESCALATED"; the whole message
    /// where the row is wide.
    private func renderLine(_ line: AlertLine, selected: Bool, into buffer: inout Buffer, row: Rect) {
        let item = line.item
        let base: Style = selected ? Style.selected.reversed : .normal
        buffer.fill(row, style: base)
        let mark = String(item.severity.rawValue.prefix(1)).uppercased()
        let wide = row.width >= 120
        let names = wide ? officerNames : shortOfficerNames
        let officer = item.officer.map { names[$0] ?? $0 } ?? "-"
        // Who and when in full where there is room; at 80 columns the state alone (the help and `a` say who).
        let state: String = switch item.state {
        case .open: item.escalated ? "ESCALATED" : ""
        case .acknowledged(let response):
            wide ? "ack \(names[response.by] ?? response.by) \(DayFormat.dayAndMonth(response.at.day))" : "ack'd"
        case .snoozed(let response): wide ? "snoozed to " + (response.until.map(DayFormat.dayAndMonth) ?? "") : "snoozed"
        }
        let relative = Alert.relative(context.today.days(until: item.alert.dueOn))
        let words = wide ? item.message(.console) : item.kind.brief(relative)
        let nameWidth = wide ? 22 : 13
        let officerWidth = wide ? 12 : 10
        // The state takes what its words need, so the message has the rest of the row.
        let stateWidth = min(wide ? 22 : 9, DisplayWidth.of(state))
        var x = row.x
        func cell(_ text: String, _ width: Int, _ style: Style) {
            let fitted = TextFit.padRight(TextFit.truncate(text, to: width), to: width)
            x += buffer.put(fitted + " ", x: x, y: row.y, limit: max(0, row.maxX - x), style: style)
        }
        cell(mark, 1, selected ? base : AlertsScreen.style(item.severity).bolded)
        cell(item.ref, 6, base)
        cell(line.name, nameWidth, base)
        // In my own alerts every row is mine: the message has the officer's room.
        if scope != .mine { cell(officer, officerWidth, base) }
        let textWidth = max(0, row.maxX - x - stateWidth - (stateWidth > 0 ? 1 : 0))
        cell(words, textWidth, item.isOpen ? base : (selected ? base : .muted))
        let stateStyle: Style = selected ? base : item.escalated ? Style.red.bolded : .muted
        buffer.put(TextFit.truncate(state, to: stateWidth), in: Rect(x: row.maxX - stateWidth, y: row.y, width: stateWidth, height: 1),
                   alignment: .right, style: stateStyle)
    }

    private func renderDashboard(into buffer: inout Buffer, area: Rect) {
        let (top, rest) = area.splitTop(1)
        guard let dashboard else {
            buffer.put("Dashboard · the dashboard is for managers", in: top, style: .muted)
            return
        }
        let whose = context.staff.reports(of: context.actor.id).isEmpty ? "" : " · \(context.actor.name)'s team and the unassigned"
        buffer.put([Span("Dashboard", Style.normal.bolded), Span(whose + " · " + DayFormat.long(context.today), .muted)], in: top)
        dashboard.render(into: &buffer, area: rest)
    }

    private func renderCases(into buffer: inout Buffer, area: Rect) {
        guard let cases else { return }
        let (top, rest) = area.splitTop(1)
        buffer.put([Span(cases.title, Style.normal.bolded), Span(" · \(cases.rows.count) case\(cases.rows.count == 1 ? "" : "s")", .muted)],
                   in: top)
        let (header, list) = rest.splitTop(1)
        let nameWidth = max(14, min(30, header.width - 6 - 1 - 19 - 1 - 16 - 3))
        let columns = [("Ref", 6), ("Name", nameWidth), ("Status", 19), ("Officer", 16)]
        buffer.put(columns.map { TextFit.padRight($0.0, to: $0.1) }.joined(separator: " "), in: header, style: .header)
        guard !cases.rows.isEmpty else {
            buffer.put("No cases", in: list.row(0), style: .muted)
            return
        }
        for (offset, index) in (cases.top..<min(cases.rows.count, cases.top + list.height)).enumerated() {
            let row = cases.rows[index]
            let style: Style = index == cases.selection ? Style.selected.reversed : .normal
            let cells = [row.ref, row.name, row.status.label, row.officer.map { context.name(of: $0) } ?? "-"]
            let text = zip(cells, columns).map { TextFit.padRight(TextFit.truncate($0, to: $1.1), to: $1.1) }.joined(separator: " ")
            buffer.fill(list.row(offset), style: style)
            buffer.put(text, in: list.row(offset), style: style)
        }
    }
}
