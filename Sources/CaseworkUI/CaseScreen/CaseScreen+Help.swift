import CaseworkCore

/// What the App shows around the screen: the keys valid here (help and the key bar) and where the officer is.
extension CaseScreen {
    public var helpSections: [HelpOverlay.Section] {
        guard mayView else { return [.init("Restricted case", [.init("Esc", "back to the queue")])] }
        var sections: [HelpOverlay.Section] = []
        if let form {
            let tab: [HelpOverlay.Entry] = form.hasSeveralFields ? [.init("Tab Shift-Tab", "next / previous field")] : []
            sections.append(.init("Form: " + form.title, tab + [
                .init("← →", "choose among options on one line"),
                .init("↑ ↓ j k", "choose in a list"),
                .init(form.enterSubmits ? "Enter Ctrl-S" : "Ctrl-S", "submit"),
                .init("Esc", "cancel (asks if you have typed something)"),
            ]))
        } else if facts.editing != nil {
            sections.append(.init("Editing a fact", [
                .init("Enter", "keep what you typed"),
                .init("Tab Shift-Tab", "keep it and edit the next / previous fact"),
                .init("↑ ↓", "keep it and move"),
                .init("Esc", "put back what was there"),
                .init("Ctrl-S", "keep it and save every change"),
                .init("← → Home End", "move in the text; Ctrl-U / Ctrl-K delete to start / end"),
            ]))
        }
        sections.append(.init(tab.title, tabKeys.map { HelpOverlay.Entry($0.keys, $0.action) }))
        sections.append(.init("Case screen", [
            .init("Tab Shift-Tab", "next / previous tab"),
            .init("1 2 3 4", CaseTab.allCases.prefix(4).map(\.title).joined(separator: ", ")),
            .init("5 6 7 8", CaseTab.allCases.suffix(4).map(\.title).joined(separator: ", ")),
            .init("Ctrl-S", "save the changed facts (Household, Home & notice)"),
            .init("Esc", "back to the queue (asks when there are unsaved changes)"),
        ]))
        return sections
    }

    /// The tab's own keys, with the short labels the key bar uses.
    private var tabKeys: [(keys: String, bar: String, action: String)] {
        let move = ("↑ ↓ j k", "", "move; PgUp PgDn page; Home End (g G) first, last")
        switch tab {
        case .household:
            return [move, ("Enter e", "Edit", "edit the selected fact, or change it"), ("Space y n", "", "change a yes/no"),
                    ("a", "Add", "add a household member"), ("d Del", "Remove", "remove the selected member")]
        case .home:
            return [move, ("Enter e", "Edit", "edit the selected fact, or choose from a list"),
                    ("Space", "Change", "change a yes/no, cycle a check or the arrears, or choose"),
                    ("y n", "", "set a yes/no, a check or the arrears to yes or no"),
                    ("u", "", "not known: the landlord's checks and rent arrears only")]
        case .documents:
            return [move, ("Space Enter", "Provided", "mark the document provided, or missing again (asks first)"),
                    ("r", "Request", "ask for the document by a date"), ("a", "Add", "ask for another kind of document"),
                    ("/", "", "filter the list; Esc clears"), ("< > I", "", "sort by a column; reverse")]
        case .timeline:
            return [move, ("c", "Contact", "log a call, email, letter, visit or text"), ("n", "Note", "add an internal note"),
                    ("/", "Find", "find in the timeline; Esc clears")]
        case .route:
            return [("a", "Accept", "accept the suggested route"), ("o", "Override", "route to another team, with a reason"), move]
        case .duty:
            return [("s", "Start", "start a prevention, relief or main duty"), ("e", "End", "end the active duty with a reason"), move]
        case .priority:
            return [move]
        case .triage:
            return [("o", "Outcome", "set the triage outcome"), ("a", "Assign", "assign an officer"), move]
        }
    }

    public var functionKeys: [FunctionKeyBar.Item] {
        guard mayView else { return [] }
        var items: [FunctionKeyBar.Item]
        if let form {
            items = [.init(form.enterSubmits ? "Enter" : "^S", "Submit")] + (form.hasSeveralFields ? [.init("Tab", "Next")] : [])
                + [.init("Esc", "Cancel")]
        } else if facts.editing != nil {
            items = [.init("Enter", "Keep"), .init("Tab", "Next"), .init("Esc", "Undo")]
        } else {
            items = tabKeys.filter { !$0.bar.isEmpty }.map { keys in
                let first = keys.keys.split(separator: " ").first.map(String.init) ?? keys.keys
                return .init(first == "Space" ? "Spc" : first, keys.bar)
            }
        }
        if facts.hasEdits, form == nil { items.append(.init("^S", "Save")) }
        return items
    }

    public var position: String {
        guard mayView else { return CaseAccess.restrictedLabel }
        if let form { return form.title }
        switch tab {
        case .household, .home:
            let count = tabFacts.count
            return count == 0 ? tab.title : "\(tab.title) · \(selectedFactIndex + 1) of \(count)"
        case .documents: return "\(tab.title) · \(documents.position)"
        case .timeline: return "\(tab.title) · \(timeline.position)"
        case .route, .duty, .priority, .triage: return tab.title
        }
    }
}
