/// A set of small enum cases packed into one integer, so evaluating 100,000 cases allocates nothing.
public struct FlagSet<Flag: RawRepresentable & CaseIterable & Sendable>: Hashable, Sendable, Sequence
where Flag.RawValue == Int {
    public private(set) var bits: UInt32 = 0

    public init() {}

    public mutating func insert(_ flag: Flag) { bits |= 1 << UInt32(flag.rawValue) }
    public mutating func insert(_ flag: Flag, if condition: Bool) { if condition { insert(flag) } }
    public func contains(_ flag: Flag) -> Bool { bits & (1 << UInt32(flag.rawValue)) != 0 }
    public var isEmpty: Bool { bits == 0 }

    public func makeIterator() -> some IteratorProtocol<Flag> {
        let bits = bits
        return Flag.allCases.lazy.filter { bits & (1 << UInt32($0.rawValue)) != 0 }.makeIterator()
    }
}
