import Foundation
import Testing

/// Every command's --help on an 80-column terminal: no line runs over, and prose is wrapped by ArgumentParser,
/// never broken by hand in the middle of a sentence.
extension CommandLineTests {
    static let commands: [[String]] = [
        [], ["console"], ["case"], ["case", "list"], ["case", "show"], ["case", "note"], ["import"], ["duty"], ["duty", "start"],
        ["duty", "end"], ["route"], ["route", "accept"], ["route", "override"], ["alerts"], ["demo"], ["demo", "reset"],
        ["demo", "generate"], ["doctor"],
    ]

    @Test(arguments: commands)
    func helpReadsWellAtEightyColumns(command: [String]) throws {
        defer { casework.removeData() }
        let output = try casework.run(command + ["--help"], environment: ["COLUMNS": "80"])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for line in lines {
            #expect(line.count <= 80, "over 80 columns: \(line)")
        }
        // The overview and discussion come before USAGE. ArgumentParser fills lines up to 79 columns, so a next word
        // that would have fitted there means a newline was typed into the text.
        let prose = lines.prefix { !$0.hasPrefix("USAGE:") }
        for (line, next) in zip(prose, prose.dropFirst()) where !line.isEmpty && !next.isEmpty {
            let word = next.split(separator: " ").first ?? ""
            #expect(line.count + 1 + word.count >= 80, "broken by hand after: \(line)")
        }
    }
}
