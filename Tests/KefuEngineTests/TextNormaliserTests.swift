import KefuCore
import Testing

@testable import KefuEngine

@Suite struct TextNormaliserTests {
    @Test(arguments: [
        ("ＸＬ码有吗？？？", "xl码有吗?"),
        ("发\u{200B}货\u{200D}了吗", "发货了吗"),
        ("  Hello   World  ", "hello world"),
        ("什么时候发货！！！", "什么时候发货!"),
        ("\u{202E}abc\u{202C}", "abc"),
        ("ｏｒｄｅｒ　１２３４５", "order 12345"),
        ("a\u{0007}b", "ab"),
    ])
    func normalises(_ raw: String, _ expected: String) {
        #expect(TextNormaliser().normalise(raw).text == expected)
    }

    @Test func countsExclamationsAsWritten() {
        #expect(TextNormaliser().normalise("在吗！！!！!").longestExclamationRun == 5)
        #expect(TextNormaliser().normalise("好!好!").longestExclamationRun == 1)
    }

    @Test func readsAMegabyteOnlyUpToTheLimit() {
        let huge = String(repeating: "发货", count: 500_000)
        let normalised = TextNormaliser().normalise(huge)
        #expect(normalised.truncated)
        #expect(normalised.text.unicodeScalars.count == TextNormaliser.maximumScalars)
    }

    /// The fast paths (ASCII, full-width forms, ideographs) must give exactly what Foundation's NFKC and
    /// Unicode's property tables give, on tricky cases and on random mixes of the scalars they cover
    /// and their neighbours (combining marks, Latin-1, half-width katakana, format characters).
    @Test func fastPathsAgreeWithTheFullNormalisation() throws {
        let normaliser = TextNormaliser()
        var messages = ["ＸＬ码有吗？？？", "Ａ\u{301}", "ﬁ ｶ ㈱ ①", "İSTANBUL", "ǅ", "\u{3000}发货\u{3000}"]
        var generator = SeededGenerator(seed: 11)
        let alphabet: [ClosedRange<UInt32>] = [
            0x00...0x7F, 0xFF01...0xFF5E, 0x3000...0x3012, 0x4E00...0x4E40, 0x9FF0...0xA000, 0x0300...0x0302,
            0x00C0...0x00FF, 0x200B...0x200F, 0xFF61...0xFF70,
        ]
        for _ in 0..<2_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                let range = alphabet.randomElement(using: &generator)!
                if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &generator)) { scalars.append(scalar) }
            }
            messages.append(String(scalars))
        }
        for message in messages {
            #expect(
                normaliser.normalise(message) == normaliser.normalise(message, fastPaths: false),
                "\(message.debugDescription)")
        }
    }

    @Test func garbledTextHasALowMeaningfulShare() {
        #expect(TextNormaliser().normalise("@#$%^&*").meaningfulShare < 0.3)
        #expect(TextNormaliser().normalise("发货了吗?").meaningfulShare > 0.7)
    }
}
