import Foundation
import KefuCore
import Testing

/// Canonical text takes a quick path for text that is already NFC; it must give what Foundation's full
/// normalisation and trimming give, or every stored item's hash would change.
@Suite struct CanonicalTextTests {
    @Test func textThatIsNotNFCIsComposed() {
        #expect(CanonicalText.normalise("e\u{301}") == "\u{E9}")
        #expect(CanonicalText.normalise("か\u{3099}").unicodeScalars.elementsEqual("が".unicodeScalars))
        #expect(CanonicalText.normalise("\u{1100}\u{1161}").unicodeScalars.elementsEqual("가".unicodeScalars))
        // A CJK compatibility ideograph is a singleton: NFC replaces it with the unified one.
        #expect(CanonicalText.normalise("\u{F900}").unicodeScalars.elementsEqual("\u{8C48}".unicodeScalars))
    }

    @Test func lineEndsAndSurroundingBlanksAreMadeOne() {
        #expect(CanonicalText.normalise("\u{3000}包邮吗？\r\n") == "包邮吗？")
        #expect(CanonicalText.normalise("第一行\r\n第二行\r第三行") == "第一行\n第二行\n第三行")
        #expect(CanonicalText.normalise(" \t\n") == "")
    }

    @Test func agreesWithFoundationsNormalisationOnMixedText() {
        let pieces = [
            "包邮", "ｶﾞ", "e\u{301}", "\u{E9}", "か\u{3099}", "\u{1100}\u{1161}", "\u{F900}", "Å", "A\u{30A}", " ",
            "\u{3000}", "\r\n", "\n", "\u{200B}", "\u{2000}", "Ω", "\u{2126}", "😀", "\u{0345}", "a",
        ]
        var generator = SeededGenerator(seed: 2_026_12_07)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...5, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            let crLF = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            let expected = crLF.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(
                CanonicalText.normalise(text).unicodeScalars.elementsEqual(expected.unicodeScalars),
                "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
