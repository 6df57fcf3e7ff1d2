/// What a plan must be before it is saved: every problem with its field, in words an officer can act on.
/// The service refuses a save with any problem; the console shows them beside the fields as the officer types.
public enum PlanRules {
    public static let stepTextLimit = 1_000
    public static let assessmentTextLimit = 10_000
    public static let reasonLimit = 2_000

    /// Every problem with an edited plan's content, in the plan's order.
    public static func problems(_ content: PlanContent, receivedOn: Day, today: Day, partners: PartnerDirectory) -> [FieldError] {
        var problems: [FieldError] = []
        if let assessment = content.assessment {
            problems += assessmentProblems(assessment, receivedOn: receivedOn, today: today)
        }
        for step in content.steps {
            problems += stepProblems(step, receivedOn: receivedOn, partners: partners)
        }
        return problems
    }

    public static func assessmentProblems(_ assessment: Assessment, receivedOn: Day, today: Day) -> [FieldError] {
        var problems: [FieldError] = []
        if assessment.completedOn < receivedOn {
            problems.append(FieldError(path: "assessment.completedOn", message: "\(assessment.completedOn) is before the application (\(receivedOn))"))
        }
        if assessment.completedOn > today {
            problems.append(FieldError(path: "assessment.completedOn", message: "\(assessment.completedOn) is in the future"))
        }
        if let bedrooms = assessment.bedroomsNeeded, !(0...10).contains(bedrooms) {
            problems.append(FieldError(path: "assessment.bedroomsNeeded", message: "\(bedrooms) bedrooms is not a number from 0 to 10"))
        }
        for field in AssessmentField.allCases {
            if let problem = textProblem(assessment[keyPath: field.path], limit: assessmentTextLimit, multiline: true) {
                problems.append(FieldError(path: "assessment.\(field.rawValue)", message: problem))
            }
        }
        return problems
    }

    public static func stepProblems(_ step: PlanStep, receivedOn: Day, partners: PartnerDirectory) -> [FieldError] {
        var problems: [FieldError] = []
        let path = "steps[\(step.id)]"
        if step.text.trimmingSpaces.isEmpty {
            problems.append(FieldError(path: path + ".text", message: "step \(step.id) has no text: say what is to be done"))
        } else if let problem = textProblem(step.text, limit: stepTextLimit, multiline: true) {
            problems.append(FieldError(path: path + ".text", message: "step \(step.id): \(problem)"))
        }
        if let due = step.dueOn, due < receivedOn {
            problems.append(FieldError(path: path + ".dueOn", message: "step \(step.id) is due \(due), before the application (\(receivedOn))"))
        }
        if let partner = step.partnerId, partners.partner(partner) == nil {
            problems.append(FieldError(path: path + ".partner",
                                       message: "step \(step.id): no partner '\(partner)' in the directory (\(partners.source))"))
        }
        if let reason = step.notDoneReason {
            if reason.trimmingSpaces.isEmpty {
                problems.append(FieldError(path: path + ".notDoneReason", message: "step \(step.id): say why it was not done"))
            } else if let problem = textProblem(reason, limit: reasonLimit, multiline: true) {
                problems.append(FieldError(path: path + ".notDoneReason", message: "step \(step.id): \(problem)"))
            }
        }
        return problems
    }

    /// Too long, or holding a control character (an escape sequence pasted in); nil when the text is fine.
    public static func textProblem(_ text: String, limit: Int, multiline: Bool) -> String? {
        if text.count > limit { return "is longer than \(limit) characters" }
        if let control = ControlCharacters.first(in: text, allowingLineBreaks: multiline) { return "contains a control character (\(control))" }
        return nil
    }
}
