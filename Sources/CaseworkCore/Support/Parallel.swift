import Dispatch
import Foundation

/// Splits work across the machine's cores: used where one big job (encoding a bulk load, reading the index)
/// would otherwise leave the other core idle.
enum Parallel {
    /// How many pieces to cut a job of `count` items into, given that a piece should have at least `minimum`.
    static func pieces(for count: Int, minimum: Int) -> Int {
        max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4, count / max(1, minimum)))
    }

    /// Runs `body` for each piece on its own thread and returns the results in piece order; rethrows the first error.
    static func map<Result>(_ pieces: Int, _ body: @Sendable (Int) throws -> Result) throws -> [Result] {
        guard pieces > 1 else { return try (0..<pieces).map(body) }
        var results = [Swift.Result<Result, any Error>?](repeating: nil, count: pieces)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = DisjointSlots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: pieces) { piece in
                slots.base[piece] = Swift.Result { try body(piece) }
            }
        }
        return try results.map { try $0!.get() }
    }

    /// The part of `0..<count` that piece `piece` of `pieces` takes: contiguous, so results concatenate in order.
    static func range(_ piece: Int, of pieces: Int, count: Int) -> Range<Int> {
        (count * piece / pieces)..<(count * (piece + 1) / pieces)
    }
}

/// Slots that threads fill at disjoint indices (piece `i` writes only slot `i`), so no slot is touched by two
/// threads; the buffer outlives the threads, which `concurrentPerform` waits for.
private struct DisjointSlots<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
}
