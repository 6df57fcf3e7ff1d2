import ArgumentParser
import CaseworkCore

extension AlertKind: ExpressibleByArgument {}
extension CaseloadScope: ExpressibleByArgument {}
extension Satisfaction: ExpressibleByArgument {}
extension PlacementType: ExpressibleByArgument {}
extension PlacementDuty: ExpressibleByArgument {}
extension AccommodationType: ExpressibleByArgument {}

extension Quarter: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

extension Session {
    /// The alerts engine with the council's monitoring settings (`monitoring.json`), read when a command needs it.
    func monitor() throws -> AlertMonitor {
        AlertMonitor(today: today, configuration: configuration, settings: try store.monitoringSettings(), staff: staff)
    }
}
