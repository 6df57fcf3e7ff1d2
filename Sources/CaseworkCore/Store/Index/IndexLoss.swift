#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An index with no lines while `cases/` holds case files: deleted, emptied by hand or lost with a disk. It is
/// never an empty caseload: the store rebuilds it from the case files under the lock before anything reads it.
public enum IndexLoss: String, Hashable, Sendable {
    case missing, empty

    /// One `stat` when the index has lines (every open and every write pays only this); when it has none, a
    /// `readdir` of `cases/` that stops at the first case file.
    static func find(in directory: DataDirectory) throws -> IndexLoss? {
        var info = stat()
        let loss: IndexLoss
        if stat(directory.path(DataDirectory.indexFile), &info) == 0 {
            guard info.st_size == 0 else { return nil }
            loss = .empty
        } else {
            guard errno == ENOENT else { throw StoreError.io(path: DataDirectory.indexFile, reason: Errno.text) }
            loss = .missing
        }
        let holdsCases = try DirectoryListing.contains(at: directory.path(DataDirectory.casesDirectory),
                                                       name: DataDirectory.casesDirectory) { $0.hasSuffix(".json") }
        return holdsCases ? loss : nil
    }
}
