import Foundation
import Testing
@testable import CaseworkCore

/// The checkpoint's binary form of a summary: one list of fields (`SummaryFields`) writes and reads every field,
/// and the format's version follows that list.
@Suite struct CheckpointCodecTests {
    func roundTrip(_ summary: CaseSummary) throws -> CaseSummary {
        var out = CheckpointOutput()
        CaseSummary.write(summary, to: &out)
        return try out.bytes.withUnsafeBytes { raw in try CheckpointFile.Records.decode(raw) }
    }

    @Test func everyFieldOfARandomSummaryComesBackAsItWas() throws {
        var r = SeededRandom(seed: 0xC0DE)
        for round in 0..<3000 {
            let summary = RandomCases.summary(&r)
            #expect(try roundTrip(summary) == summary, "round \(round)")
        }
    }

    @Test func generatedCasesAtEveryStageComeBackAsTheyWere() throws {
        var generator = CaseGenerator(seed: 5, today: Day(year: 2026, month: 11, day: 26)!, staff: DemoStaff.directory, historyYears: 5)
        for _ in 0..<500 {
            let summary = CaseSummary(generator.next())
            #expect(try roundTrip(summary) == summary)
        }
    }

    /// A field added to the summary and to `SummaryKey` but not to `SummaryFields` would be lost from every
    /// checkpoint: the keys visited must be exactly the model's stored properties, each once.
    @Test func visitsEveryStoredPropertyOnce() {
        func keys<K: RawRepresentable & CaseIterable>(_ type: K.Type) -> [String] where K.RawValue == String {
            type.allCases.map(\.rawValue).sorted()
        }
        #expect(CaseSummary.visitedKeys.sorted() == keys(SummaryKey.self))
        #expect(CaseSummary.Member.visitedKeys.sorted() == keys(MemberKey.self))
        #expect(Notice.visitedKeys.sorted() == keys(NoticeKey.self))
        #expect(NoticeChecks.visitedKeys.sorted() == keys(ChecksKey.self))
        #expect(NoticeThreatFinding.visitedKeys.sorted() == keys(ThreatFindingKey.self))
        #expect(Findings.visitedKeys.sorted() == keys(FindingsKey.self))
        #expect(RouteDecision.visitedKeys.sorted() == keys(RouteKey.self))
        #expect(Duty.visitedKeys.sorted() == keys(DutyKey.self))
        #expect(Decision.visitedKeys.sorted() == keys(DecisionKey.self))
        #expect(Appointment.visitedKeys.sorted() == keys(AppointmentKey.self))
        #expect(AlertResponse.visitedKeys.sorted() == keys(AlertResponseKey.self))
        #expect(Placement.visitedKeys.sorted() == keys(PlacementKey.self))
        #expect(Closure.visitedKeys.sorted() == keys(ClosureKey.self))
        #expect(CaseSummary.visitedKeys.first == SummaryKey.ref.rawValue, "the ref index reads the ref at a record's start")
    }

    /// The version is made from the shape: every field with its type, and every enum's cases in order, so a new
    /// field or case makes older checkpoints stale by itself.
    @Test func theVersionFollowsEveryFieldAndEnumCase() {
        let shape = CaseSummary.shape
        for key in SummaryKey.allCases { #expect(shape.contains(key.rawValue + ":"), "\(key)") }
        #expect(shape.contains(CaseStatus.allCases.map(\.rawValue).joined(separator: ",")))
        #expect(shape.contains(DecisionKind.allCases.map(\.rawValue).joined(separator: ",")))
        #expect(shape.contains("members:[Member{bornOn:?day;relationship:Relationship("))
        #expect(CheckpointFormat.version == Checksum64.of("layout 1; dormancy \(DormantCase.ruleVersion); " + shape))
        #expect(Checksum64.of("layout 1; dormancy \(DormantCase.ruleVersion); " + shape + "x") != CheckpointFormat.version)
    }

    /// Damaged bytes are refused or read as something, never read past their end.
    @Test func damagedRecordsFailWithoutReadingPastTheirEnd() throws {
        var r = SeededRandom(seed: 0xBAD5)
        var refused = 0
        for _ in 0..<2000 {
            var out = CheckpointOutput()
            CaseSummary.write(RandomCases.summary(&r), to: &out)
            var bytes = out.bytes
            switch Int.random(in: 0..<3, using: &r) {
            case 0: bytes.removeLast(Int.random(in: 1...bytes.count, using: &r))
            case 1: bytes[Int.random(in: 0..<bytes.count, using: &r)] = UInt8.random(in: 0...255, using: &r)
            default: bytes.insert(0xFF, at: Int.random(in: 0..<bytes.count, using: &r))
            }
            if (try? bytes.withUnsafeBytes { raw in try CheckpointFile.Records.decode(raw) }) == nil { refused += 1 }
        }
        #expect(refused > 1000)
    }

    @Test func theChecksumIsTheSameHoweverTheBytesArrive() {
        var r = SeededRandom(seed: 77)
        for length in [0, 1, 7, 8, 31, 32, 33, 63, 64, 65, 100, 1000, 4099] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &r) }
            let whole = Checksum64.of(bytes)
            var pieces = Checksum64()
            var at = 0
            while at < length {
                let next = min(length, at + Int.random(in: 1...40, using: &r))
                bytes[at..<next].withUnsafeBytes { pieces.add($0) }
                at = next
            }
            #expect(pieces.value == whole, "length \(length)")
            if length > 0 {
                var changed = bytes
                changed[Int.random(in: 0..<length, using: &r)] ^= 1 << UInt8.random(in: 0...7, using: &r)
                #expect(Checksum64.of(changed) != whole, "length \(length)")
            }
        }
        #expect(Checksum64.of([1, 2, 3], seed: 1) != Checksum64.of([1, 2, 3], seed: 2))
    }
}
