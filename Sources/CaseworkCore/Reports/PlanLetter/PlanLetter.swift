/// The written personalised housing plan (s189A(3), (4)–(6), (11)) as a document: sections of plain-English
/// paragraphs and lists, made once here and printed by `PlanLetterText` (72 columns) and `PlanLetterHTML` (A4).
/// Everything in it that came from outside (names, the officer's words, partners' details) is plain text here;
/// each renderer escapes it for its format.
public struct PlanLetter: Hashable, Sendable {
    public struct Section: Hashable, Sendable {
        public var heading: String
        public var paragraphs: [String]
        public var items: [Item]
        /// Numbered (steps) or bulleted (partners, support needs).
        public var numbered: Bool
        public var closing: [String]

        public init(heading: String, paragraphs: [String] = [], items: [Item] = [], numbered: Bool = false, closing: [String] = []) {
            self.heading = heading
            self.paragraphs = paragraphs
            self.items = items
            self.numbered = numbered
            self.closing = closing
        }
    }

    public struct Item: Hashable, Sendable {
        public var text: String
        /// Smaller lines under the item: the due date, the partner.
        public var details: [String]

        public init(text: String, details: [String] = []) {
            self.text = text
            self.details = details
        }
    }

    public var council: String
    public var ref: String
    public var date: Day
    public var addressee: String
    public var addressLines: [String]
    public var title: String
    public var salutation: String
    public var opening: [String]
    public var sections: [Section]
    public var signOff: [String]

    /// The letter for version `version` of the case's plan, written on `date` by `officer`.
    public static func make(for record: Case, version: Int, date: Day, council: String, officer: StaffMember?,
                            partners: PartnerDirectory, duty: DutyClock?) throws(PlanRefusal) -> PlanLetter {
        let plan = record.plan ?? Plan()
        let settledOn = try PlanLetterCheck.settlement(of: version, in: plan)
        guard let content = record.planContent(version: version), let entry = plan.entry(version) else {
            throw .noSuchVersion(version, current: plan.version)
        }
        let name = record.applicant.fullName
        let officerName = officer?.name ?? "Housing Options"
        var opening = ["We have assessed your housing situation under section 189A of the Housing Act 1996. This letter "
            + "sets out what we found and the steps that you and we will take \(aim(duty))."]
        if let reason = entry.notAgreedReason, entry.agreedOn == nil {
            opening.append("We could not agree this plan with you on \(LetterDate.long(settledOn)). You told us: “\(reason)”. "
                + "The steps below are the ones we consider reasonable for you and for us to take (section 189A(6)).")
        } else {
            opening.append("You agreed this plan with us on \(LetterDate.long(settledOn)).")
        }
        if version > 1 {
            let changes = entry.changes.joined(separator: "; ")
            opening.append("This is version \(version) of your plan. It replaces version \(version - 1). What changed: \(changes).")
        }
        var sections: [Section] = []
        if let assessment = content.assessment { sections += assessmentSections(assessment) }
        sections += stepSections(content.steps, partners: partners)
        let used = partnerList(content.steps, partners: partners)
        if !used.isEmpty {
            sections.append(Section(heading: "Who else is helping", items: used))
        }
        sections.append(dutySection(duty))
        sections.append(reviewSection(notifiedOn: date, duty: duty, officer: officerName))
        return PlanLetter(
            council: council, ref: record.ref, date: date, addressee: name,
            addressLines: record.applicant.correspondenceAddress.map { $0.lines + [$0.town, $0.postcode].filter { !$0.isEmpty } } ?? [],
            title: "Your Personalised Housing Plan" + (version > 1 ? " (version \(version))" : ""),
            salutation: "Dear \(name),", opening: opening, sections: sections,
            signOff: ["Yours sincerely,", officerName, "Housing Options, \(council)"])
    }

    private static func aim(_ duty: DutyClock?) -> String {
        switch duty?.kind {
        case .prevention?: "to help you keep your home or find another before you have to leave"
        case .relief?: "to help you find somewhere suitable to live for at least six months"
        default: "to help you with your housing"
        }
    }

    private static func assessmentSections(_ assessment: Assessment) -> [Section] {
        var why: [String] = []
        if let reason = assessment.reasonForLoss { why.append("The main reason: \(reason.label.lowercased()).") }
        why += paragraphs(assessment.circumstances)
        var housing: [String] = []
        if let bedrooms = assessment.bedroomsNeeded {
            housing.append(bedrooms == 0 ? "A studio or bedsit would suit your household." : "Your household needs \(bedrooms) bedroom\(bedrooms == 1 ? "" : "s").")
        }
        if !assessment.area.trimmingSpaces.isEmpty { housing.append("Area: " + assessment.area.trimmingSpaces) }
        if !assessment.accessNeeds.trimmingSpaces.isEmpty { housing.append("Access needs: " + assessment.accessNeeds.trimmingSpaces) }
        housing += paragraphs(assessment.housingNeeds)
        let support = paragraphs(assessment.supportNeeded)
        let needs = assessment.supportNeeds.map { Item(text: $0.label) }
        return [
            Section(heading: "Why you are homeless or threatened with homelessness",
                    paragraphs: why.isEmpty ? ["We have not recorded this yet."] : why),
            Section(heading: "The housing you need", paragraphs: housing.isEmpty ? ["We have not recorded this yet."] : housing),
            Section(heading: "The support you need",
                    paragraphs: needs.isEmpty && support.isEmpty ? ["We have not found that you need support to find or keep a home."] : [],
                    items: needs, closing: support),
        ]
    }

    private static func stepSections(_ steps: [PlanStep], partners: PartnerDirectory) -> [Section] {
        func items(_ owner: StepOwner) -> [Item] {
            steps.filter { $0.owner == owner }.map { step in
                var details: [String] = []
                if let due = step.dueOn { details.append("By \(LetterDate.long(due))") }
                if let partner = step.partnerId.flatMap(partners.partner) { details.append("With \(partner.name)") }
                switch step.status {
                case .done(let on): details.append("Done on \(LetterDate.long(on))")
                case .notDone(let reason): details.append("Not done: \(reason)")
                case .toDo: break
                }
                return Item(text: step.text, details: details)
            }
        }
        var sections: [Section] = []
        let required = items(.applicantRequired), recommended = items(.applicantRecommended), council = items(.council)
        sections.append(Section(heading: "Steps you must take",
                                paragraphs: required.isEmpty ? ["There are no steps you must take."] : [],
                                items: required, numbered: true,
                                closing: required.isEmpty ? [] : ["If you deliberately and unreasonably refuse to take one of these "
                                    + "steps, we will first warn you in writing and give you time to take it. If you still refuse, we "
                                    + "may give you a notice that ends this help (section 193B of the Housing Act 1996)."]))
        if !recommended.isEmpty {
            sections.append(Section(heading: "Steps we recommend",
                                    paragraphs: ["These steps would help you, but you do not have to take them. Not taking them "
                                        + "will never be held against you."],
                                    items: recommended, numbered: true))
        }
        sections.append(Section(heading: "Steps we will take", paragraphs: council.isEmpty ? ["We have not recorded steps of our own yet."] : [],
                                items: council, numbered: true))
        return sections
    }

    private static func partnerList(_ steps: [PlanStep], partners: PartnerDirectory) -> [Item] {
        var seen: [String] = []
        for id in steps.compactMap(\.partnerId) where !seen.contains(id) { seen.append(id) }
        return seen.compactMap(partners.partner).map { partner in
            Item(text: partner.name, details: [partner.offers] + (partner.contact.isEmpty ? [] : ["Contact: " + partner.contact]))
        }
    }

    private static func dutySection(_ duty: DutyClock?) -> Section {
        guard let duty else {
            return Section(heading: "Our duty to you", paragraphs: ["We will write to you separately about the duty we owe you."])
        }
        let (name, section) = switch duty.kind {
        case .prevention: ("prevention duty: to help you keep your home or find another", "195")
        case .relief: ("relief duty: to help you find somewhere to live", "189B")
        case .main: ("main housing duty", "193")
        }
        var text = "We owe you the \(name) (section \(section) of the Housing Act 1996), from \(LetterDate.long(duty.startedOn))."
        if let last = PlanLetter.lastDay(of: duty) {
            text += " It lasts until \(LetterDate.long(last)) unless it ends sooner, for example because you have "
                + "somewhere suitable to live. We will tell you in writing when it ends, and why."
        }
        return Section(heading: "Our duty to you", paragraphs: [text])
    }

    private static func reviewSection(notifiedOn: Day, duty: DutyClock?, officer: String) -> Section {
        let by = notifiedOn.adding(days: ReviewRights.requestDays - 1)
        let basis = duty?.kind == .relief ? "section 202(1)(ba)" : "section 202(1)(bc)"
        return Section(heading: "If you disagree: your right to a review", paragraphs: [
            "You can ask us to review the steps in this plan, including the steps we will take, if you think they are not "
                + "reasonable. You must ask within 21 days of being told of this plan: by \(LetterDate.long(by)) "
                + "(\(basis) of the Housing Act 1996). We may agree to a later request if you ask us in writing.",
            "To ask for a review, tell \(officer) or write to us, quoting your reference. A review is decided by an "
                + "officer who was not involved in this plan, usually within three weeks.",
        ])
    }

    /// The duty's last day as the duty clock gives it.
    static func lastDay(of duty: DutyClock) -> Day? { duty.lastDay }

    /// A text the officer typed, as paragraphs: blank lines separate them, single line breaks are kept as spaces.
    static func paragraphs(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.split(separator: "\n").map { String($0).trimmingSpaces }.joined(separator: " ").trimmingSpaces }
            .filter { !$0.isEmpty }
    }
}

/// Dates as a letter writes them: "3 December 2026".
public enum LetterDate {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                         "November", "December"]

    public static func long(_ day: Day) -> String { "\(day.day) \(months[day.month - 1]) \(day.year)" }
}
