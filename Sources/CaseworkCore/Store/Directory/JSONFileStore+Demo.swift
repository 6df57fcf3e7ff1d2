import Foundation

/// Making room for a demo caseload: only ever where nothing is, or where a demo was.
extension JSONFileStore {
    /// True when nothing is at `url`, or only an empty directory: where a new caseload may be created.
    public static func isVacant(_ url: URL) -> Bool {
        let path = url.standardizedFileURL.path
        guard access(path, F_OK) == 0 else { return true }
        return (try? DirectoryListing.names(at: path, name: path).isEmpty) ?? false
    }

    /// Removes a demo data set so a fresh one can be made. A live caseload, or a directory that is not a data set,
    /// is refused and left exactly as it was.
    public static func removeDemo(at url: URL, clock: Clock) throws {
        guard !isVacant(url) else { return }
        let path = url.standardizedFileURL.path
        guard exists(at: url) else {
            throw StoreError.notADataDirectory(path: path, reason: "it is not empty and not a Casework caseload; refusing to replace it")
        }
        let store = try open(at: url, clock: clock)
        guard store.meta.dataset == .demo else {
            throw StoreError.invalid(reason: "\(path) holds a live caseload; demo commands never replace one")
        }
        // Under the caseload's own lock the whole directory is renamed aside in one step, so a writer either
        // finished before it or, finding its caseload gone when it gets the lock, writes nothing; the slow
        // deletion comes after, with the path already free for the new demo.
        let aside = (path as NSString).deletingLastPathComponent + "/." + (path as NSString).lastPathComponent
            + ".reset-\(getpid())-" + String(UInt32.random(in: .min ... .max), radix: 16)
        try store.lock.acquire()
        do {
            defer { store.lock.release() }
            try store.checkStillInPlace()
            guard Foundation.rename(path, aside) == 0 else {
                throw StoreError.io(path: path, reason: "cannot move the old demo caseload aside: " + Errno.text)
            }
        }
        try removeAside(aside)
    }

    /// A writer that opened the old caseload before the rename may still touch it (its lock file, `tmp/`) until it
    /// takes the lock and finds it gone, so a deletion that meets a file made meanwhile is tried again.
    private static func removeAside(_ aside: String) throws {
        for attempt in 1...Self.asideRemovalAttempts {
            do {
                try FileManager.default.removeItem(atPath: aside)
                return
            } catch where attempt < Self.asideRemovalAttempts && access(aside, F_OK) == 0 {
                usleep(20_000)
            } catch {
                break
            }
        }
        guard access(aside, F_OK) == 0 else { return }
        throw StoreError.io(path: aside, reason: "cannot remove the old demo caseload, moved here")
    }

    private static let asideRemovalAttempts = 50
}
