import CaseworkCore

extension ConsoleApp {
    /// The whole screen as cells: a pure function of the state.
    public func render(width: Int, height: Int) -> Buffer {
        guard Frame.fits(width: width, height: height) else {
            return Frame.tooSmall(width: width, height: height, advice: tooSmallAdvice)
        }
        let frame = Frame(title: titleLine, keys: FunctionKeyBar(keyBarItems(width: width)), status: statusLine)
        var buffer = frame.render(width: width, height: height) { buffer, area in
            switch showing {
            case .queue: queue.renderWithOverlays(into: &buffer, area: area)
            case .openCase: openCase?.renderWithOverlays(into: &buffer, area: area)
            default: screens[showing]?.renderWithOverlays(into: &buffer, area: area)
            }
        }
        if let command {
            let row = buffer.area.row(height - 2)
            buffer.fill(row)
            buffer.put(":", x: 0, y: row.y, style: .field)
            command.render(into: &buffer, area: Rect(x: 1, y: row.y, width: width - 1, height: 1), focused: true)
        }
        switch modal {
        case .help(let overlay)?: overlay.render(into: &buffer, area: Frame.body(width: width, height: height))
        case .question(let dialog)?: dialog.render(into: &buffer, area: buffer.area)
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
        line.position = status.hasError ? "" : screenPosition
        if !line.hasError, line.message == nil, let localeWarning { line.show(localeWarning) }
        return line
    }

    // Read from the screen on show without boxing the queue, which holds the whole caseload, on every frame.
    private var screenPosition: String {
        switch showing {
        case .queue: queue.position
        case .openCase: openCase?.position ?? ""
        default: screens[showing]?.position ?? ""
        }
    }

    private var screenIsAsking: Bool {
        switch showing {
        case .queue: queue.isAsking
        case .openCase: openCase?.isAsking ?? false
        default: screens[showing]?.isAsking ?? false
        }
    }

    private var screenBarItems: [FunctionKeyBar.Item] {
        switch showing {
        case .queue: queue.barItems
        case .openCase: openCase?.barItems ?? []
        default: screens[showing]?.barItems ?? []
        }
    }

    /// F1, then the keys of the screen on show, then the other screens' F-keys, then F10. When they do not fit, the
    /// other screens' go first (from the right), then the screen's own, so Help and Quit always show.
    func keyBarItems(width: Int) -> [FunctionKeyBar.Item] {
        var lead: [FunctionKeyBar.Item] = [], screens: [FunctionKeyBar.Item] = [], tail: [FunctionKeyBar.Item] = []
        for binding in frameKeys.bindings {
            guard let bar = binding.bar, binding.unavailable(self) == nil else { continue }
            let item = FunctionKeyBar.Item(binding.barLabel, bar)
            switch binding.action {
            case .help: lead.append(item)
            case .quit: tail.append(item)
            default: screens.append(item)
            }
        }
        // Over a question, and on the `:` line, only F10 works (and not over the quit question itself).
        if modal != nil || command != nil || screenIsAsking { return isAskingToQuit ? [] : tail }
        var own = screenBarItems
        func items() -> [FunctionKeyBar.Item] { lead + own + screens + tail }
        while items().reduce(0, { $0 + $1.width }) > width, !screens.isEmpty || !own.isEmpty {
            if !screens.isEmpty { screens.removeLast() } else { own.removeLast() }
        }
        return items()
    }

    /// The keys of the screen on show, then the keys and commands that work everywhere, then (on the queue) what the
    /// columns mean.
    public var helpSections: [HelpOverlay.Section] {
        currentScreen.helpSections + [
            .init("Everywhere", frameKeys.helpEntries(in: self) + StatusLine.keys.helpEntries(in: StatusLine(hasError: true))),
            .init("Commands", ColonCommand.helpEntries(entries)),
            ConsoleApp.commandLineKeys.helpSection(in: TextField()),
        ] + (showing == .queue ? [queue.columnHelp] : [])
    }
}
