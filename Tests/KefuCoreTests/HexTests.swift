import Foundation
import KefuCore
import Testing

/// Content hashes, digests and tokens are spelled the same everywhere: two lower-case digits a byte.
@Suite struct HexTests {
    @Test func everyByteIsTwoLowerCaseDigits() {
        #expect(Hex.string([]) == "")
        #expect(Hex.string([0x00, 0x0F, 0x10, 0xA5, 0xFF]) == "000f10a5ff")
        let all = Hex.string((0...255).map(UInt8.init))
        #expect(all.count == 512 && all.hasPrefix("000102") && all.hasSuffix("fdfeff"))
        #expect(all == (0...255).map { String(format: "%02x", $0) }.joined())
    }

}
