/// SplitMix64: a tiny deterministic generator, so every property test replays exactly from its seed.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }

    mutating func maybe<T>(_ probability: Double = 0.5, _ make: (inout SeededRandom) -> T) -> T? {
        chance(probability) ? make(&self) : nil
    }

    mutating func list<T>(_ range: ClosedRange<Int>, _ make: (inout SeededRandom) -> T) -> [T] {
        (0..<Int.random(in: range, using: &self)).map { _ in make(&self) }
    }
}
