#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The layout of `index.checkpoint`: the index folded to one summary per case as of a point in `index.jsonl`, in a
/// compact binary form, so a start reads it with a few `pread`s plus the log's lines after that point.
///
/// ```
/// header (256 bytes)   magic, version, the index it covers (file, length, lines, fingerprint, last counters),
///                      the day dormancy was judged on, counts, and each section's place, length and checksum
/// dormant records      the dormant cases' summaries, in the index's order  ─┐ each a length, then its fields
/// active records       every other case's summary, in the index's order    ─┘ (`SummaryFields`)
/// directory            each case's record offset, in the index's order (8 bytes a case)
/// active list          each active case's place in that order (4 bytes a case)
/// ref index            (hash of the ref, place, flags) sorted by hash, to find a case by ref (16 bytes a case)
/// ```
/// It is derived and never trusted: a checkpoint whose version, index, fingerprint, counts or checksums do not hold
/// is ignored (the index is read instead) and written again.
enum CheckpointFormat {
    static let fileName = DataDirectory.checkpointFile
    static let magic: UInt64 = 0x3154_4B48_4357_4B43  // "CKWCHKT1", little-endian
    static let headerSize = 256

    /// Changes with the layout, the dormancy rule, and the shape of every summary field and enum case.
    static let version: UInt64 = Checksum64.of("layout 1; dormancy \(DormantCase.ruleVersion); " + CaseSummary.shape)

    enum Section: Int, CaseIterable {
        case dormantRecords, activeRecords, directory, activeList, refIndex
    }

    /// One entry of the ref index.
    static let refEntrySize = 16
    /// The flag marking a dormant case in the ref index.
    static let dormantFlag: UInt32 = 1
}

/// Where one section lies, and its checksum.
struct CheckpointSection: Equatable {
    var offset: Int
    var length: Int
    var checksum: UInt64
}

/// The part of `index.jsonl` a checkpoint covers, and how to tell that it is still that file and those bytes.
struct IndexCoverage: Equatable {
    var device: UInt64
    var inode: UInt64
    /// Bytes covered (always at a line end) and the complete lines in them.
    var end: Int
    var lines: Int
    /// A checksum of the last 4 KB before `end` and of sixteen 64-byte samples spread over the covered part.
    var fingerprint: UInt64

    static func of(_ file: OpenFile, end: Int, lines: Int) throws -> IndexCoverage {
        let info = try file.status()
        return IndexCoverage(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), end: end, lines: lines,
                             fingerprint: try fingerprint(of: file, end: end))
    }

    static func fingerprint(of file: OpenFile, end: Int) throws -> UInt64 {
        var checksum = Checksum64(seed: UInt64(end))
        let tailStart = max(0, end - 4096)
        try file.read(at: tailStart, count: end - tailStart).withUnsafeBytes { checksum.add($0) }
        for sample in 0..<16 {
            let at = end * sample / 16
            try file.read(at: at, count: min(64, end - at)).withUnsafeBytes { checksum.add($0) }
        }
        return checksum.value
    }

    /// True when `file` is the file covered, still holding the covered bytes (and perhaps more after them).
    func holds(_ file: OpenFile) throws -> Bool {
        let info = try file.status()
        guard UInt64(info.st_dev) == device, UInt64(info.st_ino) == inode, Int(info.st_size) >= end else { return false }
        if end > 0, try file.read(at: end - 1, count: 1) != [0x0A] { return false }
        return try Self.fingerprint(of: file, end: end) == fingerprint
    }

    var position: IndexReader.Position { IndexReader.Position(end: end, lines: lines) }
}

/// The fixed-size start of the file.
struct CheckpointHeader: Equatable {
    var version: UInt64
    var coverage: IndexCoverage
    /// The counters of the last covered line (empty for an empty index).
    var last: Commit
    /// The day dormancy was judged on: a reader whose today is earlier cannot use the split.
    var asOf: Day
    var count: Int
    var activeCount: Int
    var sections: [CheckpointSection]

    func section(_ which: CheckpointFormat.Section) -> CheckpointSection { sections[which.rawValue] }

    func encoded() -> [UInt8] {
        var out = CheckpointOutput(reservingCapacity: CheckpointFormat.headerSize)
        out.word(CheckpointFormat.magic)
        out.word(version)
        out.word(0)  // the header's own checksum, set below
        for word in [coverage.device, coverage.inode, UInt64(coverage.end), UInt64(coverage.lines), coverage.fingerprint] {
            out.word(word)
        }
        for counter in [last.line, last.cases, last.top, last.unlisted ?? -1, asOf.daysSinceEpoch, count, activeCount] {
            out.word(UInt64(bitPattern: Int64(counter)))
        }
        for section in sections {
            out.word(UInt64(section.offset))
            out.word(UInt64(section.length))
            out.word(section.checksum)
        }
        out.bytes += [UInt8](repeating: 0, count: CheckpointFormat.headerSize - out.count)
        out.setWord(out.bytes.withUnsafeBytes { Checksum64.of($0) }, at: 16)
        return out.bytes
    }

    /// The header of a file of `fileSize` bytes, checked to be whole, of this build's version, and to place every
    /// section inside the file without overlap.
    static func decode(_ bytes: [UInt8], fileSize: Int) throws -> CheckpointHeader {
        guard bytes.count == CheckpointFormat.headerSize else { throw CheckpointDamage.unreadable("shorter than its header") }
        var zeroed = bytes
        for index in 16..<24 { zeroed[index] = 0 }
        let header: CheckpointHeader = try bytes.withUnsafeBytes { raw throws(CheckpointDamage) in
            var input = CheckpointInput(raw)
            guard try input.word() == CheckpointFormat.magic else { throw .unreadable("not a checkpoint") }
            let version = try input.word()
            guard version == CheckpointFormat.version else { throw .stale("written by another build's summary format") }
            let checksum = try input.word()
            guard zeroed.withUnsafeBytes({ Checksum64.of($0) }) == checksum else { throw .unreadable("header checksum") }
            func int() throws(CheckpointDamage) -> Int { Int(Int64(bitPattern: try input.word())) }
            let coverage = IndexCoverage(device: try input.word(), inode: try input.word(), end: try int(), lines: try int(),
                                         fingerprint: try input.word())
            let line = try int(), cases = try int(), top = try int(), unlisted = try int()
            let last = Commit(line: line, cases: cases, top: top, unlisted: unlisted < 0 ? nil : unlisted)
            let asOf = Day(daysSinceEpoch: try int())
            let count = try int(), activeCount = try int()
            var sections: [CheckpointSection] = []
            for _ in CheckpointFormat.Section.allCases {
                sections.append(CheckpointSection(offset: try int(), length: try int(), checksum: try input.word()))
            }
            return CheckpointHeader(version: version, coverage: coverage, last: last, asOf: asOf, count: count,
                                    activeCount: activeCount, sections: sections)
        }
        try header.check(fileSize: fileSize)
        return header
    }

    private func check(fileSize: Int) throws {
        guard coverage.end >= 0, coverage.lines >= 0, last.isPlausible, count >= 0, activeCount >= 0, activeCount <= count,
              count <= Commit.maximumCounter else { throw CheckpointDamage.unreadable("counts out of range") }
        var next = CheckpointFormat.headerSize
        for section in sections {
            guard section.offset == next, section.length >= 0, section.length <= fileSize - next else {
                throw CheckpointDamage.unreadable("sections out of place")
            }
            next += section.length
        }
        guard next == fileSize else { throw CheckpointDamage.unreadable("the file is longer or shorter than its sections") }
        let sizes: [(CheckpointFormat.Section, Int)] = [(.directory, count * 8), (.activeList, activeCount * 4),
                                                        (.refIndex, count * CheckpointFormat.refEntrySize)]
        for (which, size) in sizes where section(which).length != size { throw CheckpointDamage.unreadable("wrong counts") }
        // Every record takes at least two bytes (its length and a ref's length).
        guard section(.activeRecords).length >= activeCount * 2,
              section(.dormantRecords).length >= (count - activeCount) * 2 else { throw CheckpointDamage.unreadable("wrong counts") }
    }
}
