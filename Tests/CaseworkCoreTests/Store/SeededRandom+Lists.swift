import CaseworkCore

/// Extra draws the store's property tests use on top of the core's seeded generator.
extension SeededRandom {
    mutating func maybe<T>(_ probability: Double = 0.5, _ make: (inout SeededRandom) -> T) -> T? {
        chance(probability) ? make(&self) : nil
    }

    mutating func list<T>(_ range: ClosedRange<Int>, _ make: (inout SeededRandom) -> T) -> [T] {
        (0..<Int.random(in: range, using: &self)).map { _ in make(&self) }
    }
}
