import CaseworkCore

/// A seeded mutation fuzzer's moves over bytes: flips, hostile insertions (escape sequences, C1 controls, bidi
/// overrides, broken UTF-8, JSON punctuation, huge numbers), deletions, repeats and splices with another input.
/// The same seed gives the same inputs, so a failure names its iteration and can be replayed.
struct ByteMutator {
    var random: SeededRandom

    static let hostile: [[UInt8]] = [
        Array("\u{1B}]0;pwned\u{7}".utf8), Array("\u{1B}[2J".utf8), [0xC2, 0x9B], [0xC2, 0x85], [0x7F],
        Array("\u{202E}".utf8), Array("\u{200B}".utf8), Array("\u{2066}".utf8), Array("\u{2028}".utf8), Array("\u{061C}".utf8),
        [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x80],
        Array(#"\ud800"#.utf8), Array(#"\u0000"#.utf8), Array(#"\u001b"#.utf8), Array(#"\u009b"#.utf8), Array(#"\u202e"#.utf8),
        Array("\"".utf8), Array("\\".utf8), Array("{".utf8), Array("}".utf8), Array("[".utf8), Array("]".utf8), Array(",".utf8),
        Array(":".utf8), Array("null".utf8), Array("true".utf8), Array("-".utf8), Array("1e999".utf8),
        Array("9223372036854775807".utf8), Array("0.000000000000000000001".utf8), Array("\n".utf8),
        Array(String(repeating: "[", count: 300).utf8), Array(String(repeating: "x", count: 5_000).utf8),
        Array(#""revision":9223372036854775807"#.utf8), Array(#""assignedOfficer":"a b""#.utf8),
    ]

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    /// One to four moves on `bytes`; `other` is spliced from.
    mutating func mutate(_ bytes: [UInt8], other: [UInt8]) -> [UInt8] {
        var out = bytes
        for _ in 0..<random.int(1...4) {
            let at = out.isEmpty ? 0 : random.next(upTo: out.count + 1)
            switch random.next(upTo: 6) {
            case 0 where !out.isEmpty:
                out[min(at, out.count - 1)] = UInt8.random(in: .min ... .max, using: &random)
            case 1:
                out.insert(contentsOf: random.pick(Self.hostile), at: at)
            case 2 where !out.isEmpty:
                let end = min(out.count, at + random.int(1...64))
                out.removeSubrange(min(at, end)..<end)
            case 3 where !out.isEmpty:
                let start = random.next(upTo: out.count)
                let piece = out[start..<min(out.count, start + random.int(1...200))]
                out.insert(contentsOf: piece, at: at)
            case 4 where !other.isEmpty:
                let start = random.next(upTo: other.count)
                out.insert(contentsOf: other[start..<min(other.count, start + random.int(1...400))], at: at)
            default:
                out.insert(contentsOf: random.pick(Self.hostile), at: at)
            }
        }
        return out
    }
}

/// Runs `body` with iteration numbers until the time budget or the count runs out: a fuzz target that fits in the
/// suite. Returns how many ran.
func fuzz(seconds: Double, maximum: Int, _ body: (Int) throws -> Void) rethrows -> Int {
    let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
    var iteration = 0
    while iteration < maximum, ContinuousClock.now < deadline {
        try body(iteration)
        iteration += 1
    }
    return iteration
}
