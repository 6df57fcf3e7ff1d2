import Foundation
import Testing

/// The built `casework` binary and a throwaway data directory for one test.
struct CaseworkBinary {
    static let today = "2026-11-26"

    /// `.build/debug/casework` (or the release one), found from this file's place in the package.
    static let path: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = ["debug", "release"].map { root.appendingPathComponent(".build/\($0)/casework").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }()

    let dataDirectory: URL

    init() throws {
        dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("casework-e2e-\(UUID().uuidString)")
    }

    /// The environment every run gets: the data, the day and the user are fixed, the locale is UTF-8.
    func environment(user: String = "priya") -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["CASEWORK_DATA"] = dataDirectory.path
        environment["CASEWORK_TODAY"] = Self.today
        environment["CASEWORK_USER"] = user
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "NO_COLOR")
        return environment
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs a command to completion (not in tmux), with `environment` added to (or replacing) the usual variables.
    @discardableResult
    func run(_ arguments: [String], user: String = "priya", input: String? = nil, environment extra: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.path)
        process.arguments = arguments
        process.environment = environment(user: user).merging(extra) { $1 }
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// `case show REF --json`, parsed.
    func show(_ ref: String) throws -> [String: Any] {
        let output = try run(["case", "show", ref, "--json"], user: "helen")
        #expect(output.status == 0, "\(output.stderr)")
        return try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any] ?? [:]
    }

    /// The audit journal as it stands: every write adds a line, so an unchanged journal means nothing was written.
    func auditJournal() throws -> String {
        try String(contentsOf: dataDirectory.appendingPathComponent("audit.jsonl"), encoding: .utf8)
    }

    func removeData() { try? FileManager.default.removeItem(at: dataDirectory) }
}
