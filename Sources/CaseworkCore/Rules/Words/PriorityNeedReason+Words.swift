extension PriorityNeedReason {
    public func words(_ wording: Wording) -> String {
        switch self {
        case .decided(true): "The council has decided the applicant is in priority need"
        case .decided(false): "The council has decided the applicant is not in priority need"
        case .noIndicator: "No automatic priority-need category indicated"
        case .indicator(let indicator): indicator.label
        case .dependentChildren(let count): "\(count) dependent children in the household"
        }
    }
}
