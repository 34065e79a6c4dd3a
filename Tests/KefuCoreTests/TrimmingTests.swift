import Foundation
import KefuCore
import Testing

/// The answer path trims without Foundation: it must agree with Foundation's whitespace set.
@Suite struct TrimmingTests {
    @Test func whitespaceIsTrimmedAsFoundationTrimsIt() {
        let spaces = ["", " ", "\t", "\n", "\r\n", "\u{3000}", "\u{00A0}", "\u{2028}", "\u{0085}", "\u{200A}"]
        let texts = ["", "发货了", "a b", "  inside  spaces ", "\u{200B}zero width\u{200B}", "e\u{301}"]
        for before in spaces {
            for text in texts {
                for after in spaces {
                    let padded = before + text + after
                    #expect(
                        padded.trimmingWhitespace() == padded.trimmingCharacters(in: .whitespacesAndNewlines),
                        "\(padded.debugDescription)")
                }
            }
        }
    }

    @Test func theWhitespaceSetIsFoundationsOverTheWholeBasicPlane() {
        let differing = (0...0xFFFF).compactMap(Unicode.Scalar.init).filter { scalar in
            let text = "a" + String(scalar) + "b" + String(scalar)
            return text.trimmingWhitespace() != text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(differing.isEmpty, "\(differing.map { String($0.value, radix: 16) })")
    }

    @Test func onlyTheChosenScalarsGoAndOnlyAtTheEnds() {
        let filler: (Unicode.Scalar) -> Bool = { " :：是".unicodeScalars.contains($0) }
        #expect("订单号是：".trimmingScalars(where: filler) == "订单号")
        #expect(" 是订单是号 ".trimmingScalars(where: filler) == "订单是号")
        #expect("是：".trimmingScalars(where: filler) == "")
        #expect("订单".trimmingScalars(where: filler) == "订单")
    }
}
