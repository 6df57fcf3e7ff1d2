import CaseworkCore

/// Drawing: the summary header, the tab bar, the tab, then any form and question over them.
extension CaseScreen {
    func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area)
        guard mayView else { return renderRefusal(into: &buffer, area: area) }
        let layout = CaseLayout(area)
        renderHeader(into: &buffer, area: layout.header)
        Tabs(CaseTab.allCases.map { $0.label(wide: layout.tabs.width >= 110) }, selected: tab.rawValue)
            .render(into: &buffer, area: layout.tabs)
        panes[tab.rawValue].render(into: &buffer, area: layout.content, sheet: sheet, focused: !overlays.isOpen)
    }

    /// Someone not entitled to a restricted case sees that it exists and nothing else.
    private func renderRefusal(into buffer: inout Buffer, area: Rect) {
        buffer.put([Span(ref, Style.normal.bolded), Span("  " + CaseAccess.restrictedLabel, .error)], in: area.row(0))
        let text = "Case \(ref) is restricted. Ask a manager or the assigned officer. Esc goes back to the queue."
        for (offset, line) in TextFit.wrap(text, to: max(1, area.width - 4)).enumerated() where offset + 2 < area.height {
            buffer.put(line, in: Rect(x: area.x + 2, y: area.y + 2 + offset, width: area.width - 4, height: 1))
        }
    }

    /// Columns of a long name kept before the header's other parts give way.
    static let shortestName = 14

    /// Two lines that stay above every tab: who and where the case is, then the clock, the notice and what is most urgent.
    private func renderHeader(into buffer: inout Buffer, area: Rect) {
        guard area.height >= 2 else { return }
        let facts = sheet.facts, record = sheet.record, context = sheet.context
        let details = facts.details
        let wide = area.width >= Columns.twoColumnsFrom
        let unsaved = facts.hasEdits ? [Span("* unsaved", Style.amber.bolded)] : []
        let room = area.width - (unsaved.isEmpty ? 0 : DisplayWidth.of(unsaved[0].text) + 2)
        var lead = [Span(ref, .header)]
        if record.restricted { lead.append(Span(" " + CaseAccess.restrictedLabel, .error)) }
        let name = details.applicant.fullName.isEmpty ? "(no name)" : details.applicant.fullName
        // Segments after the name in display order, with the order they give way in after the name has (nil: never, so
        // the status and the officer always show, whatever the name's length).
        var tail: [(drop: Int?, spans: [Span])] = [
            (nil, [Span("  " + HouseholdMakeup(details.household, on: context.today).code)]),
            (nil, [Span(" · ", .muted), Span(record.status.label)]),
            (nil, [Span(" · ", .muted), Span(record.assignedOfficer.map { context.name(of: $0) } ?? "Unassigned",
                                              record.assignedOfficer == nil ? .amber : .normal)]),
            (2, [Span(" · ", .muted), record.route.map { route in
                Span("Route: " + (wide ? route.team.label : QueueRows.team(route.team)) + (route.isOverride ? " (overridden)" : ""))
            } ?? Span("Not routed", .amber)]),
            (1, [Span(" · ", .muted), Span("Received \(DayFormat.medium(record.receivedOn)) "
                + "(\(Alert.relative(context.today.days(until: record.receivedOn))))", .muted)]),
        ]
        let width: ([Span]) -> Int = { $0.reduce(0) { $0 + DisplayWidth.of($1.text) } }
        let tailWidth = { width(tail.flatMap(\.spans)) }
        // The name gives way first, down to a readable start of it; then the received date, then the route.
        let shortestName = min(DisplayWidth.of(name), CaseScreen.shortestName)
        while width(lead) + 2 + shortestName + tailWidth() > room,
              let drop = tail.indices.filter({ tail[$0].drop != nil }).min(by: { tail[$0].drop! < tail[$1].drop! }) {
            tail.remove(at: drop)
        }
        let nameRoom = max(6, room - width(lead) - 2 - tailWidth())
        let line = lead + [Span("  " + TextFit.truncate(name, to: nameRoom), Style.normal.bolded)] + tail.flatMap(\.spans)
        buffer.put(line, in: Rect(x: area.x, y: area.y, width: room, height: 1))
        if !unsaved.isEmpty {
            buffer.put(unsaved, in: Rect(x: area.x + room + 2, y: area.y, width: area.width - room - 2, height: 1))
        }
        var status = statusSpans(wide: wide)
        // The count of further alerts goes first when the line is too long for it.
        if width(status) > area.width, status.last?.style == .muted { status.removeLast() }
        buffer.put(status, in: area.row(1))
    }

    /// The duty clock, the notice verdict and the most urgent alert (its full message when there is room).
    private func statusSpans(wide: Bool) -> [Span] {
        let report = sheet.report, context = sheet.context
        let rules = report.rules
        var spans: [Span]
        if let clock = rules.duty {
            let kind = clock.kind == .main ? "Main duty" : clock.kind.rawValue.capitalized
            let style: Style = clock.periodOver ? .red : (clock.daysLeft ?? 56) <= 7 ? .amber : .normal
            spans = [Span(kind + " " + clock.progress.lowercased(), style.bolded)]
        } else {
            let facts = switch rules.indicatedDuty {
            case .none: "advice"
            case .reliefOrPrevention: "relief or prevention?"
            case .relief, .prevention: rules.indicatedDuty.rawValue
            }
            spans = [Span("No duty", .muted), Span(" (facts: \(facts))", .muted)]
        }
        spans.append(Span(" · ", .muted))
        spans.append(rules.notice.verdict == .none ? Span("No notice", .muted)
            : Span("Notice " + rules.notice.verdict.label.lowercased(), CaseScreen.verdictStyle(rules.notice.verdict)))
        spans.append(Span(" · ", .muted))
        if let alert = report.alerts.first {
            let due = Alert.relative(context.today.days(until: alert.dueOn))
            let text = wide ? alert.words(.console) : alert.kind.brief(due)
            spans.append(Span("● " + text, CaseScreen.alertStyle(alert.severity).bolded))
            if report.alerts.count > 1 { spans.append(Span(" +\(report.alerts.count - 1) more", .muted)) }
        } else {
            spans.append(Span("No alerts", .muted))
        }
        return spans
    }
}
