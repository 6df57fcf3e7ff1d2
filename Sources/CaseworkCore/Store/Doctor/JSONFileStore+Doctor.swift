import Foundation

extension JSONFileStore {
    /// Checks every record and the index against each other, lists leftover temp files, unreadable records (file
    /// and position), audit gaps, applications imported twice and a data directory open to others. With `repair`,
    /// rebuilds the index from the readable records (keeping the last known summary of a record it cannot read, so
    /// the case still lists), removes stale temp files and closes the directory. It never deletes or rewrites a
    /// record. Records are read without the lock (the slow part); the comparison and repair happen under it,
    /// re-reading any record that moved meanwhile.
    public func doctor(repair: Bool) throws -> DoctorReport {
        var scan = try RecordScan.reading(directory)
        return try locked { journal in
            var examination = Examination(access: try DirectoryAccess.of(directory))
            examination.index = try readWholeIndex(journal)
            try reconcile(&scan, with: examination.index.fold)
            examination.audit = try auditedRevisions()
            examination.chainBreak = try directory.readIfExists(DataDirectory.auditFile).flatMap(AuditChain.firstBreak)
            examination.links = try symbolicLinks()
            if !examination.links.contains(DataDirectory.tmpDirectory) {
                examination.temps = try directory.names(in: DataDirectory.tmpDirectory).sorted()
                    .filter { !examination.links.contains(DataDirectory.tmpFile($0)) }
            }
            var report = examination.report(scan, repair: repair)
            if repair {
                journal.indexReplaced = try self.repair(&report, scan: scan, index: examination.index.fold,
                                                        temps: examination.temps)
                try close(examination.access, in: &report)
            }
            try checkClaims(scan, report: &report)
            return report
        }
    }

    private struct IndexRead {
        var fold = IndexFold()
        var problems: [StoreProblem] = []
        var lines = 0
        /// How many case files the index says its last rebuild left out as unreadable.
        var unlisted = 0
    }

    /// Everything doctor looks at under the lock.
    private struct Examination {
        var access: DirectoryAccess
        var index = IndexRead()
        var audit = AuditedRevisions()
        var chainBreak: (line: Int, reason: String)?
        var links: [String] = []
        var temps: [String] = []

        func report(_ scan: RecordScan, repair: Bool) -> DoctorReport {
            var findings = access.finding.map { [$0] } ?? []
            findings += links.map {
                .init(kind: .symbolicLink, file: $0, detail: "is a symbolic link, which Casework never follows inside its data "
                    + "directory: put the real file or directory in its place")
            }
            findings += scan.unreadable.values.sorted { $0.file < $1.file }
            findings += scan.stray.map { .init(kind: .strayFile, file: $0, detail: "not a case file; left alone") }
            findings += indexFindings(scan)
            findings += index.problems.map {
                .init(kind: .unreadableIndexLine, file: $0.file, position: $0.position, detail: $0.reason)
            }
            findings += temps.map {
                .init(kind: .staleTempFile, file: DataDirectory.tmpFile($0), detail: "left over by an interrupted write; part of no record")
            }
            findings += auditFindings(scan)
            findings += duplicateFindings(scan)
            return DoctorReport(repair: repair, records: scan.readable.count + scan.unreadable.count,
                                readableRecords: scan.readable.count, indexLines: index.lines,
                                auditLines: audit.lines, findings: findings, repairs: [])
        }

        private func indexFindings(_ scan: RecordScan) -> [DoctorReport.Finding] {
            var findings: [DoctorReport.Finding] = []
            for (ref, record) in scan.readable.sorted(by: { JSONFileStore.refOrder($0.key, $1.key) }) {
                let file = DataDirectory.caseFile(ref)
                guard let listed = index.fold.summary(of: ref) else {
                    findings.append(.init(kind: .missingFromIndex, file: file, ref: ref, detail: "the index does not list it"))
                    continue
                }
                if listed.revision != record.revision {
                    findings.append(.init(kind: .revisionMismatch, file: file, ref: ref,
                                          detail: "the index lists revision \(listed.revision), the record is at \(record.revision)"))
                } else if listed != record {
                    findings.append(.init(kind: .summaryMismatch, file: file, ref: ref,
                                          detail: "the index summary differs from the record at the same revision"))
                }
            }
            let orphans = index.fold.refs.filter { scan.readable[$0] == nil && scan.unreadable[$0] == nil }
            for ref in orphans.sorted(by: JSONFileStore.refOrder) {
                findings.append(.init(kind: .orphanIndexEntry, file: DataDirectory.indexFile, ref: ref,
                                      detail: "lists \(ref), but \(DataDirectory.caseFile(ref)) does not exist"))
            }
            // The listing warns from this count alone, so it must match the unreadable files the index leaves out.
            let unlisted = scan.unreadable.keys.filter { index.fold.summary(of: $0) == nil }.count
            if unlisted != index.unlisted {
                let says = IndexRebuild.count(index.unlisted, "case file") + (index.unlisted == 1 ? " is" : " are")
                findings.append(.init(kind: .unlistedCount, file: DataDirectory.indexFile,
                                      detail: "says \(says) left out as unreadable; \(unlisted) \(unlisted == 1 ? "is" : "are")"))
            }
            return findings
        }

        /// Cases holding one non-empty externalId: named by ref, never by what the id says; left for a person to merge.
        private func duplicateFindings(_ scan: RecordScan) -> [DoctorReport.Finding] {
            var holders: [String: [String]] = [:]
            for (ref, summary) in scan.readable {
                if let id = summary.externalId, !id.isEmpty { holders[id, default: []].append(ref) }
            }
            let groups = holders.values.filter { $0.count > 1 }.map { $0.sorted(by: JSONFileStore.refOrder) }
            return groups.sorted { JSONFileStore.refOrder($0[0], $1[0]) }.map { refs in
                .init(kind: .duplicateExternalId, file: DataDirectory.caseFile(refs[0]), ref: refs[0],
                      detail: "\(refs.joined(separator: ", ")) hold the same externalId: one application imported "
                          + "\(refs.count) times; left for a person to merge")
            }
        }

        private func auditFindings(_ scan: RecordScan) -> [DoctorReport.Finding] {
            var findings = audit.problems.map {
                DoctorReport.Finding(kind: .unreadableAuditLine, file: $0.file, position: $0.position, detail: $0.reason)
            }
            if let chainBreak {
                findings.append(.init(kind: .auditChainBroken, file: DataDirectory.auditFile, position: "line \(chainBreak.line)",
                                      detail: chainBreak.reason))
            }
            for (ref, record) in scan.readable.sorted(by: { JSONFileStore.refOrder($0.key, $1.key) }) {
                let missing = audit.missing(ref, upTo: record.revision)
                guard missing.count > 0 else { continue }
                let shown = missing.first.map(String.init).joined(separator: ", ")
                    + (missing.count > missing.first.count ? ", … (\(missing.count) in all)" : "")
                findings.append(.init(kind: .auditGap, file: DataDirectory.auditFile, ref: ref,
                                      detail: "no audit line for \(ref) revision \(shown)"))
            }
            return findings
        }
    }

    /// Which revisions of which cases the audit journal records, kept as sorted pairs rather than every entry.
    struct AuditedRevisions {
        private var pairs: [(ref: String, revision: Int)] = []
        var lines = 0
        var problems: [StoreProblem] = []

        init() {}

        init(_ pairs: [(ref: String, revision: Int)], lines: Int, problems: [StoreProblem]) {
            self.pairs = pairs.sorted { ($0.ref, $0.revision) < ($1.ref, $1.revision) }
            self.lines = lines
            self.problems = problems
        }

        /// The revisions from 1 to `revision` with no audit line: the first five, and how many. Worked out from the
        /// revisions the journal holds, never by counting up to `revision`, which a damaged file can make huge.
        func missing(_ ref: String, upTo revision: Int) -> (first: [Int], count: Int) {
            var low = 0, high = pairs.count
            while low < high {
                let middle = (low + high) / 2
                if pairs[middle].ref < ref { low = middle + 1 } else { high = middle }
            }
            var audited: [Int] = []
            while low < pairs.count, pairs[low].ref == ref {
                if (1...max(1, revision)).contains(pairs[low].revision), audited.last != pairs[low].revision {
                    audited.append(pairs[low].revision)
                }
                low += 1
            }
            // `audited` is sorted and distinct: the missing revisions are the gaps between its numbers.
            var first: [Int] = []
            var next = 1
            for held in audited + [max(1, revision) + 1] where first.count < 5 {
                while next < held, first.count < 5 {
                    first.append(next)
                    next += 1
                }
                next = held + 1
            }
            return (first, max(1, revision) - audited.count)
        }
    }

    private func auditedRevisions() throws -> AuditedRevisions {
        var pairs: [(ref: String, revision: Int)] = []
        var lines = 0
        let problems = try forEachAuditEntry { entry in
            lines += 1
            if let revision = entry.revision { pairs.append((entry.ref, revision)) }
        }
        return AuditedRevisions(pairs, lines: lines + problems.count, problems: problems)
    }

    /// Every symbolic link where Casework keeps files: the top of the data directory, `cases/`, `tmp/` and `drafts/`.
    private func symbolicLinks() throws -> [String] {
        var links = try directory.links(in: "")
        for folder in [DataDirectory.casesDirectory, DataDirectory.tmpDirectory, DataDirectory.draftsDirectory]
        where !links.contains(folder) {
            links += try directory.links(in: folder).map { folder + "/" + $0 }
        }
        return links.sorted()
    }

    /// Re-reads, under the lock, every record the index disagrees with: it may simply have been written meanwhile.
    private func reconcile(_ scan: inout RecordScan, with index: IndexFold) throws {
        for ref in index.refs where scan.readable[ref]?.revision != index.summary(of: ref)?.revision {
            scan.examine(ref, in: directory, decoder: coders.decoder)
        }
    }

    private func readWholeIndex(_ journal: Journal) throws -> IndexRead {
        let read = try IndexReader.fold(journal.index)
        return IndexRead(fold: read.fold, problems: read.problems, lines: read.position.lines, unlisted: read.last?.unlisted ?? 0)
    }

    /// Returns true when it replaced the index.
    private func repair(_ report: inout DoctorReport, scan: RecordScan, index: IndexFold, temps: [String]) throws -> Bool {
        let rebuild = report.findings.contains(where: \.kind.isIndexProblem)
        if rebuild {
            let rebuilt = try rebuildIndex(from: scan, keeping: index)
            report.repairs.append(rebuilt.repairLine)
            for index in report.findings.indices where report.findings[index].kind.isIndexProblem {
                report.findings[index].repaired = true
            }
        }
        if !temps.isEmpty {
            for name in temps { try directory.remove(DataDirectory.tmpFile(name)) }
            try directory.syncDirectory(DataDirectory.tmpDirectory)
            report.repairs.append("removed \(IndexRebuild.count(temps.count, "stale temp file"))")
            for index in report.findings.indices where report.findings[index].kind == .staleTempFile {
                report.findings[index].repaired = true
            }
        }
        return rebuild
    }

    /// Puts an open data directory back to the mode the store keeps (the group-shared one where it is shared).
    private func close(_ access: DirectoryAccess, in report: inout DoctorReport) throws {
        guard access.isOpen else { return }
        guard fchmod(directory.handle.fd, access.intended) == 0 else { throw StoreError.io(path: ".", reason: Errno.text) }
        report.repairs.append("closed the data directory to others: mode \(DirectoryAccess.octal(access.mode)) "
            + "is now \(DirectoryAccess.octal(access.intended))")
        for index in report.findings.indices where report.findings[index].kind == .openDirectory {
            report.findings[index].repaired = true
        }
    }

    /// `H-0002` before `H-0010` before `H-10000`; refs of other shapes after, by text.
    static func refOrder(_ a: String, _ b: String) -> Bool {
        switch (CaseRef.number(a), CaseRef.number(b)) {
        case let (x?, y?): x < y
        case (_?, nil): true
        case (nil, _?): false
        case (nil, nil): a < b
        }
    }
}
