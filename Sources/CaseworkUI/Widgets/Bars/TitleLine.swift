import CaseworkCore

/// The top line of every screen: product, data set (DEMO when demo), acting user and role, today's date.
public struct TitleLine: Hashable, Sendable {
    public var product: String
    public var dataSet: String
    public var isDemo: Bool
    public var user: String
    public var role: String
    public var today: Day

    public init(product: String = "Casework", dataSet: String, isDemo: Bool, user: String, role: String, today: Day) {
        self.product = product
        self.dataSet = dataSet
        self.isDemo = isDemo
        self.user = user
        self.role = role
        self.today = today
    }

    /// Product and data set on the left, user and date on the right; the data set gives way first when narrow.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, style: .title)
        let right = " \(user) (\(role)) │ \(DayFormat.long(today)) "
        let rightWidth = min(row.width, DisplayWidth.of(right))
        buffer.put(right, in: Rect(x: row.maxX - rightWidth, y: row.y, width: rightWidth, height: 1), alignment: .right, style: .title)
        var x = row.x + buffer.put(" " + product + " │ ", x: row.x, y: row.y, limit: row.width - rightWidth, style: Style.title.bolded)
        let room = row.maxX - rightWidth - x
        let demo = isDemo ? " DEMO" : ""
        x += buffer.put(TextFit.truncate(dataSet, to: room - DisplayWidth.of(demo) - 1), x: x, y: row.y, limit: room, style: .title)
        if isDemo { buffer.put(demo, x: x, y: row.y, limit: row.maxX - rightWidth - x, style: Style.error.bolded) }
    }
}
