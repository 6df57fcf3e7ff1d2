import CaseworkCore

/// Keys on the Household and Home & notice tabs: walk the facts, edit one in place, add or remove a member.
extension CaseScreen {
    var tabFacts: [Fact] { FactLayout.facts(tab, details: facts.details, today: context.today) }

    var selectedFactIndex: Int {
        let count = tabFacts.count
        return count == 0 ? 0 : max(0, min(factSelection[tab] ?? 0, count - 1))
    }

    var selectedFact: Fact? {
        let list = tabFacts
        return list.isEmpty ? nil : list[selectedFactIndex]
    }

    var factProblems: [FactProblem] { facts.problems(today: context.today) }

    /// The problem a save would stop on: the first in the order the two tabs show their facts.
    var firstProblem: FactProblem? {
        let order = FactLayout.facts(.household, details: facts.details, today: context.today)
            + FactLayout.facts(.home, details: facts.details, today: context.today)
        return factProblems.min { (order.firstIndex(of: $0.fact) ?? .max) < (order.firstIndex(of: $1.fact) ?? .max) }
    }

    /// Goes to the tab holding `fact` and selects it.
    mutating func showFact(_ fact: Fact) {
        for candidate in [CaseTab.household, .home] {
            if let index = FactLayout.facts(candidate, details: facts.details, today: context.today).firstIndex(of: fact) {
                tab = candidate
                factSelection[candidate] = index
                overscroll[candidate] = 0
                return
            }
        }
    }

    mutating func handleFactsKey(_ key: Key) -> CaseScreenOutcome? {
        guard let fact = selectedFact else { return nil }
        let page = max(1, CaseLayout(viewArea).content.height - 3)
        switch key {
        case .up, .character("k"): moveFact(by: -1)
        case .down, .character("j"): moveFact(by: 1)
        case .pageUp: moveFact(by: -page)
        case .pageDown: moveFact(by: page)
        case .home, .character("g"): moveFact(by: -tabFacts.count)
        case .end, .character("G"): moveFact(by: tabFacts.count)
        case .enter, .character("e"): return activate(fact)
        case .character(" "):
            guard !fact.isTyped else { return .handled }
            return activate(fact)
        case .character("y"), .character("n"), .character("u"):
            let answer: Bool? = key == .character("y") ? true : key == .character("n") ? false : nil
            guard fact.kind == .tristate || (fact.kind == .flag && answer != nil) else { return .handled }
            facts.setAnswer(answer, for: fact)
        case .character("a") where tab == .household:
            return open(CaseForms.member(nil, details: facts.details, today: context.today))
        case .character("d") where tab == .household, .delete where tab == .household:
            guard case .member(let index) = fact else { return .message("Select a household member to remove") }
            let name = fact.display(in: facts.details)
            dialog = .removeMember(index, Dialog.confirm(title: "Remove member",
                                                         message: "Remove \(name) from the household? Ctrl-S saves the change.",
                                                         yes: "Remove", no: "Keep"))
        default: return nil
        }
        return .handled
    }

    /// Enter on a fact: type into it, flip it, or open its list or form.
    private mutating func activate(_ fact: Fact) -> CaseScreenOutcome {
        switch fact.kind {
        case .text, .date: facts.begin(fact)
        case .flag, .tristate: facts.cycle(fact)
        case .choice: return open(CaseForms.pick(fact, details: facts.details))
        case .form:
            switch fact {
            case .member(let index): return open(CaseForms.member(index, details: facts.details, today: context.today))
            case .correspondenceAddress: return open(CaseForms.correspondenceAddress(facts.details))
            default: return open(CaseForms.supportNeeds(facts.details))
            }
        }
        return .handled
    }

    /// Moves the selection; past the last fact the pane keeps scrolling so the rules' reasons below can be read.
    private mutating func moveFact(by step: Int) {
        let count = tabFacts.count
        let current = selectedFactIndex
        let extra = overscroll[tab] ?? 0
        if step > 0, current == count - 1 {
            overscroll[tab] = min(extra + step, maxOverscroll)
            return
        }
        if step < 0, extra > 0 {
            overscroll[tab] = max(0, extra + step)
            return
        }
        factSelection[tab] = max(0, min(count - 1, current + step))
        overscroll[tab] = 0
    }

    /// Keys while a fact is being typed into: letters are text; Enter keeps, Esc puts back, Tab and ↑ ↓ move on.
    mutating func handleEditing(_ key: Key) -> CaseScreenOutcome {
        switch key {
        case .escape: facts.revert(today: context.today)
        case .enter: facts.commit()
        case .tab, .backTab, .up, .down:
            facts.commit()
            moveFact(by: key == .tab || key == .down ? 1 : -1)
            if key == .tab || key == .backTab, let next = selectedFact, next.isTyped { facts.begin(next) }
        case .control("s"):
            facts.commit()
            return save()
        default:
            return facts.type(key, today: context.today) == .ignored ? .ignored : .handled
        }
        return .handled
    }
}
