import Foundation

/// What `doctor` found in a data directory and, with `--repair`, what it put right.
/// Findings name files and positions only, never what a record says.
public struct DoctorReport: Codable, Hashable, Sendable {
    public struct Finding: Codable, Hashable, Sendable {
        public enum Kind: String, Codable, CaseIterable, Sendable {
            case unreadableRecord = "unreadable-record"
            case newerSchema = "newer-schema"
            case missingFromIndex = "missing-from-index"
            case revisionMismatch = "revision-mismatch"
            case summaryMismatch = "summary-mismatch"
            case orphanIndexEntry = "orphan-index-entry"
            case unreadableIndexLine = "unreadable-index-line"
            case staleTempFile = "stale-temp-file"
            case strayFile = "stray-file"
            case auditGap = "audit-gap"
            case unreadableAuditLine = "unreadable-audit-line"
            case invalidRules = "invalid-rules"
            /// `partners.json` or `plan-steps.json` in the data directory cannot be used.
            case invalidCouncilList = "invalid-council-list"
            /// The index's count of case files it leaves out as unreadable is not the number that are.
            case unlistedCount = "unlisted-count"
            /// Two or more cases hold one non-empty `externalId`: one application imported more than once.
            case duplicateExternalId = "duplicate-external-id"
            /// The data directory's mode lets in accounts it is not meant for.
            case openDirectory = "open-directory"
            /// Two cases hold one diary slot: left for a person, never a guessed winner.
            case doubleBooking = "double-booking"
            /// A case holds a slot from yesterday on with no claim on it, so the slot could be booked again.
            case missingClaim = "missing-claim"
            /// A claim on a slot that its case does not hold (a booking interrupted, or moved or cancelled since).
            case staleClaim = "stale-claim"
            case unreadableClaim = "unreadable-claim"
            /// A line of the audit journal does not follow the one before it (see `AuditChain`).
            case auditChainBroken = "audit-chain-broken"
            /// A symbolic link inside the data directory, which Casework never follows.
            case symbolicLink = "symbolic-link"

            /// What a rebuild of the index, removing a temp file or a `chmod` puts right; the rest needs a person.
            public var isRepairable: Bool { isIndexProblem || self == .staleTempFile || self == .openDirectory || isClaimProblem }

            /// What rewriting the diary's claims from the cases puts right.
            var isClaimProblem: Bool { self == .missingClaim || self == .staleClaim || self == .unreadableClaim }

            /// What a rebuild of the index from the case files puts right.
            var isIndexProblem: Bool {
                switch self {
                case .missingFromIndex, .revisionMismatch, .summaryMismatch, .orphanIndexEntry, .unreadableIndexLine,
                     .unlistedCount: true
                case .unreadableRecord, .newerSchema, .staleTempFile, .strayFile, .auditGap, .unreadableAuditLine,
                     .duplicateExternalId, .openDirectory, .invalidRules, .auditChainBroken, .symbolicLink,
                     .invalidCouncilList: false
                case .doubleBooking, .missingClaim, .staleClaim, .unreadableClaim: false
                }
            }

            var label: String { rawValue.replacingOccurrences(of: "-", with: " ") }
        }

        public var kind: Kind
        public var file: String
        public var position: String
        public var ref: String?
        public var detail: String
        /// Set when `--repair` put this right.
        public var repaired: Bool

        public init(kind: Kind, file: String, position: String = "", ref: String? = nil, detail: String, repaired: Bool = false) {
            self.kind = kind
            self.file = file
            self.position = position
            self.ref = ref
            self.detail = detail
            self.repaired = repaired
        }
    }

    public var repair: Bool
    public var records: Int
    public var readableRecords: Int
    public var indexLines: Int
    public var auditLines: Int
    public var findings: [Finding]
    /// What `--repair` did, in words.
    public var repairs: [String]

    /// Nothing left that needs a person: every finding (if any) was repaired.
    public var isClean: Bool { findings.allSatisfy(\.repaired) }

    public var text: String {
        var lines = ["Checked \(records) records (\(readableRecords) readable), \(indexLines) index lines, "
            + "\(auditLines) audit lines."]
        if findings.isEmpty {
            lines.append("No problems found.")
        } else {
            lines.append(findings.count == 1 ? "1 problem:" : "\(findings.count) problems:")
            let width = findings.map(\.kind.label.count).max() ?? 0
            for finding in findings {
                let place = finding.position.isEmpty ? finding.file : finding.file + ": " + finding.position
                let label = finding.kind.label.padding(toLength: width, withPad: " ", startingAt: 0)
                lines.append("  \(label)  \(place): \(finding.detail)" + (finding.repaired ? " [repaired]" : ""))
            }
        }
        if !repairs.isEmpty {
            lines.append("Repairs:")
            lines += repairs.map { "  " + $0 }
        } else if repair {
            lines.append("Nothing to repair.")
        } else if findings.contains(where: \.kind.isRepairable) {
            lines.append("Run with --repair to put right what it can: rebuild the index, remove stale temp files, "
                + "close the directory to others.")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
