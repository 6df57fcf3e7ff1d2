import CaseworkCore

/// The property tests' generator: the core's SplitMix64, so every test replays exactly from its seed.
typealias SeededRandom = SplitMix64

extension SplitMix64 {
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }

    mutating func maybe<T>(_ probability: Double = 0.5, _ make: (inout SplitMix64) -> T) -> T? {
        chance(probability) ? make(&self) : nil
    }

    mutating func list<T>(_ range: ClosedRange<Int>, _ make: (inout SplitMix64) -> T) -> [T] {
        (0..<Int.random(in: range, using: &self)).map { _ in make(&self) }
    }
}
