#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The embedded default store: one pretty-printed JSON file per case, an append-only summary index whose appended
/// line is each write's commit point, an audit journal, and a `flock` around every write.
/// Use one instance per process or per thread: an instance is not safe to share between threads.
public final class JSONFileStore: CaseStore, DraftStore {
    public let meta: StoreMeta
    public let root: URL
    let clock: Clock
    let directory: DataDirectory
    let coders = StoreCoders()
    let lock: StoreLock
    /// How far `summaries()` or `changes()` last read the index, so `changes()` reads only what is new.
    var indexMark: IndexMark?
    /// Set when this instance found the index lost and rebuilt it, for the caller to tell the person.
    public internal(set) var rebuiltIndex: IndexRebuild?

    struct IndexMark {
        var device: UInt64
        var inode: UInt64
        var position: IndexReader.Position
        /// What the reader asked for: a replaced index is read again for the same.
        var scope: SummaryScope

        init(_ info: stat, position: IndexReader.Position, scope: SummaryScope) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            self.position = position
            self.scope = scope
        }

        func isSameFile(_ info: stat) -> Bool { UInt64(info.st_dev) == device && UInt64(info.st_ino) == inode }

        /// True when `info` is the file read so far, not shrunk: reading on from `position` misses nothing.
        func continues(in info: stat) -> Bool { isSameFile(info) && Int(info.st_size) >= position.end }
    }

    private init(root: URL, directory: DataDirectory, meta: StoreMeta, clock: Clock, lockPatience: Duration) throws {
        self.root = root
        self.directory = directory
        self.meta = meta
        self.clock = clock
        lock = try StoreLock(directory: directory, patience: lockPatience)
    }

    // MARK: Making and opening

    /// True when `url` holds a data directory (its `casework.json` exists).
    public static func exists(at url: URL) -> Bool {
        access(url.appendingPathComponent(DataDirectory.metaFile).path, F_OK) == 0
    }

    /// Makes a new data directory (and any missing parents). Refuses a directory that already holds a data set,
    /// or holds anything else.
    public static func create(at url: URL, meta: StoreMeta, staff: StaffDirectory, clock: Clock,
                              lockPatience: Duration = .seconds(10)) throws -> JSONFileStore {
        let path = url.standardizedFileURL.path
        if exists(at: url) {
            throw StoreError.invalid(reason: "\(path) already holds a Casework data set; open it instead")
        }
        if access(path, F_OK) == 0 {
            let entries = try DirectoryListing.names(at: path, name: path)
            guard entries.isEmpty else {
                throw StoreError.notADataDirectory(path: path, reason: "it is not empty and has no \(DataDirectory.metaFile)")
            }
        } else {
            try makeParents(of: path)
            guard mkdir(path, 0o700) == 0 || errno == EEXIST else { throw StoreError.io(path: path, reason: Errno.text) }
        }
        var info = stat()
        guard stat(path, &info) == 0 else { throw StoreError.io(path: path, reason: Errno.text) }
        let shared = DataDirectory.isShared(info.st_mode)
        let directory = try DataDirectory(root: path, shared: shared)
        if !shared { guard chmod(path, 0o700) == 0 else { throw StoreError.io(path: path, reason: Errno.text) } }

        for sub in [DataDirectory.casesDirectory, DataDirectory.tmpDirectory, DataDirectory.draftsDirectory] {
            try directory.makeDirectory(sub)
        }
        for log in [DataDirectory.indexFile, DataDirectory.auditFile] {
            _ = try directory.open(log, flags: O_WRONLY | O_CREAT)
        }
        let coders = StoreCoders()
        try directory.replaceDurably(DataDirectory.staffFile, in: "", with: coders.document.encode(staff), kind: "staff")
        // The meta file goes last: it is what makes the directory a data set.
        try directory.replaceDurably(DataDirectory.metaFile, in: "", with: coders.document.encode(meta), kind: "meta")
        return try JSONFileStore(root: URL(fileURLWithPath: path), directory: directory, meta: meta, clock: clock,
                                 lockPatience: lockPatience)
    }

    /// Opens an existing data directory and, if no one is writing, finishes anything a crashed writer left.
    public static func open(at url: URL, clock: Clock, lockPatience: Duration = .seconds(10)) throws -> JSONFileStore {
        let path = url.standardizedFileURL.path
        let metaPath = path + "/" + DataDirectory.metaFile
        guard access(metaPath, F_OK) == 0 else {
            throw StoreError.notADataDirectory(path: path, reason: "\(DataDirectory.metaFile) is missing")
        }
        let coders = StoreCoders()
        let meta: StoreMeta
        do {
            let data = try DataDirectory(root: path, shared: false).read(DataDirectory.metaFile)
            meta = try coders.decoder.decodeDocument(StoreMeta.self, from: data)
        } catch {
            let reason = (error as? StoreError)?.description ?? DecodingProblem.reason(error)
            throw StoreError.notADataDirectory(path: path, reason: "\(DataDirectory.metaFile) is unreadable: \(reason)")
        }
        if meta.schemaVersion > 1 { throw StoreError.newerSchema(file: DataDirectory.metaFile, version: meta.schemaVersion) }
        let directory = try DataDirectory(root: path)
        // A `tmp/` that is a link is left for doctor to report; every write refuses it before it commits.
        if !directory.isLink(DataDirectory.tmpDirectory) { try directory.makeDirectory(DataDirectory.tmpDirectory) }
        let store = try JSONFileStore(root: URL(fileURLWithPath: path), directory: directory, meta: meta, clock: clock,
                                      lockPatience: lockPatience)
        if try IndexLoss.find(in: directory) != nil {
            // A lost index must not read as an empty caseload: wait for the lock, under which `locked` rebuilds it.
            try store.locked { _ in }
        } else {
            try store.recoverIfIdle()
        }
        return store
    }

    private static func makeParents(of path: String) throws {
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty, parent != path, access(parent, F_OK) != 0 else { return }
        try makeParents(of: parent)
        guard mkdir(parent, 0o700) == 0 || errno == EEXIST else { throw StoreError.io(path: parent, reason: Errno.text) }
    }

    // MARK: Reading

    public func load(_ ref: String) throws -> Case {
        try CaseRef.check(ref)
        return try readCase(ref)
    }

    func readCase(_ ref: String) throws -> Case {
        try CaseFile.load(ref, in: directory, decoder: coders.decoder)
    }

    public func staff() throws -> StaffDirectory {
        let data = try directory.read(DataDirectory.staffFile)
        do {
            return try StaffReader().decode(data, decoder: coders.decoder)
        } catch {
            let (position, reason) = DecodingProblem.describe(error)
            throw StoreError.unreadable(StoreProblem(file: DataDirectory.staffFile, position: position, reason: reason))
        }
    }

    public func saveStaff(_ staff: StaffDirectory) throws {
        try locked { _ in
            try directory.replaceDurably(DataDirectory.staffFile, in: "", with: coders.document.encode(staff), kind: "staff")
        }
    }

    /// Every line of the audit journal, oldest first; a line that cannot be read is reported, not skipped.
    public func auditTrail() throws -> (entries: [AuditEntry], problems: [StoreProblem]) {
        var entries: [AuditEntry] = []
        let problems = try forEachAuditEntry { entries.append($0) }
        return (entries, problems)
    }

    /// Reads the audit journal line by line, handing each entry to `body` without keeping them all.
    func forEachAuditEntry(_ body: (AuditEntry) -> Void) throws -> [StoreProblem] {
        guard let data = try directory.readIfExists(DataDirectory.auditFile) else { return [] }
        var problems: [StoreProblem] = []
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() where !line.isEmpty {
            do {
                body(try coders.decoder.decode(AuditEntry.self, from: Data(line)))
            } catch {
                // A last line without its newline is an append still in progress.
                guard number < lines.count - 1 else { break }
                problems.append(StoreProblem(file: DataDirectory.auditFile, position: "line \(number + 1)",
                                             reason: DecodingProblem.reason(error)))
            }
        }
        return problems
    }

    // MARK: The lock

    /// Runs `body` holding the writers' lock, after recovery (and the rebuild of a lost index, which a write must
    /// never append to as if the caseload were empty); compacts the index afterwards when it is due.
    func locked<T>(_ body: (Journal) throws -> T) throws -> T {
        try lock.acquire()
        defer { lock.release() }
        try checkStillInPlace()
        if let loss = try IndexLoss.find(in: directory) { try rebuildLostIndex(loss) }
        let journal = try Journal(directory: directory, coders: coders)
        try Recovery(directory: directory, journal: journal, coders: coders).run()
        let result = try body(journal)
        var compacted = false
        if !journal.indexReplaced, IndexCompaction.isDue(journal.last) {
            // The write above has committed; a compaction that fails leaves a longer, still valid index.
            compacted = (try? IndexCompaction(directory: directory, coders: coders).run(journal)) == true
        }
        // Likewise the checkpoint: derived, so one not refreshed only leaves readers more of the log to read.
        if let index = try? openIndex() {
            let known = journal.indexReplaced || compacted ? nil : journal.last
            try? CheckpointRefresh(directory: directory, today: clock.today).refreshIfDue(index: index, known: known)
        }
        return result
    }

    /// Recovery at open, only when the lock is free: a busy writer recovers for itself.
    private func recoverIfIdle() throws {
        guard (try? lock.tryAcquire()) == true else { return }
        defer { lock.release() }
        try checkStillInPlace()
        let journal = try Journal(directory: directory, coders: coders)
        try Recovery(directory: directory, journal: journal, coders: coders).run()
    }

    /// Refuses, under the lock, to write into a caseload that is no longer where it was opened: a `demo reset`
    /// renames the old one aside (holding its lock) before it deletes it.
    func checkStillInPlace() throws {
        guard directory.isStillAtItsPath() else {
            throw StoreError.notADataDirectory(path: directory.root, reason: "the caseload opened here was replaced or "
                + "removed while this command ran (a demo reset?); nothing was written")
        }
    }

    /// The staff member's name for a message, or the id when the directory does not know it.
    func displayName(of id: String) -> String {
        (try? staff().name(of: id)) ?? id
    }
}
