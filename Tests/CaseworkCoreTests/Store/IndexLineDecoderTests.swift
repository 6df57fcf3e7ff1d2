import Foundation
import Testing
@testable import CaseworkCore

@Suite struct IndexLineDecoderTests {
    let decoder = IndexLineDecoder()
    let coders = StoreCoders()

    func randomLine(_ r: inout SeededRandom) -> IndexLine {
        let commit = Commit(line: Int.random(in: 1...1_000_000, using: &r), cases: Int.random(in: 0...100_000, using: &r),
                            top: Int.random(in: 0...100_000, using: &r), tmp: r.maybe { RandomCases.text(&$0) },
                            action: r.maybe { RandomCases.text(&$0) }, by: r.maybe { RandomCases.officer(&$0) },
                            at: r.maybe { RandomCases.timestamp(&$0) }, unlisted: r.maybe { Int.random(in: 1...500, using: &$0) })
        return IndexLine(commit: commit, summary: RandomCases.summary(&r))
    }

    /// The hand reader alone (nil when it hands over), and what JSONDecoder makes of the same bytes.
    func both(_ bytes: [UInt8], wantCommit: Bool = true) -> (fast: IndexEntry?, reference: IndexLine?) {
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        defer { scratch.deallocate() }
        let fast = bytes.withUnsafeBufferPointer { decoder.fast($0, scratch: scratch, wantCommit: wantCommit) }
        return (fast, try? JSONDecoder().decode(IndexLine.self, from: Data(bytes)))
    }

    func expectSame(_ fast: IndexEntry?, _ reference: IndexLine?, _ note: @autoclosure () -> String) {
        guard let fast else { return }
        #expect(reference != nil, "the hand reader accepted what JSONDecoder refuses: \(note())")
        guard let reference else { return }
        #expect(fast.summary == reference.summary, "\(note())")
        #expect(fast.commit == reference.commit, "\(note())")
    }

    @Test func readsWhatTheEncoderWritesExactlyAsJSONDecoderDoes() throws {
        var r = SeededRandom(seed: 0x1D3E)
        for round in 0..<3000 {
            let line = randomLine(&r)
            let bytes = Array(try coders.line.encode(line))
            let (fast, reference) = both(bytes)
            #expect(reference == line)
            #expect(fast != nil, "round \(round): the hand reader handed over a line the encoder wrote")
            expectSame(fast, reference, "round \(round)")
        }
    }

    @Test func readsAnyKeyOrderWhitespaceAndEscapes() throws {
        var r = SeededRandom(seed: 0xA11CE)
        var reshaper = JSONReshaper(random: SeededRandom(seed: 7))
        for round in 0..<2000 {
            let line = randomLine(&r)
            let bytes = try reshaper.reshape(try coders.line.encode(line))
            let (fast, reference) = both(bytes)
            #expect(reference == line)
            #expect(fast != nil, "round \(round): handed over \(String(decoding: bytes, as: UTF8.self))")
            expectSame(fast, reference, "round \(round)")
        }
    }

    /// Damaged lines: whatever the hand reader accepts, JSONDecoder accepts with the same result; and the reader
    /// with its fallback agrees with JSONDecoder on every line.
    @Test func neverAcceptsWhatJSONDecoderWouldNot() throws {
        var r = SeededRandom(seed: 0xBAD)
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 16)
        defer { scratch.deallocate() }
        var accepted = 0
        for round in 0..<3000 {
            let original = Array(try coders.line.encode(randomLine(&r)))
            let damaged = damage(original, &r)
            let (fast, reference) = both(damaged)
            expectSame(fast, reference, "round \(round): \(String(decoding: damaged, as: UTF8.self))")
            let full = damaged.withUnsafeBufferPointer { try? decoder.decode($0, scratch: scratch, wantCommit: true) }
            #expect(full?.summary == reference?.summary, "round \(round)")
            if fast != nil { accepted += 1 }
        }
        // Some damage leaves a valid line (a deleted optional key): the reader must still take those itself.
        #expect(accepted > 100)
    }

    func damage(_ bytes: [UInt8], _ r: inout SeededRandom) -> [UInt8] {
        var out = bytes
        let text = String(decoding: bytes, as: UTF8.self)
        switch Int.random(in: 0..<9, using: &r) {
        case 0: out.removeLast(Int.random(in: 1...max(1, out.count / 2), using: &r))
        case 1: out[Int.random(in: 0..<out.count, using: &r)] = r.pick([0xFF, 0xC3, 0x80, 0x00, 0x0A])
        case 2: out[Int.random(in: 0..<out.count, using: &r)] = r.pick(Array("{}[],:\"\\ 0tfn-.eE".utf8))
        case 3:
            // Drop one "key":value pair (a required key makes the line unreadable, an optional one does not).
            let keys = SummaryKey.allCases.map(\.rawValue) + ["bornOn", "servedOn", "overrideReason", "note", "notifiedOn"]
            let key = "\"\(r.pick(keys))\":"
            guard let range = text.range(of: key) else { return out }
            var shortened = text
            shortened.removeSubrange(range)
            out = Array(shortened.utf8)
        case 4: out = Array(text.replacingOccurrences(of: "\"revision\":", with: "\"revision\":1.0,\"x\":").utf8)
        case 5: out = Array(text.replacingOccurrences(of: "true", with: "1").utf8)
        case 6: out = Array(text.replacingOccurrences(of: "\"ref\":", with: "\"ref\":\"H-9\",\"ref\":").utf8)
        case 7: out = Array(text.replacingOccurrences(of: "\"status\":\"", with: "\"status\":\"x").utf8)
        default: out = Array(text.replacingOccurrences(of: "\"members\":[", with: "\"members\":[null,").utf8)
        }
        return out
    }

    /// The reader's key lists against the model's stored properties: a field added to the model must be taught
    /// to the reader (or every line would go the slow way).
    @Test func knowsEveryStoredPropertyOfTheModel() {
        var r = SeededRandom(seed: 3)
        let summary = RandomCases.summary(&r)
        func labels(_ value: Any) -> Set<String> { Set(Mirror(reflecting: value).children.compactMap(\.label)) }
        func keys<K: RawRepresentable & CaseIterable>(_ type: K.Type) -> Set<String> where K.RawValue == String {
            Set(type.allCases.map(\.rawValue))
        }
        let day = Day(daysSinceEpoch: 0)
        #expect(labels(summary) == keys(SummaryKey.self))
        #expect(labels(CaseSummary.Member(bornOn: nil, relationship: .child, pregnant: false)) == keys(MemberKey.self))
        #expect(labels(Notice(type: .other)) == keys(NoticeKey.self))
        #expect(labels(NoticeChecks()) == keys(ChecksKey.self))
        #expect(labels(NoticeThreatFinding(threatened: true, decidedOn: day, decidedBy: "")) == keys(ThreatFindingKey.self))
        #expect(labels(Findings()) == keys(FindingsKey.self))
        #expect(labels(RouteDecision(team: .council, suggested: .council, decidedBy: "", decidedOn: day)) == keys(RouteKey.self))
        #expect(labels(Duty(kind: .relief, startedOn: day, startedBy: "")) == keys(DutyKey.self))
        #expect(labels(Decision(id: 1, kind: .eligibility, outcome: "", decidedOn: day, decidedBy: "")) == keys(DecisionKey.self))
        #expect(labels(Commit.empty) == keys(CommitKey.self))
        #expect(labels(Appointment(id: 1, kind: .other, on: day, startMinute: 0, officer: "")) == keys(AppointmentKey.self))
    }
}
