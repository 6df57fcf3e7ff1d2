import CaseworkCore

/// The panes of the case screen, in the order the number keys 1–9 pick them.
public enum CaseTab: Int, CaseIterable, Hashable, Sendable {
    case household, home, documents, timeline, route, duty, priority, triage, plan

    var title: String {
        switch self {
        case .household: "Household"
        case .home: "Home & notice"
        case .documents: "Documents"
        case .timeline: "Timeline"
        case .route: "Route"
        case .duty: "Duty"
        case .priority: "Priority"
        case .triage: "Triage"
        case .plan: "Plan"
        }
    }

    /// The title for the tab bar: numbered when there is room, short when there is not.
    func label(wide: Bool) -> String {
        wide ? "\(rawValue + 1) \(title)" : (self == .home ? "Home" : self == .household ? "House" : self == .documents ? "Docs" : title)
    }

    /// The number key that opens this tab.
    var digit: Character { Character(String(rawValue + 1)) }

    init?(digit: Character) {
        guard let number = digit.wholeNumberValue, digit.isASCII, (1...CaseTab.allCases.count).contains(number) else { return nil }
        self.init(rawValue: number - 1)
    }

    /// The pane that shows this tab, for a case as loaded.
    func makePane(_ record: Case, context: ConsoleContext) -> any CasePane {
        switch self {
        case .household, .home: FactsPane(self)
        case .documents: DocumentsPane(record, today: context.today)
        case .timeline: TimelinePane(record, context: context)
        case .route: RoutePane()
        case .duty: DutyPane()
        case .priority: PriorityPane()
        case .triage: TriagePane()
        case .plan: PlanTabPane(record, context: context)
        }
    }
}
