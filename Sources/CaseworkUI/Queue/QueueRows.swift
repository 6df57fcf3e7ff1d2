import CaseworkCore

/// The rows the queue's table reads: cell text is made only for rows being drawn, and sorting compares
/// the compact fields, never the text.
public struct QueueRows: TableRows {
    public let rows: [QueueRow]
    /// Officer ids to the name shown in the officer column, made once per staff directory.
    let officerNames: [String: String]

    public init(_ rows: [QueueRow], officerNames: [String: String]) {
        self.rows = rows
        self.officerNames = officerNames
    }

    public var count: Int { rows.count }

    public func text(row index: Int, column: Int) -> String {
        let row = rows[index]
        // A row withheld from this officer (`ListedCase`) was made from nothing characterising: its blanks say so.
        if row.withheld, let shown = QueueColumn(rawValue: column),
           !QueueRows.shownWhenWithheld.contains(shown) { return "" }
        switch QueueColumn(rawValue: column) {
        case .mark?: return row.worst.map(QueueRows.mark) ?? ""
        case .ref?: return row.ref
        case .name?: return row.name
        case .household?: return row.household.code
        case .loss?: return QueueRows.loss(row)
        case .notice?: return QueueRows.verdict(row.verdict)
        case .route?:
            if row.withheld { return row.routeDecided ? QueueRows.team(row.team) : "" }
            return QueueRows.team(row.team) + (row.routeDecided ? "" : "?")
        case .documents?: return row.documentsTotal == 0 ? "-" : "\(row.documentsProvided)/\(row.documentsTotal)"
        case .waiting?: return String(row.daysWaiting)
        case .officer?: return row.officer.map { officerNames[$0] ?? $0 } ?? "-"
        case .status?: return QueueRows.status(row.status)
        case .duty?: return QueueRows.duty(row)
        case .alerts?: return QueueRows.alerts(row)
        case .appointment?: return row.nextAppointmentOn.map(DayFormat.dayAndMonth) ?? "-"
        case .score?: return String(Int(row.key.score.rounded()))
        case .received?: return DayFormat.dayAndMonth(row.receivedOn)
        case nil: return ""
        }
    }

    public func style(row index: Int, column: Int) -> Style? {
        let row = rows[index]
        switch QueueColumn(rawValue: column) {
        case .mark?, .alerts?: return row.worst.map(QueueRows.style)
        case .name?: return row.withheld ? .muted : nil
        case .route?: return row.routeDecided ? nil : .muted
        default: return nil
        }
    }

    /// A restricted row the officer may not see is found by its ref, never by the name it hides.
    public func searchText(row index: Int) -> String {
        let row = rows[index]
        let officer = row.officer.map { officerNames[$0] ?? $0 } ?? ""
        return row.ref + " " + row.name + " " + officer + " " + QueueRows.team(row.team) + " " + QueueRows.status(row.status)
    }

    /// Values compare as shown, smallest or earliest first; a column that sorts descending first
    /// (`QueueColumn.sortsDescendingFirst`) ranks urgency upwards, so its most urgent rows are the largest.
    public func precedes(_ a: Int, _ b: Int, column: Int) -> Bool {
        let lhs = rows[a], rhs = rows[b]
        func by<T: Comparable>(_ value: (QueueRow) -> T) -> Bool { value(lhs) < value(rhs) }
        // Missing values sort last in the column's first direction: Int.max for "no date" ascending, -1 for "no duty".
        switch QueueColumn(rawValue: column) {
        case .mark?: return by { QueueRows.severity($0.worst) }
        case .ref?: return by { QueueRows.refOrder($0.ref) }
        case .name?: return lhs.familyName != rhs.familyName ? lhs.familyName < rhs.familyName : lhs.givenName < rhs.givenName
        case .household?: return by { $0.adults + $0.children }
        case .loss?: return by { $0.homeless ? Int.min : $0.daysUntilLoss ?? Int.max }
        case .notice?: return by { QueueRows.verdictUrgency($0.verdict) }
        case .route?: return by { QueueRows.team($0.team) }
        case .documents?: return by { $0.documentsTotal == 0 ? 2 : Double($0.documentsProvided) / Double($0.documentsTotal) }
        case .waiting?: return by(\.daysWaiting)
        case .officer?: return by { $0.officer.map { officerNames[$0] ?? $0 } ?? "\u{10FFFF}" }
        case .status?: return by { CaseStatus.allCases.firstIndex(of: $0.status) ?? 0 }
        case .duty?: return by { $0.dutyDay ?? -1 }
        case .alerts?: return by { QueueRows.severity($0.worst) * 1_000 + $0.alertCount }
        case .appointment?: return by { $0.nextAppointmentOn?.daysSinceEpoch ?? Int.max }
        case .score?: return by(\.key.score)
        case .received?: return by(\.receivedOn)
        case nil: return false
        }
    }
}

extension QueueRows {
    /// The route column of a withheld row says whose case it is (`QueueRow.whoseCase`), when that is known.
    static let shownWhenWithheld: Set<QueueColumn> = [.ref, .name, .route, .waiting, .officer, .status, .received]

    static func mark(_ severity: AlertSeverity) -> String {
        switch severity {
        case .red: "R"
        case .amber: "A"
        case .green: "G"
        }
    }

    static func style(_ severity: AlertSeverity) -> Style {
        switch severity {
        case .red: Style.red.bolded
        case .amber: .amber
        case .green: .green
        }
    }

    /// Red highest, no alert lowest.
    static func severity(_ severity: AlertSeverity?) -> Int {
        switch severity {
        case .red?: 3
        case .amber?: 2
        case .green?: 1
        case nil: 0
        }
    }

    static func verdict(_ verdict: NoticeVerdict) -> String {
        switch verdict {
        case .valid: "Valid"
        case .invalid: "Invalid"
        case .needsChecking: "Check"
        case .none: "-"
        }
    }

    /// How much a notice needs attention: to check most, then valid (eviction can go ahead), invalid, none.
    static func verdictUrgency(_ verdict: NoticeVerdict) -> Int {
        switch verdict {
        case .needsChecking: 3
        case .valid: 2
        case .invalid: 1
        case .none: 0
        }
    }

    static func status(_ status: CaseStatus) -> String {
        status == .appointmentBooked ? "Appt booked" : status.label
    }

    static func duty(_ row: QueueRow) -> String {
        guard let kind = row.dutyKind, let day = row.dutyDay else { return "-" }
        switch kind {
        case .prevention: return "P \(day)/56"
        case .relief: return "R \(day)/56"
        case .main: return "Main"
        }
    }

    static func alerts(_ row: QueueRow) -> String {
        guard let top = row.topAlert else { return "" }
        return row.alertCount > 1 ? "\(top.label) +\(row.alertCount - 1)" : top.label
    }

    /// Days until the home is lost; "now" when homeless, "past" when the date has gone by with the household
    /// still there (a bare "-12" reads as a typo, and the case screen says how long ago).
    static func loss(_ row: QueueRow) -> String {
        if row.homeless { return "now" }
        guard let days = row.daysUntilLoss else { return "-" }
        return days < 0 ? "past" : String(days)
    }

    /// The team in a word: the core's short names, but "Intensive" whole rather than cut to "Intens".
    static func team(_ team: Team) -> String { team == .intensive ? "Intensive" : team.short }

    /// Refs in number order ("H-0999" before "H-10000"): shorter first, then by text.
    static func refOrder(_ ref: String) -> RefOrder { RefOrder(length: ref.utf8.count, text: ref) }

    struct RefOrder: Comparable {
        let length: Int
        let text: String
        static func < (lhs: RefOrder, rhs: RefOrder) -> Bool {
            lhs.length != rhs.length ? lhs.length < rhs.length : lhs.text < rhs.text
        }
    }
}
