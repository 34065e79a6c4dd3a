import Foundation
import KefuCore
import Testing

@testable import KefuEngine

@Suite struct ComplianceCheckerTests {
    @Test func extremeWordsAreBlockedButServicePhrasesAreNot() {
        let checker = ComplianceChecker(lexicons: [])
        #expect(checker.violations(in: "我们会第一时间处理").isEmpty)
        #expect(checker.violations(in: "最新进度:已签收").isEmpty)
        #expect(checker.violations(in: "全国第一的品质").map(\.phrase) == ["第一"])
    }

    /// Before: `100%` anywhere was blocked, so a bedding shop's fibre content (which textile labels must
    /// state) sent every buyer who asked what it is made of to a person.
    @Test func aClaimIsBlockedAndAFactIsNot() {
        let checker = ComplianceChecker(lexicons: [])
        for claim in ["100%有效", "保证100%满意", "百分百安全无害", "效果绝对好", "国家级工艺"] {
            #expect(!checker.violations(in: TextNormaliser().normalise(claim).text).isEmpty, "\(claim)")
        }
        for fact in ["这款是100%新疆长绒棉", "面料100%桑蚕丝", "100%棉", "含棉量100%,克重180g", "１００％棉"] {
            #expect(checker.violations(in: TextNormaliser().normalise(fact).text).isEmpty, "\(fact)")
        }
    }

    /// A shop can allow a phrase it uses as a fact, but never one of its own blocklist.
    @Test func anAllowlistOverridesTheBuiltInWordsOnly() throws {
        func lexicon(_ id: String, _ type: String, _ phrases: [String]) throws -> Sourced<Lexicon> {
            let data = try JSONSerialization.data(withJSONObject: ["id": id, "type": type, "phrases": phrases])
            return Sourced(try JSONDecoder().decode(Lexicon.self, from: data))
        }
        let allow = try lexicon("facts", "allowlist", ["国家级非遗", "正品保证"])
        let block = try lexicon("shop", "blocklist", ["正品保证"])
        let checker = ComplianceChecker(lexicons: [allow, block])
        #expect(checker.violations(in: "这是国家级非遗手艺").isEmpty)
        #expect(checker.violations(in: "国家级工艺").map(\.phrase) == ["国家级"])
        #expect(checker.violations(in: "正品保证").map(\.source) == ["shop"])
    }
}
