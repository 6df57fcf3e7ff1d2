/// A long list of problems cut to what a person reads: the first `limit`, then how many more. An import of 100,000
/// bad lines says so in 51 lines, not 53 MB of standard error.
public enum ProblemList {
    public static let limit = 50

    public static func lines(_ problems: [String], limit: Int = ProblemList.limit) -> [String] {
        guard problems.count > limit else { return problems }
        return Array(problems.prefix(limit)) + ["and \(problems.count - limit) more"]
    }
}
