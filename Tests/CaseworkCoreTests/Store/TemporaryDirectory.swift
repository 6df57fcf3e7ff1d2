import Foundation
@testable import CaseworkCore

/// A fresh directory under the system's temporary folder, removed when the test is done with it.
final class TemporaryDirectory {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("casework-store-tests-\(UInt64.random(in: .min ... .max))")
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var path: String { url.path }

    func file(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    func bytes(_ relative: String) throws -> Data { try Data(contentsOf: file(relative)) }

    func write(_ relative: String, _ data: Data) throws { try data.write(to: file(relative)) }

    func names(in relative: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: file(relative).path).sorted()
    }
}
