#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes read from a file into memory of their own, freed with the value.
final class LoadedBytes {
    let raw: UnsafeMutableRawBufferPointer

    init(count: Int) { raw = .allocate(byteCount: max(count, 1), alignment: 8) }
    deinit { raw.deallocate() }

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: raw.baseAddress, count: count) }
    private(set) var count = 0

    static func read(_ file: OpenFile, at offset: Int, count: Int) throws -> LoadedBytes {
        let loaded = LoadedBytes(count: count)
        let got = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: loaded.raw[0..<count]), at: offset)
        loaded.count = got
        return loaded
    }
}

/// An open checkpoint whose header holds for the index as it is: of this build's version, covering that very file
/// (same device and inode, still at least as long, the same bytes where the fingerprint samples them). Its
/// sections are read with `pread`, never mapped, so a file cut short under a reader is an error, not a crash.
final class CheckpointFile {
    let file: OpenFile
    let header: CheckpointHeader

    private init(file: OpenFile, header: CheckpointHeader) {
        self.file = file
        self.header = header
    }

    /// The checkpoint, if there is one and it covers `index` as that file is now; else the reason it cannot be used.
    static func open(in directory: DataDirectory, covering index: OpenFile) -> Result<CheckpointFile, CheckpointDamage> {
        do {
            guard let file = try directory.openIfExists(CheckpointFormat.fileName) else { return .failure(.missing) }
            let size = try file.size()
            let header = try CheckpointHeader.decode(try file.read(at: 0, count: CheckpointFormat.headerSize), fileSize: size)
            guard try header.coverage.holds(index) else { return .failure(.stale("covers another index, or other bytes")) }
            return .success(CheckpointFile(file: file, header: header))
        } catch let damage as CheckpointDamage {
            return .failure(damage)
        } catch {
            return .failure(.unreadable("\(error)"))
        }
    }

    /// One section, read whole and held to its checksum.
    func load(_ which: CheckpointFormat.Section) throws -> LoadedBytes {
        let section = header.section(which)
        let loaded = try LoadedBytes.read(file, at: section.offset, count: section.length)
        guard loaded.count == section.length, Checksum64.of(loaded.bytes) == section.checksum else {
            throw CheckpointDamage.unreadable("section \(which) fails its checksum")
        }
        return loaded
    }

    /// Reads records one after another from a section's bytes.
    struct Records {
        var input: CheckpointInput

        init(_ loaded: LoadedBytes) { input = CheckpointInput(loaded.bytes) }

        /// The next record's bytes (without its length).
        mutating func next() throws(CheckpointDamage) -> UnsafeRawBufferPointer {
            let length = try input.count()
            return try input.skip(length)
        }

        /// The next record, decoded; it must use exactly its bytes.
        mutating func summary() throws(CheckpointDamage) -> CaseSummary {
            try Self.decode(next())
        }

        static func decode(_ record: UnsafeRawBufferPointer) throws(CheckpointDamage) -> CaseSummary {
            var input = CheckpointInput(record)
            let summary = try CaseSummary.read(from: &input)
            guard input.isAtEnd else { throw .unreadable("a record longer than its fields") }
            return summary
        }
    }

    /// The places of the active cases, in order.
    func activeOrdinals() throws -> [Int] {
        let loaded = try load(.activeList)
        var ordinals: [Int] = []
        ordinals.reserveCapacity(header.activeCount)
        var previous = -1
        for index in 0..<header.activeCount {
            let ordinal = Int(UInt32(littleEndian: loaded.bytes.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)))
            guard ordinal > previous, ordinal < header.count else { throw CheckpointDamage.unreadable("active list out of order") }
            ordinals.append(ordinal)
            previous = ordinal
        }
        return ordinals
    }

    /// Every summary, in the index's order.
    func allSummaries() throws -> [CaseSummary] {
        let directory = try load(.directory)
        let dormant = try load(.dormantRecords), active = try load(.activeRecords)
        let dormantRange = header.section(.dormantRecords), activeRange = header.section(.activeRecords)
        var dormantRecords = Records(dormant), activeRecords = Records(active)
        var result: [CaseSummary] = []
        result.reserveCapacity(header.count)
        for ordinal in 0..<header.count {
            let offset = Int(UInt64(littleEndian: directory.bytes.loadUnaligned(fromByteOffset: ordinal * 8, as: UInt64.self)))
            // Both record sections are in the index's order: each case is the next record of its section.
            if offset - activeRange.offset == activeRecords.input.offset, offset >= activeRange.offset,
               offset < activeRange.offset + activeRange.length {
                result.append(try activeRecords.summary())
            } else if offset - dormantRange.offset == dormantRecords.input.offset, offset >= dormantRange.offset,
                      offset < dormantRange.offset + dormantRange.length {
                result.append(try dormantRecords.summary())
            } else {
                throw CheckpointDamage.unreadable("directory out of order")
            }
        }
        guard activeRecords.input.isAtEnd, dormantRecords.input.isAtEnd else { throw CheckpointDamage.unreadable("wrong counts") }
        return result
    }

    /// The active cases with their places in the index's order.
    func activeSummaries() throws -> [(ordinal: Int, summary: CaseSummary)] {
        let ordinals = try activeOrdinals()
        let active = try load(.activeRecords)
        var records = Records(active)
        var result: [(ordinal: Int, summary: CaseSummary)] = []
        result.reserveCapacity(ordinals.count)
        for ordinal in ordinals { result.append((ordinal, try records.summary())) }
        guard records.input.isAtEnd else { throw CheckpointDamage.unreadable("wrong counts") }
        return result
    }
}
