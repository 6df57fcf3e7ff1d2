import Foundation

/// What the case files say: a summary for each readable one, a finding for each other, and the names in `cases/`
/// that are not case files. Doctor compares it with the index; a rebuild makes the index from it.
struct RecordScan {
    var readable: [String: CaseSummary] = [:]
    var unreadable: [String: DoctorReport.Finding] = [:]
    var stray: [String] = []

    /// Reads every file in `cases/`, on every core: each record is decoded in full, the slow part of doctor and of
    /// a rebuild (about 20 s at 100,000 cases).
    static func reading(_ directory: DataDirectory) throws -> RecordScan {
        // A link in `cases/` is no record of ours: doctor reports it as a link, and nothing reads through it.
        let links = Set(try directory.links(in: DataDirectory.casesDirectory))
        let names = try directory.names(in: DataDirectory.casesDirectory).filter { !links.contains($0) }
        let pieces = Parallel.pieces(for: names.count, minimum: 1000)
        var parts = try Parallel.map(pieces) { piece in
            var scan = RecordScan()
            let decoder = JSONDecoder()
            for name in names[Parallel.range(piece, of: pieces, count: names.count)] {
                let ref = String(name.dropLast(5))
                if name.hasSuffix(".json"), DataDirectory.isPlainName(ref) {
                    scan.examine(ref, in: directory, decoder: decoder)
                } else {
                    scan.stray.append(DataDirectory.casesDirectory + "/" + name)
                }
            }
            return scan
        }
        // Moved out of `parts` so the first piece's tables grow in place instead of being copied.
        var scan = parts.isEmpty ? RecordScan() : parts.removeFirst()
        while !parts.isEmpty {
            let part = parts.removeFirst()
            scan.readable.merge(part.readable) { first, _ in first }
            scan.unreadable.merge(part.unreadable) { first, _ in first }
            scan.stray += part.stray
        }
        scan.stray.sort()
        return scan
    }

    /// Reads one record (again), replacing what the scan held of it; a file gone meanwhile drops out.
    mutating func examine(_ ref: String, in directory: DataDirectory, decoder: JSONDecoder) {
        readable[ref] = nil
        unreadable[ref] = nil
        let file = DataDirectory.caseFile(ref)
        do {
            readable[ref] = CaseSummary(try CaseFile.load(ref, in: directory, decoder: decoder))
        } catch StoreError.unreadable(let problem) {
            unreadable[ref] = .init(kind: .unreadableRecord, file: file, position: problem.position, ref: ref,
                                    detail: problem.reason)
        } catch StoreError.newerSchema(_, let version) {
            unreadable[ref] = .init(kind: .newerSchema, file: file, ref: ref,
                                    detail: "written by a newer Casework (schema \(version))")
        } catch StoreError.notFound {
            return
        } catch StoreError.io(_, let reason) {
            unreadable[ref] = .init(kind: .unreadableRecord, file: file, ref: ref, detail: reason)
        } catch {
            unreadable[ref] = .init(kind: .unreadableRecord, file: file, ref: ref, detail: "\(error)")
        }
    }
}
