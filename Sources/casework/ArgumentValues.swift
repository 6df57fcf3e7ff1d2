import ArgumentParser
import CaseworkCore

// The law's and the caseload's words as option values: a value that is not one of them is a usage error for the
// command it was given to, and --help lists the choices.
extension CaseStatus: ExpressibleByArgument {}
extension DutyKind: ExpressibleByArgument {}
extension DutyEndReason: ExpressibleByArgument {}
extension Team: ExpressibleByArgument {}
extension DecisionKind: ExpressibleByArgument {}

extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
    }
}
