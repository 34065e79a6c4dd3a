import Testing

@testable import KefuEngine

@Suite struct ComplianceCheckerTests {
    @Test func extremeWordsAreBlockedButServicePhrasesAreNot() {
        let checker = ComplianceChecker(lexicons: [])
        #expect(checker.violations(in: "我们会第一时间处理").isEmpty)
        #expect(checker.violations(in: "最新进度:已签收").isEmpty)
        #expect(checker.violations(in: "全国第一的品质").map(\.phrase) == ["第一"])
        #expect(checker.violations(in: "100%纯棉").map(\.source) == ["extreme-words"])
    }
}
