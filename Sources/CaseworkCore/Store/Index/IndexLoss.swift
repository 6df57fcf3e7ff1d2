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
        let loss: IndexLoss
        if let info = try directory.status(DataDirectory.indexFile) {
            guard info.st_size == 0 else { return nil }
            loss = .empty
        } else {
            loss = .missing
        }
        let holdsCases = try directory.contains(in: DataDirectory.casesDirectory) { $0.hasSuffix(".json") }
        return holdsCases ? loss : nil
    }
}
