import CaseworkCore

/// The manager's dashboard as lines of text in which every number is a figure that can be selected and opened: the
/// caseworkers' grid, the duties ending soon, the quarter's outcomes, presentations against interviews held as block
/// bars, H-CLIC readiness and "good or not good enough?". ↑ ↓ ← → move from number to number.
struct DashboardPage: Sendable {
    /// A piece of a line: text, or a number (`figure`) that opens the cases behind it.
    struct Piece: Sendable {
        var text: String
        /// Columns to give it (right-aligned); nil for its own width.
        var width: Int?
        var style: Style = .normal
        var figure: Int?
    }

    struct Figure: Sendable {
        /// What the cases list is titled: "Plans not agreed · Amara Okafor".
        let title: String
        let refs: [String]
        let line: Int
    }

    let dashboard: Dashboard
    private(set) var lines: [[Piece]] = []
    private(set) var figures: [Figure] = []
    private(set) var selection = 0
    private(set) var top = 0
    private(set) var pageRows = 10
    /// Columns for the bars of the weekly chart.
    let barWidth: Int

    static let gridColumns = ["Open", "Prev", "Relief", "Red", "Amber", "NoPlan", "Review", "Idle", "Escal"]
    static let gridHelp = "open cases, prevention and relief duties, cases with red and amber alerts, plans not agreed "
        + "after assessment, plan reviews overdue, no action (idle), escalated alerts"

    static func make(_ summaries: [CaseSummary], context: ConsoleContext, keeping old: DashboardPage? = nil,
                     width: Int = 80) -> DashboardPage? {
        guard let built = try? Dashboard.build(summaries, manager: context.actor, monitor: context.monitor) else { return nil }
        var page = DashboardPage(dashboard: built, context: context, barWidth: max(4, min(40, (width - 40) / 2)))
        if let old {
            page.pageRows = old.pageRows
            page.selection = min(old.selection, max(0, page.figures.count - 1))
            page.top = old.top
            page.clamp()
        }
        return page
    }

    private init(dashboard: Dashboard, context: ConsoleContext, barWidth: Int) {
        self.dashboard = dashboard
        self.barWidth = barWidth
        build(context: context)
    }

    private mutating func add(_ pieces: [Piece]) { lines.append(pieces) }

    private mutating func figure(_ figure: CaseFigure, _ title: String, width: Int? = nil, style: Style = .normal) -> Piece {
        figures.append(Figure(title: title, refs: figure.refs, line: lines.count))
        return Piece(text: String(figure.count), width: width, style: style, figure: figures.count - 1)
    }

    private mutating func build(context: ConsoleContext) {
        let d = dashboard
        let nameWidth = 16
        add([Piece(text: "Caseworker", width: nil, style: .header), Piece(text: "", width: nameWidth - 10)]
            + Self.gridColumns.map { Piece(text: $0, width: 7, style: .header) })
        for row in d.officers {
            let name = row.officer.map { context.name(of: $0) } ?? "Not assigned"
            let who = " · " + name
            var pieces = [Piece(text: TextFit.truncate(name, to: nameWidth), width: nil), Piece(text: "", width: nameWidth - min(nameWidth, DisplayWidth.of(name)))]
            pieces.append(figure(row.open, "Open cases" + who, width: 7))
            pieces.append(figure(row.prevention, "Prevention duties" + who, width: 7))
            pieces.append(figure(row.relief, "Relief duties" + who, width: 7))
            pieces.append(figure(row.red, "Cases with red alerts" + who, width: 7, style: row.red.count > 0 ? .red : .normal))
            pieces.append(figure(row.amber, "Cases with amber alerts" + who, width: 7, style: row.amber.count > 0 ? .amber : .normal))
            pieces.append(figure(row.plansNotAgreed, "Plans not agreed" + who, width: 7))
            pieces.append(figure(row.reviewsOverdue, "Plan reviews overdue" + who, width: 7))
            pieces.append(figure(row.noAction, "No action for \(context.monitoring.dashboard.noActionDays) days" + who, width: 7))
            pieces.append(figure(row.escalated, "Escalated alerts" + who, width: 7, style: row.escalated.count > 0 ? .red : .normal))
            add(pieces)
        }
        add([])
        let window = context.monitoring.dashboard.deadlineWindowDays
        add([Piece(text: "Duties whose last day is within \(window) days: "),
             figure(d.deadlinesSoon, "Duties ending within \(window) days", style: d.deadlinesSoon.count > 0 ? .amber : .normal)])
        add([Piece(text: "Committed cost of interventions in open plans: \(d.committedCost.formatted()) across "),
             figure(d.costedPlans, "Open plans with costed interventions"), Piece(text: d.costedPlans.count == 1 ? " plan" : " plans")])
        add([])
        add([Piece(text: "Outcomes this quarter (\(d.quarter))", style: .header)])
        for kind in [DutyKind.prevention, .relief] {
            let ended = d.outcomes.filter { $0.kind == kind }
            let all = CaseFigure(ended.flatMap(\.cases.refs))
            let secured = CaseFigure(ended.filter { $0.reason == .accommodationSecured }.flatMap(\.cases.refs))
            let share = all.count == 0 ? "" : " (\(secured.count * 100 / all.count)%)"
            let name = kind == .prevention ? "Prevention" : "Relief"
            add([Piece(text: "  \(name) ended "), figure(all, "\(name) ended this quarter"),
                 Piece(text: " · secured for 6+ months "), figure(secured, "\(name) ended, accommodation secured"), Piece(text: share)])
            for outcome in ended {
                add([Piece(text: "    " + TextFit.padRight(TextFit.truncate(outcome.reason.label, to: 44), to: 45)),
                     figure(outcome.cases, "\(name) ended: \(outcome.reason.label)", width: 4)])
            }
        }
        add([])
        add([Piece(text: "Presentations and interviews held, last \(d.weeks.count) weeks", style: .header)])
        let most = d.weeks.map { max($0.presentations.count, $0.interviews.count) }.max() ?? 0
        for week in d.weeks {
            let label = "w/c " + DayFormat.dayAndMonth(week.startsOn)
            let presented = BlockBars.bar(week.presentations.count, of: most, width: barWidth)
            let interviewed = BlockBars.bar(week.interviews.count, of: most, width: barWidth)
            add([Piece(text: "  " + TextFit.padRight(label, to: 11)),
                 figure(week.presentations, "Presentations · " + label, width: 3), Piece(text: " "),
                 Piece(text: TextFit.padRight(presented, to: barWidth), style: .amber),
                 figure(week.interviews, "Interviews held · " + label, width: 4), Piece(text: " "),
                 Piece(text: interviewed, style: .green)])
        }
        add([Piece(text: "  " + TextFit.padRight("", to: 15) + TextFit.padRight("presented", to: barWidth + 4) + " interviewed", style: .muted)])
        add([])
        add([Piece(text: "H-CLIC \(d.quarter): cases with errors "),
             figure(d.hclicErrors, "H-CLIC \(d.quarter): cases with errors", style: d.hclicErrors.count > 0 ? .red : .normal),
             Piece(text: " · with warnings only "), figure(d.hclicWarnings, "H-CLIC \(d.quarter): cases with warnings only")])
        add([])
        add([Piece(text: "Good or not good enough?", style: .header)])
        for answers in d.answers {
            let quarter = answers.quarter.description
            add([Piece(text: "  \(quarter): good "), figure(answers.good, "\(quarter): the service was good"),
                 Piece(text: " · not good enough "), figure(answers.notGoodEnough, "\(quarter): the service was not good enough"),
                 Piece(text: " · not answered "), figure(answers.notAnswered, "\(quarter): not answered"),
                 Piece(text: answers.goodShare.map { " · \($0)% good" } ?? "")])
        }
    }

    var selected: Figure? { figures.indices.contains(selection) ? figures[selection] : nil }

    mutating func layout(rows: Int) {
        pageRows = max(1, rows)
        clamp()
    }

    /// ← →: the number before or after; ↑ ↓: the nearest number on the line above or below that has one.
    mutating func step(_ direction: Int) {
        selection = max(0, min(figures.count - 1, selection + direction))
        clamp()
    }

    mutating func vertical(_ direction: Int) {
        guard let current = selected else { return }
        let onLine = figures.indices.filter { figures[$0].line == current.line }
        let column = (onLine.firstIndex(of: selection) ?? 0)
        var line = current.line + direction
        while line >= 0, line < lines.count {
            let there = figures.indices.filter { figures[$0].line == line }
            if !there.isEmpty {
                selection = there[min(column, there.count - 1)]
                break
            }
            line += direction
        }
        clamp()
    }

    mutating func page(_ direction: Int) {
        for _ in 0..<max(1, pageRows - 1) { vertical(direction) }
    }

    mutating func clamp() {
        guard let line = selected?.line else { return }
        if line < top { top = line }
        if line >= top + pageRows { top = line - pageRows + 1 }
        // The grid's header stays in view with the first rows.
        if top == 1 { top = 0 }
    }

    func render(into buffer: inout Buffer, area: Rect) {
        for (offset, index) in (top..<min(lines.count, top + area.height)).enumerated() {
            let row = area.row(offset)
            var x = row.x
            for piece in lines[index] {
                let text = piece.width.map { TextFit.padLeft(piece.text, to: $0) } ?? piece.text
                var style = piece.style
                if let figure = piece.figure, figure == selection { style = Style.selected.reversed }
                x += buffer.put(text, x: x, y: row.y, limit: max(0, row.maxX - x), style: style)
                if x >= row.maxX { break }
            }
        }
    }
}

/// The cases behind one dashboard number, with the applicant's name as the viewer may see it.
struct DashboardCases: Sendable {
    struct Row: Sendable {
        let ref: String
        let name: String
        let status: CaseStatus
        let officer: String?
    }

    let title: String
    let rows: [Row]
    private(set) var selection = 0
    private(set) var top = 0
    private(set) var pageRows = 10

    init(title: String, refs: [String], summaries: [CaseSummary], context: ConsoleContext) {
        self.title = title
        let wanted = Set(refs)
        var found: [String: Row] = [:]
        for summary in summaries where wanted.contains(summary.ref) {
            found[summary.ref] = Row(ref: summary.ref, name: CaseAccess.displayName(summary, as: context.actor), status: summary.status,
                                     officer: summary.assignedOfficer)
        }
        rows = refs.compactMap { found[$0] }
    }

    var selectedRef: String? { rows.indices.contains(selection) ? rows[selection].ref : nil }

    mutating func layout(rows count: Int) {
        pageRows = max(1, count)
        move(by: 0)
    }

    mutating func move(by step: Int) {
        selection = max(0, min(rows.count - 1, selection + step))
        if selection < top { top = selection }
        if selection >= top + pageRows { top = selection - pageRows + 1 }
    }
}
