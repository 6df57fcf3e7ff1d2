/// Keeps the checkpoint close behind the index, under the writers' lock. A refresh is due once a reader would fold
/// more than `allowance` log lines past it; it merges the old checkpoint with those lines (copying the records that
/// did not change, byte for byte), or, with no usable checkpoint, writes one from the whole index folded. A failure
/// leaves the old checkpoint or none: readers then read more of the index, never anything wrong.
struct CheckpointRefresh {
    let directory: DataDirectory
    let today: Day

    /// Log lines a reader may fold after the checkpoint before a refresh is due: small against the caseload (a
    /// thirty-second of it), and never worth a checkpoint for a caseload of a few hundred lines.
    static func allowance(cases: Int) -> Int { max(256, cases / 32) }

    /// True when the log has more lines past `checkpoint` (or, with none, in all) than readers should fold.
    static func isDue(_ checkpoint: CheckpointHeader?, lines: Int, cases: Int) -> Bool {
        guard let checkpoint else { return lines > allowance(cases: cases) }
        return lines - checkpoint.coverage.lines > allowance(cases: checkpoint.count)
    }

    /// A writer's turn, the lock held, after its write committed: `index` is the file now in place, `known` its
    /// last line's counters where the writer has them.
    func refreshIfDue(index: OpenFile, known: Commit? = nil) throws {
        let size = try index.size()
        let last = try known ?? IndexReader.lastCommit(index) ?? .empty
        switch CheckpointFile.open(in: directory, covering: index) {
        case .success(let checkpoint):
            guard Self.isDue(checkpoint.header, lines: last.line, cases: last.cases) else { return }
            // Judged on a later day than ours (a pinned --today): start afresh rather than carry that day on.
            guard checkpoint.header.asOf <= today else { return try write(IndexReader.fold(index), index: index) }
            let tail = try IndexReader.fold(index, from: checkpoint.header.coverage.position)
            do {
                try merge(checkpoint, tail: tail, index: index)
            } catch is CheckpointDamage {
                try write(IndexReader.fold(index), index: index)
            }
        case .failure:
            guard size > 0, Self.isDue(nil, lines: last.line, cases: last.cases) else { return }
            try write(IndexReader.fold(index), index: index)
        }
    }

    /// A checkpoint of the whole index as folded in `read`.
    func write(_ read: IndexReader.Folded, index: OpenFile) throws {
        // Lines that cannot be read stay the index's to report: a checkpoint would hide them.
        guard read.problems.isEmpty else { return }
        try write(read.fold.summaries, index: index, upTo: read.position, last: read.last ?? .empty)
    }

    /// A checkpoint of `summaries`, the index folded up to `position`.
    func write(_ summaries: [CaseSummary], index: OpenFile, upTo position: IndexReader.Position, last: Commit) throws {
        let writer = try CheckpointWriter(directory: directory, asOf: today, expectedCount: summaries.count)
        for summary in summaries { try writer.add(summary) }
        try writer.finish(coverage: IndexCoverage.of(index, end: position.end, lines: position.lines), last: last)
    }

    /// The old checkpoint with the lines after it folded in (`tail`, read from its end): records of cases the lines
    /// did not touch are copied as they are, a dormant one without being decoded. Throws `CheckpointDamage` when the
    /// old checkpoint fails a check on the way, for the caller to write one from the index instead.
    func merge(_ old: CheckpointFile, tail: IndexReader.Folded, index: OpenFile) throws {
        guard tail.problems.isEmpty else { return }
        let header = old.header
        // Dormancy is judged on the later of the two days, so a record dormant before stays dormant.
        let asOf = max(today, header.asOf)
        let placement = try CheckpointRefs.place(tail.fold.summaries, in: old)
        let directoryBytes = try old.load(.directory)
        let dormantBytes = try old.load(.dormantRecords), activeBytes = try old.load(.activeRecords)
        let dormantStart = header.section(.dormantRecords).offset, activeStart = header.section(.activeRecords).offset
        var dormant = CheckpointFile.Records(dormantBytes), active = CheckpointFile.Records(activeBytes)
        let writer = try CheckpointWriter(directory: directory, asOf: asOf, expectedCount: header.count + placement.added.count)
        for ordinal in 0..<header.count {
            let offset = Int(UInt64(littleEndian: directoryBytes.bytes.loadUnaligned(fromByteOffset: ordinal * 8, as: UInt64.self)))
            let isActive: Bool
            if offset == activeStart + active.input.offset, !active.input.isAtEnd {
                isActive = true
            } else if offset == dormantStart + dormant.input.offset, !dormant.input.isAtEnd {
                isActive = false
            } else {
                throw CheckpointDamage.unreadable("directory out of order")
            }
            let record = isActive ? try active.next() : try dormant.next()
            if let summary = placement.replaced[ordinal]?.summary {
                try writer.add(summary)
            } else if isActive {
                // Active on the old day; perhaps dormant on the new one.
                try writer.add(record: record, dormant: DormantCase.isDormant(CheckpointFile.Records.decode(record), on: asOf))
            } else {
                try writer.add(record: record, dormant: true)
            }
        }
        guard active.input.isAtEnd, dormant.input.isAtEnd else { throw CheckpointDamage.unreadable("wrong counts") }
        for summary in placement.added { try writer.add(summary) }
        try writer.finish(coverage: IndexCoverage.of(index, end: tail.position.end, lines: tail.position.lines),
                          last: tail.last ?? header.last)
    }
}
