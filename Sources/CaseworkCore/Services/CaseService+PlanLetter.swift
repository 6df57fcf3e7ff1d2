/// The plan letter: made from the record for one version, handed to the caller to deliver (a file, standard
/// output, the console's letters folder), then recorded as sent. A restricted case's letter is never made for
/// anyone not cleared for it, and neither where it went nor what it says goes into the audit or the timeline.
public enum PlanLetterFormat: String, CaseIterable, Sendable {
    case text, html

    public var fileExtension: String { self == .text ? "txt" : "html" }
}

extension CaseService {
    /// The letter for `version` (the current one by default) in `format`, with the record it was made from.
    public func planLetter(_ ref: String, version: Int? = nil, format: PlanLetterFormat) throws -> (text: String, version: Int, record: Case) {
        let record = try open(ref)
        let plan = try existingPlan(record)
        let number = version ?? plan.version
        let staff = try store.staff()
        let duty = CaseRules.evaluate(CaseSummary(record), today: today, configuration: configuration).duty
        let letter = try PlanLetter.make(for: record, version: number, date: today, council: store.meta.name,
                                         officer: staff.member(actor.id), partners: try partnerDirectory(), duty: duty)
        let text = format == .text ? PlanLetterText.render(letter) : PlanLetterHTML.render(letter)
        return (text, number, record)
    }

    /// Makes the letter, lets `deliver` put it where it goes, and only then records it as sent today: a letter
    /// that could not be written is never recorded as sent.
    @discardableResult
    public func sendPlanLetter(_ ref: String, version: Int? = nil, format: PlanLetterFormat,
                               deliver: (String) throws -> Void) throws -> (record: Case, version: Int) {
        let letter = try planLetter(ref, version: version, format: format)
        try deliver(letter.text)
        let record = try recordPlanLetterSent(ref, version: letter.version, expectedRevision: nil)
        return (record, letter.version)
    }

    /// The console's letter: HTML in the data directory's letters folder, where the officer prints it from.
    func sendPlanLetterToStore(_ ref: String, version: Int) throws -> Case {
        guard let letters = store as? LetterStore else {
            throw CaseServiceError.refused(reason: "this caseload has nowhere to keep letters; use `casework plan letter`")
        }
        return try sendPlanLetter(ref, version: version, format: .html) { text in
            _ = try letters.saveLetter(text, ref: ref, version: version, format: .html)
        }.record
    }
}
