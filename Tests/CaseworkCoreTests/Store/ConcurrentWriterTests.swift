import Dispatch
import Foundation
import Testing
@testable import CaseworkCore

@Suite struct ConcurrentWriterTests {
    /// Errors from worker threads, gathered for the test to check.
    final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var errors: [String] = []
        func add(_ error: any Error) { lock.withLock { errors.append("\(error)") } }
        var all: [String] { lock.withLock { errors } }
    }

    @Test func twoInstancesOnTwoThreadsLoseNoUpdate() throws {
        let f = try StoreFixture()
        try f.seed(1)
        let url = f.directory.url
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            do {
                // Each thread has its own instance, so its own lock file description, as two processes would.
                let store = try JSONFileStore.open(at: url, clock: StoreFixture.clock)
                let actor = writer == 0 ? StoreFixture.priya : StoreFixture.tom
                for number in 0..<200 {
                    try store.update("H-0001", expectedRevision: nil, by: actor, action: "note",
                                     StoreFixture.note("writer \(writer) note \(number)"))
                }
            } catch {
                failures.add(error)
            }
        }
        #expect(failures.all.isEmpty)
        let record = try f.store.load("H-0001")
        #expect(record.revision == 401)
        #expect(record.timeline.count == 400)
        #expect(Set(record.timeline.map(\.id)).count == 400)
        for writer in 0..<2 {
            let texts = record.timeline.map(\.text).filter { $0.hasPrefix("writer \(writer) ") }
            #expect(texts == (0..<200).map { "writer \(writer) note \($0)" })
        }
        let notes = try f.audit().filter { $0.action == "note" }
        #expect(notes.count == 400)
        #expect(notes.compactMap(\.revision).sorted() == Array(2...401))
        #expect(try f.store.summaries().summaries.map(\.revision) == [401])
        #expect(try f.store.doctor(repair: false).findings.isEmpty)
    }
}
