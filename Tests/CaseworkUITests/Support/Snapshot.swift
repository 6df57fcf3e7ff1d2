import Foundation
import Testing
@testable import CaseworkUI

/// Compares a buffer with `Snapshots/<name>.txt`; `CASEWORK_RECORD_SNAPSHOTS=1` (re)writes the file instead.
func expectSnapshot(_ buffer: Buffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name + ".txt")
    let actual = buffer.snapshot
    if ProcessInfo.processInfo.environment["CASEWORK_RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file, options: .atomic)
        } catch {
            Issue.record("could not record snapshot \(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: file.path), let expected = String(data: data, encoding: .utf8) else {
        Issue.record("missing snapshot \(file.lastPathComponent): run with CASEWORK_RECORD_SNAPSHOTS=1 to record it, then review it",
                     sourceLocation: sourceLocation)
        return
    }
    guard expected != actual else { return }
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let line = zip(want, got).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(want.count, got.count)
    let show: ([Substring]) -> String = { line < $0.count ? String($0[line]) : "(no line)" }
    let message = "snapshot \(name) differs at line \(line + 1):\n expected \(show(want))\n actual   \(show(got))\n"
        + "re-record with CASEWORK_RECORD_SNAPSHOTS=1 if the change is intended"
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
}
