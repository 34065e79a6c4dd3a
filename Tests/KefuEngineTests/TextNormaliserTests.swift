import KefuEngine
import Testing

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

    @Test func garbledTextHasALowMeaningfulShare() {
        #expect(TextNormaliser().normalise("@#$%^&*").meaningfulShare < 0.3)
        #expect(TextNormaliser().normalise("发货了吗?").meaningfulShare > 0.7)
    }
}
