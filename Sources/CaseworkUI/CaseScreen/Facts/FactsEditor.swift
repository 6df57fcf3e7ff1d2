import CaseworkCore

/// The officer's working copy of an application's facts: edited in place, checked as typed, saved together.
struct FactsEditor: Hashable, Sendable {
    /// The facts as last loaded or saved.
    private(set) var base: CaseDetails
    private(set) var details: CaseDetails
    /// What was typed into a date that does not read as one yet, kept so the officer sees it and why it is refused.
    private(set) var unparsed: [Fact: String] = [:]
    private(set) var editing: Editing?

    /// A typed fact being edited: the field, and what the fact held before, for Esc.
    struct Editing: Hashable, Sendable {
        var fact: Fact
        var field: TextField
        var before: String
    }

    init(_ details: CaseDetails) {
        base = details
        self.details = details
    }

    var hasEdits: Bool { details != base || !unparsed.isEmpty }

    // MARK: Typing

    mutating func begin(_ fact: Fact) {
        guard fact.isTyped else { return }
        let text = unparsed[fact] ?? fact.text(in: details)
        // No length cut: a name over the limit is said to be (PersonName), never shortened unseen.
        editing = Editing(fact: fact, field: TextField(text), before: text)
    }

    /// A key for the field being edited; the facts follow each keystroke, so the rules on screen are live.
    mutating func type(_ key: Key, today: Day) -> WidgetOutcome {
        guard var current = editing else { return .ignored }
        let outcome = current.field.handle(key)
        editing = current
        if outcome == .handled { apply(current.field.text, to: current.fact, today: today) }
        return outcome
    }

    mutating func commit() { editing = nil }

    /// Esc: the fact as it was before editing began (only that fact, so a reload meanwhile is kept).
    mutating func revert(today: Day) {
        guard let current = editing else { return }
        apply(current.before, to: current.fact, today: today)
        editing = nil
    }

    private mutating func apply(_ text: String, to fact: Fact, today: Day) {
        guard fact.kind == .date else { return fact.setText(text, in: &details) }
        switch DayInput.parse(text, today: today) {
        case .success(let day):
            fact.setDay(day, in: &details)
            unparsed[fact] = nil
        case .failure(.empty):
            fact.setDay(nil, in: &details)
            unparsed[fact] = nil
        case .failure:
            fact.setDay(nil, in: &details)
            unparsed[fact] = text
        }
    }

    // MARK: Other changes

    mutating func setAnswer(_ answer: Bool?, for fact: Fact) { fact.setAnswer(answer, in: &details) }

    /// Space on a flag flips it; on a yes/no/not-known fact it cycles not known → yes → no.
    mutating func cycle(_ fact: Fact) {
        let now = fact.answer(in: details)
        if fact.kind == .flag {
            setAnswer(!(now ?? false), for: fact)
        } else {
            setAnswer(now == nil ? true : now == true ? false : nil, for: fact)
        }
    }

    /// A change made through a form or a list. Half-typed dates of facts no longer shown (the notice, once removed)
    /// are forgotten, so a save is never stopped by a field the officer cannot see.
    mutating func change(_ body: (inout CaseDetails) -> Void) {
        body(&details)
        if details.notice == nil {
            for fact in [Fact.noticeServed, .noticeExpires, .proceedingsIssued] { unparsed[fact] = nil }
        }
    }

    /// Removes a household member (the member form holds their dates, so nothing half-typed is left behind).
    mutating func removeMember(at index: Int) {
        guard index < details.household.count else { return }
        details.household.remove(at: index)
    }

    // MARK: Loading

    /// Drops every edit.
    mutating func reset(to loaded: CaseDetails) {
        self = FactsEditor(loaded)
    }

    /// Takes a newer record's facts, keeping what the officer changed on top of them; returns the facts both
    /// changed, differently.
    @discardableResult
    mutating func rebase(onto loaded: CaseDetails) -> [String] {
        let clashes = details.clashes(over: base, with: loaded)
        details = details.merged(over: base, onto: loaded)
        base = loaded
        return clashes
    }

    /// A draft's facts offered back after the console was killed. Given the facts it was made on, only what its
    /// officer changed goes on top of the loaded record, so someone else's later save is not undone; returns the
    /// facts both changed.
    mutating func restore(_ draft: CaseDetails, madeOn draftBase: CaseDetails?) -> [String] {
        unparsed = [:]
        editing = nil
        guard let draftBase else {
            details = draft
            return []
        }
        let clashes = draft.clashes(over: draftBase, with: base)
        details = draft.merged(over: draftBase, onto: base)
        return clashes
    }

    // MARK: Problems

    /// What is wrong with a fact now, in the words shown beside it; nil when nothing is.
    func problems(today: Day) -> [FactProblem] {
        var found: [FactProblem] = unparsed.compactMap { fact, text in
            guard case .failure(let error) = DayInput.parse(text, today: today) else { return nil }
            return FactProblem(fact: fact, message: error.description)
        }
        for problem in details.problems(today: today) + extraProblems() {
            guard let fact = FactsEditor.fact(for: problem.path, among: details) else { continue }
            found.append(FactProblem(fact: fact, message: FactsEditor.wording(problem)))
        }
        return found
    }

    /// Checks the service does not make but the form should: the landlord's phone and the postcode.
    private func extraProblems() -> [FieldError] {
        var problems: [FieldError] = []
        if let phone = details.accommodation.landlord?.phone, !phone.isEmpty, let problem = ContactFormat.phoneProblem(phone) {
            problems.append(FieldError(path: "accommodation.landlord.phone", message: problem))
        }
        if let postcode = details.accommodation.address?.postcode, !postcode.isEmpty,
           let problem = ContactFormat.postcodeProblem(postcode) {
            problems.append(FieldError(path: "accommodation.address.postcode", message: problem))
        }
        return problems
    }

    static func fact(for path: String, among details: CaseDetails) -> Fact? {
        let candidates: [Fact] = [.firstName, .lastName, .dateOfBirth, .phone, .email, .nationalInsurance, .correspondenceAddress,
                                  .tenancyStarted, .postcode,
                                  .landlordPhone, .noticeServed, .noticeExpires] + details.household.indices.map { .member($0) }
        return candidates.first { $0.answers(for: path) }
    }

    /// A member's problem names the field ("first name is required"); others are worded for their own row.
    static func wording(_ problem: FieldError) -> String {
        guard problem.path.hasPrefix("household["), let dot = problem.path.firstIndex(of: ".") else { return problem.message }
        let field = problem.path[problem.path.index(after: dot)...]
        let name = field == "firstName" ? "first name" : field == "dateOfBirth" ? "date of birth" : String(field)
        return name + " " + problem.message
    }
}

/// Something wrong with one fact, as shown beside it.
struct FactProblem: Hashable, Sendable {
    var fact: Fact
    var message: String

    /// The line under the pane: the fact's name, then what is wrong.
    var sentence: String { fact.label + ": " + message }
}
