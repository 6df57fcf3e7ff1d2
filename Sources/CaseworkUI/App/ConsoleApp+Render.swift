import CaseworkCore

extension ConsoleApp {
    /// The whole screen as cells: a pure function of the state.
    public func render(width: Int, height: Int) -> Buffer {
        guard Frame.fits(width: width, height: height) else {
            return Frame.tooSmall(width: width, height: height, advice: tooSmallAdvice)
        }
        let frame = Frame(title: titleLine, keys: FunctionKeyBar(keyBarItems(width: width)), status: statusLine)
        var buffer = frame.render(width: width, height: height) { buffer, area in
            if let openCase { openCase.render(into: &buffer, area: area) } else { queue.render(into: &buffer, area: area) }
        }
        if let command {
            let row = buffer.area.row(height - 2)
            buffer.fill(row)
            buffer.put(":", x: 0, y: row.y, style: .field)
            command.render(into: &buffer, area: Rect(x: 1, y: row.y, width: width - 1, height: 1), focused: true)
        }
        switch modal {
        case .help(let overlay)?: overlay.render(into: &buffer, area: Frame.body(width: width, height: height))
        case let other?: other.dialog?.render(into: &buffer, area: buffer.area)
        case nil: break
        }
        return buffer
    }

    /// What `q` does on the too-small screen: with unsaved edits it keeps them as a draft, unless that has just failed.
    var tooSmallAdvice: String {
        if smallScreenQuit == .draftFailed {
            let why = status.error.map { Sentence.capitalised($0) + ". " } ?? ""
            return why + "Enlarge the window to save your changes, or press q again to quit without them."
        }
        return hasUnsavedEdits ? "Enlarge the window, or press q to quit; your unsaved changes are kept as a draft."
            : Frame.tooSmallAdvice
    }

    var titleLine: TitleLine {
        let actor = context.actor
        return TitleLine(dataSet: context.meta.name, isDemo: context.meta.dataset == .demo, user: actor.name,
                         role: actor.role.label + (actor.isDemoStandIn ? ", demo stand-in" : ""),
                         shortRole: actor.isDemoStandIn ? "demo \(actor.role.label.lowercased())" : nil, today: context.today)
    }

    /// The status line with the screen's position, which gives way to an error; the locale warning fills it
    /// when nothing else is said.
    var statusLine: StatusLine {
        var line = status
        line.position = status.hasError ? "" : openCase?.position ?? queue.position
        if !line.hasError, line.message == nil, let localeWarning { line.show(localeWarning) }
        return line
    }

    /// F1, F2, the "coming" screens, the screen's own keys, F10; when they do not fit, the "coming" ones go first
    /// (they do nothing yet), then the screen's own from the right, so Help, Queue and Quit always show.
    func keyBarItems(width: Int) -> [FunctionKeyBar.Item] {
        var coming = ComingScreen.allCases.map { FunctionKeyBar.Item("F\($0.functionKey)", $0.label, coming: true) }
        var own = openCase?.functionKeys ?? queue.functionKeys
        func items() -> [FunctionKeyBar.Item] {
            [.init("F1", "Help"), .init("F2", "Queue")] + coming + own + [.init("F10", "Quit")]
        }
        func needed(_ list: [FunctionKeyBar.Item]) -> Int {
            list.reduce(0) { $0 + DisplayWidth.of($1.key) + DisplayWidth.of($1.label + ($1.coming ? " (coming)" : "")) + 1 }
        }
        while needed(items()) > width, !coming.isEmpty || !own.isEmpty {
            if !coming.isEmpty { coming.removeLast() } else { own.removeLast() }
        }
        return items()
    }

    /// The current screen's keys, then the keys and commands that work everywhere, then what the queue's columns mean.
    public var helpSections: [HelpOverlay.Section] {
        (openCase?.helpSections ?? queue.helpSections) + [
            .init("Everywhere", [
                .init("? F1", "this help (Esc closes it)"), .init("F2 Esc", "back to the queue"),
                .init("F3 F4 F5", "diary, plan, alerts: in later releases"),
                .init("Ctrl-L", "redraw the screen"), .init(":", "type a command (below); Esc cancels"),
                .init("Enter Esc", "dismiss an error on the status line"),
                .init("q F10", "quit (asks if changes are unsaved)"),
            ]),
            .init("Commands", ConsoleCommand.helpEntries),
        ] + (openCase == nil ? [queue.columnHelp] : [])
    }
}
