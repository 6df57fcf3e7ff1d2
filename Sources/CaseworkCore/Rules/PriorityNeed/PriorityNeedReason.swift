/// One line of the priority-need reasons: the council's finding, or the automatic categories the facts point to.
public enum PriorityNeedReason: RuleReason {
    case decided(inPriorityNeed: Bool)
    case noIndicator
    case indicator(PriorityNeedIndicator)
    case dependentChildren(count: Int)
}
