import ArgumentParser

/// Lets the options every command takes stand anywhere among the command words, as git and kubectl allow:
/// `casework --data-dir X case list` and `casework case --user helen list` mean `casework case list --data-dir X …`.
/// ArgumentParser accepts an option only after the command that declares it, and only the leaf commands declare
/// these, so each one met among the command words is moved to just after them, where the leaf parses, validates
/// and refuses it (exit 64, with that command's usage) exactly as if it had been typed there.
enum GlobalOptionPlacement {
    /// The options of `GlobalOptions`, each taking one value.
    static let names: Set<String> = ["--data-dir", "--today", "--user"]

    static func arguments(_ words: [String], root: ParsableCommand.Type) -> [String] {
        var path: [String] = []
        var lifted: [String] = []
        var command = root
        var index = 0
        while index < words.count {
            let word = words[index]
            if word == "--" { break }
            let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            if names.contains(name) {
                lifted.append(word)
                index += 1
                // As ArgumentParser reads an option's value: the next word, unless it is itself an option.
                if !word.contains("="), index < words.count, !words[index].hasPrefix("-") {
                    lifted.append(words[index])
                    index += 1
                }
            } else if let sub = subcommand(named: word, of: command) {
                path.append(word)
                command = sub
                index += 1
            } else {
                break
            }
        }
        return path + lifted + words[index...]
    }

    private static func subcommand(named word: String, of command: ParsableCommand.Type) -> ParsableCommand.Type? {
        command.configuration.subcommands.first { sub in
            sub.configuration.commandName == word || sub.configuration.aliases.contains(word)
        }
    }
}
