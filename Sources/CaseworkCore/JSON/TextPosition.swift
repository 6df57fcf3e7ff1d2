/// Where a byte offset falls in a text file, as an editor shows it: line and column (in characters), both from 1.
struct TextPosition: Hashable, Sendable, CustomStringConvertible {
    var line: Int
    var column: Int
    var byteOffset: Int

    init(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        var line = 1, column = 1
        for index in 0..<min(offset, bytes.count) {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.line = line
        self.column = column
        byteOffset = offset
    }

    var description: String { "line \(line), column \(column) (byte \(byteOffset))" }
}
