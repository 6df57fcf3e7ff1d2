/// A command that was understood but could not be done: printed as one line, exit status 1, no usage text.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
