import CaseworkCore

/// The top line of every screen: product, data set (DEMO when demo), acting user and role, today's date.
public struct TitleLine: Hashable, Sendable {
    public var product: String
    public var dataSet: String
    public var isDemo: Bool
    public var user: String
    public var role: String
    /// A shorter role for narrow screens, so the data set keeps a readable name.
    public var shortRole: String?
    public var today: Day
    /// The acting officer's open red and amber alerts, shown before their name; nil while not known.
    public var alerts: AlertCounts?

    public init(product: String = "Casework", dataSet: String, isDemo: Bool, user: String, role: String, shortRole: String? = nil,
                today: Day, alerts: AlertCounts? = nil) {
        self.alerts = alerts
        self.product = product
        self.dataSet = dataSet
        self.isDemo = isDemo
        self.user = user
        self.role = role
        self.shortRole = shortRole
        self.today = today
    }

    /// Product and data set on the left, user and date on the right; when narrow the role shortens, then the
    /// data set gives way.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, style: .title)
        let demo = isDemo ? " DEMO" : ""
        func right(_ role: String) -> String { " \(user) (\(role)) │ \(DayFormat.long(today)) " }
        // The product, the DEMO mark and the one column kept clear before the user.
        let fixed = DisplayWidth.of(" \(product) │ ") + DisplayWidth.of(demo) + 1
        let wanted = min(DisplayWidth.of(dataSet), Self.readableDataSet)
        let right = shortRole.map { row.width - fixed - DisplayWidth.of(right(role)) < wanted ? right($0) : right(role) }
            ?? right(role)
        var rightWidth = min(row.width, DisplayWidth.of(right))
        buffer.put(right, in: Rect(x: row.maxX - rightWidth, y: row.y, width: rightWidth, height: 1), alignment: .right, style: .title)
        if let alerts {
            // "R2 A5": red and amber before the officer's name, lettered as the queue's marks so they read without colour.
            let red = "R\(alerts.red)", amber = "A\(alerts.amber)"
            let width = DisplayWidth.of(red) + 1 + DisplayWidth.of(amber) + 1
            if row.width - rightWidth - width > DisplayWidth.of(" \(product) │ ") + 4 {
                let x = row.maxX - rightWidth - width
                buffer.put(red, x: x, y: row.y, style: alerts.red > 0 ? Style.red.bolded : .title)
                buffer.put(amber, x: x + DisplayWidth.of(red) + 1, y: row.y, style: alerts.amber > 0 ? Style.amber.bolded : .title)
                rightWidth += width
            }
        }
        var x = row.x + buffer.put(" " + product + " │ ", x: row.x, y: row.y, limit: row.width - rightWidth, style: Style.title.bolded)
        let room = row.maxX - rightWidth - x
        x += buffer.put(TextFit.truncate(dataSet, to: room - DisplayWidth.of(demo) - 1), x: x, y: row.y, limit: room, style: .title)
        if isDemo { buffer.put(demo, x: x, y: row.y, limit: row.maxX - rightWidth - x, style: Style.error.bolded) }
    }

    /// Columns of the data set's name worth shortening the role for.
    static let readableDataSet = 24
}
