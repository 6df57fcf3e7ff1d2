/// Finds cases in a checkpoint by ref: a binary search of the ref index by the ref's hash, then the ref and revision
/// read from the start of each candidate's record. A hash found whose record holds another ref is damage (a real
/// collision of two refs' 64-bit hashes is far less likely than a damaged file), so the caller reads the index instead.
struct CheckpointRefs {
    let checkpoint: CheckpointFile
    private let refIndex: LoadedBytes
    private let directory: LoadedBytes

    struct Found {
        var ordinal: Int
        var revision: Int
        var dormant: Bool
    }

    init(_ checkpoint: CheckpointFile) throws {
        self.checkpoint = checkpoint
        refIndex = try checkpoint.load(.refIndex)
        directory = try checkpoint.load(.directory)
    }

    private func word(_ bytes: LoadedBytes, _ index: Int) -> UInt64 {
        UInt64(littleEndian: bytes.bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
    }

    /// Where the log's lines after the checkpoint (folded) land: over a case it holds, when at least as new (the
    /// fold's rule), with whether that case was dormant; or after everything, as a case it does not hold.
    struct Placement {
        var replaced: [Int: (summary: CaseSummary, wasDormant: Bool)] = [:]
        var added: [CaseSummary] = []
    }

    static func place(_ tail: [CaseSummary], in checkpoint: CheckpointFile) throws -> Placement {
        var placement = Placement()
        guard !tail.isEmpty else { return placement }
        let refs = try CheckpointRefs(checkpoint)
        for summary in tail {
            if let found = try refs.find(summary.ref) {
                if summary.revision >= found.revision { placement.replaced[found.ordinal] = (summary, found.dormant) }
            } else {
                placement.added.append(summary)
            }
        }
        return placement
    }

    func find(_ ref: String) throws -> Found? {
        let hash = CheckpointWriter.refHash(of: ref)
        let count = checkpoint.header.count
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if word(refIndex, middle * 2) < hash { low = middle + 1 } else { high = middle }
        }
        var candidate = low
        var matchedHash = false
        while candidate < count, word(refIndex, candidate * 2) == hash {
            matchedHash = true
            let entry = word(refIndex, candidate * 2 + 1)
            let ordinal = Int(entry >> 32)
            guard ordinal < count else { throw CheckpointDamage.unreadable("ref index out of range") }
            let (held, revision) = try refAndRevision(at: Int(word(directory, ordinal)))
            if held == ref {
                return Found(ordinal: ordinal, revision: revision, dormant: UInt32(truncatingIfNeeded: entry) & CheckpointFormat.dormantFlag != 0)
            }
            candidate += 1
        }
        if matchedHash { throw CheckpointDamage.unreadable("ref index names another ref") }
        return nil
    }

    /// The ref and revision at the start of the record at `offset`.
    private func refAndRevision(at offset: Int) throws -> (String, Int) {
        var want = 128
        while true {
            let bytes = try checkpoint.file.read(at: offset, count: want)
            let parsed: (String, Int)?? = bytes.withUnsafeBytes { raw in
                var input = CheckpointInput(raw)
                do {
                    _ = try input.unsigned()
                    let ref = try input.string()
                    return (ref, try input.signed())
                } catch {
                    // Cut short by the window: read more, unless the file ended.
                    return bytes.count < want ? .some(nil) : nil
                }
            }
            switch parsed {
            case .some(.some(let found)): return found
            case .some(.none): throw CheckpointDamage.unreadable("a record's ref is cut short")
            case .none:
                guard want < 1 << 20 else { throw CheckpointDamage.unreadable("a record's ref is too long") }
                want *= 8
            }
        }
    }
}

/// The summaries a checkpoint and the index lines after it make together, exactly as folding the whole index
/// would: the highest revision of each case wins (the later line on a tie), in the order cases first appeared.
enum CheckpointRead {
    static func summaries(_ scope: SummaryScope, from checkpoint: CheckpointFile, tail: [CaseSummary]) throws -> [CaseSummary] {
        let placement = try CheckpointRefs.place(tail, in: checkpoint)
        let replaced = placement.replaced, added = placement.added
        switch scope {
        case .all:
            var all = try checkpoint.allSummaries()
            for (ordinal, change) in replaced { all[ordinal] = change.summary }
            return all + added
        case .active(let day) where day < checkpoint.header.asOf:
            // Sorted on a later day than this one: a case dormant then may still be due now.
            let all = try summaries(.all, from: checkpoint, tail: tail)
            return all.filter { !DormantCase.isDormant($0, on: day) }
        case .active(let day):
            var kept: [(ordinal: Int, summary: CaseSummary)] = []
            for (ordinal, held) in try checkpoint.activeSummaries() {
                let summary = replaced[ordinal]?.summary ?? held
                if !DormantCase.isDormant(summary, on: day) { kept.append((ordinal, summary)) }
            }
            var woken = false
            for (ordinal, change) in replaced where change.wasDormant && !DormantCase.isDormant(change.summary, on: day) {
                kept.append((ordinal, change.summary))
                woken = true
            }
            if woken { kept.sort { $0.ordinal < $1.ordinal } }
            return kept.map(\.summary) + added.filter { !DormantCase.isDormant($0, on: day) }
        }
    }
}
