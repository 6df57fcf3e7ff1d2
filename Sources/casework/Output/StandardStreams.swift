import CaseworkCore
import Foundation

/// The one way out to a terminal. Every message, table and warning the program writes passes
/// `ControlCharacters.printable` here, once: a value from an import, a case file or the command line itself never
/// reaches a terminal as an escape sequence or a control that reorders the text around it.
enum StandardStreams {
    static func out(_ text: String) { write(text, to: .standardOutput) }

    static func error(_ text: String) { write(text, to: .standardError) }

    /// JSON for scripts, with every unprintable character escaped (`JSONPrintable`), so it is safe on a terminal too.
    static func json(_ bytes: [UInt8]) { FileHandle.standardOutput.write(Data(JSONPrintable.escaping(bytes))) }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(ControlCharacters.printable(text, keepingLineBreaks: true).utf8))
    }
}

/// Shadows the standard library's `print` in this module, so every command's output, including commands added
/// later, goes through the sanitiser without anyone having to remember it.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    StandardStreams.out(items.map { "\($0)" }.joined(separator: separator) + terminator)
}

func warn(_ message: String) {
    StandardStreams.error("casework: warning: \(message)\n")
}
