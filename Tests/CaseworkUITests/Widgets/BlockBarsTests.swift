import Testing
@testable import CaseworkUI

@Suite struct BlockBarsTests {
    @Test(arguments: [
        (0, 10, 10, ""), (10, 10, 10, "██████████"), (5, 10, 3, "█▌"), (1, 1000, 10, "▏"), (3, 8, 1, "▍"),
        (7, 8, 1, "▉"), (8, 8, 1, "█"), (20, 10, 4, "████"), (4, 0, 10, ""), (4, 10, 0, ""), (-2, 10, 10, ""),
    ])
    func bars(value: Int, maximum: Int, width: Int, expected: String) {
        #expect(BlockBars.bar(value, of: maximum, width: width) == expected)
    }
}
