/// The queue's columns in display order. Those up to `officer` fit 80 columns; the rest appear as the
/// terminal widens, the lowest `priority` number first.
public enum QueueColumn: Int, CaseIterable, Sendable {
    case mark, ref, name, household, loss, notice, route, documents, waiting, officer
    case status, duty, alerts, appointment, score, received

    public var title: String {
        switch self {
        case .mark: ""
        case .ref: "Ref"
        case .name: "Name"
        case .household: "House"
        case .loss: "Loss"
        case .notice: "Notice"
        case .route: "Route"
        case .documents: "Docs"
        case .waiting: "Days"
        case .officer: "Officer"
        case .status: "Status"
        case .duty: "Duty"
        case .alerts: "Alerts"
        case .appointment: "Appt"
        case .score: "Score"
        case .received: "Received"
        }
    }

    /// The name column's title while the queue is sorted by it.
    static let familyNameTitle = "Name, by family"

    /// The word `:sort` takes.
    public var command: String {
        switch self {
        case .mark: "rag"
        case .waiting: "days"
        case .appointment: "appointment"
        default: title.lowercased()
        }
    }

    /// What the column shows, for the help overlay.
    public var meaning: String {
        switch self {
        case .mark: "worst alert: red act today, amber soon, green FYI"
        case .ref: "case reference"
        case .name: "applicant (sorted by family name, then given name), or Restricted if not yours to see"
        case .household: "adults and children, e.g. 2A 1C"
        case .loss: "days until the home is lost; now: homeless; past: gone by"
        case .notice: "notice check: Valid, Invalid, Check (facts missing)"
        case .route: "team; with ? only suggested, not yet decided; on a Restricted row, whose case it is"
        case .documents: "documents provided of those asked for"
        case .waiting: "days since the application"
        case .officer: "assigned officer"
        case .status: "where the case is on the journey"
        case .duty: "active duty and its day of 56"
        case .alerts: "the most urgent alert, and how many more"
        case .appointment: "next booked appointment"
        case .score: "priority score (the queue's order)"
        case .received: "application date"
        }
    }

    var width: Int {
        switch self {
        case .mark: 1
        case .ref: 6
        case .name: 14
        case .household: 5
        case .loss: 4
        case .notice: 7
        case .route: 10
        case .documents: 4
        case .waiting: 4
        case .officer: 12
        case .status: 11
        case .duty: 7
        case .alerts: 22
        case .appointment: 6
        case .score: 5
        case .received: 8
        }
    }

    /// 0 is kept longest; the wide-screen columns go first, in reverse order of usefulness.
    var priority: Int {
        switch self {
        case .mark, .ref, .name: 0
        case .loss, .notice: 1
        case .household, .route, .waiting: 2
        case .documents, .officer: 3
        case .status: 5
        case .duty: 6
        case .alerts: 7
        case .appointment: 8
        case .score: 9
        case .received: 8
        }
    }

    /// Sorted by this column, the most pressing cases come first when the values run largest first: the longest
    /// wait, the biggest household, the latest duty day, the worst alert, the notice most in need of checking.
    public var sortsDescendingFirst: Bool {
        switch self {
        case .mark, .household, .notice, .waiting, .duty, .alerts, .score: true
        case .ref, .name, .loss, .route, .documents, .officer, .status, .appointment, .received: false
        }
    }

    var alignment: Buffer.Alignment {
        switch self {
        case .loss, .documents, .waiting, .score: .right
        default: .left
        }
    }

    /// The table's columns, the ref column as wide as the longest ref so a ref is never cut.
    public static func tableColumns(refWidth: Int) -> [TableColumn] {
        allCases.map { column in
            TableColumn(column.title, width: column == .ref ? max(column.width, refWidth) : column.width,
                        priority: column.priority, alignment: column.alignment, grows: column == .name || column == .alerts,
                        sortsDescendingFirst: column.sortsDescendingFirst)
        }
    }

    /// A column by its `:sort` word or title, case-insensitively.
    public init?(command: String) {
        let word = command.lowercased()
        guard !word.isEmpty, let column = QueueColumn.allCases.first(where: { $0.command == word || $0.title.lowercased() == word }) else {
            return nil
        }
        self = column
    }
}
