/// Every problem found in one file a person edits (`rules.json`, `diary.json`, `partners.json`, `plan-steps.json`),
/// all at once so one edit fixes them all, each named by its position: line and column where the file is not JSON, a
/// key path where a value is wrong.
public protocol FileProblems: Error, CustomStringConvertible {
    var problems: [StoreProblem] { get }
}

extension FileProblems {
    public var description: String {
        guard problems.count > 1 else { return problems.map(\.description).joined() }
        let lines = problems.map { "  " + ($0.position.isEmpty ? $0.reason : "\($0.position): \($0.reason)") }
        return "\(problems[0].file): \(problems.count) problems\n" + lines.joined(separator: "\n")
    }
}
