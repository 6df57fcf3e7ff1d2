import CaseworkCore

/// What a store request may use: the store, the service every change goes through (revision check, audit line),
/// and the clock.
public struct ConsoleServices {
    public let store: any CaseStore & DraftStore
    public let service: CaseService
    public var clock: Clock { service.clock }
}

/// A screen's own question to the store, run by `ConsoleRuntime` outside the pure App; its result comes back to the
/// screen that asked as one of its messages. Make one with `ConsoleScreen.request(_:_:failed:)`.
public struct StoreRequest: Hashable, Sendable {
    /// What it does, in a few words ("book a slot"), for tests and the status line while it runs.
    public let label: String
    let work: @Sendable (ConsoleServices) -> any Sendable

    public init(_ label: String, _ work: @escaping @Sendable (ConsoleServices) -> any Sendable) {
        self.label = label
        self.work = work
    }

    public static func == (lhs: StoreRequest, rhs: StoreRequest) -> Bool { lhs.label == rhs.label }
    public func hash(into hasher: inout Hasher) { hasher.combine(label) }
}
