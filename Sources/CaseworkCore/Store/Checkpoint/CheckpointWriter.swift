#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a checkpoint case by case, in the index's order, into `tmp/`, then renames it into place. Dormant
/// records stream to the file as they come; the active ones (a few in a hundred) wait in memory for their section.
/// Not synced: a checkpoint torn by a power cut fails its checksums and is written again, and the index it was
/// made from is the commit point, synced by every write.
final class CheckpointWriter {
    private let directory: DataDirectory
    private let temp: String
    private let file: OpenFile
    let asOf: Day
    private var pending = CheckpointOutput(reservingCapacity: 1 << 20)
    private var dormantChecksum = Checksum64()
    private var dormantLength = 0
    private var active = CheckpointOutput()
    /// Each case's record offset: a dormant one's in the file, an active one's within its section, marked.
    private var offsets: [UInt64] = []
    private var activeOrdinals: [UInt32] = []
    private var refs: [(hash: UInt64, entry: UInt64)] = []
    private var scratch = CheckpointOutput(reservingCapacity: 1024)
    private var finished = false
    private static let activeMark: UInt64 = 1 << 63

    init(directory: DataDirectory, asOf: Day, expectedCount: Int = 0) throws {
        self.directory = directory
        self.asOf = asOf
        temp = DataDirectory.tmpFile(DataDirectory.tempName("checkpoint", "index", extension: "bin"))
        file = try directory.open(temp, flags: O_WRONLY | O_CREAT | O_EXCL)
        offsets.reserveCapacity(expectedCount)
        refs.reserveCapacity(expectedCount)
    }

    deinit {
        if !finished { try? directory.remove(temp) }
    }

    var count: Int { offsets.count }

    /// The next case, dormant or not as of `asOf`.
    func add(_ summary: CaseSummary) throws {
        scratch.removeAll()
        CaseSummary.write(summary, to: &scratch)
        try scratch.bytes.withUnsafeBytes { try add(record: $0, dormant: DormantCase.isDormant(summary, on: asOf)) }
    }

    /// The next case as record bytes already made (its fields, without the length before them).
    func add(record: UnsafeRawBufferPointer, dormant: Bool) throws {
        let ordinal = offsets.count
        guard ordinal < Int(UInt32.max) else { throw CheckpointDamage.unreadable("too many cases") }
        refs.append((Self.refHash(ofRecord: record), UInt64(ordinal) << 32 | UInt64(dormant ? CheckpointFormat.dormantFlag : 0)))
        if dormant {
            offsets.append(UInt64(CheckpointFormat.headerSize + dormantLength + pending.count))
            pending.unsigned(UInt64(record.count))
            pending.append(record)
            if pending.count >= 1 << 20 { try flush() }
        } else {
            offsets.append(Self.activeMark | UInt64(active.count))
            activeOrdinals.append(UInt32(ordinal))
            active.unsigned(UInt64(record.count))
            active.append(record)
        }
    }

    private func flush() throws {
        try pending.bytes.withUnsafeBytes { raw in
            dormantChecksum.add(raw)
            try file.writeAll(Array(raw), at: CheckpointFormat.headerSize + dormantLength)
        }
        dormantLength += pending.count
        pending.removeAll()
    }

    /// Writes the remaining sections and the header, and puts the checkpoint in place.
    func finish(coverage: IndexCoverage, last: Commit) throws {
        try flush()
        var sections: [CheckpointSection] = []
        var at = CheckpointFormat.headerSize
        func section(_ bytes: [UInt8], checksum: UInt64? = nil) throws {
            if checksum == nil { try file.writeAll(bytes, at: at) }
            let length = checksum == nil ? bytes.count : dormantLength
            sections.append(CheckpointSection(offset: at, length: length,
                                              checksum: checksum ?? bytes.withUnsafeBytes { Checksum64.of($0) }))
            at += length
        }
        try section([], checksum: dormantChecksum.value)
        let activeStart = at
        try section(active.bytes)
        var directory = CheckpointOutput(reservingCapacity: offsets.count * 8)
        for offset in offsets {
            directory.word(offset & Self.activeMark != 0 ? UInt64(activeStart) + offset & ~Self.activeMark : offset)
        }
        try section(directory.bytes)
        var list = [UInt8]()
        list.reserveCapacity(activeOrdinals.count * 4)
        for ordinal in activeOrdinals { withUnsafeBytes(of: ordinal.littleEndian) { list += $0 } }
        try section(list)
        refs.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.entry < $1.entry }
        var index = CheckpointOutput(reservingCapacity: refs.count * CheckpointFormat.refEntrySize)
        for ref in refs {
            index.word(ref.hash)
            index.word(ref.entry)
        }
        try section(index.bytes)
        let header = CheckpointHeader(version: CheckpointFormat.version, coverage: coverage, last: last, asOf: asOf,
                                      count: offsets.count, activeCount: activeOrdinals.count, sections: sections)
        try file.writeAll(header.encoded(), at: 0)
        try self.directory.rename(temp, to: CheckpointFormat.fileName)
        finished = true
    }

    /// The hash the ref index sorts by: of the ref's UTF-8, which starts every record (`SummaryFields`).
    static func refHash(ofRecord record: UnsafeRawBufferPointer) -> UInt64 {
        var input = CheckpointInput(record)
        guard let length = try? input.count(), let bytes = try? input.skip(length) else { return 0 }
        return Checksum64.of(bytes)
    }

    static func refHash(of ref: String) -> UInt64 {
        var text = ref
        return text.withUTF8 { Checksum64.of(UnsafeRawBufferPointer($0)) }
    }
}
